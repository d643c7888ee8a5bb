"""Findings matched on the second core while the link reads the next reports' findings.

Findings attached is a first link's largest step (about 0.5 ms of CPU a finding, half a
million findings at 1,000 reports) and ran on one core while the other idled: the
extraction pool is done by then. Each finding is matched alone against a grouping that
matching does not change, so batches matched in worker processes attach what one process
does, and the results are taken in the order the batches were read. The workers are forked
after grouping (they share its index instead of receiving a copy) and never touch the
store: the link's process reads each batch and hands it over; a worker returns only each
attached finding's key and its group's root.
"""

from __future__ import annotations

import multiprocessing
import resource
import signal
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from itertools import chain, islice
from multiprocessing.pool import AsyncResult

from .grouping import Group, Grouping, Item
from .grouping_lookup import Among, attach, grouped_units

_WORKERS_CPU = [0.0]
"""CPU seconds the ended workers of this process's pools spent (for the benches)."""
_SHARED: tuple[Grouping, Sequence[Group], Among] | None = None
"""The grouping a forked worker matches against (set in the link's process just before
the fork, so the workers inherit it)."""


def attached_batches(
    grouping: Grouping, groups: Sequence[Group], batches: Iterable[list[Item]], workers: int
) -> Generator[tuple[str, Group], None, None]:
    """Each attached finding's key and group, batch by batch in the order read; matched in
    ``workers`` forked processes when there are more than one and fork is available, else
    here. At most ``workers`` batches wait beyond the one being read (memory stays that of
    a few batches)."""
    grouped = grouped_units(grouping, groups)
    listed = iter(batches)
    head = list(islice(listed, 2))
    every = chain(head, listed)
    if workers <= 1 or len(head) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for items in every:
            yield from _matched(grouping, groups, items, grouped)
        return
    by_root = {g.root: g for g in groups}
    global _SHARED
    _SHARED = (grouping, groups, grouped)
    before = _children_cpu()
    try:
        pool = multiprocessing.get_context("fork").Pool(workers, initializer=_default_signals)
    except BaseException:
        _SHARED = None
        raise
    try:
        pending: deque[AsyncResult[list[tuple[str, int]]]] = deque()
        for items in every:
            pending.append(pool.apply_async(_worker_match, (items,)))
            while len(pending) > workers:
                yield from _found(pending.popleft().get(), by_root)
        while pending:
            yield from _found(pending.popleft().get(), by_root)
    except BaseException:
        pool.terminate()
        raise
    else:
        pool.close()  # the workers end at their queue's end, not by a signal
    finally:
        pool.join()
        _SHARED = None
        _WORKERS_CPU[0] += _children_cpu() - before


def workers_cpu() -> float:
    """CPU seconds spent so far by the matching workers this process forked and ended."""
    return _WORKERS_CPU[0]


def _children_cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def _default_signals() -> None:
    """A worker ends on SIGTERM (``Pool.terminate``) even when forked from a process that
    handles it otherwise (a server stopping gracefully would leave the pool waiting)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _matched(
    grouping: Grouping, groups: Sequence[Group], items: list[Item], grouped: Among
) -> Iterator[tuple[str, Group]]:
    for finding, g, _pair in attach(grouping, groups, items, grouped=grouped):
        yield finding.key, g


def _worker_match(items: list[Item]) -> list[tuple[str, int]]:
    """In a worker: the attached findings of one batch, as (finding key, group root)."""
    assert _SHARED is not None, "a worker is forked after the grouping is shared"
    grouping, groups, grouped = _SHARED
    return [(key, g.root) for key, g in _matched(grouping, groups, items, grouped)]


def _found(
    matched: list[tuple[str, int]], by_root: dict[int, Group]
) -> Iterator[tuple[str, Group]]:
    for key, root in matched:
        yield key, by_root[root]
