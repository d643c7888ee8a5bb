"""A sentence that states several verdicts gives one assessment each: a list of examples
with three statuses, and two clauses on two recommendations with the same status ("..., as
we recommended, and ..., which fully implements our 2016 recommendation"). A sentence that
still asks for what it recommended states no verdict. The texts are invented for these
tests (made-up states and bodies)."""

from __future__ import annotations

from tests.loaders.assessment_reading import assessments_in, statuses

FULLY, PARTIALLY, NOT = "fully-implemented", "partially-implemented", "not-implemented"
HEADING = "4. FOLLOW-UP OF EARLIER RECOMMENDATIONS\n\n"


def test_a_list_of_three_verdicts_is_three_assessments() -> None:
    text = HEADING + (
        "For instance, the recommendation to publish the minutes of the commission was\n"
        "implemented in 2027; the recommendation to train district staff was partially\n"
        "implemented; and the recommendation to cap campaign spending remains unaddressed.\n"
    )
    found = assessments_in(text, "lists")
    assert statuses(found) == [[FULLY], [PARTIALLY], [NOT]]
    assert "cap campaign spending" in found[-1].evidence[-1].quote


def test_two_recommendations_with_one_status_are_two_assessments() -> None:
    text = HEADING + (
        "The Electoral Board now posts its rulings online, as we recommended, and hears\n"
        "appeals in public, which also fully implements our 2016 recommendation.\n"
    )
    found = assessments_in(text, "pairs")
    assert statuses(found) == [[FULLY], [FULLY]]
    assert "as we recommended" in found[0].evidence[-1].quote
    assert "2016 recommendation" in found[1].evidence[-1].quote


def test_a_sentence_that_still_asks_states_no_verdict() -> None:
    text = HEADING + (
        "The Electoral Board should post its rulings online, as we recommended in 2016.\n"
    )
    assert assessments_in(text, "asks") == []
