"""A report read again with the very recommendations the index holds is not read again by
the next new process: its version is saved beside the index (the index file itself is not
written when nothing was added), and only for that index file."""

from __future__ import annotations

import gzip
import json
from collections.abc import Collection
from pathlib import Path

from normgraph import recurrence_index
from normgraph.graph import GraphStore, open_store
from normgraph.grouping import Item
from normgraph.namespaces import ID
from normgraph.recurrence import link
from normgraph.recurrence_index import VERSIONS_SUFFIX
from tests.core.recurrence_store import DOCUMENTS
from tests.core.test_group_cache import ITEMS
from tests.core.test_recurrence_delta import _statement
from tests.core.test_recurrence_findings import _with_findings
from tests.core.test_recurrence_index import LATER
from tests.core.test_recurrence_relink import _put, _recurrence
from tests.core.test_recurrence_unregrouped import _edit, _linked


def _relink(path: Path, versions: dict[str, str]) -> list[str]:
    """A link's index in a new process; the reports it read again."""
    read: list[str] = []

    def items_of(reports: Collection[str] | None) -> list[Item]:
        read.extend(sorted({i.document for i in ITEMS}) if reports is None else reports)
        return [i for i in ITEMS if reports is None or i.document in reports]

    store = open_store(path)
    try:
        recurrence_index.updated_grouping(store, versions, items_of)
    finally:
        store.close()
    return read


def test_a_report_read_again_is_not_read_by_the_next_link(tmp_path: Path) -> None:
    path = tmp_path / "store"
    versions = {i.document: "v1" for i in ITEMS}
    _relink(path, versions)  # built and saved
    first, second = sorted(versions)[:2]
    assert _relink(path, {**versions, first: "v2"}) == [first]
    assert (tmp_path / ("store" + VERSIONS_SUFFIX)).exists()
    # The next edit: only its report is read again, not the one edited before.
    assert _relink(path, {**versions, first: "v2", second: "v2"}) == [second]
    assert _relink(path, {**versions, first: "v2", second: "v2"}) == []


def test_versions_saved_for_another_index_file_are_not_used(tmp_path: Path) -> None:
    path = tmp_path / "store"
    versions = {i.document: "v1" for i in ITEMS}
    _relink(path, versions)
    first = sorted(versions)[0]
    _relink(path, {**versions, first: "v2"})
    saved = tmp_path / ("store" + VERSIONS_SUFFIX)
    with gzip.open(saved, "rt", encoding="utf-8") as source:
        data = json.load(source)
    saved.write_bytes(gzip.compress(json.dumps({**data, "index": "0" * 64}).encode()))
    assert _relink(path, {**versions, first: "v2"}) == [first]  # read again, as before
    saved.write_bytes(b"not gzip")
    assert _relink(path, {**versions, first: "v2"}) == [first]


def _facts(store: GraphStore) -> None:
    _with_findings(store)
    _statement(store, LATER[0])
    _edit(store)


def test_two_edits_in_turn_still_write_what_a_link_from_scratch_writes(tmp_path: Path) -> None:
    _linked(tmp_path / "store", "v1", edited=False)
    for document in (LATER, DOCUMENTS[0]):  # each in a new process, outside their asks
        store = open_store(tmp_path / "store")
        _put(store, document, "v2")
        _facts(store)
        outcome = link(store)
        assert outcome.index is not None and outcome.index.added == 0
        known = outcome.index.known
        relinked = _recurrence(store)
        store.close()
    # The second link read the report edited first as the index's (its version saved).
    assert str(ID[f"report/{LATER[0]}"]) in known

    scratch = open_store(tmp_path / "scratch")
    for document in [*DOCUMENTS, LATER]:
        _put(scratch, document, "v2" if document in (LATER, DOCUMENTS[0]) else "v1")
    _facts(scratch)
    link(scratch)
    assert relinked == _recurrence(scratch)
    scratch.close()
