"""Query workers run as batch work (``SCHED_BATCH``): a task's arrival must not preempt
the server's event loop, which sent it (see ``run_as_batch_work``); they still answer."""

from __future__ import annotations

import os
from operator import methodcaller
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from normgraph.graph import EmbeddedStore, StoreOpener
from normgraph.graph.worker import WorkerProcess
from tests.aio import run

pytestmark = pytest.mark.skipif(
    not hasattr(os, "SCHED_BATCH"), reason="SCHED_BATCH is a Linux scheduling policy"
)


def test_a_worker_runs_as_batch_work_and_answers(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(URIRef("https://example.org/g"), [
        (URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal(1)),
    ])  # fmt: skip
    store.close()
    assert os.sched_getscheduler(0) != os.SCHED_BATCH  # the test process itself is not
    worker = WorkerProcess(StoreOpener(tmp_path / "store"), memory_mb=2048)
    try:
        worker.wait_ready(60)
        pid = worker.process.pid
        assert pid is not None
        assert os.sched_getscheduler(pid) == os.SCHED_BATCH
        finished, (kind, count) = run(worker.call(methodcaller("count_triples"), 30))
    finally:
        worker.kill()
    assert (finished, kind, count) == (True, "ok", 1)
