"""Findings whatever a report's outline looks like: sections numbered so that the outer
parts read as level 2 ("1.0 SUMMARY"), headings drawn with a bullet glyph ("\u25a0 Media"),
or no heading the document model recognises at all. The findings reader of each genre
still reads the paragraphs that judge (invented texts, states and layouts of no fixture)."""

from __future__ import annotations

from normgraph.loaders.registry import loader_for
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.genres import Genre
from normgraph.loaders.text.source import SourceText

from .fact_lookup import finding_polarities

ZERO_DECIMAL = """\
OBSERVER NETWORK OF THE NORTH
International Observation Mission, Republic of Kazakhstan
Parliamentary Elections, 12 March 2034

PRELIMINARY STATEMENT

Astana, 13 March 2034


1.0  SUMMARY

The elections were calm and well organised, and voters could choose freely.

2.0  THE MISSION

The mission deployed 40 observers from 12 countries on 20 February 2034.

3.0  ELECTION ADMINISTRATION

3.1  The Central Board met all legal deadlines and held its sessions in public.

3.2  The Central Board has nine members appointed by parliament.

3.3  Decisions on complaints were adopted without discussion, which undermined trust.

4.0  RECOMMENDATIONS

4.1  The law should define the powers of the Central Board in an emergency.
"""

GLYPH_HEADINGS = """\
Mission of the Lake Observers
Republic of Estonia \u2014 Presidential Election, 2 June 2031

                       INTERIM REPORT
                   1 \u2013 20 May 2031


\u25aa Overview

Candidates are campaigning freely and fundamental rights are respected.


\u25aa Voter Lists

Voters may check their entry online. Many voters abroad were removed from the lists
without notice, which raised concerns about disenfranchisement.


\u25aa Media Environment

The public broadcaster gives candidates equal coverage.
"""


def _findings(genre: Genre, text: str) -> dict[str, str]:
    return finding_polarities(loader_for(genre).extract(SourceText("t", "t.txt", text)))


def test_a_statement_whose_parts_are_numbered_one_level_down_keeps_its_findings() -> None:
    found = _findings(Genre.PRELIMINARY_STATEMENT, ZERO_DECIMAL)
    assert found.get("The elections were calm and well organis") == "positive"
    assert found.get("The Central Board met all legal deadline") == "positive"
    assert found.get("Decisions on complaints were adopted wit") == "problem"
    assert not any(text.startswith(("The mission deployed", "The law should")) for text in found)


def test_a_bullet_glyph_before_a_short_title_alone_is_a_heading() -> None:
    document = parse_document(SourceText("t", "t.txt", GLYPH_HEADINGS))
    assert [s.title for s in document.sections()] == [
        "Overview",
        "Voter Lists",
        "Media Environment",
    ]
    items = "\u2022 Voter Lists are kept by the municipalities\n\u2022 Media\n"
    assert list(parse_document(SourceText("t", "t.txt", items)).sections()) == []


def test_an_interim_report_with_glyph_headings_keeps_its_findings() -> None:
    found = _findings(Genre.PRELIMINARY_STATEMENT, GLYPH_HEADINGS)
    assert found.get("Candidates are campaigning freely and fu") == "positive"
    assert "problem" in found.values()
    assert found.get("The public broadcaster gives candidates ") == "positive"


NO_OUTLINE = """\
Republic of Kazakhstan, Early Presidential Election, 9 June 2033
Observation Mission Final Report

>> Overview of the electoral process: the election was calm and orderly, although the
   campaign lacked genuine competition.

>> The Central Election Commission adopted its decisions in closed sessions.

>> The mission deployed 30 long-term observers.
"""


def test_a_final_report_whose_headings_are_not_recognised_is_read_whole() -> None:
    document = parse_document(SourceText("t", "t.txt", NO_OUTLINE))
    assert list(document.sections()) == []
    found = _findings(Genre.FINAL_REPORT, NO_OUTLINE)
    assert "problem" in found.values()
    assert found.get("The Central Election Commission adopted ") == "problem"
    assert not any(text.startswith("The mission deployed") for text in found)
