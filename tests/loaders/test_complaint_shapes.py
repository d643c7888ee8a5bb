"""Complaints as observer reports tell them, in passages written for these tests (every
name and figure invented): aggregate counts with their breakdown, single cases told over
several sentences, cases told by what became of them, complaints left unanswered or
refused for lack of standing. Read through the real final-report and shared readers."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_cases import add_document_cases
from normgraph.loaders.extract.complaint_figure_facts import add_document_figures
from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.extract.complaint_outcomes import outcome_in
from normgraph.loaders.extract.complaint_reader import add_complaints
from normgraph.loaders.extract.elections import election_iri
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import FOAF, NG

ELECTION = election_iri("si", "presidential", "2007-10-14")

DISPUTES = """\
ELECTION DISPUTES

In total, the State Election Commission (SEC) received 52 complaints during the campaign, of
which 12 were upheld, 30 rejected and 10 left without consideration.

On 3 October, the Civic Union party lodged a complaint with the SEC alleging that a mayor had
used municipal vehicles for campaigning. The SEC dismissed the complaint as unfounded. The
complaint was then rejected again by the SEC on 5 October.

A voter complained to the Municipal Election Commission of Kranjska about the removal of his
name from the voter list. The commission did not consider the complaint, stating that it
lacked standing.

Mr. Rahim Dostov, a candidate in constituency No. 12, lodged a complaint with the SEC
alleging that his observers had been expelled from two polling stations. The SEC did not
respond to the complaint.

The Supreme Court rejected an appeal from the Unity Bloc against the SEC decision to annul
the results in district 4.

All 14 complaints received by the Supreme Court were rejected. The Constitutional Court
received two appeals, both of which were declined as inadmissible.

The campaign saw 120 rallies, 31 of which were held in the capital.
"""


def _final_report(text: str) -> tuple[Extraction, list[Fact], list[Fact]]:
    source = SourceText("disputes", "disputes.txt", text)
    extraction = Extraction()
    cases, figures = add_complaints(
        extraction, parse_document(source), ELECTION, Actors(extraction, "si"), 2007
    )
    return extraction, cases, figures


def _slug(fact: Fact, prop: URIRef) -> list[str]:
    return [str(v).rsplit("/", 1)[-1] for p, v in fact.values if p == prop]


def _count(fact: Fact) -> int:
    return next(int(str(v)) for p, v in fact.values if p == NG.complaintCount)


def _case(cases: list[Fact], words: str) -> Fact:
    return next(c for c in cases if any(p == NG.text and words in str(v) for p, v in c.values))


def test_a_breakdown_is_evidence_of_its_figure_and_each_part_a_figure_too() -> None:
    _, _, figures = _final_report(DISPUTES)
    assert sorted((_count(f), _slug(f, NG.outcome)) for f in figures) == [
        (2, ["not-considered"]),
        (10, ["not-considered"]),
        (12, ["upheld"]),
        (14, ["rejected"]),
        (30, ["rejected"]),
        (52, []),
    ]
    whole = next(f for f in figures if _count(f) == 52)
    assert str(whole.label).endswith("to State Election Commission")  # acronym in brackets kept out
    quoted = [DISPUTES[s.start : s.end] for s in whole.evidence]
    assert any("10 left without consideration" in q for q in quoted)


def test_one_case_told_over_three_sentences_is_one_complaint() -> None:
    _, cases, _ = _final_report(DISPUTES)
    civic = [c for c in cases if any("Civic Union" in str(v) for p, v in c.values if p == NG.text)]
    assert len(civic) == 1
    assert _slug(civic[0], NG.outcome) == ["rejected"]
    assert len(civic[0].evidence) >= 3  # filed, dismissed, rejected again: one case
    assert not any(
        "rejected again" in str(v) for c in cases if c is not civic[0] for p, v in c.values
    )


def test_unanswered_and_no_standing_are_not_considered() -> None:
    extraction, cases, _ = _final_report(DISPUTES)
    voter = _case(cases, "A voter complained")
    assert _slug(voter, NG.outcome) == ["not-considered"]
    dostov = _case(cases, "Rahim Dostov")
    assert _slug(dostov, NG.outcome) == ["not-considered"]
    (who,) = [v for p, v in dostov.values if p == NG.complainant]
    assert extraction.get(URIRef(str(who))) is not None
    assert extraction.get(URIRef(str(who))).kind == FOAF.Person  # type: ignore[union-attr]


def test_a_case_told_by_what_became_of_it() -> None:
    _, cases, _ = _final_report(DISPUTES)
    unity = _case(cases, "Unity Bloc")
    assert _slug(unity, NG.outcome) == ["rejected"]
    assert _slug(unity, NG.complainant) == ["unity-bloc"]
    assert len(cases) == 4  # no complaint from the rallies, none from the figures


def test_the_shared_reader_finds_decided_cases_in_any_genre() -> None:
    text = (
        "25. In one case, the DEC in Zarechny refused to register a complaint from a voter who"
        " had been omitted from the voter list.\n\n26. On 9 May, the Regional Court of Vitebsko"
        " upheld a complaint by a local observer group that it had been denied access to the"
        " tabulation.\n"
    )
    source = SourceText("interim", "interim.txt", text)
    extraction = Extraction()
    document = parse_document(source)
    cases = add_document_cases(extraction, document, "interim", Actors(extraction, "by"))
    assert [(_slug(c, NG.filedWith), _slug(c, NG.outcome)) for c in cases] == [
        (["dec-in-zarechny"], ["not-considered"]),
        (["regional-court-of-vitebsko"], ["upheld"]),  # "denied access" is the grievance
    ]
    assert add_document_figures(extraction, document, "interim", Actors(extraction, "by")) == []


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The CEC has not yet considered the complaints.", "not-considered"),
        ("Several complaints were left unanswered.", "not-considered"),
        ("The complaint received no response.", "not-considered"),
        ("the court returned the appeal to the applicant", "not-considered"),
        ("the request was denied", "rejected"),
        ("observers had been denied access", None),
        # commission decisions, and an outcome a line break cuts
        ("not satisfied", "rejected"),
        ("satisfied", "upheld"),
        ("the complaint was left without\nconsideration", "not-considered"),
        # a sanction on the respondent upholds the complaint; a court confirming it
        # rejects the respondent's appeal
        ("The board issued a formal warning to the mayor", "upheld"),
        ("the court upheld the warning", "rejected"),
    ],
)
def test_a_decision_s_words_read_as_its_outcome(text: str, outcome: str | None) -> None:
    assert outcome_in(text) == outcome


def test_common_noun_filers_and_whole_outcomes() -> None:
    (opposition,) = read_figures("Opposition parties filed some 40 complaints with prosecutors.")
    assert (opposition.count, opposition.complainant) == (40, "Opposition parties")
    (both,) = read_figures("The court received two appeals, both of which were declined as late.")
    assert (both.count, both.outcome) == (2, None)
    read = read_figures("The CEC (CEC) has so far received 23 complaints, mostly from candidates.")
    assert [(r.count, r.body) for r in read] == [(23, "The CEC")]


TWO_ROUNDS = """\
Office for Democratic Institutions and Human Rights

