"""Running store work off the event loop, with a hard timeout and a cap on concurrency.

pyoxigraph cannot cancel a running query from Python (oxigraph issue 1926), so a query
that must be stopped has to run in a process that can be killed. :class:`ProcessRunner`
keeps ``size`` worker processes, each holding its own read-only handle on the on-disk
store; a query goes to an idle worker, and one still running at the timeout is killed
with its process and the worker replaced (a fresh fork from a preloaded forkserver takes
milliseconds). The other workers, and the event loop, never notice.

Writes follow the one rule pyoxigraph sets for read-only handles: nobody may open one
while another process writes, and a handle sees the store as it was when opened. So a
write (:meth:`ProcessRunner.write`) stops the world: it waits for the queries in flight
(each bounded by the timeout), stops every reader, runs the write in a short-lived
read-write process (killed at the timeout, which the store's transactions make safe: an
unfinished transaction is never committed), and then starts fresh readers that see the
new state. Writes are serialised; reads arriving meanwhile queue like any other read.

:class:`InlineRunner` runs work in threads on a store object the caller already holds (an
in-memory store in tests, a remote endpoint). Its timeout answers the client but cannot
stop the work; that is the documented difference.

Work is sent as a picklable callable taking the store, e.g.
``operator.methodcaller("count_triples")``, and runs with query and serialisation in one
call: no live store iterator ever crosses a process or thread boundary.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.connection
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, TypeVar, cast

from .base import GraphStore, ResultFormat, Row, StoreError, Term
from .results_reader import parse_select

T = TypeVar("T")
Task = Callable[[GraphStore], T]


class QueryTimeoutError(StoreError):
    """Store work ran past the configured timeout and was stopped."""


class BusyError(StoreError):
    """Every worker stayed busy for the whole wait: too many queries at once."""


class WorkerLostError(StoreError):
    """The worker running the query ran out of memory or died; it has been replaced."""


MEMORY_SETTING = "NORMGRAPH_WORKER_MEMORY_MB"


@dataclass(frozen=True)
class StoreOpener:
    """Opens the store by path in whichever process calls it (picklable)."""

    path: Path
    read_only: bool = True

    def __call__(self) -> GraphStore:
        from . import open_store

        return open_store(self.path, read_only=self.read_only)

    def for_writing(self) -> StoreOpener:
        return StoreOpener(self.path, read_only=False)


class Runner(ABC):
    """Where the API sends store work: off the event loop, bounded in time and number."""

    timeout: float

    async def start(self) -> None:  # noqa: B027 - runners with nothing to start
        """Get ready to take work."""

    async def close(self) -> None:  # noqa: B027 - runners with nothing to stop
        """Stop taking work and release what the runner holds."""

    @abstractmethod
    async def read(self, task: Task[T]) -> T:
        """Run read-only work; QueryTimeoutError or BusyError when it cannot finish."""

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


def _worker_main(
    conn: multiprocessing.connection.Connection, opener: StoreOpener, memory_mb: int = 0
) -> None:
    """A worker process: cap its address space, open the store, then run tasks until the
    pipe closes. Over the cap an allocation fails: Python raises MemoryError, the engine
    aborts the process; either way the parent replaces the worker."""
    if memory_mb:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        store = opener()
    except Exception as error:
        conn.send(("failed", _transportable(error)))
        return
    conn.send(("ready", None))
    try:
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):
                return
            try:
                conn.send(("ok", task(store)))
            except Exception as error:
                conn.send(("error", _transportable(error)))
    finally:
        store.close()


def _transportable(error: Exception) -> Exception:
    """The error itself if it survives pickling, else a StoreError with its text."""
    import pickle

    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return StoreError(f"{type(error).__name__}: {error}")
    return error


_CONTEXT: Any = None


def _context() -> Any:
    """A forkserver context whose server has the store modules imported already."""
    global _CONTEXT
    if _CONTEXT is None:
        _CONTEXT = multiprocessing.get_context("forkserver")
        _CONTEXT.set_forkserver_preload(["normgraph.graph"])
    return _CONTEXT


class _Worker:
    """One process with a pipe; every method here blocks, so callers use a thread."""

    def __init__(self, opener: StoreOpener, memory_mb: int = 0) -> None:
        context = _context()
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_worker_main,
            args=(child, opener, memory_mb),
            daemon=True,
            name="normgraph-store",
        )
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise StoreError(f"a store worker did not start within {timeout:g} s")
        kind, value = self.conn.recv()
        if kind != "ready":
            self.kill()
            raise StoreError(f"a store worker could not open the store: {value}")

    def call(self, task: Task[Any], timeout: float) -> tuple[bool, tuple[str, Any]]:
        """(finished, outcome): the task's (kind, value) or, at the timeout, (False, None)."""
        self.conn.send(task)
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False, ("running", None)
            try:
                if self.conn.poll(min(remaining, 0.5)):
                    return True, self.conn.recv()
            except (EOFError, OSError):
                return True, ("died", None)
            if not self.process.is_alive():
                return True, ("died", None)

    def stop(self) -> None:
        self.conn.close()
        self.process.join(2)
        if self.process.is_alive():
            self.kill()

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


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


