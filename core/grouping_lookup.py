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
from .grouping import Group, Grouping, Item, PairScore, _Unit, _weights
from .grouping_weights import ARTICLE_BONUS, FINDING_THRESHOLD, LAW_BONUS, NORM_BONUS, TOPIC_BONUS

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
    among: Among | None = None,
) -> list[Match]:
    """Indexed units that an outside text (finding, statement) best matches, best first
    (scored with the term weights of the item's state alone; ``among``: of the
    units these postings keep, scoring only candidates that can reach ``threshold``: the
    terms not searched, common in the state or past ``SCAN``, add little)."""
    found: dict[int, Match] = {}
    least = None if among is None else threshold
    for ask in ask_units(item.text):
        probe = _Unit(item, ask, _weights(ask))
        for index in grouping.candidates(probe, among=among, threshold=least):
            pair = grouping.score(probe, grouping.units[index], remedies)
            if pair.score >= threshold and (
                index not in found or pair.score > found[index][0].score
            ):
                found[index] = (pair, grouping.units[index].item, grouping._root(index))
    return sorted(found.values(), key=lambda f: -f[0].score)


def matches_in(
    grouping: Grouping,
    item: Item,
    documents: Collection[str],
    remedies: bool = True,
    share: float = 0.0,
) -> list[Match]:
    """The units of the given reports (the candidates themselves: no cut by how common a
    term is) scored against an outside text with its state's own term weights, best first.
    ``share`` above 0: only the best's cluster and the units scoring at least that share of
    the best, the same as every unit scored and then filtered, but without scoring those
    that cannot reach it (:func:`_bounded`)."""
    found: dict[int, Match] = {}
    probes = [_Unit(item, ask, _weights(ask)) for ask in ask_units(item.text)]

    def keep(index: int, pair: PairScore) -> None:
        if index not in found or pair.score > found[index][0].score:
            found[index] = (pair, grouping.units[index].item, grouping._root(index))

    units = [i for document in documents for i in grouping.by_document.get(document, [])]
    for probe in probes:
        if share <= 0.0:
            for index in units:
                keep(index, grouping.score(probe, grouping.units[index], remedies))
        else:
            for index, pair in _bounded(grouping, probe, units, remedies, share):
                keep(index, pair)
    ranked = sorted(found.values(), key=lambda f: (-f[0].score, f[1].key))
    if share <= 0.0 or not ranked:
        return ranked
    best, root = ranked[0][0].score, ranked[0][2]
    wanted = set(units)
    for index in grouping.cluster[root]:  # the best's cluster, each at its best, as above
        if index in wanted:
            found.pop(index, None)
            for probe in probes:
                keep(index, grouping.score(probe, grouping.units[index], remedies))
    ranked = sorted(found.values(), key=lambda f: (-f[0].score, f[1].key))
    return [f for f in ranked if f[2] == root or f[0].score >= best * share]


def _bounded(
    grouping: Grouping, probe: _Unit, units: Sequence[int], remedies: bool, share: float
) -> list[tuple[int, PairScore]]:
    """The units that can score at least ``share`` of the best against ``probe`` (local
    weights), scored. Each unit's score is first bounded from above by its text similarity,
    summed over the postings of the probe's terms (the index, not each unit's vector), plus
    the bonuses it could get (a unit sharing no term can score them alone); units are then
    scored best bound first until a bound falls below ``share`` of the best score."""
    country = probe.item.country
    text: dict[int, float] = dict.fromkeys(units, 0.0)
    for term, weight in grouping._local(probe).items():
        for index in grouping.postings.get((country, term), ()):
            if index in text:
                text[index] += weight * grouping._local(grouping.units[index]).get(term, 0.0)
    bounds = sorted(
        ((t + _bonuses(probe, grouping.units[i]) + _ROUNDING, i) for i, t in text.items()),
        key=lambda b: (-b[0], b[1]),
    )
    scored: list[tuple[int, PairScore]] = []
    best = 0.0
    for ceiling, index in bounds:
        if ceiling < best * share:
            break
        pair = grouping.score(probe, grouping.units[index], remedies)
        scored.append((index, pair))
        best = max(best, pair.score)
    return scored


_ROUNDING = 1e-9
"""Added to a bound: its sum is ordered unlike the score's (floating-point rounding)."""


def _bonuses(first: _Unit, second: _Unit) -> float:
    """The bonuses two units' score adds to their text similarity (:meth:`Grouping.score`)."""
    x, y = first.item, second.item
    return (
        TOPIC_BONUS * bool(x.topics & y.topics)
        + NORM_BONUS * bool(x.norms & y.norms)
        + LAW_BONUS * bool(x.laws & y.laws)
        + ARTICLE_BONUS * bool(first.ask.articles & second.ask.articles)
    )


def grouped_units(grouping: Grouping, groups: Sequence[Group]) -> Among:
    """The index's postings kept to the units of the groups' clusters (what a finding can
    join), to share between :func:`attach` calls of one link: each filters a posting once."""
    return Among(grouping, {i for g in groups for i in grouping.cluster[g.root]})


def attach(
    grouping: Grouping,
    groups: Sequence[Group],
    candidates: Sequence[Item],
    threshold: float = FINDING_THRESHOLD,
    grouped: Among | None = None,
) -> list[tuple[Item, Group, PairScore]]:
    """Items (findings) that describe a group's problem: best group per item.
    ``grouped``: :func:`grouped_units` of these groups, when already made."""
    by_root = {g.root: g for g in groups}
    if grouped is None:
        grouped = grouped_units(grouping, groups)
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
