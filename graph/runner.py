"""Where the API sends store work, and the runner for a store held in this process.

A :class:`Runner` takes work off the event loop, bounded in time and number. Work is a
picklable callable taking the store (``operator.methodcaller("count_triples")``) that runs
query and serialisation in one call: no store iterator crosses a boundary.
:class:`InlineRunner` runs work in threads on a store object the caller already holds (an
in-memory store in tests, a remote endpoint): its timeout answers but cannot stop work.
The runner that can stop work, a pool of killable processes, is :mod:`.pool`'s.
"""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from .base import GraphStore, Row, Term
from .errors import StoreError
from .formats import ResultFormat

T = TypeVar("T")
Task = Callable[[GraphStore], T]


class QueryTimeoutError(StoreError):
    """Store work ran past the configured timeout and was stopped."""


class BusyError(StoreError):
    """Every worker stayed busy for the whole wait: too many queries at once."""


class Runner(ABC):
    """Where the API sends store work: off the event loop, bounded in time and number."""

    timeout: float
    writes: int = 0
    """Writes run so far: what was read before one may be stale."""

    async def start(self) -> None:  # noqa: B027 - runners with nothing to start
        """Get ready to take work."""

    async def close(self) -> None:  # noqa: B027 - runners with nothing to stop
        """Stop taking work and release what the runner holds."""

    @abstractmethod
    async def read(self, task: Task[T], *, light: bool = False, timeout: float | None = None) -> T:
        """Run read-only work; QueryTimeoutError or BusyError when it cannot finish.
        ``light`` work (quick by nature) may use workers kept for it; ``timeout`` may
        lower the runner's time limit for this task."""

    @abstractmethod
    async def write(self, task: Task[T]) -> T:
        """Run work that changes the store; readers see the change once it returns."""

    async def select(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> list[Row]:
        """The rows of a SELECT query, run as read work."""
        _, rows = await self.read(SelectRows(sparql, dict(bindings or {})))
        return rows


@dataclass(frozen=True)
class SelectRows:
    """Read work: a SELECT's variable names and rows (picklable)."""

    sparql: str
    bindings: dict[str, Term]

    def __call__(self, store: GraphStore) -> tuple[list[str], list[Row]]:
        return store.select(self.sparql, bindings=self.bindings)


@dataclass(frozen=True)
class SelectJSON:
    """Read work: a SELECT's answer as SPARQL JSON bytes (picklable)."""

    sparql: str
    bindings: dict[str, Term]

    def __call__(self, store: GraphStore) -> bytes:
        answer = store.query(self.sparql, bindings=self.bindings, result_format=ResultFormat.JSON)
        return answer.body


class InlineRunner(Runner):
    """Threads over a store object held in this process; the timeout cannot stop the work."""

    def __init__(self, store: GraphStore, *, size: int, timeout: float, queue_wait: float) -> None:
        self.store = store
        self.size = size
        self.timeout = timeout
        self.queue_wait = queue_wait
        self._slots = asyncio.Semaphore(size)
        self._write_lock = asyncio.Lock()

    async def read(self, task: Task[T], *, light: bool = False, timeout: float | None = None) -> T:
        limit = min(timeout or self.timeout, self.timeout)
        try:
            await asyncio.wait_for(self._slots.acquire(), self.queue_wait)
        except TimeoutError:
            raise BusyError(
                f"all {self.size} query slots stayed busy for {self.queue_wait:g} s; "
                "try again shortly"
            ) from None
        try:
            return await asyncio.wait_for(asyncio.to_thread(task, self.store), limit)
        except TimeoutError:
            raise QueryTimeoutError(f"the query ran longer than the {limit:g} s limit") from None
        finally:
            self._slots.release()

    async def write(self, task: Task[T]) -> T:
        async with self._write_lock:
            try:
                return await asyncio.to_thread(task, self.store)
            finally:
                self.writes += 1
