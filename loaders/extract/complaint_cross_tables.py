"""Complaint counts tabulated by body (or by year) across outcome columns: one row per level
of the election administration, court or election, a column of how many were lodged and
one per outcome.

Reports summarise appeals this way ("Cantonal governments   21   3   11   7" under
"Lodged   Upheld   Rejected   Not admitted"), and PDF extraction leaves the header wrapped
over two lines and a row's label wrapped onto the next. A careful reader marks each row's
total as an aggregate complaint and each outcome cell as an aggregate with that outcome.
``cross_tables`` finds such a table by its rows (a label and three or more counts, a dash
for none, after column gaps), reads each count's column heading from the header lines
above, where the heading's cell stands over the count, and keeps the table only when every
column is a total ("Lodged", "Received", "Decided") or an outcome in the words of
``complaint_outcomes``, at least two are outcomes, and the caption or header names
complaints, appeals or petitions. The body is the one the caption names, else the row's
label (a year is no body).

>>> text = ("Table 2. Appeals by level\\nLevel        Lodged   Upheld   Rejected\\n"
...         "Regional boards   12       2        10\\nHigh Court        3        -        3\\n")
>>> [(r.count, r.outcome, r.body) for t in cross_tables(text) for r in t.rows][1:3]
[(2, 'upheld', 'Regional boards'), (10, 'rejected', 'Regional boards')]
"""

from __future__ import annotations

import re

from ..text.lines import line_spans
from .complaint_outcomes import outcome_in
from .complaint_tally_tables import TallyRow, TallyTable, body_named

_GAP = r"(?:\t+|[ ]{2,})"
_COUNT = r"(?:\d{1,6}|[\u2013\u2014-])"
_ROW = re.compile(
    rf"^[ \t]*(?P<label>\S.{{0,60}}?){_GAP}(?P<counts>{_COUNT}(?:{_GAP}{_COUNT}){{2,8}})[ \t]*$"
)
"""A label and three or more counts (or dashes), each after a column gap."""
_CELL = re.compile(r"\S+(?: \S+)*")
"""A cell of a space-aligned line: words one space apart."""
_TOTAL = re.compile(
    r"\b(?:lodged|received|filed|submitted|decided|registered|total|number|complaints|appeals"
    r"|petitions)\b",
    re.I,
)
"""A column heading that counts them all rather than one outcome."""
_COUNTED = re.compile(r"\b(?:complaints?|appeals?|petitions?)\b", re.I)
_HEADER_LINES = 3
_CAPTION_LINES = 2


def _lines(text: str) -> list[tuple[int, str]]:
    """Every line, blank ones too, with its start (``text.lines.line_spans``)."""
    return [(start, line) for start, _, line in line_spans(text)]


def cross_tables(text: str) -> list[TallyTable]:
    """Every table of complaint counts by row and outcome column in ``text``, in order."""
    lines = _lines(text)
    tables: list[TallyTable] = []
    index = 0
    while index < len(lines):
        if not _ROW.match(lines[index][1]):
            index += 1
            continue
        rows, last = [index], index
        while last + 1 < len(lines):
            step = 1 if _ROW.match(lines[last + 1][1]) else 2
            if last + step < len(lines) and _ROW.match(lines[last + step][1]):
                last += step
                rows.append(last)
            else:
                break
        table = _table(lines, rows)
        if table is not None:
            tables.append(table)
        index = last + 1
    return tables


def _header(lines: list[tuple[int, str]], first: int) -> list[str]:
    """The header lines just above the first row: those of two cells or more (a caption
    above them is one run of words)."""
    header: list[str] = []
    index = first - 1
    while index >= 0 and len(header) < _HEADER_LINES:
        line = lines[index][1]
        if len(_CELL.findall(line)) < 2:
            break
        header.insert(0, line)
        index -= 1
    return header


def _columns(header: list[str], positions: list[int]) -> list[str]:
    """Each count's heading: the header cells standing over it, joined across the lines a
    heading wraps over."""
    headings = ["" for _ in positions]
    for line in header:
        cells = [(m.start(), m.end(), m.group()) for m in _CELL.finditer(line)]
        for column, at in enumerate(positions):
            over = [cell for start, end, cell in cells if start - 3 <= at <= end + 1]
            if over:
                headings[column] = f"{headings[column]} {over[0]}".strip()
    return headings


def _table(lines: list[tuple[int, str]], rows: list[int]) -> TallyTable | None:
    """The rows as a cross table, or None when they do not read as one (see the module)."""
    first = _ROW.match(lines[rows[0]][1])
    assert first is not None
    counts_at = first.start("counts")
    positions = [counts_at + m.start() for m in re.finditer(_COUNT, first.group("counts"))]
    header = _header(lines, rows[0])
    headings = _columns(header, positions)
    outcomes = [None if _TOTAL.search(h) else outcome_in(h.lower()) for h in headings]
    totals = [bool(_TOTAL.search(h)) and outcome_in(h.lower()) is None for h in headings]
    if (
        not all(o or t for o, t in zip(outcomes, totals, strict=True))
        or sum(map(bool, outcomes)) < 2
    ):
        return None
    above = [line for _, line in lines[max(0, rows[0] - len(header) - _CAPTION_LINES) : rows[0]]]
    caption = " ".join(line.strip() for line in above if line.strip())
    if not _COUNTED.search(caption):
        return None
    named = body_named(caption)
    found: list[TallyRow] = []
    for index in rows:
        start, line = lines[index]
        match = _ROW.match(line)
        assert match is not None
        cells = re.findall(_COUNT, match.group("counts"))
        if len(cells) != len(headings):
            return None
        label = match.group("label").strip()
        body = named or (label if re.search(r"[A-Za-z]{3}", label) else None)
        for cell, verdict in zip(cells, outcomes, strict=True):
            if cell.isdigit() and int(cell) > 0:
                found.append(TallyRow(int(cell), verdict, body, start, start + len(line)))
    return TallyTable(found) if found else None


__all__ = ["cross_tables"]
