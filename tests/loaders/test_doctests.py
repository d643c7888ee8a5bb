"""The runnable examples in the document-model modules' docstrings stay true."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest
from normgraph.loaders import cleantext, document, lines

MODULES = [cleantext, document, lines]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_docstring_examples_run(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.failed == 0
