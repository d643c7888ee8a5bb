"""A report changed outside its recommendations (a new version, the same asks) leaves every
state grouped as it was: a relink in a new process matches only that report's findings and
statements, and still writes what a link from scratch writes. A finding's or statement's
block whose triples are the kept ones is taken without being signed again."""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path

import pytest
from rdflib import Literal

from normgraph import recurrence, recurrence_blocks
from normgraph.graph import GraphStore, open_store
from normgraph.grouping import Item
from normgraph.namespaces import ID, NG
from normgraph.recurrence import link
from normgraph.recurrence_blocks import Blocks, digest
from normgraph.recurrence_statements import Resolved, resolve_all
from tests.core.recurrence_store import DOCUMENTS
from tests.core.test_recurrence_delta import _statement
from tests.core.test_recurrence_findings import _with_findings
from tests.core.test_recurrence_index import LATER
from tests.core.test_recurrence_relink import Document, _put, _recurrence

EDITED = "The mission thanks its hosts for the invitation."


def _linked(path: Path, version: str, edited: bool) -> None:
    """Every document with a finding each and a statement in the latest report, linked;
    the latest report at ``version``, with one more fact if ``edited``."""
    store = open_store(path)
    documents: list[Document] = [*DOCUMENTS, LATER]
    for document in documents:
        _put(store, document, version if document is LATER else "v1")
    _with_findings(store)
    _statement(store, LATER[0])
    if edited:
        _edit(store)
    link(store)
    store.close()


def _edit(store: GraphStore) -> None:
    """A fact of the latest report that no recommendation holds (a title's note)."""
    report = ID[f"report/{LATER[0]}"]
    graph = f"<https://w3id.org/normgraph/graph/doc/{LATER[0]}>"
    store.update(
        f"INSERT DATA {{ GRAPH {graph} {{ {report.n3()} <{NG.text}> {Literal(EDITED).n3()} }} }}"
    )


def test_a_report_changed_outside_its_asks_rematches_only_its_own_facts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _linked(tmp_path / "store", "v1", edited=False)
    reopened = open_store(tmp_path / "store")  # a new process: caches read from disk
    _put(reopened, LATER, "v2")  # written again, as the build rewrites a changed file
    _with_findings(reopened)
    _statement(reopened, LATER[0])
    _edit(reopened)
    matched: list[str] = []

    def spied(grouping: object, statements: list[Item], done: object = ()) -> list[Resolved]:
        matched.extend(s.document for s in statements)
        return resolve_all(grouping, statements, done)  # type: ignore[arg-type]

    monkeypatch.setattr(recurrence, "resolve_all", spied)
    outcome = link(reopened)
    assert outcome.written and outcome.index is not None
    assert outcome.index.how == "kept" and outcome.index.added == 0
    assert outcome.index.touched == frozenset()
    later = str(ID[f"report/{LATER[0]}"])
    assert later not in outcome.index.known
    assert len(outcome.index.known) == len(DOCUMENTS)  # every other report kept
    assert set(matched) == {later}  # its statement matched again, no other's
    assert outcome.observed_assessments == 1
    relinked = _recurrence(reopened)
    reopened.close()

    _linked(tmp_path / "scratch", "v2", edited=True)
    scratch = open_store(tmp_path / "scratch")
    assert relinked == _recurrence(scratch)
    scratch.close()


def test_a_changed_report_with_a_new_ask_still_touches_its_state(tmp_path: Path) -> None:
    _linked(tmp_path / "store", "v1", edited=False)
    reopened = open_store(tmp_path / "store")
    name, organisation, day, kind, items = LATER
    grown: Document = (name, organisation, day, kind, [*items, ("12", *items[0][1:])])
    _put(reopened, grown, "v2")
    outcome = link(reopened)
    assert outcome.index is not None and outcome.index.added == 1
    assert outcome.index.touched  # its state regrouped: matched as a link from scratch
    reopened.close()


def test_a_block_of_known_rows_is_taken_as_kept_only_when_its_triples_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    finding, issue, other = (ID[f"x/{name}"] for name in ("finding", "issue", "other"))
    rows = ((finding, NG.concerns, issue),)
    last = Blocks()
    last.put_rows(str(finding), rows[0], rows)
    signed: list[object] = []

    def spied(value: Hashable) -> str:
        signed.append(value)
        return digest(value)

    monkeypatch.setattr(recurrence_blocks, "digest", spied)
    blocks = Blocks()
    blocks.put_rows(str(finding), rows[0], ((finding, NG.concerns, issue),), last, "kz")
    assert blocks.triples[str(finding)] is last.triples[str(finding)]  # the kept tuple
    assert blocks.signatures == last.signatures and not signed and blocks.rendered == 0
    moved = ((finding, NG.concerns, other),)
    blocks.put_rows(str(other), moved[0], moved, last)  # not kept: rendered and signed
    assert blocks.triples[str(other)] == moved and blocks.rendered == 1
    assert blocks.signatures[str(other)] == digest(moved[0])
    again = Blocks()
    again.put_rows(str(finding), moved[0], moved, last)  # kept, other triples: rendered
    assert again.triples[str(finding)] == moved and again.rendered == 1
