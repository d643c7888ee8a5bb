"""Complaint figures that degrade gently (issue 13, twelfth session): a decided count before
a colon, a verdict after its body, a part whose verb is no outcome word. Every text is
invented for the test; the sentences whose figures are checked whole (other nouns for a
complaint, a tally after a colon, the rest of a figure in a sentence of its own, verdicts
and counts in any order) are in ``tests/cases/complaint_figure_readings.toml``."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_figures import read_figures


def readings(
    sentence: str, carried: str | None = None, total: int | None = None
) -> list[tuple[object, ...]]:
    return [(f.count, f.body, f.outcome) for f in read_figures(sentence, carried, total)]


def test_a_decided_count_before_a_colon_is_no_outcome() -> None:
    """ "It decided 19 at public hearings: 4 were granted ...": the 19 decided is not one of
    the outcomes the colon lists (no figure "19 upheld")."""
    sentence = "It decided 19 at public hearings: 4 were granted and 15 dismissed."
    assert 19 not in [count for count, _, _ in readings(sentence, "The Board")]


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("The High Court heard 14 appeals in June, all of which it dismissed.", "rejected"),
        ("The tribunal examined 2 election cases, both of which the judges granted.", "upheld"),
    ],
)
def test_a_verdict_after_its_body_decides_the_whole_figure(sentence: str, outcome: str) -> None:
    assert [reading[2] for reading in readings(sentence)] == [outcome]


def test_a_part_whose_verb_is_no_outcome_word_takes_its_clause_words() -> None:
    sentence = (
        "The Regional Commissions received 70 complaints, of which 41 were rejected and "
        "29 sent back without examination."
    )
    assert readings(sentence)[-1] == (29, "The Regional Commissions", "not-considered")
