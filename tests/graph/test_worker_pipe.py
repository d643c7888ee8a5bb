"""A worker's answer crosses the pipe whole at every size: read on the event loop chunk by
chunk, it must come out byte for byte as the store gives it in process, whether it fits
one write (under 16 KiB, sent with its header), needs several (the header sent apart), or
is large enough to be unpickled in a thread (over 1 MiB)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from normgraph.graph import EmbeddedStore, ProcessRunner, QueryAnswer, QueryRequest, StoreOpener
from tests.aio import run

EX = "https://example.org/"
GRAPH = URIRef(EX + "graph")


def _store(path: Path, rows: int) -> None:
    store = EmbeddedStore(path)
    text = "a quoted sentence of a report, " * 4
    triples = [(URIRef(f"{EX}s{i:06d}"), URIRef(EX + "says"), Literal(text)) for i in range(rows)]
    store.replace_graph(GRAPH, triples)
    store.close()


@pytest.mark.parametrize("limit", [10, 200, 12_000])
def test_answers_of_every_size_arrive_whole(tmp_path: Path, limit: int) -> None:
    _store(tmp_path / "store", 12_000)
    request = QueryRequest(
        f"SELECT ?s ?o WHERE {{ ?s ?p ?o }} ORDER BY ?s LIMIT {limit}", max_rows=20_000
    )
    reader = EmbeddedStore(tmp_path / "store", read_only=True)
    expected = reader.answer(request).body
    reader.close()
    runner = ProcessRunner(StoreOpener(tmp_path / "store"), size=1, timeout=60, queue_wait=30)

    async def scenario() -> list[QueryAnswer]:
        await runner.start()
        try:  # twice: the worker's pipe is clean for the next task after each answer
            return [await runner.read(request), await runner.read(request)]
        finally:
            await runner.close()

    answers = run(scenario())
    assert [answer.body for answer in answers] == [expected, expected]
    assert expected.count(b'"s":') == limit
