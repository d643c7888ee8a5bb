"""The link stage reads findings a few reports at a time: the batches attach what one read did."""

from __future__ import annotations

import pytest

from normgraph import recurrence
from normgraph.graph import GraphStore
from normgraph.recurrence_index import updated_grouping
from normgraph.recurrence_read import read_items, read_items_of, report_versions


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
