"""The W3C SPARQL 1.1 Protocol test suite's 34 cases (https://www.w3.org/2009/sparql/docs/tests/
data-sparql11/protocol/), written from the spec against the app over an in-memory store.

The suite's three data graphs are loaded by an admin update; each case checks what its
manifest entry checks (status, media type, answer), including the cases the endpoint
failed before: relative IRIs resolved against the endpoint's IRI, and the update dataset
parameters ``using-graph-uri`` / ``using-named-graph-uri``.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient

from normgraph.api.app import create_app
from normgraph.config import Settings
from normgraph.graph import EmbeddedStore
from tests.conftest import ADMIN_TOKEN

ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
D = "http://kasei.us/2009/09/sparql/data/"
DATA = f"""
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
INSERT DATA {{
  GRAPH <{D}data1.rdf> {{ <{D}data1.rdf> a foaf:Document ; foaf:name "Alice" }}
  GRAPH <{D}data2.rdf> {{ <{D}data2.rdf> a foaf:Document ; foaf:name "Bob" }}
  GRAPH <{D}data3.rdf> {{ <{D}data3.rdf> a foaf:Document ; foaf:name "Eve" }}
}}"""
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"
FORM = "application/x-www-form-urlencoded"
NAMES = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?name WHERE { ?s foaf:name ?name }"


@pytest.fixture()
def client() -> Iterator[TestClient]:
    settings = Settings(admin_token=ADMIN_TOKEN)
    with TestClient(create_app(settings, EmbeddedStore(None))) as client:
        assert post(client, DATA, UPDATE, ADMIN).status_code == 204
        yield client


def post(
    client: TestClient,
    body: str | bytes,
    media: str | None,
    headers: dict[str, str] | None = None,
    params: dict[str, str | list[str]] | None = None,
) -> httpx.Response:
    sent = {**(headers or {})}
    if media:
        sent["Content-Type"] = media
    response: httpx.Response = client.post("/sparql", content=body, headers=sent, params=params)
    return response


def names(response: httpx.Response) -> set[str]:
    rows = response.json()["results"]["bindings"]
    return {row["name"]["value"] for row in rows}


def ask(client: TestClient, query: str) -> bool:
    response = client.post("/sparql", content=query, headers={"Content-Type": QUERY})
    assert response.status_code == 200, response.text
    return bool(response.json()["boolean"])


# Queries -------------------------------------------------------------------------------


def test_query_get_and_post_form_and_post_direct(client: TestClient) -> None:
    got = client.get("/sparql", params={"query": "ASK {}"})
    form = client.post("/sparql", data={"query": "ASK {}"})
    direct = post(client, "ASK {}", QUERY)
    for response in (got, form, direct):
        assert response.status_code == 200
        assert response.json() == {"head": {}, "boolean": True}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"default-graph-uri": f"{D}data1.rdf"}, {"Alice"}),  # query_dataset_default_graph
        ({"default-graph-uri": [f"{D}data1.rdf", f"{D}data2.rdf"]}, {"Alice", "Bob"}),
        ({"named-graph-uri": [f"{D}data1.rdf", f"{D}data2.rdf"]}, set()),  # named graphs
    ],
)
def test_query_dataset_parameters_by_get_and_post(
    client: TestClient, params: dict[str, str | list[str]], expected: set[str]
) -> None:
    got = client.get("/sparql", params={"query": NAMES, **params})
    posted = post(client, NAMES, QUERY, params=params)
    assert names(got) == names(posted) == expected


def test_query_dataset_named_graphs_are_the_ones_given(client: TestClient) -> None:
    query = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    params = {"named-graph-uri": [f"{D}data1.rdf", f"{D}data2.rdf"]}
    rows = client.get("/sparql", params={"query": query, **params}).json()["results"]["bindings"]
    assert {row["g"]["value"] for row in rows} == {f"{D}data1.rdf", f"{D}data2.rdf"}


def test_query_dataset_full_and_multiple_dataset_override_from(client: TestClient) -> None:
    query = (
        f"SELECT ?g ?name FROM <{D}data3.rdf> FROM NAMED <{D}data3.rdf> WHERE "
        "{ { ?s <http://xmlns.com/foaf/0.1/name> ?name } UNION "
        "{ GRAPH ?g { ?s <http://xmlns.com/foaf/0.1/name> ?name } } }"
    )
    params = {"default-graph-uri": f"{D}data1.rdf", "named-graph-uri": f"{D}data2.rdf"}
    rows = client.get("/sparql", params={"query": query, **params}).json()["results"]["bindings"]
    found = {(row.get("g", {}).get("value"), row["name"]["value"]) for row in rows}
    assert found == {(None, "Alice"), (f"{D}data2.rdf", "Bob")}


@pytest.mark.parametrize(
    ("query", "media_types"),
    [
        ("SELECT (1 AS ?value) {}", ("application/sparql-results+json",)),
        ("ASK {}", ("application/sparql-results+json",)),
        ("DESCRIBE <http://example.org/>", ("text/turtle",)),
        ("CONSTRUCT { <http://e.org/s> <http://e.org/p> 1 } WHERE {}", ("text/turtle",)),
    ],
)
def test_query_content_type(client: TestClient, query: str, media_types: tuple[str]) -> None:
    response = post(client, query, QUERY)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] in media_types


def test_query_base_iri_is_the_endpoint(client: TestClient) -> None:
    query = "SELECT ?o WHERE { VALUES ?o { <test> } }"
    response = post(client, query, QUERY)
    assert response.status_code == 200, response.text
    value = response.json()["results"]["bindings"][0]["o"]["value"]
    assert value == "http://testserver/test"


def test_query_own_base_wins_and_syntax_errors_keep_their_columns(client: TestClient) -> None:
    query = "BASE <http://e.org/b/> SELECT ?o WHERE { VALUES ?o { <test> } }"
    value = post(client, query, QUERY).json()["results"]["bindings"][0]["o"]["value"]
    assert value == "http://e.org/b/test"
    broken = post(client, "SELECT * WHERE { <rel> ?p ?o . bad }", QUERY)
    absolute = post(client, "SELECT * WHERE { <e:r> ?p ?o . bad }", QUERY)  # same length
    assert broken.status_code == absolute.status_code == 400
    assert broken.text == absolute.text


# Negative query cases ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "kwargs", "status"),
    [
        ("PUT", {"params": {"query": "ASK {}"}}, 405),  # bad_query_method
        ("GET", {"params": [("query", "ASK {}"), ("query", "SELECT * {}")]}, 400),
        ("POST", {"content": "ASK {}", "headers": {"Content-Type": "text/plain"}}, 415),
        ("POST", {"content": "query=ASK%20%7B%7D"}, 415),  # bad_query_missing_form_type
        ("POST", {"content": "ASK {}"}, 415),  # bad_query_missing_direct_type
        (
            "POST",
            {"content": "ASK {}".encode("utf-16"), "headers": {"Content-Type": QUERY}},
            400,
        ),  # bad_query_non_utf8
        ("GET", {"params": {"query": "ASK {"}}, 400),  # bad_query_syntax
        ("GET", {"params": {"update": "CLEAR ALL"}}, 400),  # bad_update_get
        (
            "POST",
            {"data": {"update": "CLEAR ALL"}, "params": {"update": "CLEAR NAMED"}},
            400,
        ),  # bad_multiple_updates
        ("POST", {"content": "CLEAR ALL", "headers": {"Content-Type": "text/plain"}}, 415),
        ("POST", {"content": "update=CLEAR%20ALL"}, 415),  # bad_update_missing_form_type
        (
            "POST",
            {"content": "CLEAR ALL".encode("utf-16"), "headers": {"Content-Type": UPDATE}},
            400,
        ),  # bad_update_non_utf8
        ("POST", {"content": "INSERT DATA {", "headers": {"Content-Type": UPDATE}}, 400),
    ],
)
def test_a_malformed_query_or_update_is_refused_with_the_status_the_protocol_tests_name(
    client: TestClient, method: str, kwargs: dict[str, object], status: int
) -> None:
    headers = {**ADMIN, **kwargs.pop("headers", {})}  # type: ignore[dict-item]
    response = client.request(method, "/sparql", headers=headers, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == status, response.text


# Updates -------------------------------------------------------------------------------


def test_update_post_form_and_post_direct(client: TestClient) -> None:
    assert ask(client, "ASK { ?s ?p ?o }")
    form = client.post("/sparql", data={"update": "CLEAR ALL"}, headers=ADMIN)
    assert form.status_code == 204
    assert not ask(client, "ASK { ?s ?p ?o }")
    assert post(client, DATA, UPDATE, ADMIN).status_code == 204
    assert post(client, "CLEAR ALL", UPDATE, ADMIN).status_code == 204
    assert not ask(client, "ASK { ?s ?p ?o }")


def test_update_base_iri_is_the_endpoint(client: TestClient) -> None:
    update = (
        "CLEAR SILENT GRAPH <http://example.org/protocol-base-test/> ; INSERT DATA { GRAPH "
        "<http://example.org/protocol-base-test/> { <http://example.org/s> "
        "<http://example.org/p> <test> } }"
    )
    assert post(client, update, UPDATE, ADMIN).status_code == 204
    assert ask(
        client,
        "ASK { GRAPH <http://example.org/protocol-base-test/> "
        "{ <http://example.org/s> <http://example.org/p> <http://testserver/test> } }",
    )


BIBLIO = """PREFIX dc: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
INSERT { GRAPH <http://example.org/out/> { ?s a dc:BibliographicResource } }
WHERE { ?s a foaf:Document }"""
NAMED_BIBLIO = """PREFIX dc: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
INSERT { GRAPH <http://example.org/out/> { ?s a dc:BibliographicResource } }
WHERE { GRAPH ?g { ?s a foaf:Document } }"""


def marked(client: TestClient) -> set[str]:
    query = (
        "SELECT ?s WHERE { GRAPH <http://example.org/out/> "
        "{ ?s a <http://purl.org/dc/terms/BibliographicResource> } }"
    )
    rows = client.get("/sparql", params={"query": query}).json()["results"]["bindings"]
    return {row["s"]["value"].removeprefix(D) for row in rows}


@pytest.mark.parametrize(
    ("update", "params", "expected"),
    [
        (BIBLIO, {"using-graph-uri": f"{D}data1.rdf"}, {"data1.rdf"}),
        (
            BIBLIO,
            {"using-graph-uri": [f"{D}data1.rdf", f"{D}data2.rdf"]},
            {"data1.rdf", "data2.rdf"},
        ),
        (NAMED_BIBLIO, {"using-named-graph-uri": f"{D}data3.rdf"}, {"data3.rdf"}),
        (
            NAMED_BIBLIO,
            {"using-graph-uri": f"{D}data1.rdf", "using-named-graph-uri": f"{D}data2.rdf"},
            {"data2.rdf"},
        ),
    ],
    ids=["default-graph", "default-graphs", "named-graphs", "full"],
)
def test_update_dataset_parameters(
    client: TestClient,
    update: str,
    params: dict[str, str | list[str]],
    expected: set[str],
) -> None:
    response = post(client, update, UPDATE, ADMIN, params=params)
    assert response.status_code == 204, response.text
    assert marked(client) == expected


def test_update_dataset_parameters_by_form(client: TestClient) -> None:
    form = {"update": BIBLIO, "using-graph-uri": f"{D}data2.rdf"}
    assert client.post("/sparql", data=form, headers=ADMIN).status_code == 204
    assert marked(client) == {"data2.rdf"}


def test_update_dataset_conflict_is_400(client: TestClient) -> None:
    update = BIBLIO.replace("WHERE", f"USING <{D}data3.rdf> WHERE")
    response = post(client, update, UPDATE, ADMIN, params={"using-graph-uri": f"{D}data1.rdf"})
    assert response.status_code == 400
    assert "USING or WITH" in response.text
    assert marked(client) == set()
