"""Precision and recall per class, from the matches of bench/quality_match.py.

Recall counts gold facts matched one to one: a graph fact stands for at most one marked
fact, so one finding spanning a whole paragraph cannot stand for three marked findings in
it. Precision counts graph facts that match some gold fact (a duplicate of a right fact is
right). Findings and actors are not marked exhaustively (a reader marks the key ones), so
only graph facts of those classes that overlap a marked passage of their class (or, for
actors, bear a marked actor's name) count towards precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from bench.quality_gold import KINDS, GoldFact, squash
from bench.quality_match import NOT_EXHAUSTIVE, GraphFact, matches, touches


def one_to_one(edges: list[list[int]]) -> int:
    """Size of a maximum matching of gold facts (rows) to graph facts (their edges)."""
    owner: dict[int, int] = {}

    def claim(row: int, seen: set[int]) -> bool:
        for column in edges[row]:
            if column in seen:
                continue
            seen.add(column)
            if column not in owner or claim(owner[column], seen):
                owner[column] = row
                return True
        return False

    return sum(claim(row, set()) for row in range(len(edges)))


@dataclass
class Score:
    """Counts for one class: gold facts found, and graph facts that are right."""

    gold: int = 0
    found: int = 0
    graph: int = 0
    correct: int = 0

    def add(self, other: Score) -> None:
        """Add ``other``'s counts to these (every count, so a new one is summed too)."""
        for count in fields(self):
            setattr(self, count.name, getattr(self, count.name) + getattr(other, count.name))

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.graph if self.graph else None


def _scored(
    kind: str, gold: list[GoldFact], facts: list[GraphFact]
) -> tuple[list[GoldFact], list[GraphFact]]:
    """The gold and graph facts of one class that count: for a class the reader did not
    mark exhaustively, only graph facts touching a marked one."""
    wanted = [fact for fact in gold if fact.kind == kind]
    have = [fact for fact in facts if fact.kind == kind]
    if kind in NOT_EXHAUSTIVE:
        have = [fact for fact in have if any(touches(g, fact) for g in wanted)]
    return wanted, have


def score(gold: list[GoldFact], facts: list[GraphFact]) -> dict[str, Score]:
    """Per-class counts for one report (every class of ``KINDS``, empty ones included)."""
    scores = {kind: Score() for kind in KINDS}
    for kind, result in scores.items():
        wanted, have = _scored(kind, gold, facts)
        result.gold = len(wanted)
        edges = [[i for i, fact in enumerate(have) if matches(g, fact)] for g in wanted]
        result.found = one_to_one(edges)
        result.graph = len(have)
        result.correct = sum(any(matches(g, fact) for g in wanted) for fact in have)
    return scores


def misses(gold: list[GoldFact], facts: list[GraphFact]) -> list[GoldFact]:
    """The gold facts no graph fact matches (to show what a loader still misses)."""
    return [g for g in gold if not any(matches(g, fact) for fact in facts)]


def wrong(gold: list[GoldFact], facts: list[GraphFact]) -> list[GraphFact]:
    """The counted graph facts no gold fact matches (to show what lowers precision)."""
    found = []
    for kind in KINDS:
        wanted, have = _scored(kind, gold, facts)
        found += [fact for fact in have if not any(matches(g, fact) for g in wanted)]
    return found


LIST_CLOSE = re.compile(r"\s*(?:[;,]\s*(?:and|or)?|\.)\s*$")
"""What closes an item of a list rather than belonging to its words: a final full stop, or a
joining semicolon or comma with its "and" / "or". Readers differ on it (most tune readings keep
a clause item's semicolon, the eighth wave's drop it), so exactness is of the words."""


def item_words(text: str) -> str:
    """A recommendation's text as compared for exactness: squashed, the list's close cut off."""
    return LIST_CLOSE.sub("", squash(text))


def text_agreement(gold: list[GoldFact], facts: list[GraphFact]) -> tuple[int, int]:
    """Of the matched recommendations with a gold text: how many carry that exact text (its
    words: see :data:`LIST_CLOSE`)."""
    matched = exact = 0
    for wanted in gold:
        text = wanted.value("text")
        if wanted.kind != "recommendation" or not isinstance(text, str):
            continue
        found = [fact for fact in facts if matches(wanted, fact)]
        if found:
            matched += 1
            exact += any(item_words(t) == item_words(text) for f in found for t in f.get("text"))
    return matched, exact


STATE_SEGMENT = re.compile(r"/id/[a-z-]+/([a-z]{2})/")
"""An IRI filed under a state: ``id/law/kz/...``, ``id/organisation/md/...``."""


def misfiled(facts: list[GraphFact], states: set[str]) -> list[str]:
    """IRIs of the graph's actors, laws and elections filed under a state the report is not
    about (e.g. a Moldovan commission minted under ``kz``): knowledge of one state leaking
    into another's report."""
    wrong = set()
    for fact in facts:
        match = STATE_SEGMENT.search(fact.iri)
        kind_filed = fact.kind in ("actor", "law", "election")
        if kind_filed and match and match.group(1).upper() not in states:
            wrong.add(fact.iri)
    return sorted(wrong)
