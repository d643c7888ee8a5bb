"""Words of criticism every observer uses for a body or a process bent by politics or by
unequal means ("politicised", "distorted", "uneven", "deteriorated", "divisive"), and what
could not be guaranteed or is not an effective remedy (issue 13, gen18d); a body described
as not politicised is no problem. The sentences are invented."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.polarity import polarity_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The boundary commission was politicised from top to bottom.", "problem"),
        ("The politicization of the appointments weakened trust.", "problem"),
        ("Abuse of state media distorted the contest in the north.", "problem"),
        ("The rules of access to airtime were applied unevenly and in an uneven way.", "problem"),
        ("Contestants competed on an uneven playing field.", "problem"),
        ("The de-politicised commission worked efficiently.", "positive"),
        ("The non-politicised board met all legal deadlines.", "positive"),
        ("The count was calm, but the tabulation was politicised.", "mixed"),
        ("Conditions for the vote deteriorated in the last week.", "problem"),
        ("Campaign messages in the south were divisive.", "problem"),
        ("The secrecy of the vote could not be guaranteed in small villages.", "problem"),
        ("The secrecy of the vote cannot be fully ensured.", "problem"),
        ("Appeals to the board are not an effective remedy.", "problem"),
        ("Appeals to the board were effective.", "positive"),
    ],
)
def test_polarity_of_distortion_words(sentence: str, expected: str) -> None:
    assert polarity_of(sentence) == expected
