"""Elections as reports name them in shapes the phrasings missed (passages written for these
tests; states, people and dates invented): elections held with a referendum on one day
("parliamentary elections and referendum -- 3 April 2022" in a title, "municipal elections
and a referendum were held on ..."), the day first and then who was elected to what ("On 15
April 2031 the opposition leader was elected President"), an office-holder's first or last
election by month ("was first elected in February 2007"), a vote held "in 14
municipalities on" a day; and a lettered chapter's subsections ("B.3  Title") as headings,
so that a subsection's title does not run into its first paragraph. The sentences are in
tests/cases/election_held_shapes.toml."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.election_mentions import find_mentions
from normgraph.loaders.extract.election_runs import office_elections
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from tests.case_tables import case_params

_ANY_READER = {"reader": "mentions"}


def _mentions(text: str, reader: str = "mentions") -> list[list[object]]:
    """The elections ``reader`` reads in ``text``: [type, year, month, day], 0 for none."""
    if reader == "office":
        found = office_elections(text, lambda a, b: [], "xx", "presidential")
    else:
        found = find_mentions(text, lambda a, b: [], "xx")
    return [[m.kind, m.year, m.month or 0, m.day or 0] for m in found]


@pytest.mark.parametrize(
    ("text", "reader", "expected"),
    case_params("election_held_shapes", "text", "reader", "expected", defaults=_ANY_READER),
)
def test_elections_in_the_shapes_the_phrasings_missed(
    text: str, reader: str, expected: list[list[object]]
) -> None:
    assert _mentions(text, reader) == expected


LETTERED = """\
INSTITUTE FOR ELECTORAL STUDIES // WORKING PAPER 3/2033

A  |  WHY THIS STUDY

We compare three votes.

B  |  THREE VOTES

B.1  The 2012 parliamentary elections

On 27 December 2011 the assembly adopted a new budget. The elections of 9 May 2012 were calm.

B.2  The 2014 presidential election

Turnout was low.

C  |  WHAT CHANGED

C.1  Counting

Counting was slow.

C.3  Not the next subsection

A line numbered out of order stays text.
"""


def test_a_lettered_chapters_subsections_are_headings() -> None:
    """Under "B | ..." the lines "B.1", "B.2" are its subsections; "C.3" after "C.1" is not
    the next one and stays text."""
    document = parse_document(SourceText("x", "x.txt", LETTERED))
    titles = [(s.level, s.label, s.title) for s in document.sections() if s.title]
    assert titles == [
        (1, None, "A | WHY THIS STUDY"),
        (1, None, "B | THREE VOTES"),
        (2, "B.1", "The 2012 parliamentary elections"),
        (2, "B.2", "The 2014 presidential election"),
        (1, None, "C | WHAT CHANGED"),
        (2, "C.1", "Counting"),
    ]
    lettered = "I. FINDINGS\n\nA. MEDIA\n\nA.1  Public broadcaster\n\nCoverage was even.\n"
    nested = parse_document(SourceText("y", "y.txt", lettered))
    assert [(s.level, s.title) for s in nested.sections() if s.title][-1] == (
        3,
        "Public broadcaster",
    )
    opening = next(e for e in document.elements if "27 December 2011" in e.text)
    assert opening.text.startswith("On 27 December 2011")  # the title is not its first words
    # the title's year and kind no longer date the vote by the first day of its paragraph
    assert ["parliamentary", 2011, 12, 27] not in _mentions(opening.text)
