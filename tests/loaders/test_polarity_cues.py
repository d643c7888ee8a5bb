"""Observer phrases of approval and criticism that carry no lexicon word of their own
(invented sentences about other states): an institution that did nothing where it should
have, a law with no provision, a remedy too late, blurred lines; confidence enjoyed, a
broad choice, reasoned decisions. Descriptions stay without polarity."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.polarity import polarity_of


@pytest.mark.parametrize(
    ("sentence", "judged"),
    [
        ("The Electoral Act makes no provision for citizen observers.", "problem"),
        (
            "The broadcasting council took no action on the complaints before polling day.",
            "problem",
        ),
        ("The commission did not publish the minutes of its sessions.", "problem"),
        ("The court's ruling came too late to restore the candidate to the ballot.", "problem"),
        ("Several appeals to the regional boards went unanswered.", "problem"),
        ("Mayors' newsletters blurred the distinction between office and campaign.", "problem"),
        ("The Central Board enjoyed the confidence of all contestants.", "positive"),
        ("Voters in Malta could choose from a broad range of political alternatives.", "positive"),
        ("The tribunal's decisions were reasoned and issued within the deadline.", "positive"),
        ("Registration worked smoothly, but appeals went unanswered for weeks.", "mixed"),
        ("The Electoral Act was amended in 2011 and consists of 120 sections.", None),
        ("The commission holds its sessions in the capital.", None),
    ],
)
def test_observer_phrases_judge_and_descriptions_do_not(sentence: str, judged: str | None) -> None:
    assert polarity_of(sentence) == judged


@pytest.mark.parametrize(
    ("sentence", "judged"),
    [
        ("There is no limit on donations from companies.", "problem"),
        ("Citizens cannot verify who funds the parties' campaigns.", "problem"),
        ("Spending caps exist in two provinces but were not enforced.", "problem"),
        ("The pilot was not accompanied by an independent audit.", "problem"),
        ("Short deadlines limit the effectiveness of the appeal.", "problem"),
        ("The election bodies enjoyed a high level of public trust.", "positive"),
        ("Early voting functioned well in the districts visited.", "positive"),
        ("There is no doubt that the count was orderly.", "positive"),
        ("There is no second round in municipal elections.", None),
    ],
)
def test_what_is_missing_or_cannot_be_done_and_public_trust_judge(
    sentence: str, judged: str | None
) -> None:
    assert polarity_of(sentence) == judged
