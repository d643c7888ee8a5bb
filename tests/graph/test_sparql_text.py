"""The keyword scans find a keyword in any letter case and only outside strings, IRIs and
comments, also where the text holds letters whose lower case is longer (their offsets
move when lowered, so the scan must not use the lowered text's offsets for them)."""

from __future__ import annotations

import pytest

from normgraph.graph.sparql_text import has_dataset_clause, service_targets, solution_limit


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
