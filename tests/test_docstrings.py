"""Every docstring example in the package runs, so examples cannot drift from the code."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import normgraph


def modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(normgraph.__path__, "normgraph."))


@pytest.mark.parametrize("name", modules())
def test_docstring_examples_run(name: str) -> None:
    module: ModuleType = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
