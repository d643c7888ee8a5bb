"""Requests waiting for a query worker, served first come, first served.

A returned worker goes straight to the one request that has waited longest and may use
it, instead of waking every waiter to race for it: with fifty clients on four workers that
race cost the server process a coroutine switch per waiter per query, and left the order
to chance, so an operation that needs several queries in a row (a GraphQL page) lost it
again and again. Light requests may take a worker of either lane; heavy ones only a query
worker (see :class:`normgraph.graph.pool.ProcessRunner`).
"""

from __future__ import annotations

import asyncio
import itertools
from collections import deque
from typing import Generic, TypeVar

T = TypeVar("T")


class Waiters(Generic[T]):
    """Futures of waiting requests, light and heavy apart, each stamped with its arrival."""

    def __init__(self) -> None:
        self._light: deque[tuple[int, asyncio.Future[T]]] = deque()
        self._heavy: deque[tuple[int, asyncio.Future[T]]] = deque()
        self._tickets = itertools.count()

    def add(self, light: bool) -> asyncio.Future[T]:
        """A future the next suitable worker will be handed to."""
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        (self._light if light else self._heavy).append((next(self._tickets), future))
        return future

    def first(self, light_lane: bool) -> asyncio.Future[T] | None:
        """The longest-waiting request that may take a worker of the light lane (only light
        requests) or of the query lane (any), removed from the queue; None if none waits.
        Requests that stopped waiting (timed out, cancelled) are dropped on the way."""
        queues = [self._light] if light_lane else [self._light, self._heavy]
        for queue in queues:
            while queue and queue[0][1].done():
                queue.popleft()
        waiting = [queue for queue in queues if queue]
        if not waiting:
            return None
        earliest = min(waiting, key=lambda queue: queue[0][0])
        return earliest.popleft()[1]