class ProcessRunner(Runner):
    """``size`` killable worker processes over one on-disk store (see the module text)."""

    def __init__(
        self,
        opener: StoreOpener,
        *,
        size: int,
        timeout: float,
        queue_wait: float,
        memory_mb: int = 0,
    ) -> None:
        self.opener = opener
        self.memory_mb = memory_mb
        self.size = size
        self.timeout = timeout
        self.queue_wait = queue_wait
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._write_lock = asyncio.Lock()
        self._background: set[asyncio.Task[None]] = set()
        self._closed = False

    async def _spawn(self, opener: StoreOpener) -> _Worker:
        memory_mb = 0 if not opener.read_only else self.memory_mb

        def start() -> _Worker:
            worker = _Worker(opener, memory_mb)
            worker.wait_ready(max(self.timeout, 30.0))
            return worker

        return await asyncio.to_thread(start)

    async def start(self) -> None:
        if not self.opener.path.exists():
            await self._run_writer(_create_store)
        workers = await asyncio.gather(*(self._spawn(self.opener) for _ in range(self.size)))
        for worker in workers:
            self._idle.put_nowait(worker)

    async def close(self) -> None:
        self._closed = True
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)
        workers = []
        while not self._idle.empty():
            workers.append(self._idle.get_nowait())
        await asyncio.gather(*(asyncio.to_thread(w.stop) for w in workers))

    async def read(self, task: Task[T]) -> T:
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.queue_wait)
        except TimeoutError:
            raise BusyError(
                f"all {self.size} query workers stayed busy for {self.queue_wait:g} s; "
                "try again shortly"
            ) from None
        finished, outcome = False, ("died", None)
        try:
            finished, outcome = await asyncio.to_thread(worker.call, task, self.timeout)
        finally:
            lost = finished and _lost(outcome)
            if finished and not lost:
                self._idle.put_nowait(worker)
            else:
                # Timed out, died, or the request was cancelled: the worker may still be
                # busy. It is replaced in the background; the client is answered at once.
                replacement = asyncio.create_task(self._replace(worker))
                self._background.add(replacement)
                replacement.add_done_callback(self._background.discard)
        if not finished:
            raise QueryTimeoutError(
                f"the query ran longer than the {self.timeout:g} s limit and was stopped"
            )
        if lost:
            limit = f"{self.memory_mb} MB" if self.memory_mb else "no"
            raise WorkerLostError(
                "the query ran out of memory (or crashed its worker) and was stopped: each "
                f"query worker may use {limit} of address space ({MEMORY_SETTING}); "
                "the worker has been replaced"
            )
        return cast(T, _outcome(outcome))

    async def select(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> list[Row]:
        # Rows cross the pipe as the store's own SPARQL JSON and become rdflib terms here,
        # once: pickled rdflib terms would be built in the worker and again on unpickling.
        body = await self.read(SelectJSON(sparql, dict(bindings or {})))
        return parse_select(body)[1]

    async def _replace(self, worker: _Worker) -> None:
        await asyncio.to_thread(worker.kill)
        self._idle.put_nowait(await self._spawn(self.opener))

    async def write(self, task: Task[T]) -> T:
        async with self._write_lock:
            readers = [await self._idle.get() for _ in range(self.size)]
            await asyncio.gather(*(asyncio.to_thread(w.stop) for w in readers))
            try:
                return await self._run_writer(task)
            finally:
                fresh = await asyncio.gather(*(self._spawn(self.opener) for _ in range(self.size)))
                for worker in fresh:
                    self._idle.put_nowait(worker)

    async def recycle(self) -> None:
        """Restart the readers so they see what another process wrote to the store."""
        await self.write(_nothing)

    async def _run_writer(self, task: Task[T]) -> T:
        worker = await self._spawn(self.opener.for_writing())
        finished, outcome = await asyncio.to_thread(worker.call, task, self.timeout)
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


class InlineRunner(Runner):
    """Threads over a store object held in this process; the timeout cannot stop the work."""

    def __init__(self, store: GraphStore, *, size: int, timeout: float, queue_wait: float) -> None:
        self.store = store
        self.size = size
        self.timeout = timeout
        self.queue_wait = queue_wait
        self._slots = asyncio.Semaphore(size)
        self._write_lock = asyncio.Lock()

    async def read(self, task: Task[T]) -> T:
        try:
            await asyncio.wait_for(self._slots.acquire(), self.queue_wait)
        except TimeoutError:
            raise BusyError(
                f"all {self.size} query slots stayed busy for {self.queue_wait:g} s; "
                "try again shortly"
            ) from None
        try:
            return await asyncio.wait_for(asyncio.to_thread(task, self.store), self.timeout)
        except TimeoutError:
            raise QueryTimeoutError(
                f"the query ran longer than the {self.timeout:g} s limit"
            ) from None
        finally:
            self._slots.release()

    async def write(self, task: Task[T]) -> T:
        async with self._write_lock:
            return await asyncio.to_thread(task, self.store)
