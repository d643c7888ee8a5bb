"""Verdict wordings of follow-up prose by class of meaning (recur14g, issue 14): not followed,
unheeded, awaiting implementation, not reflected, rejected; partially followed, in most
respects, incompletely, only in one place; taken into account, complied with, given
effect, accepted, adopted by a named body. Invented sentences on another subject than the
recurrence fixtures', with the readings they must keep (a year is no place, a rejected
complaint no verdict)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.verdict_cues import stated_verdict

NOT, PARTLY, FULLY = "not-implemented", "partially-implemented", "fully-implemented"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The recommendation to index ballot boxes has not been followed.", NOT),
        ("Nothing has been done to implement the previous recommendation on seals.", NOT),
        ("The recommendation to seal boxes, made in 2011, still awaits implementation.", NOT),
        ("The recommendation to number the seals went unheeded.", NOT),
        ("The prior recommendation on seals was not reflected in the amendments.", NOT),
        ("The previous recommendation to number the seals was rejected by the senate.", NOT),
        ("The recommendation to number the seals was only partially followed.", PARTLY),
        ("The recommendation to number the seals was implemented in most respects.", PARTLY),
        ("The recommendation to number the seals was incompletely implemented.", PARTLY),
        ("The recommendation to number the seals was only implemented in the capital.", PARTLY),
        ("The recommendation on seals was taken into account in the amended law.", FULLY),
        ("The senate adopted the earlier recommendation to number the seals.", FULLY),
        ("The recommendation to number the seals has now been complied with.", FULLY),
        ("The previous recommendation to number the seals was given effect.", FULLY),
        ("The recommendation to number the seals was accepted by the senate in 2019.", FULLY),
    ],
)
def test_a_verdict_worded_by_its_class_is_read(sentence: str, status: str) -> None:
    assert stated_verdict(sentence) == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The previous recommendation on seals was implemented only in 2019.", FULLY),
        ("The earlier recommendation on seals was only implemented in part.", PARTLY),
        ("The complaint about the seals was rejected by the commission.", None),
        ("The observers awaited the results of the count.", None),
        ("The commission should implement the recommendation on seals in full.", None),
        ("or only part of the recommendation on seals was followed, and so on", None),
    ],
)
def test_readings_the_new_wordings_leave_alone(sentence: str, status: str | None) -> None:
    assert stated_verdict(sentence) == status
