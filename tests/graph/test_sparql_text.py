"""The keyword scans find a keyword in any letter case and only outside strings, IRIs and
comments, also where the text holds letters whose lower case is longer (their offsets
move when lowered, so the scan must not use the lowered text's offsets for them)."""

from __future__ import annotations

import pytest

from normgraph.graph.sparql_text import (
    has_dataset_clause,
    has_relative_iri,
    nesting_depth,
    query_form,
    service_targets,
    solution_limit,
)


@pytest.mark.parametrize("literal", ['"x"', '"İstanbul İzmir"', '"ǅ Straße"'])
def test_keywords_in_any_case_around_any_literal(literal: str) -> None:
    assert solution_limit(f"SELECT * {{ ?s ?p {literal} }} lImIt 7") == 7
    assert solution_limit(f"SELECT * {{ {{ SELECT * {{ ?s ?p {literal} }} LIMIT 5 }} }}") is None
    assert has_dataset_clause(f"SELECT * FrOm <http://e.org/g> {{ ?s ?p {literal} }}")
    text = f"SELECT * {{ ?s ?p {literal} Service <http://e.org/x> {{ ?s ?p ?o }} }}"
    assert service_targets(text) == ["http://e.org/x"]


def test_keywords_inside_strings_iris_comments_or_names_do_not_count() -> None:
    hidden = 'SELECT ?limit ?from { ?s <http://e.org/LIMIT 5> "SERVICE <x> FROM <g>" } # LIMIT 3'
    assert solution_limit(hidden) is None
    assert not has_dataset_clause(hidden)
    assert service_targets(hidden) == []
    assert solution_limit("SELECT ?s WHERE { ?s ?p ?o }") is None


def test_the_shortcuts_agree_with_the_full_scans() -> None:
    """The form read from a leading keyword, the IRI-shaped pre-check of relative IRIs and
    the bracket count before the nesting scan give what the full scans give."""
    assert query_form("ask { ?s ?p ?o }") == "ask"
    assert query_form("# a comment\nPREFIX a: <x:> SELECT * {}") == "select"
    assert query_form("WITH <http://e.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }") == "update"
    assert query_form("selected { }") is None
    assert has_relative_iri('SELECT * { ?s ?p "<http://e.org/x>" . <a> ?p ?o }')
    assert not has_relative_iri('SELECT * { ?s ?p "<a>" } # <b>')
    assert has_relative_iri("SELECT * { <> ?p ?o }")
    assert nesting_depth('SELECT * { ?s ?p "{{{{" FILTER((?s)) }') == 3
