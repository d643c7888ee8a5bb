"""The ODIHR loader on the tune-half fixture report (invented; tests/fixtures/reports),
checked against its hand-written gold reading: the recommendations and result figures a
careful reader marks, and where the complaints and findings stand."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.source import SourceText, read_source
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import facts, only_value

REPORT = Path(__file__).parent.parent / "fixtures" / "reports" / "odihr_md_2025_final"


@pytest.fixture(scope="module")
def source() -> SourceText:
    return read_source(REPORT.with_suffix(".txt"))


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    return tomllib.loads(REPORT.with_suffix(".gold.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def extraction(source: SourceText) -> Extraction:
    return OdihrLoader().extract(source)


def quoted(source: SourceText, quote: str, facts: list[Fact]) -> bool:
    """Whether a fact's evidence covers the gold quote's place in the text."""
    start = source.text.find(quote)
    assert start >= 0, quote
    end = start + len(quote)
    return any(s.start < end and start < s.end for f in facts for s in f.evidence)


def test_every_recommendation_with_number_priority_and_full_text(
    extraction: Extraction, gold: dict[str, Any]
) -> None:
    recs = {
        str(only_value(r, NG.number)): r
        for r in facts(extraction, NG.Recommendation)
        if any(p == NG.number for p, _ in r.values)
    }
    for marked in gold["recommendation"]:
        rec = recs[str(marked["number"])]
        assert only_value(rec, NG.priority) is marked["priority"]
        assert " ".join(str(only_value(rec, NG.text)).split()) == " ".join(marked["text"].split())


def test_every_result_figure_of_the_annex(extraction: Extraction, gold: dict[str, Any]) -> None:
    results = {str(f.label): f for f in facts(extraction, NG.CandidateResult)}
    assert set(results) == {marked["name"] for marked in gold["result"]}
    for marked in gold["result"]:
        result = results[marked["name"]]
        assert only_value(result, NG.votes) == marked["votes"]
        assert float(str(only_value(result, NG.voteShare))) == marked["percent"]
        assert only_value(result, NG.seats) == marked["seats"]
    assert facts(extraction, NG.DataQualityNote) == []


def test_every_complaint_and_finding_is_read_where_the_reader_marked_it(
    source: SourceText, extraction: Extraction, gold: dict[str, Any]
) -> None:
    complaints = facts(extraction, NG.Complaint, NG.ComplaintFigure)
    assert [
        c["quote"] for c in gold["complaint"] if not quoted(source, c["quote"], complaints)
    ] == []
    findings = facts(extraction, NG.Finding)
    assert [f["quote"] for f in gold["finding"] if not quoted(source, f["quote"], findings)] == []
