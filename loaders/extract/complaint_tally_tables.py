"""Complaint counts tabulated by outcome: a small table under a caption about complaints,
one row per outcome with its count, and often a total.

Reports that summarise how a body dealt with complaints print them as a two-column table
after PDF conversion ("Upheld   3" / "Rejected as unfounded   17" / "Total   32"). A
careful reader marks each outcome's count as an aggregate complaint with that outcome, and
the total as the aggregate. ``tally_tables`` finds such a table by its rows (each a label
and one whole number after a column gap, at least two of them naming an outcome by the
words of ``complaint_outcomes``) under a caption (or column header) that names what is
counted: complaints, appeals or petitions; the body is the one the caption names ("...
lodged with the State Election Commission").

>>> text = "Appeals to the Central Court\\n\\nGranted\\t4\\nDismissed\\t9\\nTotal\\t13\\n"
>>> [(row.count, row.outcome, row.body) for table in tally_tables(text) for row in table.rows]
[(4, 'upheld', 'Central Court'), (9, 'rejected', 'Central Court'), (13, None, 'Central Court')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.lines import line_spans
from .complaint_outcomes import outcome_in

_ROW = re.compile(r"^[ \t]*(?P<label>[A-Za-z][^\t\d]{0,60}?)(?:\t+|[ ]{2,})(?P<n>\d{1,6})[ \t]*$")
"""A label and one whole number after a column gap."""
_TOTAL = re.compile(r"^\s*(?:total|all|sum)\b", re.I)
_COUNTED = re.compile(r"\b(?:complaints?|appeals?|petitions?|claims?|lawsuits?)\b", re.I)
_BODY = re.compile(
    r"\b(?:with|to|before|by|at)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|for|on|and|the)){0,7})"
)
"""The body a caption names: capitalised words after "with", "to", "before", "by"."""
_CAPTION_LINES = 2
_CAPTION_REACH = 4
"""How many lines above its first row a table's caption may stand."""


@dataclass(frozen=True)
class TallyRow:
    """One row of a tally: its count, its outcome (None for the total), its offsets."""

    count: int
    outcome: str | None
    body: str | None
    start: int
    end: int
    subject: str | None = None
    """What the row's complaints were about, when its label says it (a table by subject)."""


@dataclass(frozen=True)
class TallyTable:
    rows: list[TallyRow]


def _caption(lines: list[tuple[int, int, str]], first: int) -> str:
    """Up to two non-blank lines just above the table's first row (its header and title,
    a blank line apart or not)."""
    above = [line[2].strip() for line in lines[max(0, first - _CAPTION_REACH) : first]]
    return " ".join([text for text in above if text][-_CAPTION_LINES:])


def body_named(caption: str) -> str | None:
    """The body a table's caption names ("... lodged with the Supreme Court"), if any."""
    match = _BODY.search(caption)
    if match is None:
        return None
    return re.sub(r"\s+(?:of|for|on|and|the)$", "", match.group("body"))


def tally_tables(text: str) -> list[TallyTable]:
    """Every table of complaint counts by outcome in ``text``, in order."""
    lines = list(line_spans(text))
    tables: list[TallyTable] = []
    index = 0
    while index < len(lines):
        run = index
        while run < len(lines) and _ROW.match(lines[run][2]):
            run += 1
        if run - index < 2:
            index = max(run, index + 1)
            continue
        table = _table(lines, index, run)
        if table is not None:
            tables.append(table)
        index = run
    return tables


def _table(lines: list[tuple[int, int, str]], first: int, stop: int) -> TallyTable | None:
    """The rows ``first:stop`` as a tally, when every row is an outcome or the total, two
    or more name an outcome and the caption names complaints; else None."""
    caption = _caption(lines, first)
    if not _COUNTED.search(caption):
        return None
    body = body_named(caption)
    rows: list[TallyRow] = []
    for start, end, line in lines[first:stop]:
        match = _ROW.match(line)
        assert match is not None
        label = match.group("label")
        verdict = None if _TOTAL.match(label) else outcome_in(label.lower())
        if verdict is None and not _TOTAL.match(label):
            return None
        rows.append(TallyRow(int(match.group("n")), verdict, body, start, end))
    if sum(1 for row in rows if row.outcome) < 2:
        return None
    return TallyTable(rows)


__all__ = ["TallyRow", "TallyTable", "body_named", "tally_tables"]
