"""A build writes its documents' records together after their graphs (a small write between
two bulk loads costs RocksDB a compaction of it with the next load), and writes those of the
graphs already in even when it stops half-way; a graph left without its record is extracted
again by the next build."""

from __future__ import annotations

from pathlib import Path

import pytest

from normgraph.build import DocumentOutcome, build_corpus
from normgraph.build_state import read_records
from normgraph.config import Settings
from normgraph.graph import GraphStore, open_store
from normgraph.namespaces import document_graph
from normgraph.recurrence import LinkOutcome
from tests.core.test_build import small_corpus
from tests.documents import ENEMO_2005

ARTICLE = "000_fc014c5b3f715ef5.txt"
SERIAL = Settings(build_workers=1)


class _Stop(Exception):
    """The build's caller gives up after its first finished document."""


class _Watch:
    """Build progress that sees the store's records as each document finishes."""

    def __init__(self, store: GraphStore, stop: bool) -> None:
        self.store, self.stop = store, stop
        self.records_seen: list[int] = []

    def starting(self, path: Path) -> None:
        pass

    def finished(self, outcome: DocumentOutcome) -> None:
        self.records_seen.append(len(read_records(self.store)))
        if self.stop:
            raise _Stop(outcome.file)

    def linked(self, outcome: LinkOutcome) -> None:
        pass


def test_records_land_together_after_every_graph(corpus: Path, tmp_path: Path) -> None:
    folder = small_corpus(corpus, tmp_path / "corpus", ARTICLE, ENEMO_2005)
    with open_store(tmp_path / "store") as store:
        watch = _Watch(store, stop=False)
        outcomes = build_corpus(store, folder, settings=SERIAL, relink=False, progress=watch)
        assert all(o.written for o in outcomes)
        assert watch.records_seen == [0, 0]  # none written between the two graphs
        assert set(read_records(store)) == {Path(ARTICLE).stem, Path(ENEMO_2005).stem}


def test_a_build_stopped_half_way_keeps_the_records_of_the_graphs_in(
    corpus: Path, tmp_path: Path
) -> None:
    folder = small_corpus(corpus, tmp_path / "corpus", ARTICLE, ENEMO_2005)
    with open_store(tmp_path / "store") as store:
        with pytest.raises(_Stop):
            build_corpus(store, folder, settings=SERIAL, relink=False, progress=_Watch(store, True))
        [first] = read_records(store)
        assert document_graph(first) in store.named_graphs()
        # the next build skips the recorded report and writes the other one
        again = {o.file: o for o in build_corpus(store, folder, settings=SERIAL, relink=False)}
        assert [o.unchanged for o in again.values() if Path(o.file).stem == first] == [True]
        assert sum(not o.unchanged and o.written for o in again.values()) == 1
        assert len(read_records(store)) == 2
