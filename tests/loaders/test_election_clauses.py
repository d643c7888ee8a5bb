"""Elections a body sentence names with its kind, then words, then a verb of holding and
a full date (gen18b): a referendum's subject between ("took place on"), a participle clause
("held early on"), two votes "held together on" one day, ordinal dates, rounds by their
number whatever joins them to the date, and a kind of election named as an institution
(no vote). The texts are invented: other states and layouts than the fixtures'
(``tests/cases/election_clauses.toml``)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.election_mentions import find_mentions
from tests.case_tables import case_params

When = tuple[str, int, int | None, int | None]


def _found(text: str, country: str = "lt") -> list[When]:
    return [(m.kind, m.year, m.month, m.day) for m in find_mentions(text, lambda a, b: [], country)]


def _rounds(text: str) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(m.kind, m.month, m.day, m.round) for m in find_mentions(text, lambda a, b: [], "sk")]


@pytest.mark.parametrize(
    ("text", "state", "expected"),
    case_params("election_clauses", "text", "state", "election", defaults={"state": "lt"}),
)
def test_kind_words_then_a_verb_of_holding_and_a_date(
    text: str, state: str, expected: list[str | int]
) -> None:
    assert tuple(expected) in _found(text, state)


def test_held_early_marks_the_election_early() -> None:
    text = "The last parliamentary elections, held early on 15 July 2030, were calm."
    assert [m.early for m in find_mentions(text, lambda a, b: [], "ee")] == [True]


def test_two_votes_held_together_on_one_day_are_both_dated() -> None:
    found = _found(
        "The early presidential election and a referendum on the length of the presidential "
        "term were held together on 10 January 2027; voters chose a longer term."
    )
    assert ("presidential", 2027, 1, 10) in found
    assert ("referendum", 2027, 1, 10) in found


def test_a_vote_held_with_council_elections_dates_them() -> None:
    found = _found(
        "A constitutional referendum on 11 April 2027, held together with local council "
        "elections, approved a new Constitution."
    )
    assert ("local", 2027, 4, 11) in found


def test_no_verb_of_holding_no_date() -> None:
    assert (
        _found("The parliamentary elections campaign started on 3 May 2031 in all regions.") == []
    )
    assert (
        _found(
            "The presidential election, unlike the referendum, drew 40 complaints on 3 May 2031."
        )
        == []
    )


def test_rounds_by_their_number_whatever_joins_them_to_the_date() -> None:
    assert _rounds(
        "Parliamentary Elections and Second Round of the Presidential Election, 8 May 2030"
    )[-1] == ("presidential", 5, 8, 2)
    assert _rounds("The first round of the presidential election was held on 24 April 2030.") == [
        ("presidential", 4, 24, 1)
    ]
    assert _rounds("The second round of the presidential election took place on 8 May 2030.") == [
        ("presidential", 5, 8, 2)
    ]


def test_a_kind_of_election_as_an_institution_is_no_vote() -> None:
    assert (
        _found("the first run-off since the introduction of direct presidential elections in 1996.")
        == []
    )
    assert _found("The parliament abolished direct mayoral elections in 2014.") == []
    assert ("presidential", 1996, None, None) in _found(
        "the presidential elections in 1996 were calm"
    )


def test_a_day_of_another_year_does_not_date_the_year_named() -> None:
    found = _found("The local elections of 2026 were held on 5 June 2027 after a delay.")
    assert [when for when in found if when[1] == 2026] == [("local", 2026, None, None)]
