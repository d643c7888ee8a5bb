"""Requests waiting for a query worker, served first come, first served, except that the
later queries of an operation already under way go first.

A returned worker goes straight to the one request that has waited longest and may use
it, instead of waking every waiter to race for it: with fifty clients on four workers that
race cost the server process a coroutine switch per waiter per query, and left the order
to chance. An operation that needs several queries in a row (a GraphQL page) would still
wait the whole queue once per query, so it marks its later queries as follow-ups
(:data:`FOLLOW_UP`), and those are served before requests that have not started: at most
one waits per operation in flight, so the others are delayed, never starved. Light
requests may take a worker of either lane; heavy ones only a query worker (see
:class:`normgraph.graph.pool.ProcessRunner`).
"""

from __future__ import annotations

import asyncio
import itertools
from collections import deque
from contextvars import ContextVar
from typing import Generic, TypeVar

T = TypeVar("T")

FOLLOW_UP: ContextVar[bool] = ContextVar("normgraph_follow_up", default=False)
"""Set (in its own context) by an operation that has already run a store query, so that
its next ones go ahead of requests that have not started."""


class Waiters(Generic[T]):
    """Futures of waiting requests, by kind (light or heavy) and by whether they follow up
    an operation under way, each stamped with its arrival."""

    def __init__(self) -> None:
        self._queues: dict[tuple[bool, bool], deque[tuple[int, asyncio.Future[T]]]] = {
            (follow_up, light): deque() for follow_up in (True, False) for light in (True, False)
        }
        self._tickets = itertools.count()

    def add(self, light: bool, follow_up: bool = False) -> asyncio.Future[T]:
        """A future the next suitable worker will be handed to."""
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queues[follow_up, light].append((next(self._tickets), future))
        return future

    def first(self, light_lane: bool) -> asyncio.Future[T] | None:
        """The request to hand a worker of the light lane (light requests only) or of the
        query lane (any) to: follow-ups first, then by arrival; removed from its queue.
        None if none waits. Requests that stopped waiting (timed out, cancelled) are
        dropped on the way."""
        for follow_up in (True, False):
            queues = [self._queues[follow_up, True]]
            if not light_lane:
                queues.append(self._queues[follow_up, False])
            for queue in queues:
                while queue and queue[0][1].done():
                    queue.popleft()
            waiting = [queue for queue in queues if queue]
            if waiting:
                return min(waiting, key=lambda queue: queue[0][0]).popleft()[1]
        return None
