"""Trackers: tables of earlier recommendations with a status column, wherever they stand,
their rows included where the text conversion split the table into several paragraphs (read
by the assessment readers, ``assessments`` and ``tracker``)."""

from __future__ import annotations

import re

from ..text.columns import CELL_GAP
from ..text.document import Document, Element, ElementKind

_STATUS_HEADER = re.compile(
    rf"\brecommendations?\b[^\n]{{0,120}}?{CELL_GAP}\s*"
    # the status column may name when: "2018 status", "June 2021 status", "Current status"
    r"(?:(?:(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|current|latest|present|final)\s+)?"
    r"(?:(?:Implementation\s+)?Status|Follow-?up|Progress|Implementation"
    r"|Implemented\s*\?|Assessment)(?:\b|(?<=\?))",
    re.I,
)
"""A table whose header has a recommendation column and a status column ("Status",
"Implementation status", "Follow-up by 2010", "Progress", "Implemented?", "Assessment
(2033)", "June 2021 status") is a tracker wherever it stands."""


_HEADER_LINES = 5
"""How far down an element its table's header may stand: below the table's title, its
caption and a heading line the conversion joined to the table."""


_STATUS_COLUMN = re.compile(r"\S(?:\t| {2,}|\s*\|\s*)(?:Implementation\s+)?Status\b", re.I)
"""A header's status column after another ("Subject (2014 numbering)   Status, July 2021")."""
_OF_RECOMMENDATIONS = re.compile(r"\brecommendations?\b", re.I)
_LAST_STATUS_CELL = re.compile(
    r"\S(?:\t| {2,}|\s*\|\s*)(?:Implementation\s+)?Status\s*\|?\s*$", re.I
)
"""A header whose last cell is the status column."""


def has_status_column(document: Document, element: Element, lead_in: str = "") -> bool:
    """Does the element open with a table header that has a status column (below the
    table's title or caption, if any)? The header names the recommendations, or a status
    column stands under a title or caption that does ("Table 1. Recommendations of the
    2014 report ..."), or under ``lead_in``, the paragraph that introduces the table and
    the heading it stands under ("The tracker lists the recommendations we discuss")."""
    lines = [document.source.text[p.start : p.end] for p in element.pieces[:_HEADER_LINES]]
    if any(_STATUS_HEADER.search(line) for line in lines):
        return True
    column = next((i for i, line in enumerate(lines) if _STATUS_COLUMN.search(line)), None)
    if column is None:
        return False
    if any(_OF_RECOMMENDATIONS.search(x) for x in lines[:column]):
        return True
    # under a lead-in only a header whose last cell is the status ("... | subject | status"),
    # not a caption that speaks of a status ("Table 6.1  Status of ... by topic")
    last = _LAST_STATUS_CELL.search(lines[column]) is not None
    return last and _OF_RECOMMENDATIONS.search(lead_in) is not None


def _lead_in(elements: list[Element], index: int) -> str:
    """The heading and the paragraph right before ``elements[index]`` in its section."""
    element = elements[index]
    before = elements[index - 1] if index else None
    said = before.text if before is not None and before.section is element.section else ""
    return f"{element.section.title if element.section else ''} {said}"


_ROW_STATUS = re.compile(
    rf"{CELL_GAP}[^|\t]*?\b(?:implemented|addressed|yes|no|partly|partial(?:ly)?|fully"
    r"|done|completed|pending|ongoing|in\s+progress|outstanding|unaddressed|no\s+action"
    r"|not\s+started)\b",
    re.I,
)
"""A status in a later cell of a row: a table's next paragraph goes on with it."""
_COLUMN_GAP = re.compile(r"\S {2,}\S|\t|\|")
"""A gap between two cells of a space-aligned, tab- or bar-separated row."""


def status_tables(document: Document) -> list[Element]:
    """The elements of every table with a status column (``has_status_column``), its rows
    included where the conversion split the table into several paragraphs: the elements
    after the header, in its section, whose lines keep the gaps between cells or are a
    wrapped cell's indented lines, up to the first that reads as prose."""
    found: list[Element] = []
    elements = document.elements
    for index, element in enumerate(elements):
        if not has_status_column(document, element, _lead_in(elements, index)):
            continue
        found.append(element)
        for row in elements[index + 1 :]:
            if row.section is not element.section or row.kind is ElementKind.HEADING:
                break
            lines = [document.source.text[p.start : p.end] for p in row.pieces]
            gaps = any(_COLUMN_GAP.search(line.strip()) for line in lines)
            if not gaps and not all(line.startswith("  ") for line in lines):
                break  # prose, not a row or a wrapped cell's indented line
            indented = document.source.text[row.pieces[0].start - 1] in (" ", "\t")
            if not indented and not _ROW_STATUS.search(lines[0]):
                break  # the header of another table ("Election-day checklist  Answer")
            found.append(row)
    return list(dict.fromkeys(found))
