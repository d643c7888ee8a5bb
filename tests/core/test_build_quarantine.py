"""Quarantine: one bad fact is left out and listed; the rest of its report loads."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import URIRef

from normgraph.build import build_corpus
from normgraph.build_report import quarantined_facts, write_report
from normgraph.graph import open_store
from normgraph.loaders import registry
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.genres import Genre
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, OA, document_graph
from tests.core.test_build import small_corpus
from tests.documents import ENEMO_2005

BAD = URIRef("https://w3id.org/normgraph/id/recommendation/quarantine-test")
QUOTE_CHARS = 40


class OneBadRecommendation:
    """The real statement loader, plus one recommendation without text (a blocking shape)."""

    name = "statement"
    genre = Genre.PRELIMINARY_STATEMENT

    def __init__(self) -> None:
        self.real = registry.loader_for(Genre.PRELIMINARY_STATEMENT)

    def extract(self, source: SourceText) -> Extraction:
        extraction = self.real.extract(source)
        report = next(f for f in extraction.facts if f.kind == NG.Report)
        bad = Fact(BAD, NG.Recommendation, [source.span(0, QUOTE_CHARS)])
        bad.add(NG.sourceReport, report.iri).add(NG.number, "99")
        extraction.add(bad)
        return extraction


def use_loader(monkeypatch: pytest.MonkeyPatch, loader: OneBadRecommendation) -> None:
    registration = registry.GENRES[Genre.PRELIMINARY_STATEMENT]
    monkeypatch.setitem(
        registry.GENRES, Genre.PRELIMINARY_STATEMENT, replace(registration, loader=loader)
    )


def test_a_fact_failing_a_blocking_shape_is_quarantined_and_the_report_loads(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = small_corpus(corpus, tmp_path / "corpus", ENEMO_2005)
    with open_store(tmp_path / "clean") as store:
        [clean] = build_corpus(store, folder)
    use_loader(monkeypatch, OneBadRecommendation())
    with open_store(tmp_path / "store") as store:
        [outcome] = build_corpus(store, folder)
        graph = store.read_graph(document_graph(Path(ENEMO_2005).stem))
    assert outcome.written and outcome.error is None
    assert [v.focus_node for v in outcome.quarantined] == [str(BAD)]
    [entry] = outcome.quarantined
    assert entry.shape.endswith("RecommendationShape-text") and entry.message
    source_text = (folder / ENEMO_2005).read_text(encoding="utf-8")
    assert entry.evidence_quote == source_text[:QUOTE_CHARS]
    # The fact and its annotation are gone; the rest of the report is all there.
    assert (BAD, None, None) not in graph and (None, None, BAD) not in graph
    assert not any(graph.subjects(OA.hasBody, BAD))
    assert outcome.triples == clean.triples == len(graph)
    report = write_report([outcome], tmp_path / "report.json")
    saved = json.loads(report.read_text(encoding="utf-8"))
    assert saved[0]["quarantined"][0]["focus_node"] == str(BAD)
    assert quarantined_facts(report, outcome.document_id) == outcome.quarantined


def test_a_report_that_cannot_be_identified_is_refused(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class NoGenre(OneBadRecommendation):
        def extract(self, source: SourceText) -> Extraction:
            extraction = self.real.extract(source)
            report = next(f for f in extraction.facts if f.kind == NG.Report)
            report.values = [(p, o) for p, o in report.values if p != NG.genre]
            return extraction

    folder = small_corpus(corpus, tmp_path / "corpus", ENEMO_2005)
    use_loader(monkeypatch, NoGenre())
    with open_store(tmp_path / "store") as store:
        [outcome] = build_corpus(store, folder)
        assert not outcome.written
        assert "cannot be identified" in (outcome.error or "")
        assert any(v.path == str(NG.genre) for v in outcome.violations)
        assert document_graph(outcome.document_id) not in store.named_graphs()
