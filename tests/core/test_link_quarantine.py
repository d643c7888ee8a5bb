"""A link that fails a blocking shape is left out with its block, and reported; the rest of
the recurrence graph is written: one bad link never costs the others."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef

from normgraph.namespaces import NG, RDF, RECURRENCE_GRAPH
from normgraph.recurrence import compute, link
from tests.core.recurrence_store import RESULTS, document_graph, open_recurrence_store

FINDINGS = URIRef("https://w3id.org/normgraph/graph/doc/findings-2012")
CLASH = URIRef("https://w3id.org/normgraph/graph/doc/clash")
PROBLEM = (
    "results",
    "Precinct results protocols were not published, so results could not be verified.",
    RESULTS,
)


def test_a_finding_two_reports_describe_is_left_out_and_the_rest_written(tmp_path: Path) -> None:
    store = open_recurrence_store(tmp_path / "store")
    graph = document_graph("findings-2012", "enemo", "2012-01-15", "parliamentary", [PROBLEM])
    [finding] = graph.subjects(RDF.type, NG.Recommendation)
    graph.remove((finding, RDF.type, NG.Recommendation))
    graph.add((finding, RDF.type, NG.Finding))
    store.replace_graph(FINDINGS, graph)
    linked, _ = compute(store)
    assert (finding, NG.concerns, None) in linked
    # Two reports minting one IRI (the defect that once refused a whole link at 300
    # reports): another document gives the finding a second text.
    store.replace_graph(CLASH, [(finding, NG.text, Literal("Another report's finding."))])
    outcome = link(store)
    written = store.read_graph(RECURRENCE_GRAPH)
    assert outcome.written and not any(v.blocks for v in outcome.violations)
    assert {v.focus_node for v in outcome.quarantined} == {str(finding)}
    assert (finding, NG.concerns, None) not in written
    assert set(written.subjects(RDF.type, NG.RecurringIssue)) == set(
        linked.subjects(RDF.type, NG.RecurringIssue)
    )
    # Once the clash is gone, a relink writes the link it left out.
    store.drop_graph(CLASH)
    again = link(store)
    assert again.written and not again.quarantined
    assert (finding, NG.concerns, None) in store.read_graph(RECURRENCE_GRAPH)
    store.close()
