"""A typescript's numbered heading underlined with a rule (issue 13, gen20c): "1  Summary"
over "==========" is a heading although a column gap sets its number off, as a section
number is; a table's header row over its rule stays no heading. The texts are invented
(other states and layouts than any fixture)."""

from __future__ import annotations

import pytest

from normgraph.loaders.text.document import ElementKind, parse_document
from normgraph.loaders.text.source import SourceText


def _headings(text: str) -> list[str]:
    document = parse_document(SourceText("uh", "uh.txt", text))
    return [e.text for e in document.elements if e.kind is ElementKind.HEADING]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1  Summary\n==========", "2  The campaign\n==============="),
        ("2.1  Voter lists\n----------------", "2.2  Polling day\n----------------"),
        ("IV  Media\n~~~~~~~~~", "V  Complaints\n~~~~~~~~~~~~~"),
    ],
)
def test_an_underlined_numbered_heading_opens_a_section(first: str, second: str) -> None:
    body = "The commission met every week and published its minutes on time.\n"
    text = f"Observer network report\n\n{first}\n\n{body}\n\n{second}\n\n{body}"
    found = _headings(text)
    assert [" ".join(title.split()[1:]) for title in found] == [
        " ".join(first.splitlines()[0].split()[1:]),
        " ".join(second.splitlines()[0].split()[1:]),
    ]


def test_a_table_header_over_its_rule_is_no_heading() -> None:
    text = "Results\n\nParty          Votes      %\n----------------------------\n"
    text += "Lake Union     5 321   35.9\nHill Farmers   4 102   27.7\n"
    assert "Party          Votes      %" not in _headings(text)
