"""The per-worker memory cap: a query that would take gigabytes is stopped with an error
naming the setting, its worker is replaced, and the runner keeps answering."""

from __future__ import annotations

from pathlib import Path

import pytest

from normgraph.graph import EmbeddedStore, ProcessRunner, QueryRequest, StoreOpener
from normgraph.graph.pool import MEMORY_SETTING, WorkerLostError
from tests.aio import run
from tests.conftest import load_facts

HUNGRY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"
"""Every pair of triples, sorted: the sort holds them all (hundreds of MB on the facts)."""


def test_query_over_the_memory_cap_is_stopped_and_its_worker_replaced(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    load_facts(store)
    store.close()
    runner = ProcessRunner(
        StoreOpener(tmp_path / "store"), size=1, timeout=120, queue_wait=60, memory_mb=700
    )

    async def scenario() -> tuple[str, int]:
        await runner.start()
        try:
            with pytest.raises(WorkerLostError) as lost:
                await runner.read(QueryRequest(HUNGRY))
            count = await runner.read(QueryRequest("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))
            return str(lost.value), len(count.body)
        finally:
            await runner.close()

    message, answered = run(scenario())
    assert MEMORY_SETTING in message and "700 MB" in message
    assert answered > 0
