"""Both chambers of a parliament elected on one day, named by the chambers ("elections to the
National Assembly and the Senate ... held on 12.06.2031"), with the day in words or digits
and the state in full between; and a parliament named by its own word (data: the
election-type concept's hidden labels). Every sentence is invented (gen20a)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.election_mentions import find_mentions
from tests.loaders.test_election_numeric_dates import _elections


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "This report covers the early elections to the National Assembly and the Senate\n"
            "of the Republic of Slovenia held on 12.06.2031, which the observers followed.",
            "si",
            "si/parliamentary/2031-06-12",
        ),
        (
            "Results of the elections to the Chamber of Deputies and the Senate, 4 May 2030.",
            "cz",
            "cz/parliamentary/2030-05-04",
        ),
        (
            "The previous Mejlis elections, held on 9 December 2029, returned one party.",
            "tm",
            "tm/parliamentary/2029-12-09",
        ),
    ],
    ids=["both-chambers-digits", "both-chambers-words", "own-word"],
)
def test_an_election_named_by_its_chambers_is_parliamentary(
    text: str, country: str, expected: str
) -> None:
    assert _elections(text, country) == [expected]


def test_a_council_after_the_chamber_is_no_second_chamber() -> None:
    # a local body after "and to" is another vote, not the parliament's second chamber
    text = "The elections to the National Assembly and to the city councils, 3 March 2030."
    assert "rs/parliamentary/2030-03-03" not in _elections(text, "rs")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Sejm elected on 25.09.2027 was dominated by one party.", (2027, 9, 25)),
        ("The Storting, elected on 11 September 2028, has 169 members.", (2028, 9, 11)),
        ("The House of Representatives, elected on 3.04.2029, met twice.", (2029, 4, 3)),
    ],
    ids=["own-word-digits", "own-word-words", "chamber-digits"],
)
def test_a_parliament_elected_on_a_day_is_a_parliamentary_election(
    text: str, expected: tuple[int, int, int]
) -> None:
    found = [(m.kind, m.year, m.month, m.day) for m in find_mentions(text, lambda a, b: [], "no")]
    assert found == [("parliamentary", *expected)]


def test_digits_that_are_no_date_elect_nothing() -> None:
    assert find_mentions("The Sejm elected on 25.14.2027 a speaker.", lambda a, b: [], "pl") == []
