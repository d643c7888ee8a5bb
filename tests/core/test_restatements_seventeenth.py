"""Re-statements of the seventeenth session's kinds (recall20): a device introduced against a
practice asks its prevention, a doubled final "e" is one term with its plural, and the field's
other names for one thing (a technicality, a complaint's substance, equal constituencies, paid
content presented as news) link a later report's ask to an earlier one while a near-miss of
the same subject stays apart. Invented texts of an invented state, no report's sentence."""

from __future__ import annotations

import tomllib
from pathlib import Path

from normgraph.ask_compare import change_factor
from normgraph.asks import ask_units, read_unit
from normgraph.textsim import terms
from tests.core.recurrence_items import linked_pairs

EARLIER = [
    "Safeguards should be introduced against the trading of seats on precinct boards between "
    "parties.",
    "Appeals should be decided on their merits rather than rejected on technical grounds.",
    "District boundaries should be redrawn so that each district has a comparable number of "
    "voters.",
    "Paid political content should be clearly labelled as advertising.",
    "The register of voters should be published before each election.",
]
LATER = [
    "Parties still sell and swap their seats on precinct boards; this practice must be stopped.",
    "Courts should examine the substance of electoral disputes instead of rejecting them on "
    "formalities.",
    "Districts should be reviewed regularly, as some now deviate widely from the average.",
    "Advertising presented as news should carry a clear mark that it was paid for.",
    "Appeals on the register of voters should be decided within three days.",
]


def test_a_device_introduced_against_a_practice_asks_its_prevention() -> None:
    """ "Safeguards should be introduced against X" and "measures should be taken to prevent
    X" ask that X be prevented, one change with "X must be stopped": no remedy conflict."""
    against = read_unit("Safeguards should be introduced against the misuse of official cars.")
    taken = read_unit("Effective measures must be taken to prevent the misuse of official cars.")
    stopped = read_unit("The misuse of official cars must be stopped.")
    assert against.actions == taken.actions == frozenset({"restrict"})
    assert change_factor(against, stopped) == 1.0
    # a device introduced for its own sake is still introduced
    plain = read_unit("A complaints mechanism should be introduced at every commission.")
    assert plain.actions == frozenset({"introduce"})
    # sanctions introduced against offenders punish them: no device of prevention
    punished = read_unit("Sanctions should be introduced against outlets that break the rules.")
    assert punished.actions == frozenset({"introduce"})


def test_a_doubled_final_e_is_one_term_with_its_plural() -> None:
    assert terms("committee employee trustee") == terms("committees employees trustees")
    assert terms("committee")[0] != terms("commit")[0]


def test_the_fields_other_names_for_one_thing() -> None:
    assert terms("rejected on technical grounds")[-1] == terms("rejected on formalities")[-1]
    assert "merits" in terms("the substance of electoral disputes")
    assert "appeal" in terms("electoral disputes")
    assert "equalsuffrage" in terms("districts deviate widely from the average")
    assert "paidcoverage" in terms("advertising presented as news")
    assert "handwritingcheck" in terms("a graphologist doubted the signature")
    assert "expulsion" in terms("monitors were thrown out of the station")
    assert "expulsion" in terms("monitors were removed from the polling station")
    assert "expulsion" not in terms("the dead should be removed from the register")
    assert "deregister" in terms("a nominee should not lose registration over a typo")
    assert "allstages" in terms("access to every stage of local elections")
    # a verb "disputes" is no complaint
    assert "appeal" not in terms("an expert disputes the signatures")


def test_re_statements_are_linked_and_a_near_miss_stays_apart() -> None:
    together = linked_pairs(EARLIER, LATER)
    assert frozenset(("e0", "l0")) in together  # safeguards against = must be stopped
    assert frozenset(("e1", "l1")) in together  # merits, technicalities, disputes
    assert frozenset(("e2", "l2")) in together  # comparable size = deviation from the average
    assert frozenset(("e4", "l4")) not in together  # publish the register / decide appeals


def test_the_probe_has_a_seventeenth_session_block_in_two_halves() -> None:
    """recall20's block of ``tests/cases/restatement_pairs.toml``: 30 re-statements and 15
    near-misses at least, each kind split evenly between ``tune20`` and ``held20``."""
    path = Path(__file__).resolve().parents[1] / "cases" / "restatement_pairs.toml"
    pairs = tomllib.loads(path.read_text(encoding="utf-8"))["pair"]
    for kind, least in (("same", 30), ("near", 15)):
        halves = [p["half"] for p in pairs if p["kind"] == kind and p["half"].endswith("20")]
        assert len(halves) >= least
        assert halves.count("tune20") == halves.count("held20")


def test_every_unit_of_a_preventive_ask_reads_one_remedy() -> None:
    units = ask_units(
        "Guarantees must be put in place to stop the heads of local administrations from "
        "choosing commission members."
    )
    assert all(u.actions == frozenset({"restrict"}) for u in units)


def test_a_verb_coordinated_with_the_directive_is_read_at_its_place() -> None:
    """ "should be documented and published": *publish* is read at the directive's verb, so a
    conflict with another unit's prevention is read with confidence (a near-miss: the
    practice reported, not prevented)."""
    reported = read_unit("Any misuse of official cars should be documented and published.")
    prevented = read_unit("Measures should be taken to prevent the misuse of official cars.")
    assert reported.directed and prevented.directed
    assert change_factor(reported, prevented) < 0.5
