"""The fifteenth session's remedy veto (near17): two asks of one subject whose remedies are
both read at their directive's own verb and differ are another change, whatever subject
words they share; a remedy word read further along the verb's window is no such reading."""

from __future__ import annotations

from normgraph.ask_compare import remedies_conflict, remedies_differ
from normgraph.asks import read_unit
from normgraph.grouping import REMEDY_PENALTY, THRESHOLD, Grouping
from tests.core.recurrence_items import item


def _best(first: str, second: str) -> tuple[float, float]:
    """(best score, its text similarity) between two texts' ask units, each in a report."""
    grouping = Grouping()
    grouping.add([item("a", first, "r1", "2014-01-01"), item("b", second, "r2", "2018-01-01")])
    mine = [u for u in grouping.units if u.item.key == "a"]
    theirs = [u for u in grouping.units if u.item.key == "b"]
    best = max((grouping.score(x, y) for x in mine for y in theirs), key=lambda p: p.score)
    return best.score, best.text


def test_remedies_read_at_the_directive_s_verb_are_read_with_confidence() -> None:
    assert read_unit("The ministry should disclose the donor lists of all parties.").directed
    assert read_unit("Donor lists of all parties should also be promptly audited.").directed
    assert read_unit("A recount of all ballots should be conducted in every district.").directed
    assert read_unit("Repeal the ceiling on the number of party agents.").directed
    # a remedy word after the verb ("attend", "training") is not what the verb asks
    assert not read_unit("Teachers should not be pressured to attend party rallies.").directed
    assert read_unit("Clerks should receive thorough training on ballot counting.").directed
    assert not read_unit("Clerks should be told to attend the training on counting.").directed
    # a negated directive is no confident reading of the remedy it negates
    assert not read_unit("Exit polls should not be published before the polls close.").directed


def test_a_confident_different_remedy_outweighs_a_shared_subject() -> None:
    """ "disclose the donor lists" / "audit the donor lists": nearly the same words, another
    change; the old penalty (x0.6) left such pairs above the threshold."""
    disclose = "The ministry should disclose the donor lists of all registered parties."
    audit = "The donor lists of all registered parties should be audited by the ministry."
    assert remedies_differ(read_unit(disclose), read_unit(audit))
    score, text = _best(disclose, audit)
    assert text * REMEDY_PENALTY >= THRESHOLD
    assert score < THRESHOLD


def test_a_remedy_not_read_at_the_verb_keeps_the_milder_penalty() -> None:
    """The pressured-to-attend wording conflicts with "stop" (read *access*), but the
    reading is not the directive's: the two restate one ask and must still meet."""
    attend = read_unit("Teachers and students should not be pressured to attend party rallies.")
    stop = read_unit("The mobilisation of teachers and students for party rallies should stop.")
    assert remedies_conflict(attend, stop) and not remedies_differ(attend, stop)


def test_the_same_change_in_other_words_is_still_linked() -> None:
    score, _ = _best(
        "The ministry should disclose the donor lists of all registered parties.",
        "Registered parties should make the lists of their donors public.",
    )
    assert score >= THRESHOLD


def test_raising_certifying_and_cutting_are_read_as_remedies() -> None:
    """General remedy verbs of observer prose that no class named: raising a figure is
    another change than introducing it, certifying is checking, cutting is lowering."""
    raised = read_unit("The spending ceiling for candidates should be raised substantially.")
    introduced = read_unit("A spending ceiling for candidates should be introduced by law.")
    assert raised.actions == {"increase"} and remedies_differ(raised, introduced)
    assert read_unit("Voting machines should be certified by an expert body.").actions == {
        "monitor"
    }
    cut = read_unit("The registration fee for candidates should be cut by half.")
    lowered = read_unit("The registration fee for candidates should be lowered.")
    assert cut.actions == {"restrict"} and not remedies_conflict(cut, lowered)
    # "raise awareness" stays education as well
    assert "train" in read_unit("The commission should raise awareness of the new rules.").actions


def test_a_light_verb_s_noun_is_the_change_read_at_the_verb() -> None:
    """ "should undergo an independent audit" asks for an audit as surely as "should be
    audited": against "should publish" the two are another change, whatever they share."""
    audit = "The ward registers should undergo an independent audit before every election."
    publish = "The ward registers should be published in full before every election."
    assert read_unit(audit).actions == {"monitor"} and read_unit(audit).directed
    assert remedies_differ(read_unit(audit), read_unit(publish))
    assert _best(audit, publish)[0] < THRESHOLD
