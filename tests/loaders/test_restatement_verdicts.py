"""A body sentence that judges and then asks restates the list's recommendation that only
asks (gen20a): the verdict's words are left out of the comparison. Invented sentences."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.restatements import RESTATES, asked_overlap, content_words


@pytest.mark.parametrize(
    ("body", "listed"),
    [
        (
            "The requirement of ten years of residence is an undue restriction on the right "
            "to stand and should be reviewed.",
            "The requirement of ten years of residence for candidates should be reviewed.",
        ),
        (
            "The ban on independent candidates remains contrary to international standards "
            "and should be lifted.",
            "The ban on independent candidates in parliamentary elections should be lifted.",
        ),
        (
            "Deposits for candidates are disproportionately high for smaller parties and "
            "must be lowered substantially.",
            "Deposits for candidates must be lowered substantially in all elections.",
        ),
    ],
)
def test_a_verdict_before_the_ask_does_not_hide_a_restatement(body: str, listed: str) -> None:
    assert asked_overlap(body, content_words(listed)) >= RESTATES


def test_an_ask_about_something_else_restates_nothing() -> None:
    body = "The media law is an undue restriction on journalists and should be repealed."
    listed = "The requirement of ten years of residence for candidates should be reviewed."
    assert asked_overlap(body, content_words(listed)) < RESTATES
