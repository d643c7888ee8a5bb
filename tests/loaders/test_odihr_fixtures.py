"""The ODIHR loader on small written reports: other numbering, other election types,
no results annex, inconsistent tables, and texts it must refuse."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.term import Node

from normgraph.loaders.base import ExtractionError
from normgraph.loaders.facts import Extraction, Fact
from normgraph.loaders.odihr import OdihrLoader
from normgraph.loaders.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.odihr_fixtures import PARLIAMENTARY, REFERENDUM


def load(text: str) -> Extraction:
    return OdihrLoader().extract(SourceText("fixture", "fixture.txt", text))


def of_kind(extraction: Extraction, kind: URIRef) -> list[Fact]:
    return [fact for fact in extraction.facts if fact.kind == kind]


def value(fact: Fact, predicate: URIRef) -> object:
    found: list[Node] = [v for p, v in fact.values if p == predicate]
    assert len(found) == 1, (predicate, found)
    term = found[0]
    return term.toPython() if isinstance(term, Literal) else term


def test_parliamentary_report_with_recommendations_at_xv_under_lettered_headings() -> None:
    extraction = load(PARLIAMENTARY)
    (election,) = of_kind(extraction, NG.Election)
    assert str(election.iri).endswith("/election/md/parliamentary/2020-06-14")
    assert value(election, NG.early) is False
    own = of_kind(extraction, NG.Recommendation)
    recs = {int(str(value(r, NG.number))): r for r in own}
    assert sorted(recs) == [1, 2, 3]
    assert value(recs[1], NG.text) == (
        "The Electoral Code should be amended to give every contestant an effective remedy "
        "before a court, within short deadlines."
    )
    assert value(recs[1], NG.priority) is True and value(recs[3], NG.priority) is False
    assert value(recs[3], NG.categoryHeading) == "Media"
    assert str(value(recs[2], NG.addressee)).endswith("central-election-commission")
    assert of_kind(extraction, NG.ElectionTotals) == []
    (assessment,) = of_kind(extraction, NG.ImplementationAssessment)
    assert str(value(assessment, NG.status)).endswith("/not-implemented")
    (mission,) = of_kind(extraction, NG.ObservationMission)
    assert value(mission, NG.coreTeamSize) == 12 and value(mission, NG.longTermObserverCount) == 20


def test_referendum_from_a_one_line_title_and_a_table_that_does_not_add_up() -> None:
    extraction = load(REFERENDUM)
    (election,) = of_kind(extraction, NG.Election)
    assert str(election.iri).endswith("/election/am/referendum/2015-12-06")
    issues = sorted(str(value(n, NG.message)) for n in of_kind(extraction, NG.DataQualityNote))
    assert issues == [
        "candidates' votes sum to 490, valid votes are 480",
        "regional votes sum to 300, the total row says 310",
    ]
    (result,) = of_kind(extraction, NG.ElectionTotals)
    assert value(result, NG.registeredVoters) == 1000


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "empty"),
        ("\x00\x01binary", "binary"),
        ("# A study of norms\n\n*Jane Doe*\n\n**Key Words:** norms\n\nThis article asks.", "not"),
        (PARLIAMENTARY.replace("PARLIAMENTARY ELECTIONS\n14 June 2020", "A REPORT"), "election"),
    ],
)
def test_unreadable_texts_get_a_clear_error(text: str, problem: str) -> None:
    with pytest.raises(ExtractionError, match=problem):
        load(text)


def test_a_report_truncated_mid_table_still_loads_what_it_states() -> None:
    truncated = REFERENDUM[: REFERENDUM.index("South")]
    extraction = load(truncated)
    assert len(of_kind(extraction, NG.CandidateResult)) == 2
