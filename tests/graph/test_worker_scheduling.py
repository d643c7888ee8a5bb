"""With ``NORMGRAPH_WORKER_BATCH_SCHEDULING`` a query worker runs as batch work
(``SCHED_BATCH``: a task's arrival does not preempt the server's event loop that sent it);
without it, under the normal policy. Either way it answers."""

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


@pytest.mark.parametrize("batch", [True, False])
def test_a_worker_runs_under_the_chosen_policy_and_answers(tmp_path: Path, batch: bool) -> None:
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(URIRef("https://example.org/g"), [
        (URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal(1)),
    ])  # fmt: skip
    store.close()
    assert os.sched_getscheduler(0) == os.SCHED_OTHER  # what the worker would inherit
    worker = WorkerProcess(StoreOpener(tmp_path / "store"), memory_mb=2048, batch_scheduling=batch)
    try:
        worker.wait_ready(60)
        pid = worker.process.pid
        assert pid is not None
        expected = os.SCHED_BATCH if batch else os.SCHED_OTHER
        assert os.sched_getscheduler(pid) == expected
        finished, (kind, count) = run(worker.call(methodcaller("count_triples"), 30))
    finally:
        worker.kill()
    assert (finished, kind, count) == (True, "ok", 1)
