"""The flagship query from a real GraphQL client against a real server process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from gql import Client, gql
from gql.transport.httpx import HTTPXTransport

from normgraph.graph import open_store
from tests.api.graphql_fixtures import load_fixture
from tests.api.test_graphql import FLAGSHIP


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[str]:
    store_path = tmp_path / "store"
    with open_store(store_path) as store:
        load_fixture(store)
    port = free_port()
    command = [
        str(Path(sys.executable).parent / "normgraph"), "serve",
        "--store", str(store_path), "--host", "127.0.0.1", "--port", str(port),
    ]  # fmt: skip
    process = subprocess.Popen(command, env=os.environ.copy())
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the server did not start")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def test_gql_client_runs_the_flagship_query_over_uvicorn(server: str) -> None:
    client = Client(
        transport=HTTPXTransport(url=server + "/graphql"), fetch_schema_from_transport=True
    )
    with client as session:
        result = session.execute(
            gql(FLAGSHIP),
            variable_values={"country": "id:state/kz", "min": 2, "unaddressed": True},
        )
    (issue,) = result["recurringIssues"]["nodes"]
    assert issue["label"] == "Candidate eligibility restrictions"
    assert [m["observers"][0]["label"] for m in issue["memberships"]] == [
        "Observer One",
        "Observer One",
        "Observer Two",
    ]
    assert issue["memberships"][2]["recommendation"]["evidence"][0]["quote"] == (
        "quote 2000-2077 of two-2021"
    )
