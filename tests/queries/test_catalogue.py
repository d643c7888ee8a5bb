"""Saved queries: headers parse, parameters bind as typed terms, bad values are refused."""

from __future__ import annotations

import json

import pytest
from rdflib import Literal, URIRef

import normgraph.namespaces as ns
from normgraph.graph import GraphStore
from normgraph.queries.catalogue import (
    Parameter,
    ParameterError,
    QueryNotFoundError,
    catalogue,
    parse_saved_query,
    run_saved_query,
    saved_query,
)
from tests.documents import ODIHR_2011_KEY

HEADER = """# summary: Things by kind.
# tags: a, b
# param kind: iri -- The class.
# param limit: integer = 10 -- How many.
# param status: string in {open, closed}, optional -- Only this status.
# param since: date, optional
SELECT ?kind ?limit ?status ?since WHERE { }
"""


def test_header_declares_summary_tags_and_typed_parameters() -> None:
    query = parse_saved_query("things", HEADER)
    assert query.summary == "Things by kind."
    assert query.tags == ("a", "b")
    assert [(p.name, p.type, p.default, p.optional, p.allowed) for p in query.parameters] == [
        ("kind", "iri", None, False, ()),
        ("limit", "integer", "10", False, ()),
        ("status", "string", None, True, ("open", "closed")),
        ("since", "date", None, True, ()),
    ]
    assert query.parameters[0].description == "The class."
    assert query.parameters[0].required and not query.parameters[1].required


def test_bind_gives_typed_terms_and_applies_defaults() -> None:
    query = parse_saved_query("things", HEADER)
    bound = query.bind({"kind": "ng:Report", "since": "2011-04-03"})
    assert bound == {
        "kind": URIRef("https://w3id.org/normgraph/ontology#Report"),
        "limit": Literal(10, datatype=ns.XSD.integer),
        "since": Literal("2011-04-03", datatype=ns.XSD.date),
    }


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({}, "'kind' is required"),
        ({"kind": "ng:Report", "colour": "red"}, "unknown parameter"),
        ({"kind": "ng:Report", "limit": "ten"}, "not a whole number"),
        ({"kind": "ng:Report", "limit": "1; DROP ALL"}, "not a whole number"),
        ({"kind": "ng:Report", "status": "pending"}, "not one of open, closed"),
        ({"kind": "ng:Report", "since": "3 April"}, "not a date"),
        ({"kind": "<http://x> } ; DROP ALL ; #"}, "not an absolute http"),
        ({"kind": "http://example.org/a b"}, "not an absolute http"),
        ({"kind": "nope:thing"}, "not an absolute http"),
    ],
)
def test_bad_values_are_refused_with_the_parameter_named(
    values: dict[str, str], message: str
) -> None:
    with pytest.raises(ParameterError, match=message):
        parse_saved_query("things", HEADER).bind(values)


def test_unreadable_parameter_line_is_reported_with_its_line_number() -> None:
    with pytest.raises(ValueError, match="line 2"):
        parse_saved_query("q", "# summary: x\n# param bad line here\nSELECT * {}")


def test_a_query_without_a_summary_is_refused() -> None:
    with pytest.raises(ValueError, match="summary"):
        parse_saved_query("q", "SELECT * {}")


@pytest.mark.parametrize(
    ("kind", "raw", "term"),
    [
        ("string", "x'} DROP", Literal("x'} DROP")),
        ("decimal", "52.3", Literal("52.3", datatype=ns.XSD.decimal)),
        ("boolean", "yes", Literal(True, datatype=ns.XSD.boolean)),
        ("year", "2004", Literal("2004", datatype=ns.XSD.gYear)),
        ("iri", "https://example.org/x", URIRef("https://example.org/x")),
    ],
)
def test_each_type_converts(kind: str, raw: str, term: URIRef | Literal) -> None:
    assert Parameter("p", kind).to_term(raw) == term


def test_unknown_query_name_lists_the_available_ones() -> None:
    with pytest.raises(QueryNotFoundError, match="documents"):
        saved_query("no-such-query")


SAMPLE_VALUES = {
    "iri": "https://w3id.org/normgraph/id/x",
    "date": "2011-04-03",
    "year": "2011",
    "integer": "2",
    "decimal": "1.5",
    "boolean": "true",
    "string": "x",
}


def test_every_shipped_query_parses_and_runs_on_the_corpus(built_store: GraphStore) -> None:
    assert len(catalogue()) >= 3
    for name, query in catalogue().items():
        values = {p.name: SAMPLE_VALUES[p.type] for p in query.parameters if p.required}
        answer = run_saved_query(built_store, name, values)
        assert answer.form in ("select", "ask"), name


def test_documents_query_lists_the_five_reports(built_store: GraphStore) -> None:
    data = json.loads(run_saved_query(built_store, "documents", {}).body)
    rows = data["results"]["bindings"]
    # Five files; the NDI programme report's attached delegation statement is a report too.
    assert len({r["file"]["value"] for r in rows}) == 5
    assert len(rows) == 6
    assert {r["genre"]["value"] for r in rows} >= {"thesis", "journal article"}


def test_an_injection_attempt_through_a_string_parameter_changes_nothing(
    built_store: GraphStore,
) -> None:
    before = built_store.count_triples()
    hostile = '002_78719f45d59fee38.txt" } } ; DROP ALL ; SELECT * { { "'
    data = json.loads(run_saved_query(built_store, "facts-by-class", {"file": hostile}).body)
    assert data["results"]["bindings"] == []
    assert built_store.count_triples() == before


def test_evidence_query_returns_quotes_that_resolve(built_store: GraphStore) -> None:
    report = f"https://w3id.org/normgraph/id/report/{ODIHR_2011_KEY}"
    data = json.loads(run_saved_query(built_store, "evidence", {"resource": report}).body)
    rows = data["results"]["bindings"]
    assert rows and {r["file"]["value"] for r in rows} == {"002_78719f45d59fee38.txt"}
    from tests.documents import CORPUS

    text = (CORPUS / "002_78719f45d59fee38.txt").read_text(encoding="utf-8")
    for row in rows:
        start, end = int(row["start"]["value"]), int(row["end"]["value"])
        assert text[start:end] == row["quote"]["value"]
