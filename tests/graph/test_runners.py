"""Runner.select: the rows a SELECT gives through each runner are the store's own rows.

The process runner sends rows over its pipe as SPARQL JSON and rebuilds rdflib terms in
the parent; these tests hold it to the terms the store gives in process, for every kind of
term (IRI, plain, language-tagged and typed literal) and with bound variables.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from normgraph.graph import (
    EmbeddedStore,
    InlineRunner,
    ProcessRunner,
    Row,
    Runner,
    StoreOpener,
)
from tests.aio import run

EX = "https://example.org/"
GRAPH = URIRef(EX + "graph")
QUERY = "SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} ORDER BY ?s ?p ?o"
TRIPLES = [
    (URIRef(EX + "a"), URIRef(EX + "label"), Literal("Almaty")),
    (URIRef(EX + "a"), URIRef(EX + "label"), Literal("Алматы", lang="ru")),
    (URIRef(EX + "a"), URIRef(EX + "count"), Literal(7, datatype=XSD.integer)),
    (URIRef(EX + "a"), URIRef(EX + "date"), Literal("2011-04-03", datatype=XSD.date)),
    (URIRef(EX + "a"), URIRef(EX + "next"), URIRef(EX + "b")),
    (URIRef(EX + "b"), URIRef(EX + "label"), Literal('quote "with" marks\nand a line')),
]


def _store(path: Path | None) -> EmbeddedStore:
    store = EmbeddedStore(path)
    store.replace_graph(GRAPH, TRIPLES)
    return store


async def _select(
    runner: Runner, sparql: str, bindings: dict[str, URIRef] | None = None
) -> list[Row]:
    await runner.start()
    try:
        return await runner.select(sparql, bindings)
    finally:
        await runner.close()


def test_process_runner_rows_are_the_stores_rows(tmp_path: Path) -> None:
    store = _store(tmp_path / "store")
    _, expected = store.select(QUERY)
    store.close()
    runner = ProcessRunner(StoreOpener(tmp_path / "store"), size=1, timeout=30, queue_wait=5)

    rows = run(_select(runner, QUERY))

    assert rows == expected
    assert len(rows) == len(TRIPLES)
    objects = [row["o"] for row in rows]
    assert Literal(7, datatype=XSD.integer) in objects
    assert [o.language for o in objects if isinstance(o, Literal) and o.language] == ["ru"]


def test_process_runner_binds_variables(tmp_path: Path) -> None:
    _store(tmp_path / "store").close()
    runner = ProcessRunner(StoreOpener(tmp_path / "store"), size=1, timeout=30, queue_wait=5)
    sparql = "SELECT ?s ?o WHERE { ?s <https://example.org/next> ?o }"

    rows = run(_select(runner, sparql, {"s": URIRef(EX + "b")}))

    assert rows == []
    rows = run(_select(runner, sparql, {"s": URIRef(EX + "a")}))
    assert rows == [{"s": URIRef(EX + "a"), "o": URIRef(EX + "b")}]


def test_inline_runner_rows_are_the_stores_rows() -> None:
    store = _store(None)
    runner = InlineRunner(store, size=1, timeout=30, queue_wait=5)

    assert run(_select(runner, QUERY)) == store.select(QUERY)[1]
