"""A tally of earlier recommendations by status, whatever way it writes its counts, on
sentences written for these tests (every figure invented): numbers in words beyond twelve,
"of these recommendations" before the verb, a status stressed as small ("only in part")."""

from __future__ import annotations

import pytest

from tests.loaders.assessment_reading import FULLY, NOT, PARTIALLY, assessments_in, statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 24 recommendations in the final report on the 2011 election, two have been "
            "fully implemented and four partially, while the remaining eighteen remain "
            "unaddressed.",
            [FULLY, PARTIALLY, NOT],
        ),
        (
            "In the view of the mission, 5 of these recommendations were fully implemented, 7 "
            "were partially implemented, and 15 were not implemented.",
            [FULLY, PARTIALLY, NOT],
        ),
        (
            "Of the thirty recommendations made in 2009, eleven were implemented in full, nine "
            "only in part and the other ten not at all.",
            [FULLY, PARTIALLY, NOT],
        ),
        (  # the statuses in another order, twenty in words, wrapped
            "Of its earlier recommendations, twenty remain unaddressed and six of those\n"
            "recommendations have been partly implemented.",
            [NOT, PARTIALLY],
        ),
    ],
)
def test_a_tally_with_counts_in_any_form(text: str, expected: list[str]) -> None:
    assert statuses(assessments_in(text, "xx_2020_final")) == [[s] for s in expected]


def test_counts_that_are_no_statuses_make_no_tally() -> None:
    text = "Of the nineteen recommendations, fourteen concern the election administration."
    assert assessments_in(text, "xx_2020_final") == []
