"""Grouping recommendations that ask for the same change into recurring issues.

Pure functions over :class:`Item` (a recommendation, finding or statement), so the build,
the benchmarks and the tests run one method. Recommendations are split into ask units
(:mod:`normgraph.asks`), so a paragraph of three asks can join three issues. Two units score
the TF-IDF cosine of their object terms and remedy classes, plus small bonuses for a shared
topic, norm, law or cited article; different named remedies or cited articles cut the
score (same subject, another change, stays apart). Candidates come from an inverted index
over (country, term), so the cost grows with the candidates, not with the square of the
collection. Clusters merge along candidate pairs, best first, while the pair scores at
least ``THRESHOLD``, the two clusters' cross pairs average ``AVERAGE_THRESHOLD`` and no
report would hold two units of one cluster (a report's distinct asks never merge).

Everything is decided within a state: candidates, merges and the term weights (each
state's own document frequencies), so a state's clusters depend on its own units alone.
:class:`Grouping` keeps its index; ``add`` regroups the states of the new items from their
units in the order a grouping from scratch reads them, so adding reports one by one gives
the clusters of grouping them all at once.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from .ask_articles import articles_conflict
from .ask_compare import change_factor
from .asks import AskUnit, ask_units
from .grouping_model import Group as Group
from .grouping_model import Item as Item
from .grouping_model import Member as Member
from .grouping_model import PairScore as PairScore
from .grouping_model import _flipped, issue_order
from .grouping_model import _Unit as _Unit
from .grouping_model import _weights as _weights
from .grouping_weights import (
    ARTICLE_BONUS,
    ARTICLE_PENALTY,
    AVERAGE_THRESHOLD,
    CANDIDATES,
    COMMON_TERM,
    LAW_BONUS,
    MAX_BONUS,
    NORM_BONUS,
    SCAN,
    TOPIC_BONUS,
)
from .grouping_weights import REMEDY_PENALTY as REMEDY_PENALTY
from .grouping_weights import THRESHOLD as THRESHOLD


class Grouping:
    """Units indexed by state and term, and the clusters they form."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.units: list[_Unit] = []
        self.postings: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.by_country: Counter[str] = Counter()
        self.of_state: dict[str, list[int]] = defaultdict(list)
        """Every unit of each state, indexed or waiting to be regrouped."""
        self.parent: list[int] = []
        self.cluster: dict[int, list[int]] = {}
        self.by_document: dict[str, list[int]] = defaultdict(list)
        self.reports_of: dict[str, dict[str, Item]] = defaultdict(dict)
        """Each state's reports, by report, with the first item indexed of each: a
        statement's earlier reports are looked up in its state, not in the collection."""
        self._scores: dict[tuple[int, int], PairScore] = {}
        self._exact = True
        """Outside ``add``, vectors are weighted at their state's size: what is written
        depends on the state's units, not on the process or order that indexed them."""

    # -- similarity -------------------------------------------------------------------
    @staticmethod
    def _vector(counts: dict[str, float], idf: Callable[[str], float]) -> dict[str, float]:
        weights = {t: w * idf(t) for t, w in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}

    def _local(self, unit: _Unit) -> dict[str, float]:
        """The unit's TF-IDF vector over its state's units alone: unmoved by other states.
        While ``add`` indexes, it is weighted again once the state grew by a tenth
        (weighting every vector again at each addition would cost the square of the
        state); otherwise it is kept until the state gains units (a statement is scored
        against every unit of the reports it may judge)."""
        country = unit.item.country
        size = self.by_country[country]
        stale = unit.local_size != size if self._exact else size > unit.local_size * 1.1
        if unit.local and not stale:
            return unit.local

        def idf(term: str) -> float:
            return math.log((1 + size) / (1 + len(self.postings.get((country, term), ())))) + 1

        unit.local, unit.local_size = self._vector(unit.counts, idf), size
        return unit.local

    def score(self, first: _Unit, second: _Unit, remedies: bool = True) -> PairScore:
        """How surely two units ask for the same change (0-1) and why, with the term
        weights of their state alone."""
        a, b = self._local(first), self._local(second)
        text = sum(w * b.get(t, 0.0) for t, w in a.items())
        x, y = first.item, second.item
        topics, norms, laws = x.topics & y.topics, x.norms & y.norms, x.laws & y.laws
        cited = first.ask.articles & second.ask.articles
        score = text + TOPIC_BONUS * bool(topics) + NORM_BONUS * bool(norms)
        score += LAW_BONUS * bool(laws) + ARTICLE_BONUS * bool(cited)
        if remedies:
            score *= change_factor(first.ask, second.ask)
        if articles_conflict(first.ask, second.ask):
            score *= ARTICLE_PENALTY
        shared = tuple(t for t in dict.fromkeys(first.ask.object_terms) if t in b)
        return PairScore(
            min(1.0, score),
            text,
            first.ask.text,
            second.ask.text,
            topics,
            norms,
            laws,
            first.ask.actions & second.ask.actions,
            cited,
            shared,
        )

    def _pair(self, i: int, j: int) -> PairScore:
        key = (i, j)
        if key not in self._scores:
            self._scores[key] = self.score(self.units[i], self.units[j])
        return self._scores[key]

    def candidates(
        self,
        unit: _Unit,
        limit: int = CANDIDATES,
        among: Mapping[tuple[str, str], list[int]] | None = None,
        threshold: float | None = None,
    ) -> list[int]:
        """Indexed units of the same state sharing an uncommon term, best first: the
        postings of the unit's terms are read rarest first, ``SCAN`` entries at most, so a
        search costs the same in a large state as in a small one. ``among``: only the
        units these postings keep are proposed (a term's commonness is still its state's);
        ``threshold``: the least score a candidate must be able to reach."""
        country = unit.item.country
        common = max(50, COMMON_TERM * self.by_country[country])
        query = self._local(unit)
        source = self.postings if among is None else among
        rarest = sorted(
            (len(posting), term, posting)
            for term in query
            if len(self.postings.get((country, term), ())) <= common
            and (posting := source.get((country, term)))
        )
        found: dict[int, float] = defaultdict(float)
        budget = SCAN
        for size, term, posting in rarest:
            if size > budget:
                break
            budget -= size
            weight = query[term]
            for index in posting:
                found[index] += weight * self._local(self.units[index]).get(term, 0.0)
        least = (self.threshold if threshold is None else threshold) - MAX_BONUS
        ranked = sorted(
            (kv for kv in found.items() if kv[1] >= least),
            key=lambda kv: (-kv[1], self._rank(kv[0])),
        )
        return [index for index, _ in ranked[:limit]]

    # -- clusters ---------------------------------------------------------------------
    def _rank(self, index: int) -> tuple[str, str, str, int]:
        """Where a grouping from scratch reads the unit: by date, report and item, then its
        place among its item's asks (an item's units are always indexed together, in
        order). Ties are broken by it, never by the index alone, so a state regrouped
        after its reports arrived out of order decides as a grouping from scratch."""
        item = self.units[index].item
        return (item.date, item.document, item.key, index)

    def _root(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def _documents(self, root: int) -> set[str]:
        return {self.units[i].item.document for i in self.cluster[root]}

    def _merge(self, i: int, j: int) -> bool:
        x, y = self._root(i), self._root(j)
        if x == y or self._documents(x) & self._documents(y):
            return False
        cross = [self._pair(a, b).score for a in self.cluster[x] for b in self.cluster[y]]
        if math.fsum(cross) / len(cross) < AVERAGE_THRESHOLD:  # fsum: in any order alike
            return False
        if len(self.cluster[x]) < len(self.cluster[y]):
            x, y = y, x
        self.parent[y] = x
        self.cluster[x].extend(self.cluster.pop(y))
        return True

    def _append(self, unit: _Unit) -> int:
        """A unit in the collection, in a cluster of its own, not yet searchable."""
        index = len(self.units)
        self.units.append(unit)
        self.parent.append(index)
        self.cluster[index] = [index]
        self.of_state[unit.item.country].append(index)
        return index

    def _enter(self, index: int) -> None:
        """The unit made searchable: in its state's postings, counts and reports."""
        unit = self.units[index]
        self.by_country[unit.item.country] += 1
        self.by_document[unit.item.document].append(index)
        self.reports_of[unit.item.country].setdefault(unit.item.document, unit.item)
        for term in unit.counts:
            self.postings[(unit.item.country, term)].append(index)

    def _index(self, unit: _Unit) -> int:
        index = self._append(unit)
        self._enter(index)
        return index

    def _withdraw(self, country: str) -> list[int]:
        """A state's units taken out of the search and out of their clusters, to be
        regrouped; the state's units, in the order a grouping from scratch reads them."""
        indices = sorted(self.of_state.get(country, ()), key=self._rank)
        documents = {self.units[i].item.document for i in indices}
        for i in indices:
            unit = self.units[i]
            for term in unit.counts:
                self.postings.pop((country, term), None)
            unit.local, unit.local_size = {}, 0
            self.cluster.pop(i, None)
        for i in indices:
            self.parent[i] = i
            self.cluster[i] = [i]
        mine = set(indices)
        for document in documents:
            self.by_document[document] = [i for i in self.by_document[document] if i not in mine]
        self.by_country[country] = 0
        self.reports_of[country] = {}
        return indices

    def restore(self, units: Iterable[tuple[Item, AskUnit]], parents: Sequence[int]) -> None:
        """Index units read back from a saved index, with the clusters they had formed
        (``parents[i]``: unit i's cluster root); nothing is scored again."""
        for item, ask in units:
            self._index(_Unit(item, ask, _weights(ask)))
        if len(parents) != len(self.units) or any(
            not 0 <= p < len(self.units) or parents[p] != p for p in parents
        ):
            raise ValueError("the saved clusters do not match the saved units")
        self.parent = list(parents)
        self.cluster = defaultdict(list)
        for index, root in enumerate(parents):
            self.cluster[root].append(index)
        self.cluster = dict(self.cluster)

    def roots(self) -> list[int]:
        """Each unit's cluster root, to save the clusters."""
        return [self._root(index) for index in range(len(self.units))]

    def add(self, items: Iterable[Item]) -> None:
        """Index new items' ask units and regroup their states: each such state's units,
        the indexed and the new, are searched and merged again in the order a grouping
        from scratch reads them (about 1 ms of CPU a unit), so a relink gives the clusters
        of a link from scratch; other states are untouched (nothing of theirs moves).
        Merging reads vectors weighted as the state grew; the scores cached for it are
        dropped afterwards, so groups and matches are scored at the final weights."""
        self._exact = False
        self._scores.clear()
        try:
            self._add(items)
        finally:
            self._exact = True
            self._scores.clear()

    def _add(self, items: Iterable[Item]) -> None:
        fresh = sorted(items, key=lambda i: (i.date, i.document, i.key))
        withdrawn = [i for state in {i.country for i in fresh} for i in self._withdraw(state)]
        first = len(self.units)
        for item in fresh:
            for ask in ask_units(item.text):
                self._append(_Unit(item, ask, _weights(ask)))
        order = sorted(withdrawn + list(range(first, len(self.units))), key=self._rank)
        # A state at a time, its cached scores dropped after it: states share no unit,
        # posting or count, so each is searched and merged as in one pass over all, but
        # the cache holds one state's pairs, not the collection's (a first link's peak).
        states: dict[str, list[int]] = {}
        for index in order:
            states.setdefault(self.units[index].item.country, []).append(index)
        for indices in states.values():
            self._group_state(indices)
            self._scores.clear()

    def _group_state(self, order: list[int]) -> None:
        edges: list[tuple[float, int, int]] = []
        for index in order:
            known = self.candidates(self.units[index])
            self._enter(index)
            for other in known:
                if self.units[other].item.document == self.units[index].item.document:
                    continue
                pair = self._pair(other, index)
                if pair.score >= self.threshold:
                    edges.append((pair.score, other, index))
        edges.sort(key=lambda e: (-e[0], self._rank(e[1]), self._rank(e[2])))
        for _, i, j in edges:
            self._merge(i, j)
        self._settle(edges)

    def _settle(self, edges: list[tuple[float, int, int]]) -> None:
        """A unit merged with one partner moves to the cluster its strong links (pairs at the
        threshold) hold more of: merging best pair first, a near-miss that scored a little
        higher ("post the protocol at the station's door") took a unit whose every other
        strong link went to one issue ("publish station results online"), and that issue
        could not take it any more (its report was in both). Units are visited in the
        order a grouping from scratch reads them, so the clusters stay the same whatever
        order the reports came in."""
        links: dict[int, list[tuple[float, int]]] = defaultdict(list)
        for score, i, j in edges:
            links[i].append((score, j))
            links[j].append((score, i))
        for index in sorted(links, key=self._rank):
            root = self._root(index)
            if len(self.cluster[root]) != 2:
                continue
            partner = next(i for i in self.cluster[root] if i != index)
            held: dict[int, float] = defaultdict(float)
            for score, other in links[index]:
                held[self._root(other)] += score
            here = held.pop(root, 0.0)
            better = [r for r in held if held[r] > here and len(self.cluster[r]) >= 2]
            if not better:
                continue
            target = min(
                better, key=lambda r: (-held[r], min(self._rank(m) for m in self.cluster[r]))
            )
            self._split(root, index, partner)
            if not self._merge(index, target):
                self._merge(index, partner)

    def _split(self, root: int, first: int, second: int) -> None:
        """A cluster of two units made two clusters of one."""
        del self.cluster[root]
        for index in (first, second):
            self.parent[index] = index
            self.cluster[index] = [index]

    def groups(self, clusters: Mapping[int, list[int]] | None = None) -> list[Group]:
        """Clusters with asks of at least two reports, most elections first (of
        ``clusters``, some of the index's, e.g. one state's: by default all of them)."""
        found: dict[frozenset[str], Group] = {}
        for members in (self.cluster if clusters is None else clusters).values():
            if len({self.units[i].item.document for i in members}) >= 2:
                g = self._group(members)
                keys = frozenset(item.key for item in g.items)
                if keys not in found or g.score > found[keys].score:
                    found[keys] = g
        # Two asks of one recommendation can each meet the same partner: the pair is one
        # issue, so a group whose recommendations all belong to a larger group is dropped.
        holding: dict[str, list[frozenset[str]]] = defaultdict(list)
        for keys in found:
            for key in keys:
                holding[key].append(keys)
        kept = [
            g for keys, g in found.items() if not any(keys < other for other in holding[min(keys)])
        ]
        return sorted(kept, key=issue_order)

    def _group(self, indices: list[int]) -> Group:
        ordered = sorted(
            indices, key=lambda i: (self.units[i].item.date, self.units[i].item.key, self._rank(i))
        )
        place = {index: n for n, index in enumerate(ordered)}
        members = []
        for i in ordered:
            pair, partner = max(
                (
                    (self._pair(*sorted((i, j), key=place.__getitem__)), j)
                    for j in ordered
                    if j != i
                ),
                key=lambda p: p[0].score,
            )
            flipped = pair if place[i] < place[partner] else _flipped(pair)
            members.append(
                Member(self.units[i].item, self.units[partner].item, flipped, self.units[i].ask)
            )
        return Group(members, self._root(indices[0]))


def group(items: Sequence[Item], threshold: float = THRESHOLD) -> list[Group]:
    """Recurring issues among items: clusters of asks from at least two reports."""
    grouping = Grouping(threshold)
    grouping.add(items)
    return grouping.groups()
