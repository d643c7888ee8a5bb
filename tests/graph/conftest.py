"""Real servers on free loopback ports, and fresh stores of every kind.

An Oxigraph server runs once per test session (in memory, 127.0.0.1 only); each test
that takes a remote store gets it emptied first, so tests do not see each other's graphs.
OpenLink Virtuoso, started by ``scripts/virtuoso.sh``, is a third store kind, run only
under ``pytest -m virtuoso`` (``make test-virtuoso``): see docs/store.md.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from normgraph.config import Settings
from normgraph.graph import EmbeddedStore, GraphStore, RemoteStore, open_store
from tests.net import free_port
from tests.virtuoso import running_virtuoso


@dataclass(frozen=True)
class Server:
    """Where the test server listens."""

    base: str

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    @property
    def store_url(self) -> str:
        return f"{self.base}/store"


def _oxigraph_command() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if found is None:
        raise FileNotFoundError("the oxigraph server is missing: pip install -e '.[test]'")
    return found


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Start ``oxigraph serve``, wait until it answers a query, stop it afterwards."""
    port = free_port()
    log = tmp_path_factory.mktemp("oxigraph") / "server.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [_oxigraph_command(), "serve", "--bind", f"127.0.0.1:{port}"],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    server = Server(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 20
        while True:
            if process.poll() is not None:
                pytest.fail(f"oxigraph serve exited: {log.read_text()}")
            try:
                httpx.post(server.query_url, data={"query": "ASK {}"}, timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve did not answer on port {port}")
                time.sleep(0.05)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def remote_store(oxigraph_server: Server) -> Iterator[RemoteStore]:
    """A RemoteStore on the test server, emptied first."""
    store = RemoteStore(oxigraph_server.query_url, timeout=30)
    store.update("DROP ALL")
    with store:
        yield store


@pytest.fixture(scope="session")
def virtuoso_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """The session's private Virtuoso (``scripts/virtuoso.sh``): settings that reach it."""
    with running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as settings:
        yield settings


def empty_store(store: GraphStore) -> None:
    """Drop every graph the store lists (on Virtuoso, ``DROP ALL`` would reach its own)."""
    for graph in store.named_graphs():
        store.drop_graph(graph)


@pytest.fixture
def virtuoso_store(virtuoso_settings: Settings) -> Iterator[RemoteStore]:
    """A RemoteStore on the session's Virtuoso, configured as a user would, emptied first."""
    store = open_store(None, settings=virtuoso_settings)
    assert isinstance(store, RemoteStore)
    empty_store(store)
    with store:
        yield store


@pytest.fixture(params=["embedded", "remote", pytest.param("virtuoso", marks=pytest.mark.virtuoso)])
def store(request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """Each behavioural test runs once per store implementation."""
    if request.param == "embedded":
        with EmbeddedStore(None) as embedded:
            yield embedded
    else:
        yield request.getfixturevalue(f"{request.param}_store")
