"""Shared fixtures: the corpus beside the project, and one real build of it per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from normgraph.build import DocumentOutcome, build_corpus
from normgraph.graph import GraphStore, open_store
from tests.documents import CORPUS


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The five source reports; their absence is an error, never a skip."""
    if not CORPUS.is_dir():
        raise FileNotFoundError(f"corpus not found at {CORPUS}; set NORMGRAPH_CORPUS")
    return CORPUS


@pytest.fixture(scope="session")
def built(
    corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[GraphStore, list[DocumentOutcome]]]:
    """One embedded store built from the whole corpus, shared read-only by tests."""
    path = tmp_path_factory.mktemp("store") / "store"
    store = open_store(path)
    outcomes = build_corpus(store, corpus)
    yield store, outcomes
    store.close()


@pytest.fixture(scope="session")
def built_store(built: tuple[GraphStore, list[DocumentOutcome]]) -> GraphStore:
    return built[0]
