"""Running store work off the event loop, with a hard timeout and a cap on concurrency.

pyoxigraph cannot cancel a running query from Python (oxigraph issue 1926), so a query
that must be stopped has to run in a process that can be killed. :class:`ProcessRunner`
keeps ``size`` worker processes, each holding its own read-only handle on the on-disk
store; a query goes to an idle worker, and one still running at the timeout is killed
with its process and the worker replaced (a fresh fork from a preloaded forkserver takes
milliseconds). The other workers, and the event loop, never notice.

Writes follow pyoxigraph's rule for read-only handles (nobody opens one while another
process writes; a handle sees the store as it was when opened), so a write stops the
world: queries in flight get ``write_drain`` seconds, every reader stops, the write runs
in a short-lived read-write process (killed at the timeout: an unfinished transaction is
never committed), then fresh readers start. Writes are serialised; reads queue meanwhile.

Work and the interface it goes through (:class:`~.runner.Runner`) are :mod:`.runner`'s.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from .base import GraphStore, Row, Term
from .errors import StoreError
from .results_reader import parse_select
from .runner import BusyError, QueryTimeoutError, Runner, SelectJSON, T, Task
from .waiters import FOLLOW_UP, Waiters
from .worker import StoreOpener as StoreOpener
from .worker import WorkerProcess

log = logging.getLogger(__name__)

SPAWN_ATTEMPTS = 5
"""Tries at a replacement worker before its lane stays one short (0.5 s apart, doubling)."""


class WorkerLostError(StoreError):
    """The worker running the query ran out of memory or died; it has been replaced."""


MEMORY_SETTING = "NORMGRAPH_WORKER_MEMORY_MB"


def _lost(outcome: tuple[str, Any]) -> bool:
    """Whether the worker died or ran out of memory while running the task."""
    kind, value = outcome
    return kind == "died" or (kind == "error" and isinstance(value, MemoryError))


def _outcome(outcome: tuple[str, Any]) -> Any:
    kind, value = outcome
    if kind == "ok":
        return value
    if kind == "died":
        raise StoreError("the store worker died during the work")
    raise value


@dataclass
class _Lane:
    """Workers kept for one kind of work, with that work's time limit."""

    name: str
    size: int
    timeout: float
    idle: asyncio.Queue[WorkerProcess]


