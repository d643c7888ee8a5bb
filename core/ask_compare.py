"""Whether two ask units ask for another change: their remedies differ.

Kept apart from the reading of one unit (:mod:`normgraph.asks`): grouping compares what
that module reads. A conflict read with confidence (both remedies named at their
directive's own verb) is a near-veto; one read from every remedy word of a unit is a milder
penalty (the factors are :mod:`normgraph.grouping_weights`'s).
"""

from __future__ import annotations

from .ask_vocabulary import read_one_change
from .asks import _ACTIONS, _VOCABULARY, AskUnit
from .grouping_weights import DIFFERENT_CHANGE, OTHER_VERB, REMEDY_PENALTY

__all__ = ["both_directed", "change_factor", "heads_differ", "remedies_conflict", "remedies_differ"]

_ONE_CHANGE = read_one_change(_VOCABULARY, _ACTIONS)
"""Remedy classes that name one change in different words: to provide for X, to
introduce X and to allow or enable X all ask that X be possible ("the law should provide
for citizen observation" / "citizen observers should be allowed")."""


def remedies_conflict(first: AskUnit, second: AskUnit) -> bool:
    """Both units name remedies in directive position and share none, nor two of one
    change (``_ONE_CHANGE``), nor does either name the other's anywhere in its text ("a
    comprehensive audit of the register, removing the deceased" / "entries for the dead
    should be deleted"): same subject, a different change."""
    if not (first.actions and second.actions) or first.actions & second.actions:
        return False
    if second.names(first.actions) or first.names(second.actions):
        return False
    return not any(first.actions & same and second.actions & same for same in _ONE_CHANGE)


def both_directed(first: AskUnit, second: AskUnit) -> bool:
    """Both units' remedies were read in directive position (:attr:`AskUnit.directed`):
    read with confidence."""
    return first.directed and second.directed


def remedies_differ(first: AskUnit, second: AskUnit) -> bool:
    """The remedies conflict (:func:`remedies_conflict`) and both were read with confidence
    (:func:`both_directed`): a different change, where a shared subject must not outweigh it
    ("publish the finance reports" / "audit them")."""
    return remedies_conflict(first, second) and both_directed(first, second)


def heads_differ(first: AskUnit, second: AskUnit) -> bool:
    """Neither unit's verb is a remedy class's, both name a verb (:attr:`AskUnit.head`),
    the two differ and neither text holds the other's ("the quota should be enforced" /
    "the next woman on the list should fill the seat"): another change, as far as the
    words say, where no class could tell."""
    one, other = first.head, second.head
    return (
        bool(one and other)
        and one != other
        and not (one in second.object_terms or other in first.object_terms)
    )


def change_factor(first: AskUnit, second: AskUnit) -> float:
    """What the changes asked do to a pair's score: a near-veto when both remedies are read
    with confidence and conflict, a cut when they conflict otherwise, a milder one when two
    verbs no class names differ (``OTHER_VERB``: the field's verbs are an open set, and
    two words can name one change), else nothing."""
    if remedies_conflict(first, second):
        return DIFFERENT_CHANGE if both_directed(first, second) else REMEDY_PENALTY
    return OTHER_VERB if heads_differ(first, second) else 1.0
