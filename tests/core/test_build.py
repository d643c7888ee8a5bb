"""The build pipeline: every document through to the store, failures isolated and reported."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import URIRef

from normgraph.build import DocumentOutcome, build_corpus
from normgraph.build_state import BUILD_GRAPH
from normgraph.export import export_dataset
from normgraph.graph import GraphStore, open_store
from normgraph.loaders import registry
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.genres import Genre
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import (
    NG,
    ONTOLOGY_GRAPH,
    RECURRENCE_GRAPH,
    REFERENCE_GRAPH,
    VOCABULARIES_GRAPH,
    document_graph,
)
from tests.documents import ENEMO_2005

GENRES = {
    "000_fc014c5b3f715ef5.txt": "journal-article",
    "001_0c620be955dcd040.txt": "thesis",
    "002_78719f45d59fee38.txt": "final-report",
    "003_4ea76907e25af2d4.txt": "programme-report",
    "004_80bdc416520160a0.txt": "preliminary-statement",
}


def test_corpus_builds_every_document_with_its_genre(
    built: tuple[GraphStore, list[DocumentOutcome]],
) -> None:
    store, outcomes = built
    assert {o.file: o.genre for o in outcomes} == GENRES
    assert all(o.written and o.error is None for o in outcomes)
    assert all(v.severity == "Warning" for o in outcomes for v in o.violations)
    graphs = set(store.named_graphs())
    assert {document_graph(Path(f).stem) for f in GENRES} | {
        ONTOLOGY_GRAPH,
        VOCABULARIES_GRAPH,
        REFERENCE_GRAPH,
        RECURRENCE_GRAPH,
        BUILD_GRAPH,
    } == graphs
    for outcome in outcomes:
        assert store.count_triples(document_graph(outcome.document_id)) == outcome.triples > 0
        assert outcome.facts_by_kind.get("Report", 0) >= 1


def small_corpus(corpus: Path, target: Path, *names: str) -> Path:
    target.mkdir()
    for name in names:
        shutil.copy(corpus / name, target / name)
    return target


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"Dear diary, nothing happened today.", "not recognised"),
    ],
)
def test_a_bad_file_is_reported_and_the_others_still_load(
    corpus: Path, tmp_path: Path, data: bytes, problem: str
) -> None:
    folder = small_corpus(corpus, tmp_path / "corpus", ENEMO_2005)
    (folder / "001_broken.txt").write_bytes(data)
    with open_store(tmp_path / "store") as store:
        outcomes = build_corpus(store, folder)
        by_file = {o.file: o for o in outcomes}
        assert problem in (by_file["001_broken.txt"].error or "")
        assert not by_file["001_broken.txt"].written
        assert by_file[ENEMO_2005].written
        assert document_graph("001_broken") not in store.named_graphs()
        assert document_graph(Path(ENEMO_2005).stem) in store.named_graphs()


class ReportWithoutGenre:
    """A loader whose output breaks the report shape (no genre), to prove SHACL gates writes."""

    name = "broken-test-loader"
    genre = Genre.PRELIMINARY_STATEMENT

    def extract(self, source: SourceText) -> Extraction:
        extraction = Extraction()
        report = Fact(URIRef("https://w3id.org/normgraph/id/report/broken"), NG.Report)
        report.evidence.append(source.span(0, 20))
        extraction.add(report)
        return extraction


def test_a_document_failing_shacl_is_not_written_and_its_old_graph_survives(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = small_corpus(corpus, tmp_path / "corpus", ENEMO_2005)
    graph = document_graph(Path(ENEMO_2005).stem)
    with open_store(tmp_path / "store") as store:
        build_corpus(store, folder)
        before = store.count_triples(graph)
        statement = registry.GENRES[Genre.PRELIMINARY_STATEMENT]
        broken = replace(statement, loader=ReportWithoutGenre())
        monkeypatch.setitem(registry.GENRES, Genre.PRELIMINARY_STATEMENT, broken)
        [outcome] = build_corpus(store, folder, force=True)
        assert not outcome.written
        assert any(v.path == str(NG.genre) for v in outcome.violations)
        assert all(v.focus_node.endswith("/report/broken") for v in outcome.violations)
        assert store.count_triples(graph) == before


def test_rebuilding_replaces_a_document_graph_rather_than_adding_to_it(
    corpus: Path, tmp_path: Path
) -> None:
    folder = small_corpus(corpus, tmp_path / "corpus", ENEMO_2005)
    with open_store(tmp_path / "store") as store:
        first = build_corpus(store, folder)
        total = store.count_triples()
        second = build_corpus(store, folder)
        assert store.count_triples() == total
        assert first[0].triples == second[0].triples


def test_two_builds_give_byte_identical_sorted_nquads(
    corpus: Path, tmp_path: Path, built_store: GraphStore
) -> None:
    with open_store(tmp_path / "again") as store:
        build_corpus(store, corpus)
        dumps = [export_dataset(store, "nquads"), export_dataset(built_store, "nquads")]
    assert dumps[0] == dumps[1]
    lines = dumps[0].splitlines()
    assert lines == sorted(lines) and len(lines) > 100
