"""Single complaints in more of the shapes reports tell them (invented paragraphs on
invented cases): a remedy asked of a body ("requested the <body> to annul ..."), a case
named by its owner ("<who>'s appeal to <court> was rejected", "His appeal ..."), a court
declining to review a case, a request upheld in part, a body declaring itself not
competent; a complainant named by acronym is the organisation named in full before."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_cases import add_document_cases
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG


def _cases(text: str) -> tuple[Extraction, list[Fact]]:
    extraction = Extraction()
    actors = Actors(extraction, "LT")
    document = parse_document(SourceText("c", "cases.txt", text))
    return extraction, add_document_cases(extraction, document, "c", actors)


def _one(facts: list[Fact], prop: URIRef) -> str:
    return next(str(v).rstrip("/").rsplit("/", 1)[-1] for p, v in facts[0].values if p == prop)


def test_a_remedy_asked_of_a_body_is_a_complaint_to_it() -> None:
    _, facts = _cases(
        "On 3 May, the Farmers' Union requested the DEC to annul the results in precinct 4; "
        "the DEC upheld the request in part and ordered a recount in one polling station.\n"
    )
    assert len(facts) == 1
    assert _one(facts, NG.filedWith) == "dec"
    assert _one(facts, NG.outcome) == "partially-upheld"
    assert _one(facts, NG.subjectMatter).startswith("annul the results in precinct 4")


def test_a_pronoun_owner_is_the_complainant_of_the_case_before_or_none() -> None:
    _, facts = _cases(
        "The Civic Watch filed a complaint with the CEC about a refused accreditation. The CEC "
        "rejected the complaint. Its appeal to the Supreme Court is pending.\n"
    )
    assert [_one([fact], NG.outcome) for fact in facts] == ["rejected", "pending"]
    complainants = {v for fact in facts for p, v in fact.values if p == NG.complainant}
    assert len(complainants) == 1
    _, alone = _cases("His appeal to the Constitutional Court was rejected on 9 March.\n")
    assert _one(alone, NG.outcome) == "rejected"
    assert not any(p == NG.complainant for p, _ in alone[0].values)


def test_a_court_declining_to_review_an_appeal_decides_it() -> None:
    _, facts = _cases(
        "The Alliance for Lakes appealed the refusal to the city court, which rejected it on "
        "2 June, and the Supreme Court declined to review the case in July.\n"
    )
    appeal = next(f for f in facts if f.kind == NG.Appeal)
    assert _one([appeal], NG.outcome) == "not-considered"


def test_a_complainant_named_by_acronym_is_the_party_named_in_full() -> None:
    extraction, facts = _cases(
        "The Social Democratic Union filed a complaint with the CEC about a rally. The CEC "
        "rejected the complaint.\n\nOn 1 March, the SDU requested the CEC to annul the results "
        "in district 9.\n"
    )
    complainants = [v for fact in facts for p, v in fact.values if p == NG.complainant]
    assert len(complainants) == 2 and len(set(complainants)) == 1
    assert not any(str(fact.label) == "SDU" for fact in extraction.facts)


_ONE_CASE: dict[str, tuple[str, dict[URIRef, str]]] = {
    "named by its owner": (
        "The Green Way Party was refused registration. The Green Way Party's appeal to the "
        "Klaipeda regional court was rejected on 6 March.\n",
        {
            NG.filedWith: "klaipeda-regional-court",
            NG.outcome: "rejected",
            NG.complainant: "green-way-party",
        },
    ),
    "a body declaring itself not competent did not consider it": (
        "On 2 April, the Open Vote Initiative complained to the CEC about the use of official "
        "cars. The CEC declared it was not competent and forwarded the complaint.\n",
        {NG.outcome: "not-considered"},
    ),
    "a complainant before a perfect tense still files": (
        "The Rural Voters' League has appealed to court, and the case was pending at the time "
        "of writing.\n",
        {NG.complainant: "rural-voters-league", NG.outcome: "pending"},
    ),
    "a body acting on a complaint upheld it": (
        "On 4 June, the CEC fined the Unity Bloc EUR 2,000 for using a school for a rally, "
        "following a complaint by the Transparent Vote Platform (TVP), a citizen observer "
        "group.\n",
        {NG.outcome: "upheld", NG.filedWith: "cec", NG.complainant: "transparent-vote-platform"},
    ),
}
"""Texts telling one case, and what the case's properties are (their IRIs' last part)."""


@pytest.mark.parametrize(("text", "expected"), _ONE_CASE.values(), ids=_ONE_CASE)
def test_one_case_with_the_body_outcome_and_complainant_its_text_says(
    text: str, expected: dict[URIRef, str]
) -> None:
    _, facts = _cases(text)
    assert len(facts) == 1
    assert {prop: _one(facts, prop) for prop in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The network asked the CEC to publish its decisions online.\n",
        "On 4 June, the CEC fined the Unity Bloc EUR 2,000 for a late report.\n",
    ],
    ids=["asking a body to adopt a policy", "a body acting on its own"],
)
def test_no_complaint_where_nobody_complained(text: str) -> None:
    _, facts = _cases(text)
    assert facts == []


def test_a_complainant_the_report_already_named_is_that_actor() -> None:
    extraction = Extraction()
    actors = Actors(extraction, "LT")
    defined = Fact(  # as a "Full Name (ACRONYM)" definition mints it, under its acronym
        iri=URIRef("https://w3id.org/normgraph/id/organisation/lt/tvp"),
        kind=NG.CivilSocietyOrganisation,
        label="Transparent Vote Platform",
    )
    named = extraction.add(defined).iri
    text = "The Transparent Vote Platform complained to the CEC about a rally.\n"
    document = parse_document(SourceText("c", "cases.txt", text))
    facts = add_document_cases(extraction, document, "c", actors)
    assert [v for p, v in facts[0].values if p == NG.complainant] == [named]
    assert not any(f.kind == NG.StateBody for f in extraction.facts)


def test_a_body_of_the_administration_named_by_its_kind_and_level() -> None:
    _, facts = _cases(
        "On 2 May, the Valley List appealed to the provincial government against the "
        "rejection of two candidates. The provincial government rejected the appeal.\n\n"
        "A voter complained to the district electoral committee about a missing ballot.\n"
    )
    bodies = sorted(_one([fact], NG.filedWith) for fact in facts)
    assert len(facts) == 2
    assert all("government" in body or "committee" in body for body in bodies)
