"""Treaty actions dated with ordinals ("on the 4th of October 1991", "on March 3rd, 1992"),
a treaty taken "the same day" as the one before it without "on", and the state as the
agent of a passive: passages written for these tests (``tests/cases/treaty_ordinal_dates.toml``)."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.states import state_by_code
from normgraph.loaders.extract.treaties import add_treaty_actions
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.ordinal_dates import plain_ordinals
from normgraph.loaders.text.source import SourceText
from tests.case_tables import case_params

REPORT = URIRef("https://normgraph.example/id/report/x")


def _actions(text: str, state: str) -> list[str]:
    extraction = Extraction()
    document = parse_document(SourceText("t", "t.txt", f"Legal framework\n\n{text}\n"))
    facts = add_treaty_actions(extraction, document, REPORT, state_by_code(state))
    return sorted(str(f.label) for f in facts)


@pytest.mark.parametrize(
    ("text", "state", "expected"), case_params("treaty_ordinal_dates", "text", "state", "actions")
)
def test_ordinal_dates_same_day_protocols_and_the_state_as_agent(
    text: str, state: str, expected: list[str]
) -> None:
    assert _actions(text, state) == expected


def test_plain_ordinals_keeps_every_offset_and_leaves_other_ordinals() -> None:
    text = "his 4th term began on the 2nd of May 2011; see the 3rd report of 2012."
    plain = plain_ordinals(text)
    assert len(plain) == len(text)
    assert "2 " in plain and "May 2011" in plain and "the 2nd" not in plain
    assert "4th term" in plain and "3rd report" in plain
