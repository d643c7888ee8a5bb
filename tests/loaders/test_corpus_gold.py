"""The corpus reports' gold readings: offsets only, valid, and made by the offsets tool.

The corpus may not be copied into the project, so these readings place each fact by
character offsets into ``../shared/corpus``; the tests check them against the texts.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from bench.corpus_gold import WORDED_FIELDS, offsets
from bench.extraction_quality import marked
from bench.quality_gold import (
    CORPUS_GOLD,
    CORPUS_HALF,
    KINDS,
    GoldError,
    ReportEntry,
    Span,
    read_corpus_manifest,
    read_report,
)
from bench.quality_match import GraphFact


def test_every_corpus_gold_reading_points_into_its_report(corpus: Path) -> None:
    entries = read_corpus_manifest(corpus)
    assert entries and all(entry.half == CORPUS_HALF for entry in entries)
    for entry in entries:
        text, gold = read_report(entry)
        assert gold, entry.name
        for fact in gold:
            for span in fact.spans:
                assert text[span.start : span.end].strip(), (entry.name, fact.kind)


def test_no_corpus_gold_file_holds_the_reports_words() -> None:
    for path in CORPUS_GOLD.glob("*.gold.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for kind in KINDS:
            for row in data.get(kind, []):
                assert not set(row) & set(WORDED_FIELDS), (path.name, kind)


def test_offsets_turns_quotes_into_spans_and_drops_the_words(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Intro.\nThe CEC should publish results.\nEnd.\n", encoding="utf-8")
    reading = tmp_path / "reading.toml"
    reading.write_text(
        '[[recommendation]]\nnumber = 1\nquote = "The CEC should publish"\n'
        'text = "The CEC should publish results."\n',
        encoding="utf-8",
    )
    made = tomllib.loads(offsets(reading, report))
    assert made["recommendation"] == [{"number": 1, "at": [[7, 29]]}]


def test_offsets_names_a_quote_the_report_does_not_hold(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Nothing here.\n", encoding="utf-8")
    reading = tmp_path / "reading.toml"
    reading.write_text('[[law]]\nname = "Code"\nquote = "Electoral Code"\n', encoding="utf-8")
    with pytest.raises(GoldError, match="law #1: quote not in report: 'Electoral Code'"):
        offsets(reading, report)


def test_a_sample_and_unmarked_classes_limit_what_the_graph_is_scored_on() -> None:
    entry = ReportEntry(
        "r", CORPUS_HALF, "scholarship", "KZ", "x", unmarked=("finding",), sample=Span(100, 200)
    )
    inside = GraphFact("event", "e1", (Span(150, 160),))
    outside = GraphFact("event", "e2", (Span(300, 310),))
    unmarked = GraphFact("finding", "f1", (Span(150, 160),))
    document = GraphFact("document", "d", (Span(0, 10),))
    assert [marked(entry, f) for f in (inside, outside, unmarked, document)] == [
        True,
        False,
        False,
        True,
    ]
