"""Relinking writes the recurrence graph as a change: a link after one added report
validates and writes only the nodes that report changed, and leaves the store holding
what a link computes from scratch."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef

from normgraph.graph import open_store
from normgraph.namespaces import NG, RDF, RECURRENCE_GRAPH
from normgraph.recurrence import compute, link
from normgraph.recurrence_delta import delta, previous
from normgraph.recurrence_delta import forget as forget_written
from normgraph.recurrence_index import forget as forget_index
from tests.core.recurrence_store import add_document, open_recurrence_store
from tests.core.test_recurrence_index import LATER


def test_delta_compares_literals_by_value_and_names_the_changed_subjects() -> None:
    old, new = Graph(), Graph()
    kept, edited = URIRef("urn:kept"), URIRef("urn:edited")
    decimal = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
    old.add((kept, NG.confidence, Literal("0.30", datatype=decimal)))
    new.add((kept, NG.confidence, Literal("0.3", datatype=decimal)))
    old.add((edited, NG.text, Literal("before")))
    new.add((edited, NG.text, Literal("after")))
    change = delta(old, new)
    assert change.changed == {edited} and not change.first
    assert change.removed == [(edited, NG.text, Literal("before"))]
    assert change.added == [(edited, NG.text, Literal("after"))]
    assert delta(None, new).first and delta(None, new).changed == {kept, edited}


def test_a_link_after_one_added_report_writes_only_what_it_changed(tmp_path: Path) -> None:
    store = open_recurrence_store(tmp_path / "store")
    first = link(store)
    whole = store.read_graph(RECURRENCE_GRAPH)
    before = set(whole.subjects(RDF.type, NG.RecurringIssue))
    assert first.written and first.changed == len(set(whole.subjects())) > 0
    assert link(store).changed == 0  # nothing new: nothing validated, nothing written
    add_document(store, *LATER)
    added = link(store)
    after = store.read_graph(RECURRENCE_GRAPH)
    assert added.written and 0 < added.changed < len(set(after.subjects()))
    issues = set(after.subjects(RDF.type, NG.RecurringIssue))
    assert before < issues  # the earlier issue kept its IRI; the voting-hours ask is new
    # The store holds exactly what a link computes now (read back, not the kept copy).
    forget_written(store)
    graph, _ = compute(store)
    assert not delta(previous(store), graph).changed
    store.close()
    reopened = open_store(tmp_path / "store")
    # And what a link from scratch writes (index and kept copy forgotten, graph dropped).
    forget_index(reopened)
    reopened.drop_graph(RECURRENCE_GRAPH)
    scratch = link(reopened)
    assert scratch.index is not None and scratch.index.how == "rebuilt"
    rebuilt = reopened.read_graph(RECURRENCE_GRAPH)
    assert set(rebuilt.subjects(RDF.type, NG.RecurringIssue)) == issues
    memberships = NG.IssueMembership
    assert len(set(rebuilt.subjects(RDF.type, memberships))) == len(
        set(after.subjects(RDF.type, memberships))
    )
    reopened.close()
