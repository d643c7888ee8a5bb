"""A recommendation "yet to be acted upon" is not implemented (recur14i: one word added at
the end of two word lists of ``verdict_cues``, gen15c's file this session)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.verdict_cues import stated_verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "The earlier recommendation on sealing the ballot boxes has yet to be acted upon.",
        "The prior recommendation to number the seals is yet to be acted on.",
    ],
)
def test_yet_to_be_acted_upon_is_not_implemented(sentence: str) -> None:
    assert stated_verdict(sentence) == "not-implemented"


def test_a_plan_yet_to_be_acted_on_is_no_verdict_on_a_recommendation() -> None:
    assert stated_verdict("The commission's plan for new seals has yet to be acted upon.") is None
