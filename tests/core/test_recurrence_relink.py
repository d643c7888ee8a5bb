"""A relink after a report is added, changed or removed leaves the store holding what a
link from scratch (a new store, never linked) writes for the same documents, though it
reads only the reports whose version changed and renders only the blocks that changed."""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef

from normgraph.build_state import Record, forget, write_record
from normgraph.graph import GraphStore, open_store
from normgraph.namespaces import ID, NG, RDF, RECURRENCE_GRAPH, document_graph
from normgraph.recurrence import compute_blocks, link, stored_links
from normgraph.recurrence_blocks import triple_key
from normgraph.recurrence_delta import BLOCKS_SUFFIX, kept
from normgraph.recurrence_parts import MANIFEST
from normgraph.recurrence_read import _STATEMENTS, read_statements, statement_keys
from tests.core.recurrence_store import DOCUMENTS, add_document
from tests.core.test_recurrence_delta import _statement
from tests.core.test_recurrence_index import LATER

Document = tuple[str, str, str, str, list[tuple[str, str, URIRef]]]


def _put(store: GraphStore, document: Document, version: str) -> None:
    """Write a document's graph and its build record, as the build does."""
    add_document(store, *document)
    write_record(store, Record(document[0], f"{document[0]}.txt", version, document[0]))


def _drop(store: GraphStore, name: str) -> None:
    store.drop_graph(document_graph(name))
    forget(store, name)


def _recurrence(store: GraphStore) -> set[tuple[object, ...]]:
    return {triple_key(t) for t in store.read_graph(RECURRENCE_GRAPH)}


def _scratch(path: Path, documents: list[Document]) -> set[tuple[object, ...]]:
    """The recurrence graph a new store holding ``documents`` gets from its first link."""
    store = open_store(path)
    for document in documents:
        _put(store, document, "v1")
    outcome = link(store)
    assert outcome.written and outcome.index is not None and outcome.index.how == "rebuilt"
    triples = _recurrence(store)
    store.close()
    return triples


def test_a_relink_after_add_change_and_remove_equals_a_link_from_scratch(tmp_path: Path) -> None:
    documents: list[Document] = [*DOCUMENTS, LATER]
    store = open_store(tmp_path / "store")
    for document in documents[:-1]:
        _put(store, document, "v1")
    link(store)
    first = _recurrence(store)

    # Added: one more report; only its recommendations are indexed.
    _put(store, documents[-1], "v1")
    added = link(store)
    assert added.index is not None and (added.index.how, added.index.added) == ("kept", 2)
    assert _recurrence(store) == _scratch(tmp_path / "scratch-add", documents)
    assert _recurrence(store) != first

    # Re-extracted with the same facts (a new build key): read again, nothing changes.
    _put(store, documents[-1], "v2")
    again = link(store)
    assert again.index is not None and (again.index.how, again.index.added) == ("kept", 0)
    assert again.changed == 0

    # Changed: one recommendation of the added report asks for something else.
    name, organisation, day, kind, items = documents[-1]
    edited = [(items[0][0], "Televised debates between candidates should be held.", items[0][2])]
    changed_document: Document = (name, organisation, day, kind, [*edited, *items[1:]])
    _put(store, changed_document, "v3")
    changed = link(store)
    assert changed.written and changed.index is not None and changed.index.how == "rebuilt"
    assert _recurrence(store) == _scratch(
        tmp_path / "scratch-change", [*documents[:-1], changed_document]
    )

    # Removed: the report's graph and record dropped.
    _drop(store, name)
    removed = link(store)
    assert removed.written and removed.changed > 0
    assert _recurrence(store) == _scratch(tmp_path / "scratch-remove", documents[:-1]) == first
    issues = set(store.read_graph(RECURRENCE_GRAPH).subjects(RDF.type, NG.RecurringIssue))
    assert issues and all(name not in str(issue) for issue in issues)
    store.close()


def test_a_report_added_before_the_linked_ones_relinks_as_a_link_from_scratch(
    tmp_path: Path,
) -> None:
    # The earliest report arrives last: its state is regrouped in date order with its
    # own state's weights, so the relink writes what a first link of all of them writes.
    documents: list[Document] = [*DOCUMENTS, LATER]
    store = open_store(tmp_path / "store")
    for document in documents[1:]:
        _put(store, document, "v1")
    link(store)
    first = _recurrence(store)
    _put(store, documents[0], "v1")
    added = link(store)
    assert added.index is not None and added.index.how == "kept" and added.index.added > 0
    assert _recurrence(store) != first
    assert _recurrence(store) == _scratch(tmp_path / "scratch", documents)
    store.close()


