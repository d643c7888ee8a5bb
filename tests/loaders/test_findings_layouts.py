"""Findings in layouts the corpus lacks, on invented reports of three genres: what a
monitoring network's programme report says its observers found ("Key Findings", bullets
too, "Assessment of the Electoral Environment"), a study's own judgements in its analysis
and conclusion, an interim report's numbered paragraphs that judge in passing. Each is a
finding with a polarity; descriptions, the report's own activities, method and advice, the
literature and others' views, and open questions are not. The texts are in
``tests/loaders/report_texts``, what a careful reader marks in
``tests/cases/finding_layouts.toml``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from normgraph.loaders.registry import loader_for
from normgraph.loaders.text.genres import Genre
from normgraph.loaders.text.source import SourceText
from tests.case_tables import case_params

from .fact_lookup import finding_polarities

TEXTS = Path(__file__).parent / "report_texts"


@cache
def _findings(genre: str, file: str) -> dict[str, str]:
    """The findings the genre's loader reads in ``file``: text (first 40 characters) to
    polarity."""
    source = SourceText(Path(file).stem, file, (TEXTS / file).read_text(encoding="utf-8"))
    return finding_polarities(loader_for(Genre(genre)).extract(source))


@pytest.mark.parametrize(
    ("genre", "file", "findings"), case_params("finding_layouts", "genre", "file", "findings")
)
def test_passages_that_judge_are_findings_with_their_polarity(
    genre: str, file: str, findings: list[list[str]]
) -> None:
    found = _findings(genre, file)
    assert [[text, found.get(text)] for text, _ in findings] == findings


@pytest.mark.parametrize(
    ("genre", "file", "openings"), case_params("finding_layouts", "genre", "file", "no_findings")
)
def test_descriptions_method_advice_and_others_views_are_not_findings(
    genre: str, file: str, openings: list[str]
) -> None:
    assert [text for text in _findings(genre, file) if text.startswith(tuple(openings))] == []
