"""A treaty taken together with the one before it ("ratified X on <date>, together with its
Protocol No. 1") has that treaty's action and day, and a protocol named by its number alone
("Protocol No. 12") belongs to the last treaty named that is no protocol; passages written
for these tests (another state than the fixtures that showed the shape). "Became party to X
by succession / accession on <date>" is that action."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.states import state_by_code
from normgraph.loaders.extract.treaties import add_treaty_actions
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText

REPORT = URIRef("https://normgraph.example/id/report/x")
P1 = "ratification of the Protocol No. 1 to the European Convention on Human Rights"


def _actions(text: str) -> list[str]:
    extraction = Extraction()
    document = parse_document(SourceText("t", "t.txt", f"Legal framework\n\n{text}\n"))
    return [
        str(f.label) for f in add_treaty_actions(extraction, document, REPORT, state_by_code("MD"))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moldova ratified the European Convention on Human Rights on 12 September 1997, "
            "together with its Protocol No. 1.",
            ["ratification of the ECHR (1997-09-12)", f"{P1} (1997-09-12)"],
        ),
        (  # no "its", wrapped, a relative clause after the protocol
            "Moldova ratified the European Convention on Human Rights on 12 September 1997, "
            "together with\nProtocol No. 1, whose Article 3 guarantees free elections.",
            ["ratification of the ECHR (1997-09-12)", f"{P1} (1997-09-12)"],
        ),
        (  # "along with" two protocols, after a signature of the treaty
            "Moldova signed the European Convention on Human Rights on 13 July 1995 and "
            "ratified it on 12 September 1997 along with Protocol No. 1 and Protocol No. 4.",
            [
                "signature of the ECHR (1995-07-13)",
                "ratification of the ECHR (1997-09-12)",
                f"{P1} (1997-09-12)",
                "ratification of the Protocol No. 4 to the European Convention on Human Rights "
                "(1997-09-12)",
            ],
        ),
    ],
)
def test_a_treaty_taken_together_with_the_one_before(text: str, expected: list[str]) -> None:
    assert _actions(text) == expected


def test_a_numbered_protocol_belongs_to_the_treaty_not_to_the_protocol_before() -> None:
    text = (
        "Moldova ratified the European Convention on Human Rights on 12 September 1997, "
        "together with its Protocol No. 1. It ratified Protocol No. 12 on 18 March 2004."
    )
    assert _actions(text)[-1] == (
        "ratification of the Protocol No. 12 to the European Convention on Human Rights "
        "(2004-03-18)"
    )


def test_a_treaty_with_a_date_of_its_own_keeps_it() -> None:
    text = (
        "Moldova ratified the European Convention on Human Rights on 12 September 1997, "
        "together with Protocol No. 1 on 2 May 1998."
    )
    assert _actions(text)[-1] == f"{P1} (1998-05-02)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moldova became party to the International Covenant on Civil and Political Rights "
            "by succession on 1 September 1993.",
            "succession of the ICCPR (1993-09-01)",
        ),
        (  # "a party", wrapped, accession
            "Moldova became a party to the International Covenant on Civil and Political\n"
            "Rights by accession on 26 January 1993.",
            "accession of the ICCPR (1993-01-26)",
        ),
        (  # the present tense, a comma before the date
            "Moldova becomes party to the Convention on the Elimination of All Forms of "
            "Discrimination against Women by accession, on 1 July 1994.",
            "accession of the CEDAW (1994-07-01)",
        ),
    ],
)
def test_became_party_by_succession_or_accession(text: str, expected: str) -> None:
    assert _actions(text) == [expected]


def test_became_party_without_saying_how_is_no_action() -> None:
    assert (
        _actions("Moldova became party to the European Convention on Human Rights in 1997.") == []
    )
