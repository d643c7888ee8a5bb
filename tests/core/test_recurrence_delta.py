"""Relinking writes the recurrence graph as a change: a link after one added report
validates and writes only the nodes that report changed, and leaves the store holding
what a link computes from scratch."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef

from normgraph.graph import GraphStore, open_store
from normgraph.namespaces import ID, NG, OA, RDF, RECURRENCE_GRAPH, VOCAB, XSD
from normgraph.recurrence import compute, link
from normgraph.recurrence_delta import delta, previous
from normgraph.recurrence_delta import forget as forget_written
from normgraph.recurrence_index import forget as forget_index
from tests.core.recurrence_store import add_document, open_recurrence_store
from tests.core.test_recurrence_index import LATER

NOT_IMPLEMENTED = VOCAB["implementation-status/not-implemented"]


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
    # Changed nodes count the removed ones too: the added report raises the earlier issue
    # again, so its earlier members' inferences now cite it (new nodes for old ones); the
    # rules' nodes and what the report does not touch are not written again.
    nodes = set(whole.subjects()) | set(after.subjects())
    assert added.written and 0 < added.changed < len(nodes)
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


def _statement(store: GraphStore, name: str) -> URIRef:
    """An observer's statement on an earlier recommendation, in report ``name``'s graph."""
    assessment = ID[f"assessment/{name}/1"]
    quote = (
        "The recommendation to publish detailed results protocols of every polling station "
        "on the CEC website, made in the previous final report, remains unaddressed."
    )
    annotation = ID[f"source/{name}/extracted/0-{len(quote)}"]
    selector = URIRef(f"{annotation}#quote")
    store.update(
        f"""PREFIX ng: <{NG}> PREFIX oa: <{OA}>
        INSERT DATA {{ GRAPH <https://w3id.org/normgraph/graph/doc/{name}> {{
          <{assessment}> a ng:ImplementationAssessment ;
            ng:assessor <{ID["organisation/osce-odihr"]}> ; ng:status <{NOT_IMPLEMENTED}> ;
            ng:date "2015-06-01"^^<{XSD.date}> ; ng:sourceReport <{ID[f"report/{name}"]}> ;
            ng:evidence <{annotation}> .
          <{annotation}> a oa:Annotation ; oa:hasTarget <{annotation}#target> .
          <{annotation}#target> oa:hasSource <{ID[f"source/{name}"]}> ;
            oa:hasSelector <{selector}> .
          <{selector}> oa:exact {Literal(quote).n3()} .
        }} }}"""
    )
    return assessment


def test_a_resolved_statement_keeps_its_recommendation_when_a_report_is_added(
    tmp_path: Path,
) -> None:
    store = open_recurrence_store(tmp_path / "store")
    add_document(store, *LATER)
    assessment = _statement(store, LATER[0])
    first = link(store)
    assert first.written and first.observed_assessments == 1
    graph = store.read_graph(RECURRENCE_GRAPH)
    target = graph.value(assessment, NG.recommendation)
    assert target == ID["recommendation/odihr-2011/11"]  # the latest earlier results ask
    name, organisation, _day, kind, items = LATER
    add_document(store, f"{name}-b", organisation, "2019-03-20", kind, items)
    again = link(store)
    assert again.written and again.index is not None and again.index.how == "kept"
    assert again.observed_assessments == 1
    after = store.read_graph(RECURRENCE_GRAPH)
    assert after.value(assessment, NG.recommendation) == target
    assert (assessment, NG.issue, None) in after
    store.close()
