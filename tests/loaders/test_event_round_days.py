"""Dates in a study's sentence that are no act's (issue 13, gen20c): the day a round was held
on beside the election the sentence names and a list of entries each closed by its date
(interviews cited, sources; an open question's date is pinned in test_event_occasions); and
a vote named by its day is its own event beside the act a later clause dates. The texts are
invented (other states and layouts than any fixture)."""

from __future__ import annotations

import pytest

from normgraph.loaders.scholarship.events import dated_in

from .test_event_occasions import _dates


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        (
            "The presidential election of 12 April 2009, decided in a second round on "
            "26 April, was the first contested one.",
            "2009-04-12",
        ),
        (
            "The mayoral election of 5 May 2013 went to a run-off, held on 19 May 2013, "
            "which the incumbent lost.",
            "2013-05-05",
        ),
        (
            "The parliamentary elections of 3 October 2010, with a second round held on "
            "17 October, returned the ruling bloc.",
            "2010-10-03",
        ),
    ],
)
def test_a_round_day_is_the_named_election_s_not_the_act_s(sentence: str, when: str) -> None:
    dated = dated_in(sentence)
    assert dated is not None and dated[0].iso() == when


@pytest.mark.parametrize(
    "heading",
    ["Appendix. Interviews cited", "Annex 2 \u2013 Conversations", "Sources consulted"],
)
def test_a_list_of_entries_each_closed_by_its_date_is_no_event(heading: str) -> None:
    text = (
        f"{heading}\n\n  Member of the commission, Northport, 12 November 2021\n"
        "  Official of the ministry, Northport, 3 December 2021\n"
        "  A former judge, Eastvale, 18 January 2022\n"
    )
    assert _dates(text) == []


def test_a_vote_named_by_its_day_is_its_own_event_beside_a_later_act() -> None:
    text = (
        "The municipal election for the council of Northport of 4 April 2016 was annulled "
        "by the courts; the supreme court confirmed the annulment on 22 April 2016.\n"
    )
    assert _dates(text) == ["2016-04-04", "2016-04-22"]
