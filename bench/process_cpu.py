"""The CPU clock the link benches read, in a module that imports no part of normgraph (so
``bench/new_process_build.py`` can use it before it times the command's imports)."""

from __future__ import annotations

import resource
import time


def cpu() -> float:
    """CPU seconds of this process and of its workers that have ended (findings are
    matched in forked workers: :mod:`normgraph.lookup_pool`)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


__all__ = ["cpu"]