class ProcessRunner(Runner):
    """``size`` killable worker processes over one on-disk store (see the module text),
    plus ``light_size`` kept for light work (``read(..., light=True)``: health checks,
    resource pages, ASK), so light work never queues behind runaways. Light work may
    also take an idle query worker."""

    def __init__(
        self,
        opener: StoreOpener,
        *,
        size: int,
        timeout: float,
        queue_wait: float,
        memory_mb: int = 0,
        light_size: int = 0,
        write_drain: float = 1.0,
        batch_scheduling: bool = False,
    ) -> None:
        self.opener, self.memory_mb, self.batch_scheduling = opener, memory_mb, batch_scheduling
        self.size, self.timeout, self.queue_wait = size, timeout, queue_wait
        self.write_drain = write_drain
        self._lanes = [_Lane("query", size, timeout, asyncio.Queue())]
        if light_size:
            self._lanes.append(_Lane("light", light_size, timeout, asyncio.Queue()))
        self._busy: dict[WorkerProcess, _Lane] = {}
        self._preempted: set[WorkerProcess] = set()
        self._open = asyncio.Event()
        self._waiters: Waiters[tuple[_Lane, WorkerProcess]] = Waiters()
        self._write_lock = asyncio.Lock()
        self._background: set[asyncio.Task[None]] = set()

    async def _spawn(self, opener: StoreOpener) -> WorkerProcess:
        memory_mb = 0 if not opener.read_only else self.memory_mb

        def start() -> WorkerProcess:
            worker = WorkerProcess(opener, memory_mb, self.batch_scheduling)
            worker.wait_ready(max(self.timeout, 30.0))
            return worker

        return await asyncio.to_thread(start)

    async def _fill(self) -> None:
        for lane in self._lanes:
            workers = await asyncio.gather(*(self._spawn(self.opener) for _ in range(lane.size)))
            for worker in workers:
                self._put_back(lane, worker)
        self._open.set()
        for lane in self._lanes:  # requests that arrived during a write
            while not lane.idle.empty() and (waiter := self._waiters.first(lane.name == "light")):
                waiter.set_result((lane, lane.idle.get_nowait()))

    async def start(self) -> None:
        if not self.opener.path.exists():
            await self._run_writer(_create_store)
        await self._fill()

    async def close(self) -> None:
        self._open.clear()
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)
        workers = []
        for lane in self._lanes:
            while not lane.idle.empty():
                workers.append(lane.idle.get_nowait())
        await asyncio.gather(*(asyncio.to_thread(w.stop) for w in workers))

    async def _take(self, light: bool) -> tuple[_Lane, WorkerProcess]:
        """An idle worker and its lane, once no write is under way, else the first one
        returned (:mod:`.waiters`); BusyError after the wait. Heavy work takes query workers
        only, light work a light worker or a query worker (reserved for, not confined to)."""
        lanes = self._lanes[::-1] if light else self._lanes[:1]
        if self._open.is_set():
            for lane in lanes:
                if not lane.idle.empty():
                    return lane, lane.idle.get_nowait()
        handed = self._waiters.add(light, FOLLOW_UP.get())
        # A timer that cancels the future, not asyncio.wait (callbacks, a timer and a scan
        # per call): nearly every query waits here under load.
        expired = []
        timer = asyncio.get_running_loop().call_later(
            self.queue_wait, lambda: expired.append(handed.cancel())
        )
        try:
            return await handed
        except asyncio.CancelledError:
            if not expired:  # the client went away meanwhile
                if handed.done() and not handed.cancelled():
                    self._put_back(*handed.result())
                handed.cancel()
                raise
        finally:
            timer.cancel()
        size = sum(lane.size for lane in lanes)
        raise BusyError(
            f"all {size} {'' if light else 'query '}workers stayed busy for "
            f"{self.queue_wait:g} s; try again shortly"
        )

    def _put_back(self, lane: _Lane, worker: WorkerProcess) -> None:
        """To the longest-waiting request that may use it, else idle (always while a write
        is under way: the write collects idle workers)."""
        if self._open.is_set() and (waiter := self._waiters.first(lane.name == "light")):
            waiter.set_result((lane, worker))
        else:
            lane.idle.put_nowait(worker)

    async def read(self, task: Task[T], *, light: bool = False, timeout: float | None = None) -> T:
        limit = min(timeout or self.timeout, self.timeout)
        lane, worker = await self._take(light)
        self._busy[worker] = lane
        finished, outcome = False, ("died", None)
        try:
            finished, outcome = await worker.call(task, limit)
        finally:
            del self._busy[worker]
            preempted = worker in self._preempted
            lost = finished and _lost(outcome)
            if preempted:
                self._preempted.discard(worker)  # the write starts its successor
                await asyncio.to_thread(worker.kill)
            elif finished and not lost:
                self._put_back(lane, worker)
            else:
                # Timed out, died or cancelled: replaced in the background, answered now.
                replacement = asyncio.create_task(self._replace(worker, lane))
                self._background.add(replacement)
                replacement.add_done_callback(self._background.discard)
        if preempted:
            raise QueryTimeoutError(
                "the query was stopped to let a write commit (writes wait at most "
                f"{self.write_drain:g} s for queries in flight); send it again"
            )
        if not finished:
            raise QueryTimeoutError(
                f"the query ran longer than the {limit:g} s limit"
                + (" for light requests (NORMGRAPH_LIGHT_TIMEOUT)" if limit < self.timeout else "")
                + " and was stopped"
            )
        if lost:
            cap = f"{self.memory_mb} MB" if self.memory_mb else "no"
            raise WorkerLostError(
                "the query ran out of memory (or crashed its worker) and was stopped: each "
                f"query worker may use {cap} of memory ({MEMORY_SETTING}); "
                "the worker has been replaced"
            )
        return cast(T, _outcome(outcome))

    async def select(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> list[Row]:
        # As the store's SPARQL JSON, read into rdflib terms once (not in both processes).
        body = await self.read(SelectJSON(sparql, dict(bindings or {})))
        return parse_select(body)[1]

    async def _replace(self, worker: WorkerProcess, lane: _Lane) -> None:
        """Kill ``worker`` and put a fresh one in its lane. A replacement that fails to start
        (a busy machine, a store momentarily unreadable) is tried again, so that one failed
        start does not leave the lane a worker short for good."""
        await asyncio.to_thread(worker.kill)
        delay = 0.5
        for attempt in range(1, SPAWN_ATTEMPTS + 1):
            try:
                fresh = await self._spawn(self.opener)
            except StoreError as error:
                log.warning(
                    "replacement worker %d of %d failed: %s", attempt, SPAWN_ATTEMPTS, error
                )
                await asyncio.sleep(delay)
                delay *= 2
                continue
            self._put_back(lane, fresh)
            return
        log.error("no replacement worker started; the pool runs one worker short")

    async def write(self, task: Task[T]) -> T:
        async with self._write_lock:
            self._open.clear()
            try:
                readers = await self._drain()
                await asyncio.gather(*(asyncio.to_thread(w.stop) for w in readers))
                return await self._run_writer(task)
            finally:
                self.writes += 1
                await self._fill()

    async def _drain(self) -> list[WorkerProcess]:
        """Every reader, idle: queries in flight get ``write_drain`` seconds to finish,
        then their workers are killed (their clients are told to send them again)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.write_drain
        while self._busy and loop.time() < deadline:
            await asyncio.sleep(0.02)
        for worker in list(self._busy):
            self._preempted.add(worker)
            worker.process.kill()
        preempted = {lane.name: 0 for lane in self._lanes}
        for lane in self._busy.values():
            preempted[lane.name] += 1
        return [
            await lane.idle.get()
            for lane in self._lanes
            for _ in range(lane.size - preempted[lane.name])
        ]

    async def recycle(self) -> None:
        """Restart the readers so they see what another process wrote to the store."""
        await self.write(_nothing)

    async def _run_writer(self, task: Task[T]) -> T:
        worker = await self._spawn(self.opener.for_writing())
        finished, outcome = await worker.call(task, self.timeout)
        if not finished:
            await asyncio.to_thread(worker.kill)
            raise QueryTimeoutError(
                f"the update ran longer than the {self.timeout:g} s limit and was stopped; "
                "nothing of it was committed"
            )
        await asyncio.to_thread(worker.stop)
        return cast(T, _outcome(outcome))


def _create_store(store: GraphStore) -> None:
    """Nothing: opening read-write has created the store's folder."""


def _nothing(store: GraphStore) -> None:
    """Nothing: used to recycle the readers."""
