"""The grouping index kept beside the store between links: a new report adds its own asks,
a removed or changed one, a changed method or an unreadable file rebuild it."""

from __future__ import annotations

import gzip
from pathlib import Path

from rdflib import URIRef
from rich.console import Console

from normgraph.build_output import print_linked
from normgraph.graph import GraphStore, open_store
from normgraph.namespaces import NG, RDF, RECURRENCE_GRAPH, VOCAB
from normgraph.recurrence import LinkOutcome, link
from normgraph.recurrence_index import IndexUse, forget, index_path, load
from tests.core.recurrence_store import RESULTS, add_document, open_recurrence_store

LATER = (
    "osce-odihr-2015",
    "osce-odihr",
    "2015-04-26",
    "presidential",
    [
        (
            "4",
            "Detailed results protocols of every polling station should be published on the "
            "CEC website promptly after the count.",
            RESULTS,
        ),
        (
            "9",
            "Voting hours should only be changed under exceptional and clearly defined "
            "conditions set out in law.",
            VOCAB["topic/election-day"],
        ),
    ],
)


def _issues(store: GraphStore) -> set[frozenset[str]]:
    graph = store.read_graph(RECURRENCE_GRAPH)
    return {
        frozenset(
            str(graph.value(m, NG.recommendation))
            for m in graph.subjects(NG.issue, issue)
            if (m, RDF.type, NG.IssueMembership) in graph
        )
        for issue in graph.subjects(RDF.type, NG.RecurringIssue)
    }


def test_a_new_report_adds_only_its_asks_and_groups_as_a_rebuild_would(tmp_path: Path) -> None:
    store = open_recurrence_store(tmp_path / "store")
    first = link(store)
    assert first.index is not None and first.index.how == "rebuilt"
    path = index_path(store)
    assert path is not None and path.exists() and len(load(path).units) > 0
    again = link(store)
    assert again.index is not None and (again.index.how, again.index.added) == ("kept", 0)
    add_document(store, *LATER)
    added = link(store)
    assert added.index is not None and (added.index.how, added.index.added) == ("kept", 2)
    kept_issues = _issues(store)
    assert any(len(members) == 4 for members in kept_issues)  # the results ask, 4 elections
    store.close()
    path.unlink()
    fresh = open_store(tmp_path / "store")
    rebuilt = link(fresh)
    assert rebuilt.index is not None and rebuilt.index.how == "rebuilt"
    assert "no saved index" in rebuilt.index.reason
    assert _issues(fresh) == kept_issues
    fresh.close()


def test_a_removed_report_or_an_unreadable_index_rebuilds_it(tmp_path: Path) -> None:
    store = open_recurrence_store(tmp_path / "store")
    add_document(store, *LATER)
    link(store)
    store.drop_graph(RECURRENCE_GRAPH)
    store.drop_graph(URIRef("https://w3id.org/normgraph/graph/doc/osce-odihr-2015"))
    removed = link(store)
    assert removed.index is not None and removed.index.how == "rebuilt"
    assert "2 indexed recommendations were removed or changed" in removed.index.reason
    assert not any(len(members) == 4 for members in _issues(store))
    store.close()
    path = index_path(store)
    assert path is not None
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write('{"fingerprint": "from another version of normgraph"}')
    reopened = open_store(tmp_path / "store")
    outdated = link(reopened)
    assert outdated.index is not None and outdated.index.how == "rebuilt"
    assert "code or paraphrases changed" in outdated.index.reason
    reopened.close()
    path.write_bytes(b"not gzip at all")
    reopened = open_store(tmp_path / "store")
    broken = link(reopened)
    assert broken.index is not None and "does not read" in broken.index.reason
    assert broken.written and any(len(members) == 3 for members in _issues(reopened))
    reopened.close()


def test_an_index_that_cannot_be_saved_does_not_stop_the_link(tmp_path: Path) -> None:
    store = open_recurrence_store(tmp_path / "store")
    path = index_path(store)
    assert path is not None
    path.mkdir()  # something else stands where the index would be written
    outcome = link(store)
    assert outcome.written and outcome.issues == 1
    assert outcome.index is not None and "does not read" in outcome.index.reason
    assert str(path) in outcome.index.unsaved
    store.close()


def test_the_link_line_says_how_the_index_was_used() -> None:
    """`normgraph build` and `link` say whether the index was kept or rebuilt, and why."""
    console, errors = Console(record=True, width=200), Console(record=True, width=200)
    use = IndexUse("rebuilt", "2 indexed recommendations were removed or changed", 107, "no disk")
    print_linked(console, errors, LinkOutcome(issues=3, index=use))
    said = console.export_text()
    assert "Recurrence: 3 recurring issues" in said
    assert (
        "Grouping index rebuilt (2 indexed recommendations were removed or changed): "
        "107 recommendations added" in said
    )
    assert "Grouping index not saved: no disk" in errors.export_text()


def test_a_relink_in_a_new_process_or_without_the_index_rewrites_nothing(
    tmp_path: Path,
) -> None:
    """Same store in, same triples out: the index read back from its file (as a new process
    reads it), or rebuilt when it is gone, scores confidences and reasons as the link that
    saved it did, so nothing is rewritten."""
    store = open_recurrence_store(tmp_path / "store")
    add_document(store, *LATER)
    assert link(store).changed > 0
    written = store.read_graph(RECURRENCE_GRAPH)
    store.close()
    reopened = open_store(tmp_path / "store")  # a new store object: the index is read back
    relinked = link(reopened)
    assert relinked.index is not None and relinked.index.how == "kept"
    assert relinked.changed == 0
    forget(reopened)  # the index gone, in this process and on disk
    rebuilt = link(reopened)
    assert rebuilt.index is not None and rebuilt.index.how == "rebuilt"
    assert rebuilt.changed == 0
    assert set(reopened.read_graph(RECURRENCE_GRAPH)) == set(written)
    reopened.close()