def test_a_relink_in_a_new_process_reuses_the_saved_blocks_and_equals_a_link_from_scratch(
    tmp_path: Path,
) -> None:
    # A new store object is what a new process has: nothing kept in memory, the index and
    # the blocks read back from beside the store.
    documents: list[Document] = [*DOCUMENTS, LATER]
    saved = _linked_and_closed(tmp_path / "store", documents[:-1])
    assert saved.exists()

    reopened = open_store(tmp_path / "store")
    _put(reopened, documents[-1], "v1")
    last = kept(reopened)
    assert last is not None and len(last) == reopened.count_triples(RECURRENCE_GRAPH)
    blocks, _ = compute_blocks(reopened, last)
    # Only the blocks whose inputs changed are rendered; the others are the saved ones.
    assert 0 < blocks.rendered < len(blocks.triples)
    assert blocks.triples[""] is last.triples[""]
    added = link(reopened)
    assert added.written and added.changed > 0
    assert _recurrence(reopened) == _scratch(tmp_path / "scratch", documents)
    reopened.close()


def _linked_and_closed(path: Path, documents: list[Document]) -> Path:
    """A store holding ``documents``, linked once and closed; its saved blocks' manifest."""
    store = open_store(path)
    for document in documents:
        _put(store, document, "v1")
    link(store)
    store.close()
    return path.with_name(path.name + BLOCKS_SUFFIX) / MANIFEST


def test_saved_blocks_that_do_not_fit_the_store_are_not_used(tmp_path: Path) -> None:
    documents: list[Document] = [*DOCUMENTS, LATER]
    saved = _linked_and_closed(tmp_path / "store", documents[:-1])
    for spoil in ("count", "unreadable"):
        reopened = open_store(tmp_path / "store")
        if spoil == "count":  # another writer changed the graph: not the blocks' graph
            reopened.update(
                f"INSERT DATA {{ GRAPH {RECURRENCE_GRAPH.n3()} "
                "{ <urn:x:a> <urn:x:b> <urn:x:c> } }"
            )
        else:
            saved.write_bytes(b"not gzip")
        assert kept(reopened) is None
        _put(reopened, documents[-1], "v1")
        assert link(reopened).written
        assert _recurrence(reopened) == _scratch(tmp_path / f"scratch-{spoil}", documents)
        reopened.close()


def test_a_restated_statement_is_read_back_not_matched_again_in_a_new_process(
    tmp_path: Path,
) -> None:
    # A 2015 statement whose earlier recommendation is not in the store, tied to the issue
    # its own report re-states (with a 2019 report); then a new process adds a report of
    # another state: the statement's link is read back from the store, not matched again.
    name, organisation, _day, kind, items = LATER
    later_b: Document = (f"{name}-b", organisation, "2019-03-20", kind, items)
    elsewhere: Document = (f"{name}-am", organisation, "2016-05-02", kind, items)
    built: dict[str, GraphStore] = {}
    for label in ("store", "scratch"):
        store = built[label] = open_store(tmp_path / label)
        for document in (LATER, later_b):
            _put(store, document, "v1")
        assessment = _statement(store, name)
        if label == "scratch":
            _put(store, elsewhere, "v1")
            _move_to_another_state(store, elsewhere[0])
        link(store)
    store = built["store"]
    graph = store.read_graph(RECURRENCE_GRAPH)
    assert (assessment, NG.issue, None) in graph
    assert (assessment, NG.recommendation, None) not in graph
    # The light key query lists what the full read reads, not the inferred assessments.
    assert (None, RDF.type, NG.InferredAssessment) in graph
    statements, _done = read_statements(store)
    assert statement_keys(store) == sorted((s.key, s.document) for s in statements)
    assert [key for key, _report in statement_keys(store)] == [str(assessment)]
    # The stored links read from the blocks the graph was written from, as queried.
    from_blocks, queried = stored_links(store, kept(store)), stored_links(store)
    assert from_blocks == queried and str(assessment) in queried[1]
    assert len(queried[0]) > 1  # the memberships name a recommendation too
    store.close()

    reopened = open_store(tmp_path / "store")
    _put(reopened, elsewhere, "v1")
    _move_to_another_state(reopened, elsewhere[0])
    relinked = link(reopened)
    assert relinked.written and relinked.observed_assessments == 1
    assert str(ID[f"report/{name}"]) not in _STATEMENTS.get(reopened, {})  # not read whole
    assert _recurrence(reopened) == _recurrence(built["scratch"])
    reopened.close()
    built["scratch"].close()


def _move_to_another_state(store: GraphStore, name: str) -> None:
    graph = f"<https://w3id.org/normgraph/graph/doc/{name}>"
    store.update(
        f"DELETE {{ GRAPH {graph} {{ ?e <{NG.country}> ?c }} }} "
        f"INSERT {{ GRAPH {graph} {{ ?e <{NG.country}> <{ID['state/am']}> }} }} "
        f"WHERE {{ GRAPH {graph} {{ ?e <{NG.country}> ?c }} }}"
    )
