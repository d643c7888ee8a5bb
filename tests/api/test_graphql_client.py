"""The flagship query from a real GraphQL client against a real server process."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from gql import Client, gql
from gql.transport.httpx import HTTPXTransport

from normgraph.graph import open_store
from tests.api.graphql_fixtures import load_fixture
from tests.api.test_graphql import FLAGSHIP
from tests.net import free_port, running_server


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
    with running_server(command, port) as url:
        yield url


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
