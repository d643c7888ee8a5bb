"""What grouping compares and what it finds: items, ask units with their term weights,
pair scores, and the groups (recurring issues) with their members. Plain data, shared by
the grouping index (:mod:`normgraph.grouping`), its lookups and the link stage."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from .asks import HEADS, AskUnit


@dataclass(frozen=True)
class Item:
    """A recommendation (or finding, or statement) with what grouping compares."""

    key: str
    text: str
    document: str
    organisation: str = ""
    election: str = ""
    date: str = ""
    topics: frozenset[str] = frozenset()
    norms: frozenset[str] = frozenset()
    laws: frozenset[str] = frozenset()
    country: str = ""


@dataclass(frozen=True)
class PairScore:
    """Why two units were judged to ask for the same change."""

    score: float
    text: float
    sentence: str
    other_sentence: str
    topics: frozenset[str]
    norms: frozenset[str]
    laws: frozenset[str]
    remedies: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    object_terms: tuple[str, ...] = ()


@dataclass
class Member:
    item: Item
    partner: Item | None = None
    pair: PairScore | None = None
    unit: AskUnit | None = None


@dataclass
class Group:
    """A set of asks of different reports that ask for the same change."""

    members: list[Member] = field(default_factory=list)
    root: int = -1

    @property
    def items(self) -> list[Item]:
        return [m.item for m in self.members]

    @property
    def elections(self) -> set[str]:
        return {m.item.election for m in self.members if m.item.election}

    @property
    def score(self) -> float:
        """The weakest member's confidence: the group is no surer than its loosest link."""
        return min((m.pair.score for m in self.members if m.pair), default=0.0)


def issue_order(g: Group) -> tuple[Any, ...]:
    """The order issues are listed in: most elections first, then date, key and members."""
    return (
        -len(g.elections),
        g.items[0].date,
        g.items[0].key,
        [(m.item.key, m.unit.text if m.unit else "") for m in g.members],
    )


@dataclass
class _Unit:
    item: Item
    ask: AskUnit
    counts: dict[str, float]
    local: dict[str, float] = field(default_factory=dict)
    local_size: int = 0
    """The state's unit count its state-local vector was weighted at (its postings grow
    only when the state's count does, so an equal count means the same weights)."""


def _flipped(pair: PairScore) -> PairScore:
    return replace(pair, sentence=pair.other_sentence, other_sentence=pair.sentence)


HEAD_WEIGHT = 0.5
"""The weight of a kind's head noun beside the kind ("supporting signatures" also counts
as "signatures", at half a term's weight): a modifier left out is the same object."""


def _weights(ask: AskUnit) -> dict[str, float]:
    counts = Counter(ask.object_terms)
    counts.update("@" + action for action in ask.actions)
    weights = {t: 1 + math.log(n) for t, n in counts.items()}
    for term in counts:
        head = HEADS.get(term)
        if head is not None and head not in weights:
            weights[head] = HEAD_WEIGHT
    return weights
