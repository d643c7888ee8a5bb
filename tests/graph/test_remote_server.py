"""The remote store against a real Oxigraph server: large graphs in parts, the Graph Store
Protocol, server errors, and a full CLI build that matches an embedded one."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rdflib import Literal, Namespace, URIRef
from typer.testing import CliRunner

from normgraph.cli import app
from normgraph.config import Settings
from normgraph.export import export_dataset
from normgraph.graph import (
    EmbeddedStore,
    GraphStore,
    QuerySyntaxError,
    RemoteStore,
    StoreError,
    open_store,
)
from normgraph.queries.catalogue import run_saved_query
from normgraph.stats import class_counts, graph_counts
from tests.graph.conftest import Server

EX = Namespace("https://example.org/")


def triples(count: int, subject: str = "s") -> list[tuple[URIRef, URIRef, Literal]]:
    return [(EX[f"{subject}{i}"], EX.p, Literal("x" * 100 + str(i))) for i in range(count)]


def test_a_graph_too_big_for_one_update_goes_in_parts(remote_store: RemoteStore) -> None:
    remote_store.replace_graph(EX.other, triples(3))
    remote_store.replace_graph(EX.big, triples(10, "old"))
    small = RemoteStore(remote_store.query_url, max_update_bytes=20_000)
    small.replace_graph(EX.big, triples(1000))  # about 150 kB: 8 parts
    assert remote_store.count_triples(EX.big) == 1000
    assert remote_store.count_triples(EX.other) == 3


def test_a_graph_too_big_for_one_update_is_put_when_a_graph_store_is_known(
    remote_store: RemoteStore, oxigraph_server: Server
) -> None:
    remote_store.replace_graph(EX.big, triples(10, "old"))
    small = RemoteStore(
        remote_store.query_url, graph_store_url=oxigraph_server.store_url, max_update_bytes=1000
    )
    small.replace_graph(EX.big, triples(100))
    assert remote_store.count_triples(EX.big) == 100


def test_read_graph_through_the_graph_store_protocol(
    remote_store: RemoteStore, oxigraph_server: Server
) -> None:
    remote_store.replace_graph(EX.g, triples(5))
    gsp = RemoteStore(remote_store.query_url, graph_store_url=oxigraph_server.store_url)
    assert set(gsp.read_graph(EX.g)) == set(triples(5))
    assert len(gsp.read_graph(EX.absent)) == 0


def test_a_syntax_error_from_the_server_names_the_position(remote_store: RemoteStore) -> None:
    with pytest.raises(QuerySyntaxError, match=r"error at 1:\d+"):
        remote_store.query("SELECT ?s WHERE { ?s ?p }")


@pytest.mark.parametrize(
    "where",
    [
        "{ ?s ?p ?o FILTER(?o > ?min) }",
        "{ ?s ?p ?o FILTER(?o > ?min) } UNION { ?s ?p ?o FILTER(?o < 0) }",
    ],
    ids=["nested-group", "union-branch"],
)
def test_a_filter_in_a_nested_group_does_not_see_a_bound_variable(
    remote_store: RemoteStore, where: str
) -> None:
    """The documented difference from pre-binding: VALUES joins the outer group only."""
    remote, embedded = subjects_above_four(remote_store, where)
    assert embedded == [EX.b]
    assert remote == []


def subjects_above_four(remote_store: RemoteStore, where: str) -> tuple[list[object], list[object]]:
    """``?s`` of ``where`` with ``?min`` bound to 4 over two values, remote and embedded."""
    remote_store.replace_graph(EX.g, [(EX.a, EX.p, Literal(1)), (EX.b, EX.p, Literal(5))])
    with EmbeddedStore(None) as embedded:
        embedded.replace_graph(EX.g, [(EX.a, EX.p, Literal(1)), (EX.b, EX.p, Literal(5))])
        sparql = f"SELECT ?s ?min WHERE {{ {where} }}"
        _, remote_rows = remote_store.select(sparql, bindings={"min": Literal(4)})
        _, embedded_rows = embedded.select(sparql, bindings={"min": Literal(4)})
    return [row["s"] for row in remote_rows], [row["s"] for row in embedded_rows]


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("{ SELECT ?s ?min WHERE { ?s ?p ?o FILTER(?o > ?min) } }", [EX.b]),
        ("{ SELECT ?s WHERE { ?s ?p ?o FILTER(?o > ?min) } }", []),
        ("{ SELECT ?s WHERE { { SELECT ?s ?min WHERE { ?s ?p ?o FILTER(?o > ?min) } } } }", []),
    ],
    ids=["projected", "not-projected", "enclosing-not-projecting"],
)
def test_a_sub_select_sees_a_bound_variable_it_projects(
    remote_store: RemoteStore, where: str, expected: list[URIRef]
) -> None:
    """As the embedded store's pre-binding does: the block also goes into a sub-select
    that projects the variable, as every enclosing sub-select does."""
    remote, embedded = subjects_above_four(remote_store, where)
    assert remote == embedded == expected


def test_a_read_only_open_still_reads(remote_store: RemoteStore) -> None:
    remote_store.replace_graph(EX.g, triples(2))
    reader = open_store(remote_store.query_url, read_only=True)
    assert reader.count_triples() == 2
    with pytest.raises(StoreError, match="read-only"):
        reader.drop_graph(EX.g)


# -- choosing a store ----------------------------------------------------------------------


def test_open_store_chooses_by_location(tmp_path: Path) -> None:
    settings = Settings(endpoint=None)
    assert isinstance(open_store("http://h:7878/query", settings=settings), RemoteStore)
    assert isinstance(open_store("HTTPS://h/sparql", settings=settings), RemoteStore)
    assert isinstance(open_store(tmp_path / "store", settings=settings), EmbeddedStore)
    assert isinstance(open_store(str(tmp_path / "s2"), settings=settings), EmbeddedStore)
    assert isinstance(open_store(None, settings=settings), EmbeddedStore)


def test_open_store_uses_the_configured_endpoint() -> None:
    settings = Settings(
        endpoint="http://h:7200/repositories/ng",
        endpoint_update="http://h:7200/repositories/ng/statements",
        endpoint_union="server",
        endpoint_user="ann",
        query_timeout=3,
    )
    store = open_store(None, settings=settings)
    assert isinstance(store, RemoteStore)
    assert store.update_url == "http://h:7200/repositories/ng/statements"
    assert (store.union_default_graph, store.timeout) == ("server", 3)


# -- a whole build through the CLI ---------------------------------------------------------


def test_a_cli_build_against_a_server_matches_an_embedded_build(
    remote_store: RemoteStore, built_store: GraphStore, corpus: Path, tmp_path: Path
) -> None:
    """The server gets the whole corpus through `normgraph build`; the session's embedded
    build of the same corpus is the reference."""
    runner = CliRunner()
    report = tmp_path / "report.json"
    result = runner.invoke(
        app,
        [
            "build",
            "--corpus",
            str(corpus),
            "--store",
            remote_store.query_url,
            "--report",
            str(report),
        ],
    )
    assert result.exit_code in (0, 1), result.output  # 1: a document did not validate
    assert "Build summary" in result.output

    result = runner.invoke(app, ["info", "--store", remote_store.query_url])
    assert result.exit_code == 0, result.output
    assert remote_store.query_url in result.output

    embedded = built_store
    assert graph_counts(remote_store) == graph_counts(embedded)
    assert class_counts(remote_store) == class_counts(embedded)
    total = sum(count for _, count in graph_counts(embedded))
    assert total > 0
    assert f"{total:,}" in result.output
    assert export_dataset(remote_store, "nquads") == export_dataset(embedded, "nquads")
    # saved queries give the same answers (rows compared as sets: no ORDER ties)
    for name in ("documents", "facts-by-class"):
        values: dict[str, str] = {}
        answers = [run_saved_query(s, name, values).body for s in (remote_store, embedded)]
        assert _rows(answers[0]) == _rows(answers[1])
    file = next(iter(sorted(p.name for p in corpus.iterdir())))
    answers = [
        run_saved_query(s, "facts-by-class", {"file": file}).body for s in (remote_store, embedded)
    ]
    assert _rows(answers[0]) == _rows(answers[1])


def _rows(body: bytes) -> list[str]:

    data = json.loads(body)
    return sorted(json.dumps(row, sort_keys=True) for row in data["results"]["bindings"])


def test_dump_of_an_empty_store_is_empty(remote_store: RemoteStore) -> None:
    output = io.BytesIO()
    remote_store.dump(output)
    assert output.getvalue() == b""