REPUBLIC OF TAJIKISTAN

PARLIAMENTARY ELECTIONS
27 February and 13 March 2005

OSCE/ODIHR Election Observation Mission Report

Warsaw
25 May 2005

I. EXECUTIVE SUMMARY

The elections were conducted in a calm atmosphere.

COMPLAINTS AND APPEALS

The OSCE/ODIHR EOM is aware of some 30 complaints filed with the CEC before election day.
A complaint by the Social Justice Party against the refusal of the Constituency Election
Commission No. 7 to register its candidate was dismissed by the city court on 20 February.
"""


def test_a_report_whose_election_is_not_read_keeps_its_complaints() -> None:
    """A title naming both rounds may leave the report without one election; its complaints
    and figures are still read (keyed by the report)."""
    extraction = OdihrLoader().extract(SourceText("two", "two.txt", TWO_ROUNDS))
    kinds = [f.kind for f in extraction.facts]
    assert kinds.count(NG.ComplaintFigure) == 1
    (case,) = [f for f in extraction.facts if f.kind == NG.Complaint]
    assert _slug(case, NG.outcome) == ["rejected"]
    assert _slug(case, NG.complainant) == ["social-justice-party"]


def test_an_observed_case_or_a_refused_request_is_no_complaint() -> None:
    text = (
        "ELECTION DAY\n\nIn one case, the PEC refused to provide a copy of the results protocol"
        " to a party observer. The DEC rejected the request of a citizen observer group for"
        " accreditation of 40 additional observers.\n"
    )
    _, cases, figures = _final_report(text)
    assert (cases, figures) == ([], [])


def test_a_body_by_its_common_noun_and_a_named_filer() -> None:
    text = (
        "On 12 May, the Free Voice party filed a complaint with the district court against the"
        " decision of the DEC to deregister its candidate; the court rejected it.\n\nAn observer"
        " group lodged a complaint with the police about an assault on its observer. The"
        " complaint is still pending.\n"
    )
    extraction, cases, _ = _final_report(text)
    assert [(_slug(c, NG.filedWith), _slug(c, NG.outcome)) for c in cases] == [
        (["district-court"], ["rejected"]),
        (["police"], ["pending"]),
    ]
    assert _slug(cases[0], NG.complainant) == ["free-voice-party"]
    assert not [f for f in extraction.facts if f.kind == FOAF.Agent]  # no unnamed stand-in
