"""The ODIHR loader's recommendations in layouts of their own (``recommendation_layouts``):
numbering styles, priority and other lists, lettered lists, bullets, and recommendations
continued over page breaks with footnotes, footers and running headers in between."""

from __future__ import annotations

import pytest

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.genres import Genre, detect_genre
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import DCTERMS, NG
from tests.loaders.fact_lookup import first_text
from tests.loaders.recommendation_layouts import BROKEN, BULLETED, CONCLUDED, PAGED


def _load(name: str, text: str) -> Extraction:
    return OdihrLoader().extract(SourceText(name, f"{name}.txt", text))


@pytest.fixture(scope="module")
def paged() -> Extraction:
    return _load("paged", PAGED)


def _recommendations(extraction: Extraction) -> list[Fact]:
    return [fact for fact in extraction.facts if fact.kind == NG.Recommendation]


def test_every_numbering_style_gives_numbered_recommendations(paged: Extraction) -> None:
    read = [
        (first_text(r, NG.number), first_text(r, NG.priority), first_text(r, NG.categoryHeading))
        for r in _recommendations(paged)
    ]
    assert read == [
        ("1", "true", None),
        ("2", "true", None),
        ("3", "false", "Campaign Finance"),
        ("4", "false", "Campaign Finance"),
        ("a", "false", "Media"),
        ("b", "false", "Media"),
    ]


def test_page_furniture_and_the_footnote_marker_stay_out_of_the_text(paged: Extraction) -> None:
    second = _recommendations(paged)[1]
    assert first_text(second, NG.text) == (
        "The National Electoral Board should publish all its decisions online within 24 hours"
        " of their adoption."
    )


def test_a_recommendation_continued_over_a_page_break_is_whole() -> None:
    texts = [first_text(r, NG.text) for r in _recommendations(_load("broken", BROKEN))]
    assert texts == [
        "The Central Election Commission should adopt its decisions in open sessions and"
        " publish them without delay, so that contestants can challenge them before the courts"
        " within the deadlines the law sets.",
        "Lower-level commissions should receive training on the counting procedures, including"
        " on the determination of the validity of ballots.",
        "The law should oblige the public broadcaster to cover the campaign of all contestants"
        " in a fair and balanced manner, and the media regulator should monitor its compliance"
        " throughout the campaign.",
        "Journalists should be protected from intimidation and violence.",
    ]


def test_bulleted_recommendations_under_topical_headings() -> None:
    extraction = _load("bulleted", BULLETED)
    read = [
        (first_text(r, NG.categoryHeading), first_text(r, NG.text))
        for r in _recommendations(extraction)
    ]
    assert [heading for heading, _ in read] == [
        "Election Administration",
        "Election Administration",
        "Voting Rights",
        "Voting Rights",
    ]
    assert read[2][1] == (
        "Restrictions on the voting rights of persons with disabilities should be removed."
    )
    (report,) = [fact for fact in extraction.facts if fact.kind == NG.Report]
    assert first_text(report, DCTERMS.issued) == "2028-06-30"  # an expert team's title block


def test_each_layout_is_a_final_report() -> None:
    for text in (PAGED, BROKEN, BULLETED, CONCLUDED):
        assert detect_genre(text) is Genre.FINAL_REPORT


def test_a_list_closing_a_conclusions_and_recommendations_section() -> None:
    extraction = _load("concluded", CONCLUDED)
    read = [
        (first_text(r, NG.number), first_text(r, NG.text)) for r in _recommendations(extraction)
    ]
    assert read == [
        ("1", "The Election Law should be amended to allow citizen observation."),
        ("2", "The Central Election Commission should publish results by polling station."),
    ]
    (report,) = [fact for fact in extraction.facts if fact.kind == NG.Report]
    assert first_text(report, DCTERMS.issued) == "2006-01-20"  # "Place, Date" on one line
