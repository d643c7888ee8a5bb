"""An earlier recommendation named in a relative clause, the practice it asked to change
said to persist: not implemented. The sentences are invented (other states, other wording
than any fixture)."""

from __future__ import annotations

from normgraph.loaders.extract.assessment_items import verb_verdict


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
