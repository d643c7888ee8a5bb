"""One query worker: a process holding its own handle on the on-disk store, fed picklable
tasks through a pipe (see :mod:`normgraph.graph.pool` for why processes).
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import multiprocessing.connection
import os
import pickle
import struct
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from .base import GraphStore, QueryAnswer, QueryRequest
from .errors import StoreError
from .formats import FormatChoice, ResultFormat

Task = Callable[[GraphStore], Any]
"""Store work: a picklable callable taking the store."""


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


def worker_main(
    conn: multiprocessing.connection.Connection,
    opener: StoreOpener,
    memory_mb: int = 0,
    batch_scheduling: bool = False,
) -> None:
    """A worker process: cap its memory, open the store, then run tasks until the pipe
    closes. Over the cap an allocation fails: Python raises MemoryError, the engine aborts
    the process; either way the parent replaces the worker.

    The cap is ``RLIMIT_DATA`` (private writable memory), not ``RLIMIT_AS``: address space
    counts the reservations malloc makes for each thread's arena and the store's threads
    make at start-up, so an address-space cap could stop a worker from even opening the
    store (``std::system_error: Resource temporarily unavailable``) while it used little."""
    if batch_scheduling:
        run_as_batch_work()
    if memory_mb:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    try:
        store = opener()
    except Exception as error:
        conn.send(("failed", _transportable(error)))
        return
    conn.send(("ready", None))
    try:
        while True:
            try:
                task = unpacked_task(conn.recv())
            except (EOFError, OSError):
                return
            try:
                outcome = packed_outcome(task(store))
            except Exception as error:
                outcome = ("error", _transportable(error))
            conn.send_bytes(pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL))
    finally:
        store.close()


# What crosses the pipe for a query. A QueryRequest and its QueryAnswer go as tuples of
# plain values: pickle handles those in C, while a dataclass and each enum member in it
# cost a Python-level reduce when pickled and a constructor call when unpickled, 28-53 µs a
# lookup on the two sides together against under 2 µs (5 December 2026). Other tasks and
# answers (counts, rows, GraphQL pages) are pickled as they are.

_FORMATS = {member.value: member for member in ResultFormat}


def _format_code(chosen: ResultFormat | FormatChoice | None) -> object:
    if isinstance(chosen, FormatChoice):
        return (
            chosen.solutions.value if chosen.solutions else None,
            chosen.graph.value if chosen.graph else None,
        )
    return chosen.value if chosen is not None else None


def _format_of(code: object) -> ResultFormat | FormatChoice | None:
    if isinstance(code, tuple):
        solutions, graph = code
        return FormatChoice(
            _FORMATS[solutions] if solutions else None, _FORMATS[graph] if graph else None
        )
    return _FORMATS[code] if isinstance(code, str) else None


def packed_task(task: Task) -> object:
    """``task`` as it crosses the pipe (see above)."""
    if type(task) is not QueryRequest:
        return task
    chosen = _format_code(task.result_format)
    return ("query", task.sparql, task.bindings, chosen, task.dataset, task.max_rows)


def unpacked_task(message: Any) -> Task:
    """The task :func:`packed_task` sent."""
    if type(message) is not tuple:
        return message  # type: ignore[no-any-return]
    _, sparql, bindings, chosen, dataset, max_rows = message
    return QueryRequest(sparql, bindings, _format_of(chosen), dataset, max_rows)


def packed_outcome(value: Any) -> tuple[Any, ...]:
    """A task's result as the worker sends it: ("answer", ...) for a query answer."""
    if type(value) is QueryAnswer:
        return ("answer", value.form, value.format.value, value.body, value.truncated)
    return ("ok", value)


def unpacked_outcome(message: tuple[Any, ...]) -> tuple[str, Any]:
    """(kind, value) from what :func:`packed_outcome` (or an error) sent."""
    if message[0] == "answer":
        _, form, chosen, body, truncated = message
        return "ok", QueryAnswer(form, _FORMATS[chosen], body, truncated)
    return message


def run_as_batch_work() -> None:
    """Schedule this process as batch work (Linux ``SCHED_BATCH``, same CPU share).

    A query worker woken by a task would otherwise preempt the process that sent it, the
    server's event loop, at once: on a busy machine every hop cost the loop its core, in
    the middle of other requests. As batch work the worker takes the next free slice
    instead, and the loop goes on answering. Where the policy does not exist (not Linux)
    or is refused, the worker runs as before. Off by default
    (``NORMGRAPH_WORKER_BATCH_SCHEDULING``): on a loaded machine it cut the loop's
    involuntary switches but not, measurably, the CPU per request."""
    if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_BATCH"):
        with contextlib.suppress(OSError):
            os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))


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


