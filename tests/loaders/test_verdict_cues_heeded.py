"""Verdict verbs of follow-up prose that name an earlier recommendation (recur14f, issue 14):
taken up, acted on, heeded, put into practice, fulfilled, fully met; a verdict limited in
scope ("only for X") or "in partial fulfilment of" is partial. Invented sentences, another
subject than the recurrence fixtures'."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.verdict_cues import stated_verdict


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Parliament took up the earlier recommendation on voter identification.", "fully"),
        ("The authorities acted on the 2016 recommendation to publish turnout data.", "fully"),
        ("The previous recommendation on mobile voting has been fully met.", "fully"),
        (
            "The recommendation to train counting staff was put into practice in 2020.",
            "fully",
        ),
        (
            "The 2012 recommendation to simplify registration was heeded only for local "
            "elections; national ones are unchanged.",
            "partially",
        ),
        (
            "In partial fulfilment of the earlier recommendation, the deposit was halved.",
            "partially",
        ),
        (
            "The prior recommendation on media access was only partly put into practice.",
            "partially",
        ),
    ],
)
def test_follow_up_verbs_state_a_verdict(sentence: str, status: str) -> None:
    assert stated_verdict(sentence) == f"{status}-implemented"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The deadline was met in most districts.", None),  # no earlier recommendation
        ("The earlier recommendation was met with resistance in parliament.", None),
        ("The earlier recommendation was implemented only in 2019.", "fully-implemented"),
    ],
)
def test_met_with_and_a_date_after_only_are_no_partial_verdict(
    sentence: str, status: str | None
) -> None:
    assert stated_verdict(sentence) == status
