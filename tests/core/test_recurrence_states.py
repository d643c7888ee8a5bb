"""A relink after one added report signs and reads only its state's issues: the other
states' blocks are taken as kept, and the graph is still what a link from scratch writes.
Statements of a few reports read by their keys are what the reference reads."""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, URIRef

from normgraph import recurrence_read, recurrence_triples
from normgraph.build_state import Record, write_record
from normgraph.graph import GraphStore, open_store
from normgraph.grouping import Group, Grouping
from normgraph.namespaces import NG, RECURRENCE_GRAPH, document_graph
from normgraph.recurrence import compute_blocks, link
from normgraph.recurrence_changes import changed_states
from normgraph.recurrence_delta import kept
from normgraph.recurrence_index import _MEMORY
from normgraph.recurrence_keys import statement_keys
from normgraph.recurrence_read import current_statements, read_statements, report_versions
from tests.core import recurrence_store
from tests.core.recurrence_store import DOCUMENTS, KZ
from tests.core.test_recurrence_delta import _statement
from tests.core.test_recurrence_index import LATER
from tests.core.test_recurrence_relink import _recurrence

Document = tuple[str, str, str, str, list[tuple[str, str, URIRef]]]
OTHER = "xq"
"""An invented second state: the same three reports, observed there."""


def _put(store: GraphStore, document: Document, state: str = "kz") -> None:
    """A report's graph, in ``state`` (its elections, reports and items named apart), with
    its build record."""
    name, organisation, day, kind, items = document
    if state != "kz":
        name = f"{name}-{state}"
    graph = recurrence_store.document_graph(name, organisation, day, kind, items)
    if state != "kz":
        moved = Graph()
        for triple in graph:
            moved.add(tuple(_moved(term, state) for term in triple))  # type: ignore[arg-type]
        graph = moved
    store.replace_graph(document_graph(name), graph)
    write_record(store, Record(name, f"{name}.txt", "v1", name))


def _moved(term: object, state: str) -> object:
    if isinstance(term, URIRef) and ("/state/kz" in term or "/election/kz/" in term):
        return URIRef(str(term).replace("/kz", f"/{state}"))
    return term


def _documents(store: GraphStore) -> None:
    for document in DOCUMENTS:
        _put(store, document)
        _put(store, document, OTHER)


def test_an_added_report_signs_only_its_states_issues_and_links_as_from_scratch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path / "store")
    _documents(store)
    link(store)
    other_issues = {
        str(s)
        for s, o in store.read_graph(RECURRENCE_GRAPH).subject_objects(NG.country)
        if str(o).endswith(f"/state/{OTHER}")
    }
    assert other_issues  # both states have issues

    _put(store, LATER)
    last = kept(store)
    assert last is not None and last.versions
    signed: list[Group] = []
    signature = recurrence_triples._signature

    def recorded(g: Group, *args: Any) -> Hashable:
        signed.append(g)
        return signature(g, *args)

    monkeypatch.setattr(recurrence_triples, "_signature", recorded)
    blocks, outcome = compute_blocks(store, last)
    assert outcome.index is not None
    states = changed_states(_grouping(store), report_versions(store), last, outcome.index)
    assert states == frozenset({str(KZ)})
    assert signed and {i.country for g in signed for i in g.items} == {str(KZ)}
    # The other state's issues are the kept blocks themselves; the added report's state's
    # issue changed.
    assert all(blocks.triples[key] is last.triples[key] for key in other_issues)
    assert any(blocks.triples[key] is not last.triples.get(key) for key in blocks.triples)
    assert link(store).written
    relinked = _recurrence(store)
    store.close()
    assert relinked == scratch_with_later(tmp_path / "scratch")


def scratch_with_later(path: Path) -> set[tuple[object, ...]]:
    """The recurrence graph of both states' reports and ``LATER``, linked from scratch."""
    scratch = open_store(path)
    _documents(scratch)
    _put(scratch, LATER)
    link(scratch)
    graph = _recurrence(scratch)
    scratch.close()
    return graph


def _grouping(store: GraphStore) -> Grouping:
    """The grouping the last link of ``store`` in this process used."""
    return _MEMORY[store][0]


def test_no_kept_versions_means_every_state_is_signed(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    _documents(store)
    link(store)
    last = kept(store)
    assert last is not None
    _, outcome = compute_blocks(store, last)
    assert outcome.index is not None
    last.versions = {}
    assert changed_states(_grouping(store), report_versions(store), last, outcome.index) is None
    store.close()


def test_statements_read_by_key_are_what_the_reference_reads(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    _documents(store)
    _put(store, LATER)
    _statement(store, LATER[0])
    versions = report_versions(store)
    keys: dict[str, list[str]] = {}
    for key, report in statement_keys(store, versions):
        keys.setdefault(report, []).append(key)
    assert keys
    reference = read_statements(store)
    recurrence_read._STATEMENTS.pop(store, None)
    by_key, done = current_statements(store, versions, None, keys)
    assert by_key == sorted(reference[0], key=lambda s: s.key) and done == reference[1]
    store.close()
