"""One query worker: a process holding its own handle on the on-disk store, fed picklable
tasks through a pipe (see :mod:`normgraph.graph.pool` for why processes).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from .base import GraphStore, StoreError

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


class WorkerProcess:
    """One process with a pipe; every method here blocks, so callers use a thread."""

    def __init__(self, opener: StoreOpener, memory_mb: int = 0) -> None:
        context = _context()
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=worker_main,
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

    def call(self, task: Task, timeout: float) -> tuple[bool, tuple[str, Any]]:
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
