"""Where the VALUES block goes, and that a bound term can never become query text."""

from __future__ import annotations

import doctest

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from normgraph.graph import QuerySyntaxError, bindings, remote, results_reader, syntax
from normgraph.graph.bindings import bind, query_form

A = URIRef("https://example.org/a")
BLOCK = "VALUES (?x) { (<https://example.org/a>) }"


@pytest.mark.parametrize(
    "module", [bindings, syntax, results_reader, remote], ids=lambda m: m.__name__
)
def test_docstring_examples_run(module: object) -> None:
    failures, _ = doctest.testmod(module, raise_on_error=False)  # type: ignore[arg-type]
    assert failures == 0


@pytest.mark.parametrize(
    ("query", "bound"),
    [
        ("SELECT * WHERE { ?x ?p ?o }", f"SELECT * WHERE {{ {BLOCK} ?x ?p ?o }}"),
        ("ASK { ?x ?p ?o }", f"ASK {{ {BLOCK} ?x ?p ?o }}"),
        (
            "CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }",
            f"CONSTRUCT {{ ?x ?p ?o }} WHERE {{ {BLOCK} ?x ?p ?o }}",
        ),
        ("DESCRIBE ?x", f"DESCRIBE ?x\n{BLOCK}"),
        ("CONSTRUCT WHERE { ?x ?p ?o }", f"CONSTRUCT WHERE {{ ?x ?p ?o }}\n{BLOCK}"),
        (
            "SELECT * WHERE { SELECT ?x WHERE { ?x ?p ?o } }",
            f"SELECT * WHERE {{ {BLOCK} {{ SELECT ?x WHERE {{ {BLOCK} ?x ?p ?o }} }} }}",
        ),
    ],
    ids=["select", "ask", "construct", "describe", "construct-where", "sub-select"],
)
def test_the_block_goes_first_in_the_where_group(query: str, bound: str) -> None:
    assert bind(query, {"x": A}) == bound


@pytest.mark.parametrize(
    ("query", "bound"),
    [
        (
            "SELECT ?x WHERE { ?x ?p ?o { SELECT ?o WHERE { ?o ?q ?x } } }",
            f"SELECT ?x WHERE {{ {BLOCK} ?x ?p ?o {{ SELECT ?o WHERE {{ ?o ?q ?x }} }} }}",
        ),
        (
            "SELECT ?x WHERE { { SELECT ?o WHERE { { SELECT ?x ?o WHERE { ?x ?p ?o } } } } }",
            f"SELECT ?x WHERE {{ {BLOCK} {{ SELECT ?o WHERE {{ {{ SELECT ?x ?o WHERE "
            "{ ?x ?p ?o } } } } }",
        ),
        (
            "SELECT ?x WHERE { { SELECT * WHERE { ?s ?p ?o FILTER(?o != ?x) } } }",
            f"SELECT ?x WHERE {{ {BLOCK} {{ SELECT * WHERE {{ ?s ?p ?o FILTER(?o != ?x) }} }} }}",
        ),
        (
            "SELECT ?x WHERE { { SELECT (COUNT(*) AS ?n) ?x WHERE { ?x ?p ?o } GROUP BY ?x } }",
            f"SELECT ?x WHERE {{ {BLOCK} {{ SELECT (COUNT(*) AS ?n) ?x WHERE {{ {BLOCK} "
            "?x ?p ?o } GROUP BY ?x } }",
        ),
    ],
    ids=["not-projected", "enclosing-not-projecting", "star", "aggregate"],
)
def test_a_sub_select_gets_the_block_where_pre_binding_reaches_it(query: str, bound: str) -> None:
    """Only the bound variables a sub-select projects, as every enclosing one does: what
    the embedded store's initial binding reaches (its Project passes them on)."""
    assert bind(query, {"x": A}) == bound


def test_braces_in_strings_comments_and_expressions_are_not_the_where_group() -> None:
    query = (
        "PREFIX ex: <https://example.org/ns#x>\n"
        "SELECT ?x (EXISTS { ?x ?p ?o } AS ?e) # a { comment\n"
        "WHERE { ?x ex:p '''{ \"quoted\" }''' } ORDER BY ?x VALUES ?y { 1 }"
    )
    assert bind(query, {"x": A}) == query.replace("WHERE {", f"WHERE {{ {BLOCK}")


def test_the_form_is_read_past_the_prologue() -> None:
    assert query_form("PREFIX s: <urn:select#> # ASK\nconstruct { } where { }") == "CONSTRUCT"
    assert query_form("not sparql") is None


@pytest.mark.parametrize(
    "value",
    [
        Literal('"} ; DROP ALL ; #'),
        Literal("x\n} }\\"),
        Literal("'''"),
    ],
)
def test_a_bound_literal_stays_one_literal(value: Literal) -> None:
    graph = Graph()
    graph.add((A, A, value))
    graph.add((A, A, Literal("other")))
    bound = bind("SELECT ?x WHERE { ?s ?p ?x }", {"x": value})
    assert [row[0] for row in graph.query(bound)] == [value]  # type: ignore[index]


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (URIRef("urn:a> } ; DROP ALL #"), ValueError),
        (Literal("x", datatype=URIRef("urn:x> . }")), ValueError),
        (BNode(), TypeError),
        ("plain string", TypeError),
    ],
    ids=["bad-iri", "bad-datatype", "blank-node", "not-a-term"],
)
def test_values_that_cannot_be_bound_are_refused(value: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        bind("SELECT ?x WHERE { ?s ?p ?x }", {"x": value})  # type: ignore[dict-item]


def test_a_bad_variable_name_is_refused() -> None:
    with pytest.raises(ValueError):
        bind("SELECT ?x WHERE { ?s ?p ?x }", {"x) {} } DROP ALL #": A})


def test_a_query_that_does_not_parse_is_refused_before_binding() -> None:
    with pytest.raises(QuerySyntaxError, match="does not parse"):
        bind("SELECT ?x WHERE { ?s ?p }", {"x": A})


def test_a_query_that_cannot_take_the_block_says_so() -> None:
    with pytest.raises(QuerySyntaxError, match="cannot bind x"):
        bind("DESCRIBE ?x VALUES ?x { <urn:b> }", {"x": A})
