"""Statement keys kept per report version between links equal the reference queries over
every statement, and a relink in a new process reads only the reports that moved."""

from __future__ import annotations

from pathlib import Path

import pytest

from normgraph import recurrence_keys
from normgraph.graph import GraphStore, open_store
from normgraph.namespaces import ID, NG, RECURRENCE_GRAPH
from normgraph.recurrence import link
from normgraph.recurrence_keys import KEYS_SUFFIX, statement_keys
from normgraph.recurrence_read import PAGE
from normgraph.recurrence_read import statement_keys as reference
from normgraph.recurrence_versions import report_versions
from tests.core.recurrence_store import DOCUMENTS, add_document
from tests.core.test_recurrence_delta import _statement
from tests.core.test_recurrence_index import LATER
from tests.core.test_recurrence_relink import _put


def _new_process(store: GraphStore) -> None:
    """Forget what this process read, as a new ``normgraph add`` has not read it."""
    recurrence_keys._MEMORY.pop(store, None)


def _keys(store: GraphStore) -> list[tuple[str, str]]:
    return statement_keys(store, report_versions(store))


@pytest.mark.parametrize("page", [PAGE, 0])
def test_kept_keys_equal_the_reference_and_only_moved_reports_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: int
) -> None:
    # page 0: every read goes through the reference's four queries over every statement.
    monkeypatch.setattr(recurrence_keys, "PAGE", page)
    store = open_store(tmp_path / "store")
    for document in [*DOCUMENTS, LATER]:
        _put(store, document, "v1")
    first = _statement(store, LATER[0])
    assert link(store).written
    # The link's own assessments are typed statements of LATER's report too: left out.
    assert store.ask(f"ASK {{ GRAPH <{RECURRENCE_GRAPH}> {{ ?a a <{NG.InferredAssessment}> }} }}")
    assert _keys(store) == reference(store) == [(str(first), str(ID[f"report/{LATER[0]}"]))]
    assert (tmp_path / f"store{KEYS_SUFFIX}").exists()

    read: list[list[str]] = []
    original = recurrence_keys._read

    def noted(store: GraphStore, reports: list[str]) -> dict[str, list[str]]:
        read.append(sorted(reports))
        return original(store, reports)

    monkeypatch.setattr(recurrence_keys, "_read", noted)
    _new_process(store)
    assert _keys(store) == reference(store)
    assert read == []

    # A statement added with a new version of its report is read; one whose evidence is
    # missing, or whose assessor is software, is not a statement to match (as reference).
    name = DOCUMENTS[0][0]
    _put(store, DOCUMENTS[0], "v2")
    second = _statement(store, name)
    unsupported = ID[f"assessment/{name}/bare"]
    by_software = ID[f"assessment/{name}/software"]
    store.update(
        f"""INSERT DATA {{ GRAPH <https://w3id.org/normgraph/graph/doc/{name}> {{
          <{unsupported}> a <{NG.ImplementationAssessment}> ;
            <{NG.sourceReport}> <{ID[f"report/{name}"]}> .
          <{by_software}> a <{NG.ImplementationAssessment}> ;
            <{NG.sourceReport}> <{ID[f"report/{name}"]}> ;
            <{NG.assessor}> <{ID["agent/a-rule"]}> ; <{NG.evidence}> <{ID["source/x"]}> .
          <{ID["agent/a-rule"]}> a <http://www.w3.org/ns/prov#SoftwareAgent> .
        }} }}"""
    )
    # And a report with no build record is read on every link.
    other, organisation, day, kind, items = DOCUMENTS[1]
    add_document(store, f"{other}-unrecorded", organisation, day, kind, items)
    third = _statement(store, f"{other}-unrecorded")
    _new_process(store)
    keys = _keys(store)
    assert keys == reference(store)
    assert {key for key, _ in keys} == {str(first), str(second), str(third)}
    unrecorded = str(ID[f"report/{other}-unrecorded"])
    assert read == [sorted([str(ID[f"report/{name}"]), unrecorded])]
    read.clear()
    _new_process(store)
    assert _keys(store) == keys
    assert read == [[unrecorded]]

    # A saved file that does not read is ignored: every report is read again.
    (tmp_path / f"store{KEYS_SUFFIX}").write_bytes(b"not gzip")
    _new_process(store)
    assert _keys(store) == keys
    assert len(read[-1]) == len(report_versions(store))
