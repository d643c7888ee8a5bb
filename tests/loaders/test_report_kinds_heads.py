"""Title blocks of report kinds the fixtures do not use (invented texts, states and dates
made up): an ODIHR title block that does not name the Office before the report's name, or
ends in "FINAL REPORT" alone; a discussion paper numbered without "No.", a journal's research
note, a book chapter. Each must be told by its genre and read for its title and authors."""

from __future__ import annotations

import datetime

import pytest

from normgraph.loaders.odihr.head import head_final_report
from normgraph.loaders.scholarship.head import head_journal_article
from normgraph.loaders.text.genres import Genre, read_genre
from normgraph.loaders.text.source import SourceText

_BODY = "\n\n1. INTRODUCTION\n\n" + "The study reads the reports of election missions. " * 20

NO_ISSUER_IN_TITLE = """\



                               PRINCIPALITY OF LIECHTENSTEIN

                                 PARLIAMENTARY ELECTIONS
                                    15 March 2034

                    OSCE/ODIHR Election Assessment Mission Report

                                       Warsaw
                                    20 June 2034

I. INTRODUCTION

The OSCE Office for Democratic Institutions and Human Rights (OSCE/ODIHR) deployed an
Election Assessment Mission. Its experts met the electoral council, which was generally
timely, but the courts were slow.
"""

FINAL_REPORT_ALONE = """\
ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE
Office for Democratic Institutions and Human Rights



REPUBLIC OF SAN MARINO

ELECTIONS TO THE GREAT AND GENERAL COUNCIL
4 June 2036



FINAL REPORT



Warsaw
1 September 2036
"""


ODIHR_HEADS = {  # a title block, the title read from it and its issue date
    NO_ISSUER_IN_TITLE: (
        "PRINCIPALITY OF LIECHTENSTEIN, PARLIAMENTARY ELECTIONS, 15 March 2034, "
        "OSCE/ODIHR Election Assessment Mission Report",
        "2034-06-20",
    ),
    FINAL_REPORT_ALONE: (
        "REPUBLIC OF SAN MARINO, ELECTIONS TO THE GREAT AND GENERAL COUNCIL, "
        "4 June 2036, FINAL REPORT",
        "2036-09-01",
    ),
}


@pytest.mark.parametrize("text", ODIHR_HEADS, ids=["report-line", "alone"])
def test_an_odihr_title_block_gives_the_title_and_the_issue_date(text: str) -> None:
    title, issued = ODIHR_HEADS[text]
    head = head_final_report(SourceText("r", "r.txt", text))
    assert head.title == title
    assert head.issued == datetime.date.fromisoformat(issued)


DISCUSSION_PAPER = """\
Centre for Comparative Democracy                          Discussion Paper 2033/07

Who Follows Up? Election Recommendations in Five Small States

Marta Kowalczyk and Luís Pereira
"""

RESEARCH_NOTE = """\
RESEARCH NOTE

Observers in Consolidated Democracies: A Follow-up Study of Monaco

KATRIN MÜLLER
University of Graz

Alpine Politics Review, 51 (2035), 212-230
"""

BOOK_CHAPTER = """\
CHAPTER 4

Watching the Watchers: Election Missions to Andorra, 2005-2030

Andreas Georgiou

In: M. Rossi and T. Berg (eds), Observation in Old Democracies.
London: Example Press, 2031, 77-101.
"""


def _article(text: str) -> tuple[Genre, str | None, list[str]]:
    reading = read_genre(text + _BODY)
    head = head_journal_article(SourceText("a", "a.txt", text + _BODY))
    return reading.genre, head.title, [creator.name for creator in head.creators]


def test_a_discussion_paper_numbered_without_no() -> None:
    assert _article(DISCUSSION_PAPER) == (
        Genre.JOURNAL_ARTICLE,
        "Who Follows Up? Election Recommendations in Five Small States",
        ["Marta Kowalczyk", "Luís Pereira"],
    )


def test_a_research_note_with_its_citation_line_under_the_byline() -> None:
    assert _article(RESEARCH_NOTE) == (
        Genre.JOURNAL_ARTICLE,
        "Observers in Consolidated Democracies: A Follow-up Study of Monaco",
        ["KATRIN MÜLLER"],
    )


def test_a_book_chapter_with_the_book_named_under_the_byline() -> None:
    genre, title, authors = _article(BOOK_CHAPTER)
    assert genre is Genre.JOURNAL_ARTICLE
    assert read_genre(BOOK_CHAPTER + _BODY).weak_guess is None
    assert (title, authors) == (
        "Watching the Watchers: Election Missions to Andorra, 2005-2030",
        ["Andreas Georgiou"],
    )
