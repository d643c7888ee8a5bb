"""Treaty actions dated with ordinals ("on the 4th of October 1991", "on March 3rd, 1992")
and a treaty taken "the same day" as the one before it without "on"; passages written for
these tests (other states than the fixtures that showed the shapes)."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.states import state_by_code
from normgraph.loaders.extract.treaties import add_treaty_actions
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.ordinal_dates import plain_ordinals
from normgraph.loaders.text.source import SourceText

REPORT = URIRef("https://normgraph.example/id/report/x")


def _actions(text: str, state: str) -> list[str]:
    extraction = Extraction()
    document = parse_document(SourceText("t", "t.txt", f"Legal framework\n\n{text}\n"))
    facts = add_treaty_actions(extraction, document, REPORT, state_by_code(state))
    return sorted(str(f.label) for f in facts)


@pytest.mark.parametrize(
    ("text", "state", "expected"),
    [
        (  # two ordinal dates in one sentence, the second treaty's verb of its own
            "Lithuania acceded to the International Covenant on Civil and Political Rights "
            "on the 20th of November 1991 and ratified the European Convention\non Human "
            "Rights on the 20th of June 1995.",
            "LT",
            ["accession of the ICCPR (1991-11-20)", "ratification of the ECHR (1995-06-20)"],
        ),
        (  # month first, with an ordinal and a comma
            "Portugal ratified the Convention on the Rights of Persons with Disabilities on "
            "September 23rd, 2009.",
            "PT",
            ["ratification of the CRPD (2009-09-23)"],
        ),
        (  # ordinal without "of", after a clause
            "In the period under review, Estonia ratified the Convention on the Rights of "
            "Persons with Disabilities on the 30th May 2012.",
            "EE",
            ["ratification of the CRPD (2012-05-30)"],
        ),
    ],
)
def test_ordinal_dates_date_the_action(text: str, state: str, expected: list[str]) -> None:
    assert _actions(text, state) == expected


def test_a_protocol_taken_the_same_day_without_on() -> None:
    text = (
        "It is a party to several treaties. Latvia acceded to the International Covenant "
        "on Civil and Political Rights on 14 April 1992, and to its First Optional "
        "Protocol the same day, which allows individual complaints."
    )
    assert _actions(text, "LV") == [
        "accession of the ICCPR (1992-04-14)",
        "accession of the ICCPR-OP1 (1992-04-14)",
    ]


def test_plain_ordinals_keeps_every_offset_and_leaves_other_ordinals() -> None:
    text = "his 4th term began on the 2nd of May 2011; see the 3rd report of 2012."
    plain = plain_ordinals(text)
    assert len(plain) == len(text)
    assert "2 " in plain and "May 2011" in plain and "the 2nd" not in plain
    assert "4th term" in plain and "3rd report" in plain


@pytest.mark.parametrize(
    ("text", "state", "expected"),
    [
        (  # the treaty as the subject, the state as the agent
            "The European Convention on Human Rights was ratified by Portugal on 9 November "
            "1978, and its case law guides the courts.",
            "PT",
            ["ratification of the ECHR (1978-11-09)"],
        ),
        (  # a lettered item, a bracketed series number, a participle clause, a wrapped date
            "b. the European Charter of Local Self-Government (ETS No. 122), ratified by "
            "Estonia on 16\nDecember 1994, and in particular its Article 3.",
            "EE",
            ["ratification of the European Charter of Local Self-Government (1994-12-16)"],
        ),
        (  # "had been" and an ordinal date
            "The Convention on the Rights of Persons with Disabilities had been ratified by "
            "Latvia on the 1st of March 2010.",
            "LV",
            ["ratification of the CRPD (2010-03-01)"],
        ),
    ],
)
def test_the_state_as_the_agent_of_a_passive(text: str, state: str, expected: list[str]) -> None:
    assert _actions(text, state) == expected


def test_another_state_as_the_agent_is_not_the_reports() -> None:
    text = "The European Convention on Human Rights was ratified by Portugal on 9 November 1978."
    assert _actions(text, "EE") == []
