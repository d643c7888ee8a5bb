"""What a directive rejects and what it says must not happen name no remedy (recur14i):
"notify the authorities, rather than seek their approval" asks no *access*, and "the seal
should be checked so that it cannot be broken or removed" does not name *remove*."""

from __future__ import annotations

from normgraph.asks import ask_units, read_unit, remedies_conflict
from normgraph.grouping import THRESHOLD
from tests.core.test_asks_readings import _best


def test_a_rejected_alternative_names_no_remedy() -> None:
    unit = read_unit(
        "Organisers of marches should only inform the police, rather than seek a permit."
    )
    assert "access" not in unit.actions
    assert (
        "access"
        not in read_unit(
            "Marches should need a notification to the police instead of an approval."
        ).actions
    )
    # the alternative's words stay in the object: what is replaced is part of the subject
    assert (
        "priorapproval"
        in read_unit("Marches should need a notification instead of an approval.").object_terms
    )


def test_a_negated_remedy_word_does_not_lift_the_remedy_conflict() -> None:
    remove = read_unit("The stamping of passports at the polls should be abolished.")
    (keep, *_) = ask_units(
        "The stamping of passports should be retained, with a stamp that cannot be removed."
    )
    assert remove.actions == {"remove"} and keep.actions == {"keep"}
    assert not keep.names(frozenset({"remove"}))
    assert remedies_conflict(remove, keep)
    # named without a negation, the other remedy still lifts the conflict
    (audit, *_) = ask_units(
        "An audit of the register should be held, removing entries of the deceased."
    )
    assert audit.names(frozenset({"remove"}))


def test_a_permission_regime_restated_as_a_notification_groups() -> None:
    earlier = (
        "The need to obtain permission from the mayor before holding a march should be"
        " replaced by a simple notification."
    )
    later = (
        "Organisers should only be required to notify the mayor of a march,"
        " rather than seek his approval."
    )
    other = "Marches should be allowed in the central square of the capital."
    assert _best(earlier, later) >= THRESHOLD
    assert _best(earlier, other) < THRESHOLD
