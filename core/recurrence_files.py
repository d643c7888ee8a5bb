"""Caches kept as gzipped JSON beside an on-disk store, read and written safely."""

from __future__ import annotations

import gc
import gzip
import json
import os
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from normgraph.graph import GraphStore

from .recurrence_index import beside

V = TypeVar("V")


def load_beside(store: GraphStore, suffix: str) -> Any:
    """The JSON saved next to an on-disk store, or None: none, or one that does not read (a
    cache: what it held is read from the store again)."""
    path = beside(store, suffix)
    return None if path is None else load_json(path)


def save_beside(store: GraphStore, suffix: str, data: Any) -> None:
    """Save JSON next to an on-disk store, atomically; a failure leaves none (read again)."""
    path = beside(store, suffix)
    if path is not None:
        save_json(path, data)


def load_json(path: Path) -> Any:
    """The gzipped JSON at ``path``, or None: none, or one that does not read."""
    if not path.exists():
        return None
    try:
        with gzip.open(path, "rt", encoding="utf-8") as source:
            return json.load(source)
    except (OSError, ValueError, EOFError):
        return None


def save_json(path: Path, data: Any) -> bool:
    """Save gzipped JSON atomically (a temporary file renamed); a failure leaves none."""
    temporary = path.with_name(path.name + ".tmp")
    try:
        with gzip.open(temporary, "wt", encoding="utf-8", compresslevel=1) as out:
            # One string from the C encoder: json.dump to a file runs the pure-Python one
            # (five times the CPU at 1,000 reports).
            out.write(json.dumps(data, separators=(",", ":")))
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
        path.unlink(missing_ok=True)
        return False
    return True


def kept_beside(
    store: GraphStore,
    memory: weakref.WeakKeyDictionary[GraphStore, dict[str, V]],
    suffix: str,
    row: Callable[[Any], V],
) -> dict[str, V]:
    """What this process kept for ``store`` last, else the table saved beside it, each value
    read by ``row`` (a cache: one that does not read is ignored, {} and all read again)."""
    found = memory.get(store)
    if found is not None:
        return found
    data = load_beside(store, suffix)
    try:
        return {str(name): row(value) for name, value in (data or {}).items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}


FEWER_COLLECTIONS = 100_000
"""Allocations between two young-generation collections while a relink reads its caches back
(Python's default: 700)."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cyclic collector run less often: reading the saved blocks back makes 670,000
    tuples at 1,000 reports, and the collector, run every 700 new objects, traversed the
    heap again and again (1.4 s of CPU for the read, 0.7 s with this). Garbage without
    cycles is freed as ever; cycles are still collected, only later."""
    first, *others = gc.get_threshold()
    gc.set_threshold(max(first, FEWER_COLLECTIONS), *others)
    try:
        yield
    finally:
        gc.set_threshold(first, *others)
