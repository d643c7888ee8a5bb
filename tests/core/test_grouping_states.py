"""Grouping merges a state at a time: the same clusters as each state grouped alone, with
the pair scores it caches never holding two states' pairs at once (a first link's peak)."""

from __future__ import annotations

import pytest

from normgraph.grouping import Grouping, Item, PairScore
from tests.core.recurrence_items import item

ASKS = [
    "Signed voter lists should be published after election day.",
    "Signed voter lists should be published after each election.",
    "The CEC should publish detailed results by polling station.",
    "Detailed results of every polling station should be published by the CEC.",
]


def _items(country: str) -> list[Item]:
    """Four reports of one state, two asks each, dated so that states interleave."""
    return [
        item(
            f"{country}{n}-{k}",
            ask,
            f"{country}-report-{n}",
            f"201{n}-0{k + 1}-0{len(country)}",
            country=country,
        )
        for n in range(4)
        for k, ask in enumerate(ASKS[n % 2 :: 2])
    ]


def _clusters(grouping: Grouping) -> list[list[tuple[str, float | None]]]:
    return sorted(
        [(m.item.key, m.pair.score if m.pair else None) for m in g.members]
        for g in grouping.groups()
    )


def test_states_grouped_together_form_each_state_s_own_clusters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    states = ["xx", "yyy", "zzzz"]
    alone = []
    for state in states:
        grouping = Grouping()
        grouping.add(_items(state))
        alone += _clusters(grouping)
    assert alone, "the invented asks recur"

    together = Grouping()
    held: list[set[str]] = []
    original = Grouping._pair

    def noted(self: Grouping, i: int, j: int) -> PairScore:
        held.append({self.units[k].item.country for pair in self._scores for k in pair})
        return original(self, i, j)

    monkeypatch.setattr(Grouping, "_pair", noted)
    together.add([i for state in states for i in _items(state)])
    merging = list(held)  # what grouping cached while it merged (groups() scores after)
    assert sorted(alone) == _clusters(together)
    assert merging and all(len(countries) <= 1 for countries in merging)
    assert {c for countries in merging for c in countries} == set(states)
