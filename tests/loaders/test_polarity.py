"""One polarity lexicon for every genre, on sentences written for the test."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.polarity import polarity_of
from tests.case_tables import case_params


@pytest.mark.parametrize(
    ("sentence", "expected"),
    case_params("finding_polarities", "sentence", "polarity", defaults={"polarity": None}),
)
def test_a_findings_sentence_gets_its_polarity(sentence: str, expected: str | None) -> None:
    assert polarity_of(sentence) == expected


def test_the_use_of_administrative_resources_is_a_problem() -> None:
    assert polarity_of("Monitors reported the use of state administrative resources.") == (
        "problem"
    )


def test_a_law_adopted_without_something_is_a_problem_but_not_without_delay() -> None:
    assert polarity_of("The code was adopted without public consultation.") == "problem"
    assert polarity_of("The code was adopted without delay.") is None
