"""What a directive rejects and what it says must not happen name no remedy (recur14i):
"notify the authorities, rather than seek their approval" asks no *access*, and "the seal
should be checked so that it cannot be broken or removed" does not name *remove*."""

from __future__ import annotations

from normgraph.ask_compare import remedies_conflict
from normgraph.asks import ask_units, read_unit
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


def test_the_last_clause_of_a_long_sentence_is_no_ask_unless_it_directs() -> None:
    """A long sentence is also read clause by clause; its last clause ends with a full stop
    but opens mid-sentence ("or marches meant to sway voters or members of polling
    boards."): a fragment, which met any ask about members of boards."""
    text = (
        "Repeal the clause of the assembly code that forbids any public display of group or"
        " private interests, banners or slogans in the streets near the polling boards on"
        " voting day, or marches meant to sway voters or members of polling boards."
    )
    parts = [unit.text for unit in ask_units(text)]
    assert not any(part.startswith("or marches") for part in parts), parts
    # a directive clause is still an ask of its own
    directed = ask_units(
        "The boards should publish their decisions and minutes online within a day of each"
        " session in every district of the country, and observers should be given copies of"
        " every protocol signed by the members."
    )
    assert any(u.text.startswith("and observers should") for u in directed)
