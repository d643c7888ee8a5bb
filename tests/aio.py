"""Running a coroutine from a test whatever the session's event loops are doing."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run ``coroutine`` in a thread of its own: in a full run, the e2e tests' Playwright
    keeps an event loop running in the main thread for the whole session, so a plain
    ``asyncio.run`` there fails with "cannot be called from a running event loop"."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
