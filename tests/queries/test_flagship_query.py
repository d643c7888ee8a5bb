"""The flagship saved query answers as it did before it was rewritten for speed.

``recurring_unaddressed_reference.rq`` is the flagship as written before the rewrite (every
OPTIONAL after the joins, "not done" as FILTER NOT EXISTS). The saved query must give the
same bytes: same rows, same order, on the invented three-election store (with the cases
the rewrite reads differently: an issue or one member judged fully implemented, an
election with no date, a second observer) and on the corpus build.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib.namespace import XSD

from bench.scale import write_corpus
from normgraph.graph import GraphStore, open_store
from normgraph.namespaces import ID, NG, VOCAB
from normgraph.queries.catalogue import parse_saved_query, saved_query
from normgraph.recurrence import link
from tests.conftest import build_store
from tests.core.recurrence_store import open_recurrence_store, rows

REFERENCE = parse_saved_query(
    "recurring-unaddressed",
    (Path(__file__).parent / "recurring_unaddressed_reference.rq").read_text(encoding="utf-8"),
)
FULLY = VOCAB["implementation-status/fully-implemented"]
ODIHR_GRAPH = "https://w3id.org/normgraph/graph/doc/odihr-2011"
PARAMETERS: tuple[dict[str, str], ...] = (
    {},
    {"minElections": "1"},
    {"minElections": "3"},
    {"topic": "vocab:topic/tabulation-and-results"},
    {"topic": "vocab:topic/media"},
    {"country": "id:state/kg"},
)


@pytest.fixture()
def linked(tmp_path: Path) -> Iterator[GraphStore]:
    opened = open_recurrence_store(tmp_path / "store")
    link(opened)
    yield opened
    opened.close()


def assert_answers_as_before(store: GraphStore, ties: bool = False) -> None:
    """Byte for byte; where rows tie on every ORDER BY key (``ties``: two observers of
    one report), the same rows and the same sequence of keys: the order among tied rows
    is the engine's, not the query's."""
    for values in PARAMETERS:
        before = REFERENCE.request(values)(store).body
        after = saved_query("recurring-unaddressed").request(values)(store).body
        if not ties:
            assert after == before, values
            continue
        old, new = (json.loads(body)["results"]["bindings"] for body in (before, after))
        assert sorted(map(_text, new)) == sorted(map(_text, old)), values
        assert [_keys(row) for row in new] == [_keys(row) for row in old], values


def _text(row: dict[str, dict[str, str]]) -> str:
    return json.dumps(row, sort_keys=True)


def _keys(row: dict[str, dict[str, str]]) -> tuple[str, ...]:
    return tuple(
        row[k]["value"] if k in row else "" for k in ("elections", "issue", "order", "start")
    )


def assessed(store: GraphStore, key: str, pattern: str) -> None:
    """A full-implementation assessment of the issue or a member (``pattern``)."""
    store.update(
        f"""PREFIX ng: <{NG}>
        INSERT DATA {{ GRAPH <{ODIHR_GRAPH}> {{
          <{ID[f"assessment/odihr-2011/{key}"]}> a ng:ImplementationAssessment ; {pattern} ;
            ng:assessor <{ID["organisation/osce-odihr"]}> ; ng:status <{FULLY}> ;
            ng:date "2011-06-16"^^<{XSD.date}> .
        }} }}"""
    )


def test_the_linked_set_answers_as_before(linked: GraphStore) -> None:
    assert len(rows(linked, "recurring-unaddressed", {})) == 3
    assert_answers_as_before(linked)


def test_a_member_judged_fully_implemented_removes_its_issue_as_before(
    linked: GraphStore,
) -> None:
    """The second "not done" branch: an assessment of one member's recommendation."""
    assessed(linked, "1", f"ng:recommendation <{ID['recommendation/ndi-2004/results']}>")
    assert rows(linked, "recurring-unaddressed", {"minElections": "1"}) == []
    assert_answers_as_before(linked)


