"""Reading SPARQL JSON results gives the embedded store's own rows; bad bodies are named."""

from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef

from normgraph.graph import EmbeddedStore, ResultFormat
from normgraph.graph.results_reader import ResultsFormatError, parse_ask, parse_select

G = URIRef("https://example.org/g")
S, P = URIRef("https://example.org/s"), URIRef("https://example.org/p")
OBJECTS = [
    Literal("plain"),
    Literal("tagged", lang="kk"),
    Literal(7),
    Literal("2011-04-03", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date")),
    URIRef("https://example.org/o"),
    BNode("b1"),
]
SELECT = (
    "SELECT ?o ?missing WHERE { GRAPH ?g { ?s ?p ?o } "
    "OPTIONAL { ?o <https://example.org/none> ?missing } } ORDER BY ?o"
)


def test_rows_read_from_json_equal_the_stores_own_rows() -> None:
    store = EmbeddedStore(None)
    store.replace_graph(G, [(S, P, o) for o in OBJECTS])
    body = store.query(SELECT, result_format=ResultFormat.JSON).body
    names, rows = parse_select(body)
    assert (names, rows) == store.select(SELECT)
    # xsd:string comes out as a simple literal, as the embedded store gives it.
    assert Literal("plain") in [row["o"] for row in rows]
    assert all("missing" not in row for row in rows)


def test_old_style_typed_literals_are_read() -> None:
    body = (
        b'{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"typed-literal",'
        b'"value":"3","datatype":"http://www.w3.org/2001/XMLSchema#integer"}}]}}'
    )
    assert parse_select(body)[1] == [{"n": Literal(3)}]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html>busy</html>", "not SPARQL JSON results"),
        (b'{"head":{},"boolean":true}', "not a SELECT answer"),
        (b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"x","value":"y"}}]}}', "x"),
    ],
)
def test_a_body_that_is_not_a_select_answer_is_refused(body: bytes, message: str) -> None:
    with pytest.raises(ResultsFormatError, match=message):
        parse_select(body)


def test_an_ask_answer_is_read_and_solutions_are_not_one() -> None:
    assert parse_ask(b'{"head":{},"boolean":true}') is True
    with pytest.raises(ResultsFormatError, match="not an ASK answer"):
        parse_ask(b'{"head":{"vars":[]},"results":{"bindings":[]}}')
