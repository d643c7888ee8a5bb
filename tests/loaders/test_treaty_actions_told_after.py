"""Treaty actions stated after the treaty rather than by a verb before it (issue 13,
fourteenth session), in passages invented for the test (another state than the fixtures
that showed each shape): a participle ("bound by X, ratified on ..."), a noun ("since its
ratification on ..."), and a protocol named through its treaty ("the Convention's Protocol
No. 1, whose ..., was ratified on the same day")."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.extract.states import state_by_code
from normgraph.loaders.extract.treaties import add_treaty_actions
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText

REPORT = URIRef("https://normgraph.example/id/report/x")


def _actions(text: str) -> list[str]:
    extraction = Extraction()
    document = parse_document(SourceText("t", "t.txt", text))
    return [
        str(f.label) for f in add_treaty_actions(extraction, document, REPORT, state_by_code("MD"))
    ]


def test_a_participle_or_a_noun_after_the_treaty_states_its_action() -> None:
    text = (
        "Legal framework\n\nMoldova ratified the European Convention on Human Rights on 12 "
        "September 1997 and is bound by the International Covenant on Civil and Political "
        "Rights, ratified on 26 January 1993.\n\nMoldova has been bound by the Convention on "
        "the Rights of Persons with Disabilities since its ratification on 21 September 2010.\n"
    )
    assert _actions(text) == [
        "ratification of the ECHR (1997-09-12)",
        "ratification of the ICCPR (1993-01-26)",
        "ratification of the CRPD (2010-09-21)",
    ]


def test_a_protocol_named_through_its_treaty_on_the_same_day() -> None:
    text = (
        "Legal framework\n\nMoldova signed the European Convention on Human Rights on 13 July "
        "1995 and ratified it on 12 September 1997. The Convention's Protocol No. 1, whose "
        "Article 3 protects free elections, was ratified on the same day.\n"
    )
    assert _actions(text)[-1] == (
        "ratification of the Protocol No. 1 to the European Convention on Human Rights (1997-09-12)"
    )


def test_a_bare_mention_of_being_bound_states_no_action() -> None:
    text = (
        "Legal framework\n\nMoldova is bound by the International Covenant on Civil and "
        "Political Rights.\n"
    )
    assert _actions(text) == []
