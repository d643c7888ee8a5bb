"""``/sparql`` over HTTP: the SPARQL 1.1 Protocol, its negative cases, the service description."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import httpx
from fastapi.testclient import TestClient
from rdflib import Graph, URIRef

from tests.api.helpers import named_graph_count
from tests.documents import ODIHR_2011_KEY, REPORTS_IN_CORPUS

REPORTS = (
    "PREFIX ng: <https://w3id.org/normgraph/ontology#> "
    "SELECT ?report WHERE { ?report a ng:Report } ORDER BY ?report"
)
DOC = "https://w3id.org/normgraph/graph/doc/"
ODIHR_GRAPH = DOC + "002_78719f45d59fee38"
ODIHR_REPORT = f"https://w3id.org/normgraph/id/report/{ODIHR_2011_KEY}"


def reports(response_json: dict[str, object]) -> list[str]:
    bindings = response_json["results"]["bindings"]  # type: ignore[index]
    return [b["report"]["value"] for b in bindings]


def test_get_query_answers_sparql_json_over_the_union_of_graphs(corpus_client: TestClient) -> None:
    response = corpus_client.get("/sparql", params={"query": REPORTS})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/sparql-results+json"
    assert len(reports(response.json())) == REPORTS_IN_CORPUS


def test_post_form_and_post_direct_give_the_same_answer(corpus_client: TestClient) -> None:
    form = corpus_client.post("/sparql", data={"query": REPORTS})
    direct = corpus_client.post(
        "/sparql",
        content=REPORTS,
        headers={"Content-Type": "application/sparql-query; charset=utf-8"},
    )
    assert form.status_code == direct.status_code == 200
    assert reports(form.json()) == reports(direct.json())


def test_dataset_parameters_override_the_union_and_from(corpus_client: TestClient) -> None:
    only_odihr = corpus_client.get(
        "/sparql", params={"query": REPORTS, "default-graph-uri": ODIHR_GRAPH}
    )
    assert reports(only_odihr.json()) == [ODIHR_REPORT]
    two = corpus_client.get(
        "/sparql",
        params=[
            ("query", REPORTS),
            ("default-graph-uri", ODIHR_GRAPH),
            ("default-graph-uri", DOC + "004_80bdc416520160a0"),
        ],
    )
    assert len(reports(two.json())) == 2
    from_clause = REPORTS.replace("WHERE", f"FROM <{ODIHR_GRAPH}> WHERE")
    assert reports(corpus_client.get("/sparql", params={"query": from_clause}).json()) == [
        ODIHR_REPORT
    ]
    overridden = corpus_client.get(
        "/sparql", params={"query": from_clause, "default-graph-uri": DOC + "004_80bdc416520160a0"}
    )
    assert reports(overridden.json()) != [ODIHR_REPORT]
    named = (
        "PREFIX ng: <https://w3id.org/normgraph/ontology#> "
        "SELECT ?g WHERE { GRAPH ?g { ?r a ng:Report } } ORDER BY ?g"
    )
    response = corpus_client.post("/sparql", data={"query": named, "named-graph-uri": ODIHR_GRAPH})
    assert [b["g"]["value"] for b in response.json()["results"]["bindings"]] == [ODIHR_GRAPH]


def test_content_negotiation_honours_q_weights(corpus_client: TestClient) -> None:
    cases = {
        "text/csv;q=0.4, application/sparql-results+xml;q=0.9": "application/sparql-results+xml",
        "text/csv": "text/csv; charset=utf-8",
        "text/tab-separated-values, text/csv;q=0.1": "text/tab-separated-values; charset=utf-8",
        "application/json": "application/sparql-results+json",
        "*/*": "application/sparql-results+json",
    }
    for accept, expected in cases.items():
        response = corpus_client.get(
            "/sparql", params={"query": REPORTS}, headers={"Accept": accept}
        )
        assert response.headers["content-type"] == expected, accept
    xml = corpus_client.get(
        "/sparql", params={"query": REPORTS}, headers={"Accept": "application/sparql-results+xml"}
    )
    assert (
        len(ET.fromstring(xml.content).findall(".//{http://www.w3.org/2005/sparql-results#}result"))
        == REPORTS_IN_CORPUS
    )
    table = corpus_client.get("/sparql", params={"query": REPORTS}, headers={"Accept": "text/csv"})
    assert (
        len(list(csv.reader(io.StringIO(table.text)))) == 1 + REPORTS_IN_CORPUS
    )  # a header row, then one row per report


def test_construct_and_describe_negotiate_rdf_formats(corpus_client: TestClient) -> None:
    construct = f"CONSTRUCT {{ <{ODIHR_REPORT}> ?p ?o }} WHERE {{ <{ODIHR_REPORT}> ?p ?o }}"
    formats = {
        "text/turtle": "turtle",
        "application/n-triples": "nt",
        "application/rdf+xml": "xml",
        "application/ld+json": "json-ld",
    }
    sizes = set()
    for media, parser in formats.items():
        response = corpus_client.get(
            "/sparql", params={"query": construct}, headers={"Accept": f"{media}, text/csv;q=0.1"}
        )
        assert response.headers["content-type"].split(";")[0] == media
        sizes.add(len(Graph().parse(data=response.content, format=parser)))
    assert len(sizes) == 1 and sizes.pop() > 5
    describe = corpus_client.get("/sparql", params={"query": f"DESCRIBE <{ODIHR_REPORT}>"})
    assert describe.headers["content-type"].startswith("text/turtle")
    assert (URIRef(ODIHR_REPORT), None, None) in Graph().parse(data=describe.text, format="turtle")


def test_an_ask_query_answers_a_sparql_json_boolean(corpus_client: TestClient) -> None:
    response = corpus_client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert response.json() == {"head": {}, "boolean": True}


def test_406_when_nothing_acceptable(corpus_client: TestClient) -> None:
    response = corpus_client.get(
        "/sparql", params={"query": REPORTS}, headers={"Accept": "text/turtle"}
    )
    assert response.status_code == 406
    assert "no acceptable media type for a SELECT result" in response.text
    response = corpus_client.get(
        "/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"Accept": "text/csv"}
    )
    assert response.status_code == 406
    response = corpus_client.get(
        "/sparql", params={"query": REPORTS}, headers={"Accept": "image/png, */*;q=0"}
    )
    assert response.status_code == 406


def test_415_for_an_unsupported_request_media_type(corpus_client: TestClient) -> None:
    response = corpus_client.post(
        "/sparql", content=REPORTS, headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 415
    assert "application/sparql-query" in response.text
    assert corpus_client.post("/sparql", content=REPORTS).status_code == 415


def test_400_for_a_syntax_error_with_its_position(corpus_client: TestClient) -> None:
    response = corpus_client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")
    assert "error at 1:" in response.text


def test_400_for_a_repeated_or_missing_query(corpus_client: TestClient) -> None:
    response = corpus_client.get("/sparql", params=[("query", REPORTS), ("query", REPORTS)])
    assert response.status_code == 400
    assert "given 2 times" in response.text
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    twice = corpus_client.post("/sparql", content="query=ASK%7B%7D&query=ASK%7B%7D", headers=form)
    assert twice.status_code == 400
    assert corpus_client.post("/sparql", data={"query": ""}).status_code == 400
    assert corpus_client.post("/sparql", data={"nothing": "here"}).status_code == 400
    both = corpus_client.post("/sparql", data={"query": REPORTS, "update": "CLEAR ALL"})
    assert both.status_code == 400
    bad_graph = corpus_client.get(
        "/sparql", params={"query": REPORTS, "default-graph-uri": "not an iri"}
    )
    assert bad_graph.status_code == 400


def test_405_for_other_methods(corpus_client: TestClient) -> None:
    for method in ("PUT", "DELETE", "PATCH"):
        response = corpus_client.request(method, "/sparql", params={"query": REPORTS})
        assert response.status_code == 405, method
        assert set(response.headers["allow"].replace(" ", "").split(",")) == {"GET", "POST"}


def test_updates_are_403_without_the_admin_token(corpus_client: TestClient) -> None:
    before = corpus_client.get("/health").json()["triples"]
    update = "INSERT DATA { <https://x.org/s> <https://x.org/p> <https://x.org/o> }"
    assert corpus_client.post("/sparql", data={"update": update}).status_code == 403
    direct = corpus_client.post(
        "/sparql", content=update, headers={"Content-Type": "application/sparql-update"}
    )
    assert direct.status_code == 403
    wrong = corpus_client.post(
        "/sparql", data={"update": update}, headers={"Authorization": "Bearer nope"}
    )
    assert wrong.status_code == 403
    assert corpus_client.get("/sparql", params={"update": update}).status_code == 400
    # An update sent as a query does not parse as one: nothing changes.
    assert corpus_client.get("/sparql", params={"query": update}).status_code == 400
    assert corpus_client.get("/health").json()["triples"] == before


def test_get_without_query_is_the_service_description(corpus_client: TestClient) -> None:
    response = corpus_client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    service = URIRef("http://testserver/sparql")
    assert (service, URIRef(sd + "feature"), URIRef(sd + "UnionDefaultGraph")) in graph
    assert (service, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in graph
    names = set(graph.objects(None, URIRef(sd + "name")))
    assert URIRef(ODIHR_GRAPH) in names and len(names) == named_graph_count(corpus_client) >= 7
    assert "default graph is the union of all named graphs" in response.text
    page = corpus_client.get("/sparql", headers={"Accept": "text/html,*/*;q=0.8"})
    assert page.headers["content-type"].startswith("text/html")
    assert '<textarea name="query"' in page.text


def cors_preflight(
    client: TestClient, path: str, origin: str, method: str, headers: str
) -> httpx.Response:
    """The browser's CORS preflight (OPTIONS) for a ``method`` request with ``headers``."""
    response: httpx.Response = client.options(
        path,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": headers,
        },
    )
    return response


def test_cors_for_reads(corpus_client: TestClient) -> None:
    response = corpus_client.get(
        "/sparql", params={"query": REPORTS}, headers={"Origin": "https://yasgui.example"}
    )
    assert response.headers["access-control-allow-origin"] == "*"
    preflight = cors_preflight(
        corpus_client, "/sparql", "https://yasgui.example", "POST", "content-type"
    )
    assert preflight.status_code == 200
    denied = cors_preflight(corpus_client, "/store", "https://evil.example", "PUT", "authorization")
    assert denied.status_code == 400
