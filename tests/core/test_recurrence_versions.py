"""Report versions read graph by graph and kept equal the reference scan of every fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from normgraph import recurrence_versions
from normgraph.graph import GraphStore, open_store
from normgraph.namespaces import document_graph
from normgraph.recurrence_read import report_versions as scanned
from normgraph.recurrence_versions import VERSIONS_SUFFIX, report_versions
from tests.core.recurrence_store import DOCUMENTS, add_document
from tests.core.test_recurrence_index import LATER
from tests.core.test_recurrence_relink import _drop, _put


def _new_process(store: GraphStore) -> None:
    """Forget what this process read, as a new ``normgraph add`` has not read it."""
    recurrence_versions._MEMORY.pop(store, None)


def test_versions_kept_between_links_equal_the_scan_of_every_fact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path / "store")
    for document in DOCUMENTS:
        _put(store, document, "v1")
    assert report_versions(store) == scanned(store)
    assert (tmp_path / f"store{VERSIONS_SUFFIX}").exists()

    # A new process reads the kept reports of unchanged graphs, not the graphs again.
    _new_process(store)
    read: list[str] = []
    original = recurrence_versions._graph_reports

    def noted(graph: str) -> str:
        read.append(graph)
        return original(graph)

    monkeypatch.setattr(recurrence_versions, "_graph_reports", noted)
    assert report_versions(store) == scanned(store)
    assert read == []

    # Added, re-extracted (a new key), removed, and a graph with no build record.
    _put(store, LATER, "v1")
    _put(store, DOCUMENTS[0], "v2")
    _drop(store, DOCUMENTS[1][0])
    name, organisation, day, kind, items = DOCUMENTS[1]
    add_document(store, f"{name}-unrecorded", organisation, day, kind, items)
    _new_process(store)
    versions = report_versions(store)
    assert versions == scanned(store)
    assert sorted(read) == sorted(
        str(document_graph(n)) for n in (LATER[0], DOCUMENTS[0][0], f"{name}-unrecorded")
    )
    assert versions[f"https://w3id.org/normgraph/id/report/{name}-unrecorded"] == ""

    # A saved file that does not read is ignored: every graph is read again.
    (tmp_path / f"store{VERSIONS_SUFFIX}").write_bytes(b"not gzip")
    _new_process(store)
    assert report_versions(store) == versions
