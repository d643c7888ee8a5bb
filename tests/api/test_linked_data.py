"""Linked-data pages, the ontology, the VoID/DCAT description and the dumps."""

from __future__ import annotations

import html

from fastapi.testclient import TestClient
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from normgraph.graph import GraphStore
from tests.api.helpers import named_graph_count
from tests.documents import ISAACS_ARTICLE_KEY

BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
REPORT = f"https://w3id.org/normgraph/id/report/{ISAACS_ARTICLE_KEY}"
VOID = "http://rdfs.org/ns/void#"


def test_resource_page_for_a_browser(corpus_client: TestClient) -> None:
    response = corpus_client.get(f"/id/report/{ISAACS_ARTICLE_KEY}", headers=BROWSER)
    assert response.status_code == 200
    page = response.text
    assert "<h1>The micro-politics of norm contestation between the OSCE and Kazakhstan" in page
    assert '<a href="/ontology#Report"' in page  # the type, on this server
    assert '<a href="/id/person/rico-isaacs"' in page  # the creator, on this server
    assert '<a href="/vocab/genre/journal-article"' in page
    # Evidence: the quote marked inside its paragraph, with file and offsets.
    assert "<mark>Rico Isaacs</mark>" in page
    assert "000_fc014c5b3f715ef5.txt, characters 106 to 117" in page


def test_evidence_is_served_from_the_store_with_its_selector_context(
    corpus_client: TestClient, built_store: GraphStore
) -> None:
    page = corpus_client.get("/id/organisation/ndi", headers=BROWSER).text
    _, rows = built_store.select(
        "PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX ng: <https://w3id.org/normgraph/ontology#> "
        "SELECT ?thing ?prefix ?exact ?suffix { "
        "?thing ng:evidence/oa:hasTarget/oa:hasSelector ?s . "
        "?s oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix }",
        bindings={"thing": URIRef("https://w3id.org/normgraph/id/organisation/ndi")},
    )
    assert rows
    shown = [
        f"{html.escape(str(r['prefix']))}<mark>{html.escape(str(r['exact']))}</mark>"
        f"{html.escape(str(r['suffix']))}"
        for r in rows
    ]
    assert all(quote in page for quote in shown)


def test_resource_as_turtle_and_json_ld(corpus_client: TestClient) -> None:
    turtle = corpus_client.get(
        f"/id/report/{ISAACS_ARTICLE_KEY}",
        headers={"Accept": "text/turtle"},
    )
    assert turtle.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=turtle.text, format="turtle")
    assert (URIRef(REPORT), RDF.type, URIRef("https://w3id.org/normgraph/ontology#Report")) in graph
    assert (None, URIRef("http://www.w3.org/ns/oa#exact"), Literal("Rico Isaacs")) in graph
    jsonld = corpus_client.get(
        f"/id/report/{ISAACS_ARTICLE_KEY}",
        headers={"Accept": "application/ld+json"},
    )
    assert jsonld.headers["content-type"] == "application/ld+json"
    assert len(Graph().parse(data=jsonld.text, format="json-ld")) == len(graph)
    assert corpus_client.get(f"/id/report/{ISAACS_ARTICLE_KEY}?format=turtle").text == turtle.text


def test_vocabulary_concepts_dereference(corpus_client: TestClient) -> None:
    page = corpus_client.get("/vocab/genre/thesis", headers=BROWSER)
    assert page.status_code == 200 and "<h1>thesis</h1>" in page.text
    assert "Referred to by" in page.text


def test_unknown_resources_are_404(corpus_client: TestClient) -> None:
    assert corpus_client.get("/id/report/no-such-report", headers=BROWSER).status_code == 404
    assert (
        corpus_client.get("/vocab/genre/nothing", headers={"Accept": "text/turtle"}).status_code
        == 404
    )
    assert (
        corpus_client.get(
            f"/id/report/{ISAACS_ARTICLE_KEY}",
            headers={"Accept": "image/png"},
        ).status_code
        == 406
    )


def test_ontology_at_its_namespace_path(corpus_client: TestClient) -> None:
    turtle = corpus_client.get("/ontology", headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=turtle.text, format="turtle")
    assert (URIRef("https://w3id.org/normgraph/ontology#Report"), None, None) in graph
    page = corpus_client.get("/ontology", headers=BROWSER).text
    assert "<h3 id='Report'>ng:Report" in page


def test_void_and_dcat_description(corpus_client: TestClient) -> None:
    response = corpus_client.get("/void", headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=response.text, format="turtle")
    dataset = URIRef("https://w3id.org/normgraph/dataset")
    assert (dataset, RDF.type, URIRef(VOID + "Dataset")) in graph
    assert (dataset, RDF.type, URIRef("http://www.w3.org/ns/dcat#Dataset")) in graph
    subsets = list(graph.objects(dataset, URIRef(VOID + "subset")))
    assert len(subsets) == named_graph_count(corpus_client) >= 7
    total = int(str(graph.value(dataset, URIRef(VOID + "triples"))))
    assert total == corpus_client.get("/health").json()["triples"]
    assert sum(int(str(graph.value(s, URIRef(VOID + "triples")))) for s in subsets) == total
    vocabularies = set(graph.objects(dataset, URIRef(VOID + "vocabulary")))
    assert URIRef("http://www.w3.org/ns/oa#") in vocabularies
    assert URIRef("http://purl.org/dc/terms/") in vocabularies
    assert graph.value(dataset, URIRef("http://purl.org/dc/terms/license")) is not None
    dumps = set(graph.objects(dataset, URIRef(VOID + "dataDump")))
    assert URIRef("http://testserver/dumps/normgraph.nq") in dumps
    assert corpus_client.get("/.well-known/void").text == response.text


def test_dumps_download_the_whole_dataset(corpus_client: TestClient) -> None:
    total = corpus_client.get("/health").json()["triples"]
    nquads = corpus_client.get("/dumps/normgraph.nq")
    assert nquads.headers["content-type"] == "application/n-quads"
    assert nquads.headers["content-disposition"] == 'attachment; filename="normgraph.nq"'
    assert len(nquads.text.splitlines()) == total
    trig = corpus_client.get("/dumps/normgraph.trig")
    dataset = Dataset()
    dataset.parse(data=trig.text, format="trig")
    article = "https://w3id.org/normgraph/graph/doc/000_fc014c5b3f715ef5"
    in_nquads = [line for line in nquads.text.splitlines() if line.endswith(f"<{article}> .")]
    assert len(dataset.graph(URIRef(article))) == len(in_nquads) > 0
    assert corpus_client.get("/dumps/normgraph.zip").status_code == 404


def test_named_graph_iris_dereference(corpus_client: TestClient) -> None:
    response = corpus_client.get(
        "/graph/doc/000_fc014c5b3f715ef5", headers={"Accept": "application/n-triples"}
    )
    count = corpus_client.get(
        "/sparql",
        params={
            "query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH "
            "<https://w3id.org/normgraph/graph/doc/000_fc014c5b3f715ef5> { ?s ?p ?o } }"
        },
        headers={"Accept": "application/sparql-results+json"},
    ).json()["results"]["bindings"][0]["n"]["value"]
    assert len(response.text.strip().splitlines()) == int(count) > 0
