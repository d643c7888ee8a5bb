"""GraphQL costed before it runs and cut at its wall-clock budget, off the event loop."""

from __future__ import annotations

import time
from collections.abc import Mapping

from fastapi.testclient import TestClient

from normgraph.api.app import create_app
from normgraph.config import Settings
from normgraph.graph import Row, Term
from tests.api.graphql_fixtures import CountingStore, load_fixture
from tests.api.test_graphql import run

FAN_OUT = (
    "{ "
    + " ".join(
        f"a{i}: elections(first: 100) {{ nodes {{ iri recommendations {{ text "
        "evidence { quote } } } }"
        for i in range(15)
    )
    + " }"
)
"""The issue's probe: inside depth, token and alias limits, 53 MB on the corpus."""
PAGED = "query($n: Int!) { a: elections(first: $n) { nodes { iri recommendations { text } } } }"


def test_fan_out_over_the_budget_is_refused_before_any_store_query(
    fixture_store: CountingStore, fixture_client: TestClient
) -> None:
    fixture_store.selects = 0
    body = run(fixture_client, FAN_OUT)
    assert body["data"] is None
    message = body["errors"][0]["message"]
    assert "NORMGRAPH_GRAPHQL_MAX_COST" in message and "100,000" in message
    assert fixture_store.selects == 0


def test_cost_follows_variables_and_fragments(fixture_store: CountingStore) -> None:
    settings = Settings(graphql_max_cost=500)
    with TestClient(create_app(settings, store=fixture_store)) as client:
        small = run(client, PAGED, n=2)
        assert "errors" not in small, small
        big = run(client, PAGED, n=100)  # 100 + 100 + 100 x 10 + ... > 500
        assert "NORMGRAPH_GRAPHQL_MAX_COST" in big["errors"][0]["message"]
        fragment = (
            "query($n: Int!) { elections(first: $n) { ...E } } "
            "fragment E on ElectionConnection { nodes { iri recommendations { text } } }"
        )
        assert run(client, fragment, n=2).get("errors") is None
        assert "NORMGRAPH_GRAPHQL_MAX_COST" in run(client, fragment, n=100)["errors"][0]["message"]


class SlowStore(CountingStore):
    """The fixture store answering each SELECT after a delay, like a loaded server."""

    def select(
        self, sparql: str, *, bindings: Mapping[str, Term] | None = None, dataset: object = None
    ) -> tuple[list[str], list[Row]]:
        time.sleep(0.4)
        return super().select(sparql, bindings=bindings)


def test_wall_clock_budget_answers_at_the_limit() -> None:
    store = SlowStore()
    load_fixture(store)
    query = (
        "{ elections(first: 20) { nodes { iri recommendations { text evidence { quote "
        "document { fileName } } addressees { label } } } } }"
    )
    with TestClient(create_app(Settings(query_timeout=1.0), store=store)) as client:
        started = time.monotonic()
        body = run(client, query)
        seconds = time.monotonic() - started
        assert client.get("/health").status_code == 200
    assert body["errors"], body
    assert any("limit" in error["message"] for error in body["errors"])
    assert seconds < 3.0, seconds
