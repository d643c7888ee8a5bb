"""The first link's write: the validation's garbage is collected before the store's loader."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Sequence
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from normgraph import recurrence, validation
from normgraph.graph import GraphStore
from normgraph.namespaces import RECURRENCE_GRAPH
from normgraph.recurrence_blocks import Triple
from normgraph.validation import Violation
from tests.core.recurrence_store import open_recurrence_store


def test_a_first_link_writes_after_the_validation_s_cyclic_garbage_is_freed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A graph the validation made and dropped, kept alive only by a reference cycle, is
    gone when the recurrence graph is written the first time; a relink (a small update,
    not the bulk loader) writes without a full collection."""
    made: list[weakref.ref[Graph]] = []
    validated = validation.validate_graph

    def validate(graph: Graph, **kwargs: object) -> list[Violation]:
        cyclic = Graph()
        cyclic.namespace_manager.bind("ng", "https://w3id.org/normgraph/ontology#")
        made.append(weakref.ref(cyclic))
        return validated(graph, **kwargs)  # type: ignore[arg-type]

    alive_at_write: list[bool] = []
    store: GraphStore = open_recurrence_store(tmp_path / "s")
    added = type(store).add_triples

    def add_triples(self: GraphStore, graph: URIRef, triples: Sequence[Triple]) -> None:
        if graph == RECURRENCE_GRAPH and not alive_at_write:  # its first part
            alive_at_write.append(any(ref() is not None for ref in made))
        added(self, graph, triples)

    monkeypatch.setattr(recurrence, "validate_graph", validate)
    monkeypatch.setattr(type(store), "add_triples", add_triples)
    collections: list[int] = []
    collect = gc.collect

    def counted(*args: int) -> int:
        collections.append(1)
        return collect(*args)

    monkeypatch.setattr(gc, "collect", counted)
    try:
        gc.disable()  # no automatic collection may free them first
        first = recurrence.link(store)
        assert first.written and made and alive_at_write == [False]
        collections.clear()
        again = recurrence.link(store)
        assert not again.changed and not collections
    finally:
        gc.enable()
        store.close()
