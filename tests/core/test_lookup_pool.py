"""Findings matched in forked workers attach what one process attaches, in the same order."""

from __future__ import annotations

import multiprocessing
import random

from bench.synthetic_reports import ACTIONS, ACTORS, TOPICS
from normgraph.grouping import Item
from normgraph.grouping_lookup import attach
from normgraph.lookup_pool import attached_batches, workers_cpu
from tests.core.recurrence_items import grouping_of
from tests.core.test_grouping_lookup import _reports


def _findings(seed: int, count: int) -> list[Item]:
    """Findings of later reports on the same state, some describing the asks' problems."""
    rng = random.Random(seed)
    found = []
    for number in range(count):
        ask = rng.choice(ACTIONS).format(topic=rng.choice(TOPICS))
        text = f"Observers noted that {rng.choice(ACTORS)} did not {ask}."
        report = f"report/later/{number % 7}"
        found.append(Item(f"finding/{number}", text, report, "org/odihr", country="xx"))
    return found


def test_workers_attach_what_one_process_attaches() -> None:
    grouping = grouping_of(_reports(3))
    groups = grouping.groups()
    findings = _findings(5, 120)
    batches = [findings[start : start + 25] for start in range(0, len(findings), 25)]
    serial = [(f.key, g.root) for f, g, _ in attach(grouping, groups, findings)]
    assert serial, "some findings attach (else the comparison proves nothing)"
    spent = workers_cpu()
    for workers in (1, 2, 3):
        pooled = [(key, g.root) for key, g in attached_batches(grouping, groups, batches, workers)]
        assert pooled == serial
    assert workers_cpu() > spent  # the pools' workers did the matching, and were counted


def test_no_batch_attaches_nothing() -> None:
    grouping = grouping_of(_reports(3))
    assert list(attached_batches(grouping, grouping.groups(), iter([]), 2)) == []


def test_a_match_left_early_ends_its_workers() -> None:
    grouping = grouping_of(_reports(3))
    findings = _findings(5, 120)
    batches = [findings[start : start + 10] for start in range(0, len(findings), 10)]
    # Processes other tests left running (a store's server, say) are not this pool's.
    before = set(multiprocessing.active_children())
    matched = attached_batches(grouping, grouping.groups(), batches, 2)
    assert next(matched, None) is not None
    assert set(multiprocessing.active_children()) - before, "the pool started workers"
    matched.close()
    assert set(multiprocessing.active_children()) - before == set()
