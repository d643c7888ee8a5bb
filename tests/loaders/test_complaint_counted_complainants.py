"""Complainants and bodies of single cases (thirteenth session; invented paragraphs): a
complainant counted out of a group ("Three of the rejected nominees of the Harbour Alliance
challenged ...") is some members of it, an unnamed agent, not a party minted under the whole
phrase; "<who> objected to the <body>'s refusal of ..." is a complaint to that body."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_cases import add_document_cases
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import FOAF, NG


def _complainant_kinds(text: str) -> list[URIRef | None]:
    extraction = Extraction()
    actors = Actors(extraction, "LT")
    document = parse_document(SourceText("c", "cases.txt", text))
    cases = add_document_cases(extraction, document, "c", actors)
    kinds: list[URIRef | None] = []
    for case in cases:
        for prop, value in case.values:
            if prop == NG.complainant:
                fact = extraction.get(URIRef(str(value)))
                kinds.append(fact.kind if fact is not None else None)
    return kinds


def test_some_of_a_partys_candidates_are_no_party() -> None:
    kinds = _complainant_kinds(
        "Three of the rejected nominees of the Harbour Alliance appealed to the District "
        "Court of Vilnius, which rejected the appeals on 4 May.\n"
    )
    assert kinds == [FOAF.Agent]


def test_a_named_party_still_is_one() -> None:
    kinds = _complainant_kinds(
        "The Harbour Alliance appealed to the District Court of Vilnius, which rejected the "
        "appeal on 4 May.\n"
    )
    assert kinds == [NG.PoliticalParty]


def _cases_of(text: str) -> list[dict[str, str]]:
    extraction = Extraction()
    document = parse_document(SourceText("c", "cases.txt", text))
    cases = add_document_cases(extraction, document, "c", Actors(extraction, "LT"))
    return [
        {
            str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1]: str(v).rsplit("/", 1)[-1]
            for p, v in c.values
        }
        for c in cases
    ]


def test_an_objection_to_a_bodys_act_is_lodged_with_that_body() -> None:
    """ "<who> objected to the <body>'s refusal of ...": a complaint to that body, about
    its act, decided by the next sentence."""
    (case,) = _cases_of(
        "The Harbour Alliance objected to the DEC's refusal of its list in Kaunas, arguing "
        "that the signatures were valid. The DEC rejected the objection.\n"
    )
    assert case["complainant"] == "harbour-alliance"
    assert case["filedWith"] == "dec"
    assert case["subjectMatter"] == "refusal of its list in Kaunas"
    assert case["outcome"] == "rejected"
    (other,) = _cases_of(
        "On 2 June, Ms. Ona Vaitkute objected to the Central Electoral Board's annulment of "
        "the vote in her ward; the Board dismissed the objection.\n"
    )
    assert other["filedWith"] == "central-electoral-board"
    assert other["outcome"] == "rejected"


def test_objecting_to_a_proposal_is_no_complaint() -> None:
    assert _cases_of("Several parties objected to the idea of a single list.\n") == []
