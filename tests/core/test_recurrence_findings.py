"""Findings kept per report version beside the store: read from the store only for reports
whose version is not the one kept, equal to the store's reading, and a relink in a new
process that matches kept findings still writes what a link from scratch writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from normgraph import recurrence_findings
from normgraph.graph import GraphStore, open_store
from normgraph.namespaces import NG, RECURRENCE_GRAPH
from normgraph.recurrence import link
from normgraph.recurrence_findings import FINDINGS_SUFFIX, findings_of
from normgraph.recurrence_read import read_items_of, report_versions
from tests.core.recurrence_store import RESULTS, TRANSPARENCY
from tests.core.test_recurrence_index import LATER
from tests.core.test_recurrence_relink import _recurrence
from tests.core.test_recurrence_states import _documents, _put

FINDING = "Precinct results protocols were not published, so results could not be verified."


def _with_findings(store: GraphStore) -> None:
    """A finding in each report's own document graph (the version stays its record's),
    evidenced by the quote of one of the report's recommendations."""
    _, rows = store.select(
        f"SELECT ?g ?report (MIN(?quote) AS ?evidence) WHERE {{ GRAPH ?g {{ "
        f"?report a <{NG.Report}> . ?item <{NG.sourceReport}> ?report ; "
        f"<{NG.evidence}> ?quote }} }} GROUP BY ?g ?report"
    )
    for row in rows:
        finding = URIRef(f"{row['report']}/finding/results")
        text = Literal(FINDING).n3()
        store.update(
            f"INSERT DATA {{ GRAPH {row['g'].n3()} {{ {finding.n3()} a <{NG.Finding}> ; "
            f"<{NG.text}> {text} ; <{NG.sourceReport}> {row['report'].n3()} ; "
            f"<{NG.evidence}> {row['evidence'].n3()} ; "
            f"<{NG.topic}> <{RESULTS}> ; <{NG.invokesNorm}> <{TRANSPARENCY}> }} }}"
        )


def _store_with_findings(path: Path) -> GraphStore:
    """Two states' reports, each with a finding."""
    store = open_store(path)
    _documents(store)
    _with_findings(store)
    return store


def test_kept_findings_are_the_stores_and_read_again_only_when_a_version_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store_with_findings(tmp_path / "store")
    versions = report_versions(store)
    reports = sorted(versions)
    reference = read_items_of(store, reports, NG.Finding)
    assert len(reference) == len(reports)
    asked: list[list[str]] = []

    def recorded(store: GraphStore, wanted: list[str], cls: URIRef) -> list[object]:
        asked.append(list(wanted))
        return read_items_of(store, wanted, cls)  # type: ignore[return-value]

    monkeypatch.setattr(recurrence_findings, "read_items_of", recorded)
    assert findings_of(store, reports, versions) == reference  # read, and kept
    assert asked == [reports]
    assert findings_of(store, reports, versions) == reference  # the kept ones
    assert asked == [reports]
    moved = {**versions, reports[0]: "another version"}
    assert findings_of(store, reports, moved) == reference
    assert asked[-1] == [reports[0]]
    folder = tmp_path / f"store{FINDINGS_SUFFIX}"
    for path in folder.iterdir():
        path.write_bytes(b"not gzip")
    assert findings_of(store, reports, versions) == reference  # unreadable: read again
    assert asked[-1] == reports
    store.close()


def test_a_relink_in_a_new_process_with_kept_findings_equals_a_link_from_scratch(
    tmp_path: Path,
) -> None:
    store = _store_with_findings(tmp_path / "store")
    link(store)
    assert (None, NG.concerns, None) in store.read_graph(RECURRENCE_GRAPH)
    store.close()

    reopened = open_store(tmp_path / "store")  # a new process: the findings kept on disk
    _put(reopened, LATER)
    _with_findings(reopened)  # the added report's (the others' are inserted again: no change)
    assert link(reopened).written
    relinked = _recurrence(reopened)
    reopened.close()

    scratch = _store_with_findings(tmp_path / "scratch")
    _put(scratch, LATER)
    _with_findings(scratch)
    link(scratch)
    assert relinked == _recurrence(scratch)
    scratch.close()
