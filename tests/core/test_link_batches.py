"""The link stage reads findings a few reports at a time: the batches attach what one read did."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import XSD
from rdflib.term import Node

from normgraph import recurrence, recurrence_read, recurrence_triples
from normgraph.graph import GraphStore
from normgraph.namespaces import NG, RECURRENCE_GRAPH
from normgraph.recurrence import LinkOutcome
from normgraph.recurrence_index import updated_grouping
from normgraph.recurrence_read import (
    current_statements,
    read_items,
    read_items_of,
    read_statements,
    report_versions,
)
from tests.core.recurrence_store import open_recurrence_store


def test_findings_read_report_by_report_attach_as_read_at_once(
    built_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No report known to an earlier link: every finding of the corpus is read and matched."""
    grouping, _ = updated_grouping(
        built_store,
        report_versions(built_store),
        lambda reports: (
            read_items(built_store) if reports is None else read_items_of(built_store, reports)
        ),
    )
    groups = grouping.groups()
    at_once = recurrence.attached_findings(built_store, grouping, groups, frozenset())
    monkeypatch.setattr(recurrence, "FINDING_BATCH", 1)
    one_by_one = recurrence.attached_findings(built_store, grouping, groups, frozenset())
    assert len({g.root for _, g in at_once}) > 1, "the corpus's findings attach to issues"
    assert one_by_one == at_once
    # Listing every report (those with no finding too) instead of scanning the findings.
    every = report_versions(built_store).keys()
    assert (
        recurrence.attached_findings(built_store, grouping, groups, frozenset(), every) == at_once
    )


def _linked(path: Path) -> tuple[LinkOutcome, set[tuple[Node, Node, Node]]]:
    store = open_recurrence_store(path)
    try:
        outcome = recurrence.link(store)
        return outcome, set(store.read_graph(RECURRENCE_GRAPH))
    finally:
        store.close()


def test_a_first_link_validated_block_by_block_finds_what_the_whole_graph_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole, written = _linked(tmp_path / "whole")
    monkeypatch.setattr(recurrence, "VALIDATION_BATCH", 1)
    batched, again = _linked(tmp_path / "batched")
    assert whole.written and not whole.violations and batched.written and not batched.violations
    assert written == again and written
    # A confidence out of range on every membership and inference: the same results.
    out_of_range = Literal(Decimal("1.50"), datatype=XSD.decimal)
    monkeypatch.setattr(recurrence_triples, "_confidence", lambda score: out_of_range)
    broken, broken_graph = _linked(tmp_path / "broken-batched")
    monkeypatch.setattr(recurrence, "VALIDATION_BATCH", 10**9)
    reference, _ = _linked(tmp_path / "broken-whole")
    assert len({v.focus_node for v in reference.quarantined}) > 1
    assert broken.quarantined == reference.quarantined and broken.violations == reference.violations
    # Every issue failed: each was left out, and what does not hang on one was written.
    assert broken.written and broken_graph < written
    left_out = {v.focus_node for v in broken.quarantined}
    assert not {t for t in broken_graph if str(t[0]) in left_out}


def test_many_reports_read_a_page_at_a_time_read_as_one_query_for_all(
    built_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Recommendations, findings and statements of many reports, read a page of reports a
    time, are what one query for every report reads, in the same order."""
    reports = report_versions(built_store).keys()
    whole = {cls: read_items(built_store, cls) for cls in (NG.Recommendation, NG.Finding)}
    statements = read_statements(built_store)
    monkeypatch.setattr(recurrence_read, "_FEW", 0)
    monkeypatch.setattr(recurrence_read, "PAGE", 2)
    assert len(reports) > 2 * recurrence_read.PAGE
    for cls, items in whole.items():
        assert items and read_items_of(built_store, reports, cls) == items
    recurrence_read._STATEMENTS.pop(built_store, None)
    paged, done = current_statements(built_store, report_versions(built_store))
    assert paged == sorted(statements[0], key=lambda s: s.key) and paged
    assert done == statements[1]
