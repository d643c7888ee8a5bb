"""A worker's answer crosses the pipe whole at every size: read on the event loop chunk by
chunk, it must come out byte for byte as the store gives it in process, whether it fits
one write (under 16 KiB, sent with its header), needs several (the header sent apart), or
is large enough to be unpickled in a thread (over 1 MiB)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from normgraph.graph import (
    Dataset,
    EmbeddedStore,
    FormatChoice,
    ProcessRunner,
    QueryAnswer,
    QueryRequest,
    ResultFormat,
    StoreOpener,
)
from normgraph.graph.worker import packed_task, unpacked_task
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


def test_a_query_crosses_the_pipe_as_it_was_asked_and_answered(tmp_path: Path) -> None:
    """Query requests and answers go through the pipe as plain values (graph/worker.py):
    every way of asking for a format, a dataset, a row cap and a cut answer come out of a
    worker exactly as the store answers them in process."""
    _store(tmp_path / "store", 50)
    select = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"
    requests = [
        QueryRequest(select + " LIMIT 5"),
        QueryRequest(select, result_format=ResultFormat.CSV, max_rows=7),
        QueryRequest(select + " LIMIT 3", result_format=FormatChoice(ResultFormat.XML, None)),
        QueryRequest(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 2",
            result_format=FormatChoice(None, ResultFormat.NTRIPLES),
        ),
        QueryRequest(
            "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1",
            dataset=Dataset(default_graphs=[URIRef(EX + "elsewhere")]),
        ),
    ]
    reader = EmbeddedStore(tmp_path / "store", read_only=True)
    expected = [reader.answer(request) for request in requests]
    reader.close()
    for request in requests:
        assert unpacked_task(pickle.loads(pickle.dumps(packed_task(request)))) == request
    runner = ProcessRunner(StoreOpener(tmp_path / "store"), size=1, timeout=60, queue_wait=30)

    async def scenario() -> list[QueryAnswer]:
        await runner.start()
        try:
            return [await runner.read(request) for request in requests]
        finally:
            await runner.close()

    answers = run(scenario())
    assert answers == expected
    assert answers[1].truncated and not answers[0].truncated
    assert answers[1].format is ResultFormat.CSV and answers[3].form == "graph"
    assert b"<sparql" in answers[2].body and answers[4].body.count(b'"s"') == 1
