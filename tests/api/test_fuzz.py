"""Fuzzing the public surfaces (hypothesis): whatever a client sends to /sparql, the saved
queries, GraphQL or the linked-data paths, the answer is never a 5xx — except 503 for a
query stopped at its time limit, which says so.

Runs over the invented facts in memory (threads, no processes) with bounded examples, so
the whole file takes well under a minute.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normgraph.api.app import create_app
from normgraph.config import Settings
from normgraph.graph import EmbeddedStore
from normgraph.queries.catalogue import catalogue
from tests.api.graphql_fixtures import load_fixture
from tests.conftest import load_facts

SPARQL_TOKENS = [
    "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "{", "}", "(", ")", "[", "]", ".",
    ";", ",", "*", "?s", "?p", "?o", "$x", "<https://w3id.org/normgraph/id/a>", "<rel>",
    "<>", "<a b>", "\"x\"", "'y'", '"""z"""', "@en", "^^", "1", "-2.5e3", "FILTER",
    "OPTIONAL", "UNION", "MINUS", "GRAPH", "SERVICE", "SILENT", "BIND", "AS", "VALUES",
    "LIMIT", "OFFSET", "ORDER", "BY", "GROUP", "COUNT", "REGEX", "STR", "LANG", "BASE",
    "PREFIX", "ng:", "ng:x", "a", "#", "\n", "\\u0041", "FROM", "NAMED", "DISTINCT",
    "INSERT", "DELETE", "DATA", "CLEAR", "LOAD", "USING", "WITH", "!", "|", "/", "+", "?",
    "^", "=", "!=", "&&", "||", "\x00", "\ufffd", "é",
]  # fmt: skip
GRAPHQL_TOKENS = [
    "{", "}", "(", ")", ":", "...", "query", "fragment", "on", "$n", "Int", "!", "elections",
    "recommendations", "nodes", "edges", "iri", "label", "first", "100", "-1", "after",
    "\"x\"", "__typename", "__schema", "types", "name", "resource", "evidence", "quote",
    "a:", "b:", "@skip", "if:", "true", "null", "[", "]", "=", "Election", "#",
]  # fmt: skip
FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    store = EmbeddedStore(None)
    load_facts(store)
    load_fixture(store)
    settings_ = Settings(query_timeout=3.0, query_queue_wait=10.0)
    with TestClient(create_app(settings_, store), raise_server_exceptions=False) as client:
        yield client


def check(response: object) -> None:
    status = response.status_code  # type: ignore[attr-defined]
    text = response.text  # type: ignore[attr-defined]
    if status == 503:
        assert "limit" in text, text
        return
    assert status < 500, (status, text[:300])


def soup(tokens: list[str]) -> st.SearchStrategy[str]:
    words = st.lists(st.sampled_from(tokens) | st.text(max_size=6), max_size=30)
    return words.map(" ".join)


@FUZZ
@given(query=soup(SPARQL_TOKENS) | st.text(max_size=200), method=st.sampled_from("GPD"))
def test_any_sparql_input_is_refused_or_answered_never_a_server_error(
    client: TestClient, query: str, method: str
) -> None:
    if method == "G":
        check(client.get("/sparql", params={"query": query}))
    elif method == "P":
        check(client.post("/sparql", data={"query": query}))
    else:
        check(
            client.post(
                "/sparql",
                content=query.encode("utf-8", "surrogatepass"),
                headers={"Content-Type": "application/sparql-query"},
            )
        )


SAVED = sorted(catalogue())


@FUZZ
@given(
    name=st.sampled_from(SAVED) | st.text(max_size=20),
    values=st.dictionaries(
        st.sampled_from(["issue", "election", "law", "state", "date", "minReports", "format"])
        | st.text(max_size=8),
        st.text(max_size=40) | st.sampled_from(["id:x", "vocab:", "2011-02-30", "-1", "csv"]),
        max_size=4,
    ),
)
def test_any_saved_query_name_and_parameters_never_cause_a_server_error(
    client: TestClient, name: str, values: dict[str, str]
) -> None:
    check(client.get("/queries/" + quote(name, safe=""), params=values))


@FUZZ
@given(
    query=soup(GRAPHQL_TOKENS) | st.text(max_size=200),
    variables=st.none()
    | st.dictionaries(st.sampled_from(["n", "x"]), st.integers() | st.text(max_size=5)),
)
def test_any_graphql_input_is_refused_or_answered_never_a_server_error(
    client: TestClient, query: str, variables: dict[str, object] | None
) -> None:
    check(client.post("/graphql", json={"query": query, "variables": variables}))


@FUZZ
@given(
    base=st.sampled_from(["/id/", "/vocab/", "/graph/", "/recurring/evidence?issue="]),
    rest=st.text(max_size=40),
    accept=st.sampled_from(["text/html", "text/turtle", "application/ld+json", "*/*", "x/y"]),
)
def test_any_resource_path_and_accept_header_never_cause_a_server_error(
    client: TestClient, base: str, rest: str, accept: str
) -> None:
    path = base + quote(rest.encode("utf-8", "surrogatepass"), safe="")
    if base.endswith("="):
        path += "&election=" + quote(rest[::-1].encode("utf-8", "surrogatepass"), safe="")
    check(client.get(path, headers={"Accept": accept}))
