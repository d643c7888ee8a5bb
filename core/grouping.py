"""Grouping recommendations that ask for the same change into recurring issues.

Pure functions over :class:`Item` (a recommendation or finding as grouping sees it), so the
build, the quality benchmark and the tests run the same method. Two items are compared by

- text: TF-IDF cosine of the whole texts or of their best-matching sentences, whichever
  is higher (:mod:`normgraph.textsim`), so a one-sentence ask matches one ask inside a
  paragraph;
- facets: a shared topic (+``TOPIC_BONUS``), a shared norm (+``NORM_BONUS``), a shared law
  (+``LAW_BONUS``), as the loaders recorded them.

Items of one document are never compared with each other (a report lists distinct asks
separately); clusters are merged greedily by average-and-best linkage over the pairs
from different documents while the linkage is at least ``THRESHOLD``. Each member keeps
its best partner, the score's parts and the matching sentences, which become the
membership's reason and confidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .textsim import TfIdf, best_sentence_pair, cosine, sentences

TOPIC_BONUS = 0.12
NORM_BONUS = 0.08
LAW_BONUS = 0.05
THRESHOLD = 0.35
"""Least linkage at which two clusters are merged (chosen on the benchmark's pairs)."""
FINDING_THRESHOLD = 0.40
"""Least score at which a finding attaches to an issue (findings are many and broad)."""


@dataclass(frozen=True)
class Item:
    """A recommendation (or finding) with what grouping compares."""

    key: str
    text: str
    document: str
    organisation: str = ""
    election: str = ""
    date: str = ""
    topics: frozenset[str] = frozenset()
    norms: frozenset[str] = frozenset()
    laws: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PairScore:
    score: float
    text: float
    sentence: str
    other_sentence: str
    topics: frozenset[str]
    norms: frozenset[str]
    laws: frozenset[str]


@dataclass
class Member:
    item: Item
    partner: Item | None = None
    pair: PairScore | None = None


@dataclass
class Group:
    """A set of items asking for the same change, each with its best partner."""

    members: list[Member] = field(default_factory=list)

    @property
    def items(self) -> list[Item]:
        return [m.item for m in self.members]

    @property
    def elections(self) -> set[str]:
        return {m.item.election for m in self.members if m.item.election}


class Scorer:
    """Pair scores over one collection (IDF learnt from all its sentences)."""

    def __init__(self, items: Sequence[Item]) -> None:
        self.sentences = {i.key: sentences(i.text) or [i.text] for i in items}
        self.model = TfIdf(s for parts in self.sentences.values() for s in parts)
        self.vectors = {i.key: self.model.vector(i.text) for i in items}
        self._cache: dict[tuple[str, str], PairScore] = {}

    def add(self, item: Item) -> None:
        self.sentences.setdefault(item.key, sentences(item.text) or [item.text])
        self.vectors.setdefault(item.key, self.model.vector(item.text))

    def pair(self, a: Item, b: Item) -> PairScore:
        cached = self._cache.get((a.key, b.key))
        if cached is not None:
            return cached
        whole = cosine(self.vectors[a.key], self.vectors[b.key])
        best, sentence, other = best_sentence_pair(
            self.model, self.sentences[a.key], self.sentences[b.key]
        )
        text = max(whole, best)
        topics, norms, laws = a.topics & b.topics, a.norms & b.norms, a.laws & b.laws
        bonus = TOPIC_BONUS * bool(topics) + NORM_BONUS * bool(norms) + LAW_BONUS * bool(laws)
        result = PairScore(min(1.0, text + bonus), text, sentence, other, topics, norms, laws)
        self._cache[(a.key, b.key)] = result
        return result


def group(items: Sequence[Item], threshold: float = THRESHOLD) -> list[Group]:
    """Clusters of at least two items from at least two documents, most elections first."""
    ordered = sorted(items, key=lambda i: (i.date, i.document, i.key))
    scorer = Scorer(ordered)
    clusters: list[list[Item]] = [[item] for item in ordered]
    while True:
        best: tuple[float, int, int] | None = None
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                linkage = _linkage(scorer, clusters[x], clusters[y])
                if linkage >= threshold and (best is None or linkage > best[0]):
                    best = (linkage, x, y)
        if best is None:
            break
        _, x, y = best
        clusters[x] = clusters[x] + clusters[y]
        del clusters[y]
    groups = [
        _with_partners(scorer, cluster)
        for cluster in clusters
        if len({item.document for item in cluster}) >= 2
    ]
    return sorted(groups, key=lambda g: (-len(g.elections), g.items[0].date, g.items[0].key))


def _linkage(scorer: Scorer, first: list[Item], second: list[Item]) -> float:
    scores = [scorer.pair(a, b).score for a in first for b in second if a.document != b.document]
    if not scores:
        return 0.0
    return (max(scores) + sum(scores) / len(scores)) / 2


def _with_partners(scorer: Scorer, cluster: list[Item]) -> Group:
    members = []
    for item in sorted(cluster, key=lambda i: (i.date, i.document, i.key)):
        pairs = [(scorer.pair(item, o), o) for o in cluster if o.document != item.document]
        pair, partner = max(pairs, key=lambda p: p[0].score)
        members.append(Member(item, partner, pair))
    return Group(members)


def attach(
    groups: Sequence[Group], candidates: Sequence[Item], threshold: float = FINDING_THRESHOLD
) -> list[tuple[Item, Group, PairScore]]:
    """Items (findings, assessments) that document a group's problem: best group per item."""
    everything = [m.item for g in groups for m in g.members]
    scorer = Scorer([*everything, *candidates])
    attached = []
    for candidate in candidates:
        best: tuple[PairScore, Group] | None = None
        for g in groups:
            for member in g.items:
                pair = scorer.pair(candidate, member)
                if pair.score >= threshold and (best is None or pair.score > best[0].score):
                    best = (pair, g)
        if best is not None:
            attached.append((candidate, best[1], best[0]))
    return attached
