"""Dated events a study lists as a chronology: a box or table of rows that each open with a
year (or a date) set apart by spaces or a dash, then what happened ("2015  Recommendation
repeated; ...", "3 May 2018 - Pilots in five authorities"), a row's text running on over
indented lines. Prose sentences are ``events.py``'s; these rows are not sentences.

A row's date is the most precise date it writes of its own year ("2018  Pilots ... (3 May
2018)" is 3 May 2018), else its year. Three rows or more in a run make a chronology: a
single line opening with a year is a heading or a table's cell. Rows that set what follows
the date in further columns ("7 Nov 2010   Parliamentary   Observation mission") are a
table of dated rows (an election's kind, an activity), not a chronology's happenings.
"""

from __future__ import annotations

import re

from ..rdf.facts import Extraction, Fact
from ..text.dates import DATE_PATTERN, When, match_to_date
from ..text.source import SourceText
from .events import event_fact

_WHEN = r"(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+|[A-Z][a-z]+\.?\s+\d{1,2},\s+)?(?:19|20)\d{2}"
"""A row's date: a year, or a day and month before it ("2 Apr 2017", "Sept. 5, 2019")."""
_ROW = re.compile(
    rf"^[ \t]*(?P<when>{_WHEN})"
    r"(?:[ \t]{2,}|\t|[ \t]+[\u2013\u2014-][ \t]+)"
    rf"(?P<what>[A-Z\"\u201c][^\n]*(?:\n[ \t]{{4,}}(?!{_WHEN}\b|[-=_\u2500]{{3}})\S[^\n]*)*)",
    re.M,
)
"""One row: its year or date, then what happened, with its indented continuation lines (a
line that opens with a date of its own is the next row, however far the box indents it; a
rule of dashes closes the box)."""
_MIN_ROWS = 3
_CELLS = re.compile(r"\S[ \t]{3,}\S|\t")
"""A further column inside a row's first line: the row is a table's, not a chronology's."""


def _a_table(run: list[re.Match[str]]) -> bool:
    """Whether most rows of ``run`` set what follows the date in more than one column."""
    celled = sum(bool(_CELLS.search(row["what"].split("\n")[0])) for row in run)
    return 2 * celled > len(run)


def _days(text: str) -> list[When]:
    """The full dates ``text`` writes, an impossible one ("31 Feb 2012") left out."""
    found = []
    for match in DATE_PATTERN.finditer(text):
        try:
            found.append(When.from_date(match_to_date(match)))
        except ValueError:
            continue
    return found


def chronology_rows(source: SourceText) -> list[tuple[When, int, int]]:
    """Each row of every chronology in the text: its date and the row's extent."""
    runs: list[list[re.Match[str]]] = []
    for row in _ROW.finditer(source.text):
        follows = runs and not source.text[runs[-1][-1].end() : row.start()].strip()
        if follows:
            runs[-1].append(row)
        else:
            runs.append([row])
    found = []
    for run in (run for run in runs if len(run) >= _MIN_ROWS and not _a_table(run)):
        for row in run:
            year = int(row["when"][-4:])
            precise = [when for when in _days(row[0]) if when.year == year]
            when = precise[0] if precise else When(year)
            found.append((when, row.start("when"), row.end()))
    return found


def add_chronology_events(
    extraction: Extraction, source: SourceText, report: Fact, key: str
) -> list[Fact]:
    """One ``schema:Event`` per chronology row, the row as its label and evidence."""
    found = []
    for when, start, end in chronology_rows(source):
        span = source.span(start, end)
        text = " ".join(span.quote.split())
        found.append(extraction.merge(event_fact(key, when, text, [span], report)))
    return found


__all__ = ["add_chronology_events", "chronology_rows"]
