"""A statement's match among the reports it may judge, cut to what decides, is what scoring
every unit of those reports gives."""

from __future__ import annotations

import random

import pytest

from bench.synthetic_reports import ACTIONS, ACTORS, TOPICS
from normgraph.grouping import Item
from normgraph.grouping_lookup import matches_in
from tests.core.recurrence_items import grouping_of

TOPIC_IRIS = [f"topic/{n}" for n in range(4)]


def _reports(seed: int, count: int = 12) -> list[Item]:
    """Recommendations of ``count`` reports on one state, from a small shared vocabulary
    (asks repeat across reports, in other orders), some with topics and norms."""
    rng = random.Random(seed)
    items = []
    for report in range(count):
        for number in range(10):
            text = f"{rng.choice(ACTORS)} {rng.choice(ACTIONS).format(topic=rng.choice(TOPICS))}."
            items.append(
                Item(
                    f"rec/{report}/{number}",
                    text,
                    f"report/{report}",
                    "org/odihr",
                    f"election/{report}",
                    f"{2000 + report}-06-01",
                    frozenset(rng.sample(TOPIC_IRIS, rng.randint(0, 2))),
                    frozenset(rng.sample(["norm/a", "norm/b"], rng.randint(0, 1))),
                    country="xx",
                )
            )
    return items


def _statement(rng: random.Random, text: str) -> Item:
    return Item(
        "statement",
        text,
        "report/later",
        "org/odihr",
        "election/later",
        "2030-01-01",
        frozenset(rng.sample(TOPIC_IRIS, rng.randint(0, 2))),
        frozenset(rng.sample(["norm/a", "norm/b"], rng.randint(0, 1))),
        country="xx",
    )


@pytest.mark.parametrize("share", [0.5, 0.85, 1.0])
def test_matches_above_a_share_of_the_best_are_those_every_unit_scored_gives(share: float) -> None:
    grouping = grouping_of(_reports(7))
    documents = sorted({u.item.document for u in grouping.units})
    rng = random.Random(share)
    for _ in range(25):
        text = f"{rng.choice(ACTORS)} {rng.choice(ACTIONS).format(topic=rng.choice(TOPICS))}."
        statement = _statement(rng, text)
        every = matches_in(grouping, statement, documents, remedies=False)
        best, root = every[0][0].score, every[0][2]
        expected = [f for f in every if f[2] == root or f[0].score >= best * share]
        cut = matches_in(grouping, statement, documents, remedies=False, share=share)
        assert [(f[1].key, f[0]) for f in cut] == [(f[1].key, f[0]) for f in expected]
        assert len(cut) < len(every)  # the cut left units unscored
