"""The remedy classes written from what observer recommendations ask (remedy17): a verb of
each area of the guidance (observers, complaints, results, technology, language, materials)
names its change, so two asks of one subject that ask for different changes stay apart, and
the same change in other words (announce / make public, be able to / be allowed to, lift a
ban / allow) is no conflict. Invented texts only."""

from __future__ import annotations

import pytest

from normgraph.ask_compare import remedies_conflict, remedies_differ
from normgraph.asks import read_unit
from normgraph.grouping import THRESHOLD
from tests.core.test_asks_differ import _best

DIFFERENT = [
    (
        "Party agents should be accredited by the district commissions ahead of the vote.",
        "Party agents should be trained by the district commissions ahead of the vote.",
    ),
    (
        "Disputes over candidate lists should be heard by the regional courts in open session.",
        "Disputes over candidate lists should be admissible from civil society groups too.",
    ),
    (
        "Turnout figures for each constituency should be announced every two hours.",
        "Turnout figures for each constituency should be certified by the returning officers.",
    ),
    (
        "Voter identification at polling stations should be automated with card readers.",
        "Voter identification at polling stations should be open to scrutiny by party agents.",
    ),
    (
        "The law on referendums should be consolidated into the electoral code.",
        "The law on referendums should be translated into every official language.",
    ),
    (
        "Sacks of used ballots should be sealed in front of the candidates' proxies.",
        "Sacks of used ballots should be replaced by numbered plastic containers.",
    ),
    (
        "Airtime on the public radio should be allocated by lot among the lists.",
        "Airtime on the public radio should be monitored by the broadcasting council.",
    ),
]
SAME = [
    (
        "Turnout figures for each constituency should be announced every two hours.",
        "Turnout figures for each constituency should be made public every two hours.",
    ),
    (
        "Party agents should be accredited for the whole polling day.",
        "Party agents should be granted accreditation for the whole polling day.",
    ),
    (
        "Prisoners serving short sentences should be able to vote by post.",
        "Prisoners serving short sentences should be allowed to vote by post.",
    ),
    (
        "The ban on campaigning by teachers' unions should be lifted.",
        "Teachers' unions should be allowed to campaign.",
    ),
    (
        "The right to vote should be extended to seasonal workers abroad.",
        "Seasonal workers abroad should be able to vote.",
    ),
]


@pytest.mark.parametrize(("first", "second"), DIFFERENT)
def test_different_changes_of_one_subject_are_read_at_their_verbs(first: str, second: str) -> None:
    one, other = read_unit(first), read_unit(second)
    assert one.actions and other.actions and one.directed and other.directed
    assert remedies_differ(one, other), (one.actions, other.actions)
    assert _best(first, second)[0] < THRESHOLD


@pytest.mark.parametrize(("first", "second"), SAME)
def test_the_same_change_in_other_words_is_no_conflict(first: str, second: str) -> None:
    one, other = read_unit(first), read_unit(second)
    assert not remedies_conflict(one, other), (one.actions, other.actions)
    assert _best(first, second)[0] >= THRESHOLD


def test_a_light_be_able_to_is_a_permission() -> None:
    unit = read_unit("Detained voters should be able to cast their ballots in custody.")
    assert unit.actions == {"access"} and unit.directed
    # "unable" is no permission: the stem starts at a word's start only
    assert "access" not in read_unit("Many detained voters were unable to cast ballots.").actions


def test_a_verdict_word_in_passing_is_no_adjudication() -> None:
    """Only the participle asks that a body decide ("should be decided within three
    days"); "to decide otherwise" in passing names no change of its own."""
    decided = read_unit("Appeals on seat allocation should be decided within three days.")
    assert decided.actions == {"adjudicate"} and decided.directed
    passing = read_unit("Seat allocation should leave no room for the board to decide otherwise.")
    assert "adjudicate" not in passing.actions
