"""Fixtures of the core tests: the invented three-observer, three-election set of
``recurrence_store.py``, opened fresh for each test that asks for ``store`` (a module
that means another store, such as the corpus build, defines its own ``store``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from normgraph.graph import GraphStore
from tests.core.recurrence_store import open_recurrence_store


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[GraphStore]:
    """The three invented documents in an on-disk store, no recurrence graph yet."""
    opened = open_recurrence_store(tmp_path / "store")
    yield opened
    opened.close()
