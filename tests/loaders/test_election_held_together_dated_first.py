"""Elections as reports name them in shapes the phrasings missed (passages written for these
tests; states, people and dates invented): elections held with a referendum on one day
("parliamentary elections and referendum -- 3 April 2022" in a title, "municipal elections
and a referendum were held on ..."), the day first and then who was elected to what ("On 15
April 2031 the opposition leader was elected President"), an office-holder's first or last
election by month ("was first elected in February 2007"), a vote held "in 14
municipalities on" a day; and a lettered chapter's subsections ("B.3  Title") as headings,
so that a subsection's title does not run into its first paragraph."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.election_mentions import find_mentions
from normgraph.loaders.extract.election_runs import office_elections
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText

Found = list[tuple[str, int, int | None, int | None]]


def _mentions(text: str, year: int | None = None) -> Found:
    return [
        (m.kind, m.year, m.month, m.day) for m in find_mentions(text, lambda a, b: [], "xx", year)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Presidential Election and Referendum -- 14 March 2032",
            [("presidential", 2032, 3, 14), ("referendum", 2032, 3, 14)],
        ),
        (
            "Municipal elections and a referendum on the new charter were held on 6 June 1993.",
            [("local", 1993, 6, 6), ("referendum", 1993, 6, 6)],
        ),
        (
            "The mission observed the parliamentary elections and the referendum of 9 May 2027.",
            [("parliamentary", 2027, 5, 9), ("referendum", 2027, 5, 9)],
        ),
    ],
)
def test_elections_held_with_a_referendum_are_both_dated(text: str, expected: Found) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 15 April 2031 the opposition leader was elected President in the first round.",
            [("presidential", 2031, 4, 15)],
        ),
        (
            "On 4 May 1997, the former minister of finance was elected mayor of the capital.",
            [("local", 1997, 5, 4)],
        ),
        ("On 3 March 2001 the board was elected by the assembly.", []),  # no office of a vote
    ],
)
def test_the_day_first_then_who_was_elected_to_what(text: str, expected: Found) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The incumbent was first elected in February 2007 and re-elected on 12 May 2012.",
            [("presidential", 2007, 2, None), ("presidential", 2012, 5, 12)],
        ),
        (
            "The President, last elected in October 1994, chairs the council.",
            [("presidential", 1994, 10, None)],
        ),
        ("The President is elected for five years.", []),  # a rule, no election held
    ],
)
def test_an_office_holders_first_or_last_election(text: str, expected: Found) -> None:
    found = office_elections(text, lambda a, b: [], "xx", "presidential")
    assert [(m.kind, m.year, m.month, m.day) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Local elections were held in 14 municipalities on 23 October 2032, a large round.",
            [("local", 2032, 10, 23)],
        ),
        (
            "Municipal elections took place across the country on 5 May 1996.",
            [("local", 1996, 5, 5)],
        ),
    ],
)
def test_a_vote_held_somewhere_on_a_day(text: str, expected: Found) -> None:
    assert _mentions(text) == expected


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
    assert ("parliamentary", 2011, 12, 27) not in _mentions(opening.text)
