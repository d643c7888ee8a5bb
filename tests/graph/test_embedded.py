"""The embedded store's own behaviour: on disk, read-only opening, atomic replacement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Literal, Namespace, URIRef

from normgraph.graph import EmbeddedStore, ResultFormat, StoreError

EX = Namespace("https://example.org/")
OLD = [(EX.a, EX.p, Literal(1)), (EX.b, EX.p, Literal("zwei", lang="de"))]


def test_a_replace_with_an_unserialisable_term_leaves_the_old_graph(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        store.replace_graph(EX.g, OLD)
        with pytest.raises(ValueError):
            # the bad IRI comes last: nothing may have been written before it is met
            store.replace_graph(EX.g, [(EX.new, EX.p, Literal(3)), (EX.c, EX.p, URIRef("a b"))])
        assert set(store.read_graph(EX.g)) == set(OLD)


def test_read_only_open_of_a_missing_store_is_a_store_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(StoreError, match="cannot open the store at"):
        EmbeddedStore(missing, read_only=True)
    assert not missing.exists()  # a read-only open creates nothing


def test_writes_persist_across_reopening(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        store.replace_graph(EX.g, OLD)
    with EmbeddedStore(tmp_path / "store", read_only=True) as reopened:
        assert reopened.named_graphs() == [EX.g]
        assert set(reopened.read_graph(EX.g)) == set(OLD)


def test_a_read_only_store_refuses_writes(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        store.replace_graph(EX.g, OLD)
    with (
        EmbeddedStore(tmp_path / "store", read_only=True) as reader,
        pytest.raises(StoreError, match="update failed"),
    ):
        reader.drop_graph(EX.g)


def test_the_folder_is_created_on_first_use(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "deep" / "store") as store:
        assert store.named_graphs() == []
    assert (tmp_path / "deep" / "store").is_dir()


def test_no_path_is_an_in_memory_store() -> None:
    with EmbeddedStore(None) as store:
        store.replace_graph(EX.g, OLD)
        assert store.count_triples(EX.g) == 2


@pytest.mark.parametrize(
    ("limit", "rows", "truncated"), [("LIMIT 2", 2, False), ("LIMIT 5", 3, True), ("", 3, True)]
)
def test_the_row_cap_holds_whether_or_not_the_query_has_its_own_limit(
    limit: str, rows: int, truncated: bool
) -> None:
    """A LIMIT at or under the cap is written as it is, the rest cut after ``max_rows``."""
    store = EmbeddedStore(None)
    store.replace_graph(EX.g, [(EX[f"s{n}"], EX.p, Literal(n)) for n in range(6)])
    sparql = f"SELECT ?s {{ ?s ?p ?o {{ SELECT * {{}} LIMIT 1 }} }} {limit}"
    answer = store.query(sparql, result_format=ResultFormat.JSON, max_rows=3)
    assert len(json.loads(answer.body)["results"]["bindings"]) == rows
    assert answer.truncated is truncated


MIXED = [
    (EX.a, EX.p, Literal('two\nlines\tand a tab, "quoted" \\')),
    (EX.a, EX.p, Literal("mot", lang="fr")),
    (EX.a, EX.q, Literal(1.5)),
    (EX.b, EX.q, Literal(True)),
    (EX.b, EX.p, URIRef("https://example.org/ö")),
]


@pytest.mark.parametrize(
    "result_format", [ResultFormat.JSON, ResultFormat.XML, ResultFormat.CSV, ResultFormat.TSV]
)
def test_a_cut_answer_is_the_engine_s_own_answer_cut(result_format: ResultFormat) -> None:
    """An answer that may pass the cap is written (TSV), cut and read back by the engine:
    every kind of term, an unbound variable, a literal holding a newline come out as the
    engine writes them uncut, and the cut counts solutions, not lines of text."""
    store = EmbeddedStore(None)
    store.replace_graph(EX.g, MIXED)
    sparql = "SELECT ?s ?o ?none { ?s ?p ?o OPTIONAL { ?s <urn:x:nothing> ?none } } ORDER BY ?o"
    whole = store.query(sparql, result_format=result_format)
    assert not whole.truncated
    same = store.query(sparql, result_format=result_format, max_rows=len(MIXED))
    assert (same.body, same.truncated) == (whole.body, False)
    cut = store.query(sparql, result_format=result_format, max_rows=2)
    limited = store.query(sparql + " LIMIT 2", result_format=result_format)
    assert (cut.body, cut.truncated) == (limited.body, True)


class _Recording:
    """The real pyoxigraph store, noting which of its closing calls were made."""

    def __init__(self, store: object) -> None:
        self.store, self.calls = store, list[str]()

    def __getattr__(self, name: str) -> object:
        if name in ("optimize", "flush"):
            self.calls.append(name)
        return getattr(self.store, name)


@pytest.mark.parametrize(("graphs", "calls"), [(3, ["optimize", "flush"]), (1, ["flush"])])
def test_closing_after_many_ingested_graphs_compacts_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, graphs: int, calls: list[str]
) -> None:
    """Each new graph is ingested as its own sorted files; from a threshold (64, here 2)
    closing compacts them into fewer, and what was written is all still there."""
    monkeypatch.setattr("normgraph.graph.embedded._COMPACT_AFTER", 2)
    store = EmbeddedStore(tmp_path / "s")
    for n in range(graphs):
        store.replace_graph(EX[f"g{n}"], [(EX.s, EX.p, Literal(n))])
    store.replace_graph(EX.g0, [(EX.s, EX.p, Literal("again"))])  # a replace: not ingested
    assert store.ingested == graphs
    recording = _Recording(store._store)
    store._store = recording  # type: ignore[assignment]
    store.close()
    assert recording.calls == calls
    with EmbeddedStore(tmp_path / "s", read_only=True) as again:
        assert again.named_graphs() == [EX[f"g{n}"] for n in range(graphs)]
        assert again.count_triples() == graphs
