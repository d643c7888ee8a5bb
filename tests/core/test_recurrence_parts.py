"""The saved blocks, a state to a file: a relink in a new process rewrites only the parts
of the states it changed, and what it reads back is the graph the store holds."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from normgraph.graph import open_store
from normgraph.namespaces import RECURRENCE_GRAPH
from normgraph.recurrence import link
from normgraph.recurrence_blocks import triple_key
from normgraph.recurrence_delta import BLOCKS_SUFFIX, kept
from normgraph.recurrence_parts import MANIFEST
from tests.core.recurrence_store import KZ
from tests.core.test_recurrence_index import LATER
from tests.core.test_recurrence_relink import _recurrence
from tests.core.test_recurrence_states import _documents, _put, scratch_with_later


def _manifest(folder: Path) -> dict[str, Any]:
    with gzip.open(folder / MANIFEST, "rt", encoding="utf-8") as source:
        data = json.load(source)
    assert isinstance(data, dict)
    return data


def _linked(path: Path) -> Path:
    """Two states' reports linked in a store, closed; the folder of its saved blocks."""
    store = open_store(path)
    _documents(store)
    link(store)
    store.close()
    return path.with_name(path.name + BLOCKS_SUFFIX)


def test_an_added_report_rewrites_only_its_states_part(tmp_path: Path) -> None:
    folder = _linked(tmp_path / "store")
    before = _manifest(folder)["parts"]
    assert str(KZ) in before and len(before) >= 3  # the rules' part and two states
    # A file written again (to a temporary file renamed over it) is another inode.
    untouched = {part: (folder / name).stat().st_ino for part, name in before.items()}

    reopened = open_store(tmp_path / "store")  # a new process: nothing kept in memory
    _put(reopened, LATER)
    assert link(reopened).written
    after = _manifest(folder)["parts"]
    assert after.keys() == before.keys()
    assert after[str(KZ)] != before[str(KZ)]  # the added report's state: a new file
    assert not (folder / before[str(KZ)]).exists()  # the old one removed
    for part, name in after.items():
        if part != str(KZ):  # every other part: the very file it had
            assert name == before[part] and (folder / name).stat().st_ino == untouched[part]
    assert sorted(p.name for p in folder.iterdir()) == sorted([MANIFEST, *after.values()])
    relinked = _recurrence(reopened)
    reopened.close()

    again = open_store(tmp_path / "store")
    read_back = kept(again)
    assert read_back is not None
    # The parts read back are the graph the store holds, triple for triple.
    held = {triple_key(t) for t in again.read_graph(RECURRENCE_GRAPH)}
    assert {triple_key(t) for t in read_back.all_triples()} == held
    assert held == relinked
    again.close()


def test_a_part_that_does_not_read_makes_the_graph_read_back(tmp_path: Path) -> None:
    folder = _linked(tmp_path / "store")
    name = _manifest(folder)["parts"][str(KZ)]
    (folder / name).write_bytes(b"not gzip")
    reopened = open_store(tmp_path / "store")
    assert kept(reopened) is None
    _put(reopened, LATER)
    assert link(reopened).written
    relinked = _recurrence(reopened)
    reopened.close()
    assert relinked == scratch_with_later(tmp_path / "scratch")
