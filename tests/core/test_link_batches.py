"""The link stage reads findings a few reports at a time: the batches attach what one read did."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import XSD
from rdflib.term import Node

from normgraph import recurrence, recurrence_triples
from normgraph.graph import GraphStore
from normgraph.namespaces import RECURRENCE_GRAPH
from normgraph.recurrence import LinkOutcome
from normgraph.recurrence_index import updated_grouping
from normgraph.recurrence_read import read_items, read_items_of, report_versions
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
