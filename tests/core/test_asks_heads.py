"""The sixteenth session's readings (near18): the directive's own verb compared by its word
when no remedy class names it, and a purpose clause that names no remedy of the unit."""

from __future__ import annotations

from normgraph.ask_compare import change_factor, heads_differ, remedies_conflict
from normgraph.asks import negated_directive, read_unit
from normgraph.grouping import THRESHOLD
from normgraph.grouping_weights import OTHER_VERB
from tests.core.test_asks_differ import _best

ENFORCED = "The age limit for candidates to the upper chamber should be enforced by the boards."
INHERIT = (
    "When a member of the upper chamber resigns, the runner-up of the district should inherit"
    " the mandate."
)


def test_the_verb_no_class_names_is_read_at_the_directive_s_place() -> None:
    assert read_unit(ENFORCED).head == "enforc"
    assert read_unit(INHERIT).head == "inherit"
    # a right given is read at the verb it leads to
    assert (
        read_unit("Voters should have the right to appeal a precinct's results.").head == "appeal"
    )
    # a remedy class's verb is no head: the class compares it
    assert read_unit("The tally sheets should be counted again by hand.").head == ""


def test_verbs_whose_object_says_what_is_asked_give_no_head() -> None:
    assert read_unit("Public broadcasters should give all candidates equal airtime.").head == ""
    assert read_unit("State media should provide balanced news about every candidate.").head == ""
    # the means of a purpose ("updated so that ...") says little of the ask
    updated = (
        "The address register should be updated so that seasonal workers can vote where they live."
    )
    assert read_unit(updated).head == ""


def test_two_different_unclassed_verbs_cut_the_score() -> None:
    enforced, inherit = read_unit(ENFORCED), read_unit(INHERIT)
    assert not remedies_conflict(enforced, inherit)
    assert heads_differ(enforced, inherit)
    assert change_factor(enforced, inherit) == OTHER_VERB


def test_a_verb_the_other_text_holds_is_no_difference() -> None:
    """ "should be enforced" / "lists that flout the enforced quota should be refused": the
    other text names the first's verb, so the verbs are no sign of another change."""
    enforced = read_unit("The youth quota on candidate lists should be enforced.")
    refused = read_unit("Lists that ignore the enforced youth quota should be refused.")
    assert enforced.head and refused.head and not heads_differ(enforced, refused)
    same = read_unit("The youth quota on candidate lists should be enforced strictly.")
    assert not heads_differ(enforced, same)


def test_the_cut_takes_a_pair_of_shared_subject_words_below_the_threshold() -> None:
    """Observers' standing to appeal and every decision open to a court: shared subject
    words, two verbs no class names; the cut is what keeps them apart."""
    review = (
        "All rulings of the district boards on the precinct results should be subject to a court."
    )
    appeal = "Voters and observers should have the right to appeal the rulings of district boards."
    score, text = _best(review, appeal)
    assert text >= THRESHOLD > score


def test_a_purpose_clause_names_no_remedy_of_the_unit() -> None:
    """ "kept sealed so that a recount remains possible" asks to keep, not to count, so it
    conflicts with "count them again" (both read at their verbs)."""
    kept = read_unit(
        "The tally sheets should be kept in sealed envelopes so that a recount remains possible."
    )
    counted = read_unit("The tally sheets should be counted again by hand at the district board.")
    assert not kept.names(frozenset({"count"}))
    assert remedies_conflict(kept, counted)
    assert read_unit("The tally sheets should be kept sealed and recounted by hand.").names(
        frozenset({"count"})
    )


def test_a_fact_told_with_could_not_is_no_prohibition() -> None:
    """ "Voters on crutches could not reach the booth" reports what happened: the ask that
    follows ("the rooms should be adapted") is no prohibition."""
    fact = (
        "Voters on crutches could not reach the booth; the rooms used should be adapted for them."
    )
    assert negated_directive(fact) == frozenset()
    assert "restrict" not in read_unit(fact).actions
    assert negated_directive("Such rallies should not be held near schools.") == {"restrict"}


def test_what_should_be_avoided_is_a_prohibition() -> None:
    avoided = read_unit(
        "Changing the rules by decree in the last months before a vote should be avoided."
    )
    assert avoided.actions == {"restrict"} and avoided.directed


def test_what_a_permission_lets_someone_do_is_no_remedy_of_the_ask() -> None:
    """ "Every elector should be able to look up and check his entry" asks for access; the
    checking is the elector's, so it is no audit of the roll and no escape from the
    conflict with one."""
    lookup = read_unit("Every elector should be able to check his own entry in the roll online.")
    assert lookup.actions == {"access"} and lookup.directed
    assert not lookup.names(frozenset({"monitor"}))
    audit = read_unit(
        "A full audit of the electoral roll should be carried out to delete dead electors."
    )
    assert audit.actions == {"monitor"} and audit.directed
    assert remedies_conflict(audit, lookup)
    # the change made longer is still read after a light verb with no purpose
    longer = read_unit("The periods for lodging appeals against the tally should be made longer.")
    assert "extend" in longer.actions
