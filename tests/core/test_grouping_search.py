"""The grouping index's candidate search and its kept vectors: what keeps a link's cost per
report flat as a state's reports grow (bench/scale.py measures the cost itself)."""

from __future__ import annotations

import pytest

from normgraph import grouping as grouping_module
from normgraph.asks import ask_units
from normgraph.grouping import Grouping, _Unit, _weights
from normgraph.recurrence_statements import _earlier_reports
from tests.core.recurrence_items import grouping_of, item


def _probe(grouping: Grouping, text: str, country: str = "xx") -> _Unit:
    (whole, *_) = ask_units(text)
    return _Unit(item("probe", text, "probe", "2030", country=country), whole, _weights(whole))


def _keys(grouping: Grouping, indices: list[int]) -> set[str]:
    return {grouping.units[i].item.key for i in indices}


def test_a_search_reads_its_rarest_terms_first_within_its_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Broadcasting" is in eight reports' asks, "ombudsman" in two: with room for four
    # posting entries, the search reads the ombudsman's and never the broadcasting one.
    items = [
        item(f"b{n}", f"Broadcasting rules should be revised, item {n}.", f"b{n}", f"20{n:02d}")
        for n in range(8)
    ]
    items += [
        item("o1", "An ombudsman should hear complaints.", "o1", "2001"),
        item("o2", "The ombudsman office should be funded.", "o2", "2002"),
    ]
    grouping = grouping_of(items)
    probe = _probe(grouping, "Broadcasting rules and the ombudsman should be reviewed.")
    everything = _keys(grouping, grouping.candidates(probe))
    assert {"o1", "o2"} <= everything and any(key.startswith("b") for key in everything)

    monkeypatch.setattr(grouping_module, "SCAN", 4)
    within = _keys(grouping, grouping.candidates(probe))
    assert within == {"o1", "o2"}


def test_a_search_never_leaves_its_state() -> None:
    items = [
        item("x1", "The ombudsman should hear complaints.", "x1", "2001"),
        item("y1", "The ombudsman should hear complaints.", "y1", "2001", country="yy"),
    ]
    grouping = grouping_of(items)
    probe = _probe(grouping, "The ombudsman should hear complaints promptly.", country="yy")
    assert _keys(grouping, grouping.candidates(probe)) == {"y1"}


def test_a_kept_local_vector_is_weighted_again_when_its_state_grows() -> None:
    grouping = grouping_of([item("x1", "The ombudsman should hear complaints.", "x1", "2001")])
    unit = grouping.units[0]
    before = dict(grouping._local(unit))
    assert grouping._local(unit) is grouping._local(unit)  # kept while the state is unchanged
    grouping.add([item("y1", "The ombudsman should hear appeals.", "y1", "2002", country="yy")])
    assert grouping._local(unit) == before  # another state's units move nothing
    grouping.add([item("x2", "The ombudsman office should be funded.", "x2", "2003")])
    fresh = Grouping()
    fresh.add([grouping.units[0].item, grouping.units[-1].item])
    assert grouping._local(unit) != before
    assert grouping._local(unit) == pytest.approx(fresh._local(fresh.units[0]))


def test_a_statement_s_earlier_reports_are_its_state_s_before_it() -> None:
    grouping = grouping_of(
        [
            item("x1", "The ombudsman should hear complaints.", "x1", "2001"),
            item("x2", "Observers should be accredited.", "x2", "2005"),
            item("x3", "Results should be published.", "x3", "2012"),
            item("y1", "The ombudsman should hear complaints.", "y1", "2001", country="yy"),
        ]
    )
    statement = item("s", "Previous recommendations remain unaddressed.", "x3", "2012")
    assert [i.document for i in _earlier_reports(grouping, statement)] == ["x1", "x2"]


def _clusters(grouping: Grouping) -> set[frozenset[tuple[str, str]]]:
    """Each cluster as the (item, ask) pairs it holds: indices and roots set aside."""
    found: dict[int, set[tuple[str, str]]] = {}
    for index, unit in enumerate(grouping.units):
        found.setdefault(grouping._root(index), set()).add((unit.item.key, unit.ask.text))
    return {frozenset(members) for members in found.values()}


def _groups(grouping: Grouping) -> list[list[tuple[str, str, float]]]:
    return [
        [
            (
                m.item.key,
                m.partner.key if m.partner else "",
                round(m.pair.score, 9) if m.pair else 0,
            )
            for m in g.members
        ]
        for g in grouping.groups()
    ]


def test_reports_added_one_by_one_in_any_order_group_as_all_at_once() -> None:
    # Two states; the state "xx" gets its reports out of date order, the last addition
    # being its earliest report: the kept clusters and the state's weights would both
    # differ from a grouping from scratch if ``add`` only searched the new asks.
    asks = [
        "Observers should have unimpeded access to the count and the tabulation.",
        "Precinct results should be published online promptly.",
        "The voter register should be audited and deceased voters removed.",
        "Deadlines for complaints and appeals should be harmonised.",
    ]
    items = [
        item(f"{c}{n}", f"{asks[n % 4]} {asks[(n + 1) % 4]}", f"{c}{n}", f"20{10 + n}", country=c)
        for c in ("xx", "yy")
        for n in range(5)
    ]
    scratch = grouping_of(items)
    one_by_one = Grouping()
    for report in [items[1], items[3], items[5], items[2], items[6], items[4], items[7]]:
        one_by_one.add([report])
    one_by_one.add([items[8], items[9]])
    one_by_one.add([items[0]])
    assert len(scratch.groups()) >= 2
    assert _clusters(one_by_one) == _clusters(scratch)
    assert _groups(one_by_one) == _groups(scratch)