_CHUNK = 1 << 18
_SEND_ON_LOOP = 1 << 16
"""A task this large is written from a thread: the pipe's buffer may not take it at once."""
_LOAD_ON_LOOP = 1 << 20
"""An answer this large is unpickled in a thread, so the event loop goes on meanwhile."""


class _TimedOut:
    """What :meth:`WorkerProcess._receive` gives when the worker did not answer in time."""


_TIMED_OUT = _TimedOut()


class _Frame:
    """One message of :mod:`multiprocessing.connection`'s framing, assembled from chunks: a
    4-byte big-endian size (-1, then an 8-byte size, above 2 GiB), then the pickle."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.size = -1

    def feed(self, chunk: bytes) -> bytes | None:
        """The whole message once ``chunk`` completes it, else None (fine for a pipe
        that carries one answer per task)."""
        self.buffer += chunk
        if self.size < 0:
            if len(self.buffer) < 4:
                return None
            (size,) = struct.unpack("!i", self.buffer[:4])
            header = 4
            if size == -1:
                if len(self.buffer) < 12:
                    return None
                (size,) = struct.unpack("!Q", self.buffer[4:12])
                header = 12
            del self.buffer[:header]
            self.size = size
        if len(self.buffer) < self.size:
            return None
        return bytes(self.buffer[: self.size])


class WorkerProcess:
    """One process with a pipe. :meth:`call` runs on the event loop; the other methods
    block, so callers run them in a thread."""

    def __init__(
        self, opener: StoreOpener, memory_mb: int = 0, batch_scheduling: bool = False
    ) -> None:
        context = _context()
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=worker_main,
            args=(child, opener, memory_mb, batch_scheduling),
            daemon=True,
            name="normgraph-store",
        )
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise StoreError(f"a store worker did not start within {timeout:g} s")
        try:
            kind, value = self.conn.recv()
        except (EOFError, OSError):  # it died opening the store (e.g. at its memory cap)
            self.kill()
            raise StoreError("a store worker exited while opening the store") from None
        if kind != "ready":
            self.kill()
            raise StoreError(f"a store worker could not open the store: {value}")

    async def call(self, task: Task, timeout: float) -> tuple[bool, tuple[str, Any]]:
        """(finished, outcome): the task's (kind, value), ("died", None) if the worker
        exited, or (False, ("running", None)) at the timeout (the worker may still be busy).

        The answer is read on the event loop as it arrives, a chunk per wake-up, so no
        thread waits on the pipe (two fewer hand-offs per query) and a large answer never
        holds the loop; only unpickling a large answer is left to a thread. One future and
        one timer per call, no task: this runs for every query.
        """
        payload = pickle.dumps(packed_task(task), pickle.HIGHEST_PROTOCOL)  # no handles
        try:
            if len(payload) > _SEND_ON_LOOP:  # the worker drains it, but it may take a moment
                await asyncio.to_thread(self.conn.send_bytes, payload)
            else:
                self.conn.send_bytes(payload)
        except OSError:  # the worker is gone (its end of the pipe is closed)
            return True, ("died", None)
        raw = await self._receive(timeout)
        if isinstance(raw, _TimedOut):
            return False, ("running", None)
        if raw is None:
            return True, ("died", None)
        if len(raw) > _LOAD_ON_LOOP:
            return True, unpacked_outcome(await asyncio.to_thread(pickle.loads, raw))
        return True, unpacked_outcome(pickle.loads(raw))

    async def _receive(self, timeout: float) -> bytes | _TimedOut | None:
        """The next message from the worker, None if it exited first, or ``_TIMED_OUT``."""
        loop = asyncio.get_running_loop()
        done: asyncio.Future[bytes | _TimedOut | None] = loop.create_future()
        frame = _Frame()
        fd, sentinel = self.conn.fileno(), self.process.sentinel

        def finish(value: bytes | _TimedOut | None) -> None:
            if not done.done():
                done.set_result(value)

        def readable() -> None:
            try:
                chunk = os.read(fd, _CHUNK)
            except OSError:
                chunk = b""
            if not chunk:
                finish(None)  # end of file: the worker exited
            elif (message := frame.feed(chunk)) is not None:
                finish(message)

        def exited() -> None:
            # What the worker sent before it exited is still in the pipe: read that first.
            while not done.done() and self.conn.poll(0):
                readable()
            finish(None)

        loop.add_reader(fd, readable)
        loop.add_reader(sentinel, exited)
        timer = loop.call_later(timeout, finish, _TIMED_OUT)
        try:
            return await done
        finally:
            timer.cancel()
            loop.remove_reader(fd)
            loop.remove_reader(sentinel)

    def stop(self) -> None:
        self.conn.close()
        self.process.join(2)
        if self.process.is_alive():
            self.kill()

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()
