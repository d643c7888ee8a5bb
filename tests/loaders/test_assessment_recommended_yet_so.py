"""An earlier recommendation named in a relative clause, the practice it asked to change
said to persist: not implemented. The sentences are invented (other states, other wording
than any fixture)."""

from __future__ import annotations

from normgraph.loaders.extract.assessment_items import verb_verdict
from tests.loaders.assessment_reading import FULLY, PARTIALLY, assessments_in, statuses


def test_a_practice_an_earlier_recommendation_targeted_that_persists_is_not_implemented() -> None:
    assert (
        verb_verdict(
            "Voting by proxy, which the observers have repeatedly recommended should be "
            "abolished, is still permitted in the rural districts of Vestland."
        )
        == "not-implemented"
    )
    assert (
        verb_verdict(
            "The ban on campaigning in minority languages, that the panel had recommended be "
            "lifted, remains in the Electoral Act."
        )
        == "not-implemented"
    )


def test_a_recommendation_in_a_relative_clause_that_was_acted_on_states_no_such_verdict() -> None:
    assert (
        verb_verdict("Voting by post, which the mission recommended in 2019, was introduced.")
        is None
    )
    assert (
        verb_verdict("The deposit, which the panel has recommended be lowered, was halved in 2022.")
        is None
    )


def test_a_change_made_as_an_earlier_recommendation_asked_is_implemented() -> None:
    assert (
        verb_verdict(
            "The board began posting the tally sheets of every ward online in 2017, as the "
            "mission had recommended after the 2015 elections, and trained its clerks in 2018."
        )
        == "fully-implemented"
    )
    assert (
        verb_verdict(
            "The 2019 code introduced a ceiling on campaign spending, which the 2016 expert "
            "team had recommended."
        )
        == "fully-implemented"
    )
    # not done, or no change reported: no such verdict
    assert verb_verdict(
        "The board did not post its tally sheets, as the team had recommended."
    ) is (None)
    assert verb_verdict("Campaign spending, as the team had recommended, is a concern.") is None


def test_a_change_made_as_recommended_with_its_verdict_stated_is_one_assessment() -> None:
    text = (
        "Follow-up\n\n"
        "The Assembly was told that the board has since 2016 posted the tally sheets of each "
        "ward online, as the Commission had recommended in its last report; this "
        "recommendation has been fully implemented.\n"
    )
    assert statuses(assessments_in(text, "vestland")) == [[FULLY]]


def test_two_recommendations_judged_in_one_sentence_stay_two_assessments() -> None:
    text = (
        "Follow-up\n\n"
        "Of the panel's earlier advice, the recommendation to publish the tally sheets of each "
        "ward was implemented in 2021; the recommendation to audit the voter register was "
        "partially implemented, since only two wards were audited.\n"
    )
    assert statuses(assessments_in(text, "vestland")) == [[FULLY], [PARTIALLY]]
