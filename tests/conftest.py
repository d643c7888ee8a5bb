"""Shared fixtures: the corpus beside the project, one real build of it per session (every
test that only reads the corpus shares it), the app over it, and the invented facts of
``fixtures/facts.trig``."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from fastapi.testclient import TestClient
from rdflib import Dataset, URIRef

from normgraph.api.app import create_app
from normgraph.build import DocumentOutcome, build_corpus
from normgraph.config import Settings
from normgraph.graph import EmbeddedStore, GraphStore
from tests.documents import CORPUS
from tests.net import serve_app


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The five source reports; their absence is an error, never a skip."""
    if not CORPUS.is_dir():
        raise FileNotFoundError(f"corpus not found at {CORPUS}; set NORMGRAPH_CORPUS")
    return CORPUS


class CorpusBuild(NamedTuple):
    """The session's one build of the whole corpus: where it is and what each file gave."""

    path: Path
    outcomes: list[DocumentOutcome]


def build_store(path: Path, corpus: Path = CORPUS) -> list[DocumentOutcome]:
    """Build ``corpus`` into ``path`` and release the store (so readers may open it)."""
    store = EmbeddedStore(path)
    outcomes = build_corpus(store, corpus.resolve())
    store.close()
    del store
    gc.collect()
    return outcomes


@pytest.fixture(scope="session")
def corpus_build(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> CorpusBuild:
    """The five corpus documents built into an on-disk store, once per session. Tests only
    read it (through ``built``, ``corpus_store`` or a server); a test that writes works on
    a copy (``copy_of_corpus_store``)."""
    path = tmp_path_factory.mktemp("corpus") / "store"
    return CorpusBuild(path, build_store(path, corpus))


@pytest.fixture(scope="session")
def corpus_store(corpus_build: CorpusBuild) -> Path:
    """The folder of the session's corpus build, for servers and apps to open read-only."""
    return corpus_build.path


def copy_of_corpus_store(corpus_store: Path, target: Path) -> Path:
    """A private copy of the corpus build that a test may write to."""
    shutil.copytree(corpus_store, target)
    return target


@pytest.fixture(scope="session")
def built(corpus_build: CorpusBuild) -> Iterator[tuple[GraphStore, list[DocumentOutcome]]]:
    """The corpus build opened read-only in this process, with each file's outcome."""
    store = EmbeddedStore(corpus_build.path, read_only=True)
    yield store, corpus_build.outcomes
    store.close()


@pytest.fixture(scope="session")
def built_store(built: tuple[GraphStore, list[DocumentOutcome]]) -> GraphStore:
    return built[0]


FIXTURES = Path(__file__).resolve().parent / "fixtures"
ADMIN_TOKEN = "test-admin-token"


def corpus_settings(store: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "store": store,
        "corpus": CORPUS.resolve(),
        # Whole-dataset dumps and VoID counts take seconds on a busy 2-core machine.
        "query_timeout": 15.0,
        "max_concurrent_queries": 2,
        "query_queue_wait": 5.0,
        "admin_token": ADMIN_TOKEN,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def corpus_client(corpus_store: Path) -> Iterator[TestClient]:
    """The real app over the corpus store: worker processes, 15 s timeout, read-only use."""
    with TestClient(create_app(corpus_settings(corpus_store))) as client:
        yield client


def load_facts(store: GraphStore) -> None:
    """The invented facts of ``fixtures/facts.trig``, one named graph each."""
    dataset = Dataset()
    dataset.parse(FIXTURES / "facts.trig", format="trig")
    for graph in dataset.graphs():
        if isinstance(graph.identifier, URIRef) and len(graph):
            store.replace_graph(graph.identifier, list(graph))


@pytest.fixture(scope="module")
def facts_client() -> Iterator[TestClient]:
    """The app over an in-memory store holding the invented facts (threads, no processes)."""
    store = EmbeddedStore(None)
    load_facts(store)
    settings = Settings(corpus=CORPUS.resolve(), admin_token=ADMIN_TOKEN)
    with TestClient(create_app(settings, store)) as client:
        yield client


@pytest.fixture(scope="session")
def server(corpus_store: Path) -> Iterator[str]:
    """A real uvicorn process serving the corpus store on a loopback port: its base URL.

    Two query workers, a 2 s timeout and a 0.5 s queue wait, so the limits show quickly.
    """
    env = {
        "NORMGRAPH_STORE": str(corpus_store),
        "NORMGRAPH_CORPUS": str(CORPUS.resolve()),
        "NORMGRAPH_QUERY_TIMEOUT": "2",
        "NORMGRAPH_MAX_CONCURRENT_QUERIES": "2",
        "NORMGRAPH_QUERY_QUEUE_WAIT": "0.5",
        "NORMGRAPH_MAX_ROWS": "100",
    }
    with serve_app(env) as url:
        yield url
