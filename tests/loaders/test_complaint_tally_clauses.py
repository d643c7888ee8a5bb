"""A figure's breakdown as reports write it after the count, in passages written for these
tests (every name and figure invented): the verb after "of which" ("of which it granted
6"), the rest of a figure ("the remaining 40", "the other 7"), a count whose verb the item
before gives ("upheld 4 in full and 2 in part"), counts put first ("19 were turned down"),
"of them" after a tally's count, a regulator that "found violations in 5 cases", and a body
separated from its verb by a relative clause."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_figures import read_figures


def _read(sentence: str, body: str | None = None) -> list[tuple[int, str | None, str | None]]:
    return [(f.count, f.body, f.outcome) for f in read_figures(sentence, body)]


def test_the_verb_after_of_which_gives_the_part_its_outcome() -> None:
    found = _read(
        "The Supreme Electoral Tribunal received 58 appeals, of which it granted 6 and "
        "dismissed 52."
    )
    assert found == [
        (58, "The Supreme Electoral Tribunal", None),
        (6, "The Supreme Electoral Tribunal", "upheld"),
        (52, "The Supreme Electoral Tribunal", "rejected"),
    ]


def test_a_tally_with_parts_in_part_counts_first_and_the_rest() -> None:
    tally = (
        "They upheld 4 in full and 2 in part; 19 were turned down and the remaining 7 were "
        "left without consideration because they were filed late."
    )
    assert _read(tally, "regional commissions") == [
        (4, "regional commissions", "upheld"),
        (2, "regional commissions", "partially-upheld"),
        (19, "regional commissions", "rejected"),
        (7, "regional commissions", "not-considered"),
    ]


def test_of_them_after_a_tally_count_is_still_the_count() -> None:
    found = _read("Municipal commissions satisfied 9 of them; the other 31 were dismissed.", "x")
    assert found == [(9, "x", "upheld"), (31, "x", "rejected")]


def test_a_count_without_a_verdict_of_its_own_is_not_a_part() -> None:
    # "in part" after a rejection says nothing of a partial grant
    assert _read("It rejected 12 and 3 in part.", "the board") == [(12, "the board", "rejected")]


def test_a_regulator_finding_violations_upholds_that_many() -> None:
    found = _read(
        "The Audiovisual Council, which licenses broadcasters, received 21 complaints during "
        "the campaign; it found violations in 5 cases, and rejected the other 16."
    )
    assert found == [
        (21, "The Audiovisual Council", None),
        (5, "The Audiovisual Council", "upheld"),
        (16, "The Audiovisual Council", "rejected"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry, which organises the count, published 40 protocols.",
        "The court received 8 complaints, of which 8 pages were annexes.",
    ],
)
def test_no_part_is_read_where_no_outcome_is_stated(sentence: str) -> None:
    assert all(outcome is None for _, _, outcome in _read(sentence))
