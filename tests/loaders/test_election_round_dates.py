"""Rounds dated after their election's name in its own sentence or list line: in brackets,
after a colon, after a comma, with "was held" (invented texts, other states' layouts)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.election_mentions import find_mentions

Dated = tuple[str, int, int | None, int | None, int | None]


def _found(text: str) -> list[Dated]:
    return [
        (m.kind, m.year, m.month, m.day, m.round)
        for m in find_mentions(text, lambda a, b: [], "pt")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The 2031 presidential election (first round on 10 April 2031, second round on "
        "24 April 2031) was won by the incumbent.",
        "Presidential elections, first round: 10 April 2031; second round: 24 April 2031.",
        "The presidential election, whose first round was held on April 10, 2031 and "
        "second round on April 24, 2031, passed calmly.",
        "- Presidential election \u2013 first round 10 April 2031, second round 24 April 2031",
    ],
)
def test_each_round_dated_after_its_election(text: str) -> None:
    found = _found(text)
    assert ("presidential", 2031, 4, 10, 1) in found
    assert ("presidential", 2031, 4, 24, 2) in found


def test_a_round_after_another_vote_s_name_is_that_vote_s() -> None:
    found = _found(
        "The parliamentary elections of 2 March 2031 preceded the presidential election, "
        "second round on 30 March 2031."
    )
    assert ("parliamentary", 2031, 3, 30, 2) not in found
    assert ("presidential", 2031, 3, 30, 2) in found


def test_a_round_in_the_next_sentence_is_not_read_by_this_one() -> None:
    found = _found(
        "The local elections were calm. The second round of voting on 3 May 2031 in two "
        "municipalities was delayed."
    )
    assert all(one[4] != 2 or one[0] != "local" or one[3] is None for one in found)
