"""Outside texts (findings, observers' statements) matched against the grouping index.

A finding can only join an issue, so :func:`attach` searches among the issues' own units
(:class:`Among`: the index's postings filtered to them), and scores a candidate only if its
text similarity over the terms searched can still reach the threshold: a link's findings
are its most numerous items, and most of a state's units are in no issue.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from .asks import ask_units
from .grouping import FINDING_THRESHOLD, Group, Grouping, Item, PairScore, _Unit, _weights

Match = tuple[PairScore, Item, int]
"""How well, which indexed item, and the root of its unit's cluster."""


class Among(dict[tuple[str, str], list[int]]):
    """The index's postings holding only some units, each filtered on first reading."""

    def __init__(self, grouping: Grouping, kept: set[int]) -> None:
        super().__init__()
        self.grouping, self.kept = grouping, kept

    def __missing__(self, key: tuple[str, str]) -> list[int]:
        self[key] = [i for i in self.grouping.postings.get(key, ()) if i in self.kept]
        return self[key]

    def get(self, key: tuple[str, str], default: Any = None) -> Any:
        return self[key] or default


def best_matches(
    grouping: Grouping,
    item: Item,
    threshold: float,
    remedies: bool = True,
    local: bool = False,
    among: Among | None = None,
) -> list[Match]:
    """Indexed units that an outside text (finding, statement) best matches, best first
    (``local``: scored with the term weights of the item's state alone; ``among``: of the
    units these postings keep, scoring only candidates that can reach ``threshold``: the
    terms not searched, common in the state or past ``SCAN``, add little)."""
    found: dict[int, Match] = {}
    least = None if among is None else threshold
    for ask in ask_units(item.text):
        probe = _Unit(item, ask, _weights(ask))
        for index in grouping.candidates(probe, among=among, threshold=least):
            pair = grouping.score(probe, grouping.units[index], remedies, local)
            if pair.score >= threshold and (
                index not in found or pair.score > found[index][0].score
            ):
                found[index] = (pair, grouping.units[index].item, grouping._root(index))
    return sorted(found.values(), key=lambda f: -f[0].score)


def matches_in(
    grouping: Grouping, item: Item, documents: Collection[str], remedies: bool = True
) -> list[Match]:
    """Every unit of the given reports (the candidates themselves: no inverted-index cut)
    scored against an outside text with its state's own term weights, best first."""
    found: dict[int, Match] = {}
    for ask in ask_units(item.text):
        probe = _Unit(item, ask, _weights(ask))
        for document in documents:
            for index in grouping.by_document.get(document, []):
                pair = grouping.score(probe, grouping.units[index], remedies, local=True)
                if index not in found or pair.score > found[index][0].score:
                    found[index] = (pair, grouping.units[index].item, grouping._root(index))
    return sorted(found.values(), key=lambda f: (-f[0].score, f[1].key))


def attach(
    grouping: Grouping,
    groups: Sequence[Group],
    candidates: Sequence[Item],
    threshold: float = FINDING_THRESHOLD,
) -> list[tuple[Item, Group, PairScore]]:
    """Items (findings) that describe a group's problem: best group per item."""
    by_root = {g.root: g for g in groups}
    grouped = Among(grouping, {i for root in by_root for i in grouping.cluster[root]})
    attached = []
    for candidate in candidates:
        for pair, _item, root in best_matches(
            grouping, candidate, threshold, remedies=False, among=grouped
        ):
            g = by_root.get(root)
            if g is not None:
                attached.append((candidate, g, pair))
                break
    return attached
