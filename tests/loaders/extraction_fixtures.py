"""Module-scoped fixtures of a loader's extraction, one line each in a test module
(``older = text_extraction(OdihrLoader, "older", OLDER)``): pytest names a fixture after the
module attribute that holds it, so the one function below serves every such fixture."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from normgraph.loaders.base import Loader
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.source import SourceText, read_source
from tests.documents import CORPUS


def text_extraction(loader: Callable[[], Loader], stem: str, text: str) -> Any:
    """A fixture: ``loader``'s extraction of the invented ``text`` as the file ``{stem}.txt``."""

    def extraction() -> Extraction:
        return loader().extract(SourceText(stem, f"{stem}.txt", text))

    return pytest.fixture(scope="module")(extraction)


def corpus_extraction(loader: Callable[[], Loader], file: str) -> tuple[Any, Any]:
    """Two fixtures, to be named ``source`` and ``extraction``: the corpus ``file`` and
    ``loader``'s extraction of it."""

    def source() -> SourceText:
        return read_source(Path(CORPUS) / file)

    def extraction(source: SourceText) -> Extraction:
        return loader().extract(source)

    return pytest.fixture(scope="module")(source), pytest.fixture(scope="module")(extraction)
