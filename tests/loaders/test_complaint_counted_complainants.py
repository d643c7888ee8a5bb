"""A complainant counted out of a group ("Three of the rejected nominees of the Harbour
Alliance challenged ...") is some members of it, not the party its last words name: an
unnamed agent, and no party minted under the whole phrase (thirteenth session; invented
paragraphs)."""

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
