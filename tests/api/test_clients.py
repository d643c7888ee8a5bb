"""Analysts' own tools against a real uvicorn server: SPARQLWrapper and rdflib's SPARQLStore."""

from __future__ import annotations

from typing import Any

from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

from tests.documents import ODIHR_2011_KEY, REPORTS_IN_CORPUS

REPORTS = """
PREFIX ng: <https://w3id.org/normgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?report ?title WHERE { ?report a ng:Report . OPTIONAL { ?report dcterms:title ?title } }
ORDER BY ?report
"""
ODIHR_REPORT = f"https://w3id.org/normgraph/id/report/{ODIHR_2011_KEY}"


def test_sparqlwrapper_select_in_json_xml_csv_by_get_and_post(server: str) -> None:
    client = SPARQLWrapper(server + "/sparql")
    client.setQuery(REPORTS)
    client.setReturnFormat(JSON)
    answer: Any = client.queryAndConvert()
    rows = answer["results"]["bindings"]
    assert len(rows) == REPORTS_IN_CORPUS
    assert ODIHR_REPORT in {row["report"]["value"] for row in rows}
    client.setMethod(POST)
    answer = client.queryAndConvert()
    assert len(answer["results"]["bindings"]) == REPORTS_IN_CORPUS
    client.setReturnFormat(XML)
    document: Any = client.queryAndConvert()
    assert len(document.getElementsByTagName("result")) == REPORTS_IN_CORPUS
    client.setReturnFormat(CSV)
    table: Any = client.queryAndConvert()
    assert table.decode().splitlines()[0] == "report,title"


def test_sparqlwrapper_construct_and_ask(server: str) -> None:
    client = SPARQLWrapper(server + "/sparql")
    client.setQuery(f"CONSTRUCT {{ <{ODIHR_REPORT}> ?p ?o }} WHERE {{ <{ODIHR_REPORT}> ?p ?o }}")
    client.setReturnFormat(TURTLE)
    turtle: Any = client.queryAndConvert()
    graph = Graph().parse(data=turtle, format="turtle")
    assert (URIRef(ODIHR_REPORT), None, None) in graph
    client.setQuery("ASK { ?s ?p ?o }")
    client.setReturnFormat(JSON)
    ask: Any = client.queryAndConvert()
    assert ask["boolean"] is True


def test_sparqlwrapper_update_is_refused_without_token(server: str) -> None:
    from urllib.error import HTTPError

    client = SPARQLWrapper(server + "/sparql")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <https://x.org/s> <https://x.org/p> 1 }")
    try:
        client.query()
    except HTTPError as error:  # SPARQLWrapper has no exception class of its own for 403
        assert error.code == 403
    else:
        raise AssertionError("the update was accepted")


def test_rdflib_sparqlstore_select_and_construct(server: str) -> None:
    store = SPARQLStore(server + "/sparql", returnFormat="json")
    rows = list(store.query(REPORTS))
    assert len(rows) == REPORTS_IN_CORPUS
    graph = Graph(store=SPARQLStore(server + "/sparql"))
    titles = list(graph.query(REPORTS))
    assert URIRef(ODIHR_REPORT) in {row[0] for row in titles}  # type: ignore[index]
    construct = graph.query(f"CONSTRUCT WHERE {{ <{ODIHR_REPORT}> ?p ?o }}")
    assert construct.graph is not None and len(construct.graph) > 5
    assert graph.query("ASK { ?s ?p ?o }").askAnswer is True
