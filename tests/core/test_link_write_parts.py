"""A first link writes the recurrence graph in parts, and a link stopped halfway heals.

One atomic load of the whole graph was the link's peak of memory at 1,000 reports, so a
first link writes it in updates of ``FIRST_BATCH`` triples, marked pending in the build
graph until the last is in. A store left with part of the graph (the process stopped) says
so, and the next link (which the next build runs, though no file changed) writes the rest:
the graph a link from scratch writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from rdflib import URIRef
from typer.testing import CliRunner

from bench.scale import write_corpus
from normgraph import recurrence_delta
from normgraph.cli import app
from normgraph.graph import GraphStore, StoreError, open_store
from normgraph.namespaces import RECURRENCE_GRAPH
from normgraph.recurrence import link
from normgraph.recurrence_blocks import Triple, triple_key
from normgraph.recurrence_delta import pending
from tests.conftest import build_store
from tests.core.recurrence_store import open_recurrence_store

PART = 7
"""Triples per part here: the invented set's graph (about 70 triples) takes several."""


def _graph(store: GraphStore) -> set[tuple[object, ...]]:
    return {triple_key(t) for t in store.read_graph(RECURRENCE_GRAPH)}


def _scratch(path: Path) -> set[tuple[object, ...]]:
    """The graph one atomic write of the whole makes (parts larger than the graph)."""
    store = open_recurrence_store(path)
    try:
        assert link(store).written
        return _graph(store)
    finally:
        store.close()


def _stopping(store: GraphStore, monkeypatch: pytest.MonkeyPatch, after: int) -> None:
    """The store's writes fail from the ``after``-th part of the recurrence graph on."""
    added = type(store).add_triples
    parts: list[URIRef] = []

    def add_triples(self: GraphStore, graph: URIRef, triples: Sequence[Triple]) -> None:
        parts.append(graph)
        if graph == RECURRENCE_GRAPH and len(parts) >= after:
            raise StoreError("the process stopped")
        added(self, graph, triples)

    monkeypatch.setattr(type(store), "add_triples", add_triples)


def test_a_first_link_written_in_parts_is_the_graph_written_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _scratch(tmp_path / "whole")
    monkeypatch.setattr(recurrence_delta, "FIRST_BATCH", PART)
    store = open_recurrence_store(tmp_path / "parts")
    try:
        assert link(store).written
        assert len(whole) > 3 * PART and _graph(store) == whole
        assert not pending(store)
    finally:
        store.close()


@pytest.mark.parametrize("after", [1, 3])
def test_a_link_stopped_while_writing_in_parts_is_marked_and_the_next_link_heals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, after: int
) -> None:
    whole = _scratch(tmp_path / "whole")
    monkeypatch.setattr(recurrence_delta, "FIRST_BATCH", PART)
    path = tmp_path / "stopped"
    store = open_recurrence_store(path)
    with monkeypatch.context() as stopped:
        _stopping(store, stopped, after)
        with pytest.raises(StoreError):
            link(store)
    assert pending(store)
    assert len(_graph(store)) == (after - 1) * PART
    store.close()
    assert UNFINISHED in _info(path)  # a reader is told its recurring issues are incomplete
    store = open_store(path)  # a new process: nothing of the stopped link kept
    try:
        assert pending(store)
        assert link(store).written
        assert _graph(store) == whole
        assert not pending(store)
    finally:
        store.close()
    assert UNFINISHED not in _info(path)


UNFINISHED = "a build stopped while writing the recurring issues"


def _info(path: Path) -> str:
    """What ``normgraph info`` prints on the store (stdout and stderr)."""
    result = CliRunner().invoke(app, ["info", "--store", str(path)])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_the_next_build_links_again_after_a_stopped_write_though_no_file_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, path = tmp_path / "corpus", tmp_path / "store"
    write_corpus(corpus, 2, states=1)
    build_store(path, corpus)
    store = open_store(path)
    try:
        whole = _graph(store)
        recurrence_delta.forget(store)  # drop it and its caches: the next link is a first one
        store.drop_graph(RECURRENCE_GRAPH)
        monkeypatch.setattr(recurrence_delta, "FIRST_BATCH", len(whole) // 3 + 1)
        with monkeypatch.context() as stopped:
            _stopping(store, stopped, 2)
            with pytest.raises(StoreError):
                link(store)
        assert pending(store) and len(_graph(store)) < len(whole)
    finally:
        store.close()
    build_store(path, corpus)  # every file unchanged
    store = open_store(path)
    try:
        assert _graph(store) == whole and not pending(store)
    finally:
        store.close()
