"""The ODIHR loader on small written reports: other numbering, other election types,
no results annex, inconsistent tables, and texts it must refuse."""

from __future__ import annotations

import pytest

from normgraph.loaders.base import ExtractionError
from normgraph.loaders.extract.actors import find_institutions
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import FOAF, NG
from tests.loaders.fact_lookup import facts, labels, only_value
from tests.loaders.odihr_fixtures import CAMPAIGN, PARLIAMENTARY, REFERENDUM


def load(text: str) -> Extraction:
    return OdihrLoader().extract(SourceText("fixture", "fixture.txt", text))


def test_parliamentary_report_with_recommendations_at_xv_under_lettered_headings() -> None:
    extraction = load(PARLIAMENTARY)
    (election,) = facts(extraction, NG.Election)
    assert str(election.iri).endswith("/election/md/parliamentary/2020-06-14")
    assert only_value(election, NG.early) is False
    own = facts(extraction, NG.Recommendation)
    recs = {int(str(only_value(r, NG.number))): r for r in own}
    assert sorted(recs) == [1, 2, 3]
    assert only_value(recs[1], NG.text) == (
        "The Electoral Code should be amended to give every contestant an effective remedy "
        "before a court, within short deadlines."
    )
    assert only_value(recs[1], NG.priority) is True and only_value(recs[3], NG.priority) is False
    assert only_value(recs[3], NG.categoryHeading) == "Media"
    assert str(only_value(recs[2], NG.addressee)).endswith("central-election-commission")
    assert facts(extraction, NG.ElectionTotals) == []
    (assessment,) = facts(extraction, NG.ImplementationAssessment)
    assert str(only_value(assessment, NG.status)).endswith("/not-implemented")
    (mission,) = facts(extraction, NG.ObservationMission)
    assert (
        only_value(mission, NG.coreTeamSize) == 12
        and only_value(mission, NG.longTermObserverCount) == 20
    )


def test_referendum_from_a_one_line_title_and_a_table_that_does_not_add_up() -> None:
    extraction = load(REFERENDUM)
    (election,) = facts(extraction, NG.Election)
    assert str(election.iri).endswith("/election/am/referendum/2015-12-06")
    issues = sorted(str(only_value(n, NG.message)) for n in facts(extraction, NG.DataQualityNote))
    assert issues == [
        "candidates' votes sum to 490, valid votes are 480",
        "regional votes sum to 300, the total row says 310",
    ]
    (result,) = facts(extraction, NG.ElectionTotals)
    assert only_value(result, NG.registeredVoters) == 1000


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "empty"),
        ("\x00\x01binary", "binary"),
        ("# A study of norms\n\n*Jane Doe*\n\n**Key Words:** norms\n\nThis article asks.", "not"),
    ],
)
def test_unreadable_texts_get_a_clear_error(text: str, problem: str) -> None:
    with pytest.raises(ExtractionError, match=problem):
        load(text)


def test_a_report_whose_election_cannot_be_read_loads_without_one() -> None:
    extraction = load(PARLIAMENTARY.replace("PARLIAMENTARY ELECTIONS\n14 June 2020", "A REPORT"))
    assert facts(extraction, NG.Election) == []
    assert facts(extraction, NG.Recommendation)


def test_a_report_truncated_mid_table_still_loads_what_it_states() -> None:
    truncated = REFERENDUM[: REFERENDUM.index("South")]
    extraction = load(truncated)
    assert len(facts(extraction, NG.CandidateResult)) == 2


@pytest.fixture(scope="module")
def campaign() -> Extraction:
    return load(CAMPAIGN)


def test_parties_named_only_beside_a_known_party_in_an_enumeration(campaign: Extraction) -> None:
    parties = {"Harbour Party", "Valley Party", "Green Dawn", "Open Door", "Sunrise"}
    assert labels(campaign, NG.PoliticalParty) == parties


def test_people_by_full_name_apposition_and_surname(campaign: Extraction) -> None:
    people = {"Jane Example", "Karl Sample", "Ion Rivers", "Petru Stone", "Ana Field", "Dan Hill"}
    assert labels(campaign, FOAF.Person) == people | {"Moor"}  # "Mr. Moor": a title and surname
    (hill,) = (f for f in facts(campaign, FOAF.Person) if f.label == "Dan Hill")
    assert {span.quote for span in hill.evidence} == {"Dan Hill", "Hill"}
    refused = [f for f in facts(campaign, NG.Candidacy) if only_value(f, NG.registered) is False]
    assert [str(f.label) for f in refused] == ["Dan Hill, refused registration"]


def test_outlets_named_beside_what_they_are(campaign: Extraction) -> None:
    assert labels(campaign, NG.MediaOutlet) == {"Morning Star", "Evening Bell"}


def test_the_incumbent_is_the_candidate_the_report_calls_so(campaign: Extraction) -> None:
    complaints = {str(only_value(c, NG.text))[:20]: c for c in facts(campaign, NG.Complaint)}
    against = complaints["The Supreme Court re"]
    assert str(only_value(against, NG.respondent)).endswith("/person/ion-rivers")
    assert not [v for p, v in against.values if p == NG.subjectMatter]
    recount = complaints["A complaint requesti"]
    assert only_value(recount, NG.subjectMatter) == "a recount of all ballots"
    assert facts(campaign, FOAF.Agent) == []


def test_provisions_cited_by_ibid_or_without_their_law(campaign: Extraction) -> None:
    articles = {str(f.iri).split("/law/", 1)[1] for f in facts(campaign, NG.LawArticle)}
    assert articles == {
        "md/criminal-code/article/12",
        "md/criminal-code/article/40-2",
        "md/electoral-code/article/5-3",
    }
    assert labels(campaign, NG.Amendment) == {
        "2016 amendment to the Constitution",
        "March 2018 amendment to the Criminal Code",
    }
    provisions = {str(f.iri).split("/instrument/", 1)[1] for f in facts(campaign, NG.Provision)}
    assert provisions == {
        "venice-report-constitutional-amendment/paragraph/8",
        "venice-report-constitutional-amendment/paragraph/12",
    }


def test_addressees_of_what_is_to_be_ensured(campaign: Extraction) -> None:
    recs = {str(only_value(r, NG.number)): r for r in facts(campaign, NG.Recommendation)}
    named = {str(v).rsplit("/", 1)[-1] for p, v in recs["1"].values if p == NG.addressee}
    assert named == {"central-election-commission", "election-commissions"}
    assert not [v for p, v in recs["2"].values if p == NG.addressee]


def test_houses_of_parliament_and_international_bodies_are_institutions() -> None:
    text = (
        "The Senate and the Mazhilis each appoint two members. Observers came from the CIS "
        "under the CIS Convention, the Council of Europe, the OSCE Representative on "
        "Freedom of the Media and the OSCE Office in Bishkek."
    )
    names = [name for _, _, _, name in find_institutions(text)]
    assert names == [
        "Senate",
        "Mazhilis",  # the chamber's label in its state's reference data
        "Commonwealth of Independent States",
        "Council of Europe",
        "OSCE Representative on Freedom of the Media",
        "OSCE Office in Bishkek",
    ]