def test_an_issue_judged_fully_implemented_is_left_out_as_before(linked: GraphStore) -> None:
    [issue] = {r["issue"] for r in rows(linked, "recurring-unaddressed", {})}
    assessed(linked, "2", f"ng:issue <{issue}>")
    assert rows(linked, "recurring-unaddressed", {}) == []
    assert_answers_as_before(linked)


def test_an_election_without_a_date_keeps_its_row_as_before(linked: GraphStore) -> None:
    election = ID["election/kz/presidential/2005-12-04"]
    linked.update(
        f"PREFIX ng: <{NG}> DELETE WHERE {{ GRAPH ?g {{ <{election}> ng:electionDate ?d }} }}"
    )
    found = rows(linked, "recurring-unaddressed", {})
    assert [r["election"] for r in found if "electionDate" not in r] == [str(election)]
    assert_answers_as_before(linked)


def test_a_report_with_a_second_observer_lists_both_as_before(linked: GraphStore) -> None:
    linked.update(
        f"INSERT DATA {{ GRAPH <{ODIHR_GRAPH}> {{ <{ID['report/odihr-2011']}> "
        f"<http://purl.org/dc/terms/creator> <{ID['organisation/osce-pa']}> }} }}"
    )
    observers = {r["observer"] for r in rows(linked, "recurring-unaddressed", {})}
    assert {"OSCE-ODIHR", str(ID["organisation/osce-pa"])} <= observers
    assert_answers_as_before(linked, ties=True)


def test_the_corpus_answers_as_before(built_store: GraphStore) -> None:
    assert rows(built_store, "recurring-unaddressed", {})
    assert_answers_as_before(built_store)


def test_a_member_without_an_election_is_listed_once_without_one(linked: GraphStore) -> None:
    """Where the query reads differently from the reference (docs/queries.md, rule 10):
    the reference listed such a member under every dated election of the store."""
    [first] = [r for r in rows(linked, "recurring-unaddressed", {}) if r["order"] == "1"]
    linked.update(
        f"PREFIX ng: <{NG}> DELETE {{ GRAPH ?g {{ ?m ng:election ?e }} }} "
        "WHERE { GRAPH ?g { ?m ng:order 1 ; ng:election ?e } }"
    )
    found = [r for r in rows(linked, "recurring-unaddressed", {}) if r["order"] == "1"]
    assert found == [{k: v for k, v in first.items() if k not in ("election", "electionDate")}]
    before = json.loads(REFERENCE.request({})(linked).body)["results"]["bindings"]
    assert len([r for r in before if r["order"]["value"] == "1"]) == 3  # every election


TIED = """PREFIX ng: <https://w3id.org/normgraph/ontology#>
SELECT (COUNT(*) AS ?n) WHERE {
  GRAPH <https://w3id.org/normgraph/graph/recurrence> {
    ?done ng:recommendation ?member .
    ?membership ng:order ?order ; ng:recommendation ?member ; ng:issue ?issue .
  }
  ?done ng:status ?status .
  FILTER NOT EXISTS { ?done a ng:InferredAssessment }
  %s
}"""
"""Observed assessments the link stage resolved to a member of an issue (``%s``: a condition
on them)."""


@pytest.fixture(scope="module")
def synthetic_state(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """Three synthetic reports on one State: their statements on earlier recommendations
    resolve to members of recurring issues (the corpus and the invented set hold none)."""
    folder = tmp_path_factory.mktemp("synthetic")
    write_corpus(folder / "corpus", 3, states=1)
    build_store(folder / "store", folder / "corpus")
    with open_store(folder / "store", read_only=True) as store:
        yield store


def test_the_link_stage_ties_an_assessment_of_a_member_to_its_issues(
    synthetic_state: GraphStore,
) -> None:
    """The flagship's second "not done" branch reads only assessments tied to a member
    outside the recurrence graph: those the link stage resolved must carry the member's
    issues, which the first branch reads."""
    resolved, untied = (
        int(str(synthetic_state.select(TIED % condition)[1][0]["n"]))
        for condition in ("", "FILTER NOT EXISTS { ?done ng:issue ?issue }")
    )
    assert resolved > 0
    assert untied == 0
