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
label (a year is no body); under a label heading that says what the rows are, the label is
the body ("Body", "Level", "Instance") or the subject ("Subject", "Type", "Grounds"). A
header cell wrapped onto a line of its own ("Left without" over "consideration") is still
header, and a label wrapped over two lines ("Campaign and misuse of" over "administrative
resources  17 ...") is one. A Total row carries the table's outcome counts: when there is
one, with a total column too, the other rows give their totals only, so that no complaint
is counted twice (by row and again in the Total row's outcome).

>>> text = ("Table 2. Appeals by level\\nLevel        Lodged   Upheld   Rejected\\n"
...         "Regional boards   12       2        10\\nHigh Court        3        -        3\\n")
>>> [(r.count, r.outcome, r.body) for t in cross_tables(text) for r in t.rows][1:3]
[(2, 'upheld', 'Regional boards'), (10, 'rejected', 'Regional boards')]
"""

from __future__ import annotations

import re

from ..text.lines import line_spans
from ..text.words import any_word
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
_TOTAL = any_word(
    "lodged, received, filed, submitted, decided, registered, total, number, complaints, "
    "appeals, petitions"
)
"""A column heading that counts them all rather than one outcome."""
_COUNTED = any_word("complaints?, appeals?, petitions?")
_TOTAL_ROW = re.compile(r"^\s*(?:total|all|overall|sum)\b", re.I)
_BODY_HEADING = any_word("body, bodies, level, instance, court, commission, authority, institution")
_SUBJECT_HEADING = any_word(
    "subject, topic, issue, nature, type, category, grounds?, matter, concern"
)
"""Label headings that say what the rows are: bodies or subjects of complaints."""
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


def _header(lines: list[tuple[int, str]], first: int, counts_at: int) -> list[str]:
    """The header lines just above the first row: those of two cells or more (a caption
    above them is one run of words), or of one cell standing over the count columns (a
    heading's wrapped words)."""
    header: list[str] = []
    index = first - 1
    while index >= 0 and len(header) < _HEADER_LINES:
        line = lines[index][1]
        cells = list(_CELL.finditer(line))
        if not cells or (
            len(cells) < 2 and cells[0].start() < counts_at - 3 and not _wrapped(lines, index)
        ):
            break
        header.insert(0, line)
        index -= 1
    return header


def _columns(header: list[str], positions: list[int], shift: bool = False) -> list[str]:
    """Each count's heading: the header cells standing over it, joined across the lines a
    heading wraps over (with ``shift``, flush-left lines placed as ``_placed`` says)."""
    headings = ["" for _ in positions]
    for line in header:
        cells = _placed(line, positions, shift)
        for column, at in enumerate(positions):
            over = [cell for start, end, cell in cells if start - 3 <= at <= end + 1]
            if over:
                headings[column] = f"{headings[column]} {over[0]}".strip()
    return headings


def _wrapped(lines: list[tuple[int, str]], index: int) -> bool:
    """Whether a one-cell line is a header's wrapped words that lost their indentation
    ("consideration" flush left under "... Left without"): in lower case, right under a
    line of three cells or more."""
    above = lines[index - 1][1] if index > 0 else ""
    return lines[index][1].lstrip()[:1].islower() and len(_CELL.findall(above)) >= 3


def _kinds(headings: list[str]) -> tuple[list[str | None], list[bool]]:
    """Each heading's outcome, and whether it counts them all."""
    outcomes = [None if _TOTAL.search(h) else outcome_in(h.lower()) for h in headings]
    totals = [bool(_TOTAL.search(h)) and outcome_in(h.lower()) is None for h in headings]
    return outcomes, totals


def _readable(outcomes: list[str | None], totals: list[bool]) -> bool:
    """Every column a total or an outcome, two of them outcomes."""
    every = all(o or t for o, t in zip(outcomes, totals, strict=True))
    return every and sum(map(bool, outcomes)) >= 2


def _placed(line: str, positions: list[int], shift: bool) -> list[tuple[int, int, str]]:
    """A header line's cells with their columns. With ``shift``, a line flush left whose
    cells stand over more counts when its last cell is moved over the last count column
    lost its indentation (a flattened export): its cells keep their gaps, so they are
    read at that shift."""
    cells = [(m.start(), m.end(), m.group()) for m in _CELL.finditer(line)]
    if not shift or not cells or line[:1].isspace():
        return cells
    by = positions[-1] - cells[-1][0]
    moved = [(start + by, end + by, cell) for start, end, cell in cells]
    return moved if by > 0 and _over(moved, positions) > _over(cells, positions) else cells


def _over(cells: list[tuple[int, int, str]], positions: list[int]) -> int:
    """How many cells stand over a count (as ``_columns`` places them)."""
    return sum(any(start - 3 <= at <= end + 1 for at in positions) for start, end, _ in cells)


def _table(lines: list[tuple[int, str]], rows: list[int]) -> TallyTable | None:
    """The rows as a cross table, or None when they do not read as one (see the module)."""
    first = _ROW.match(lines[rows[0]][1])
    assert first is not None
    counts_at = first.start("counts")
    positions = [counts_at + m.start() for m in re.finditer(_COUNT, first.group("counts"))]
    header = _header(lines, rows[0], counts_at)
    headings = _columns(header, positions)
    label_heading = _columns(header, [first.start("label")])[0]
    tabbed = _tabbed(header, len(positions))
    if tabbed:
        label_heading, headings = tabbed[0], tabbed[1:]
    outcomes, totals = _kinds(headings)
    if not _readable(outcomes, totals) and not tabbed:
        # a header that lost its indentation: its flush-left lines read at their shift
        shifted = _columns(header, positions, shift=True)
        if _readable(*_kinds(shifted)):
            headings = shifted
            label_heading = _columns(header, [first.start("label")], shift=True)[0]
            outcomes, totals = _kinds(headings)
    summed = False
    if not _readable(outcomes, totals):
        # headings it cannot read: the first column is still every row's total when it
        # sums the others in every row ("Referred  Resolved  Not in time  Refused")
        if not _first_sums_rest(lines, rows):
            return None
        # only the totals, then: a column it cannot read leaves the others' split unsure
        summed, totals = True, [True] + [False] * (len(headings) - 1)
        outcomes = [None] * len(headings)
    above = [line for _, line in lines[max(0, rows[0] - len(header) - _CAPTION_LINES) : rows[0]]]
    caption = " ".join(line.strip() for line in above if line.strip())
    if not _COUNTED.search(caption):
        return None
    named = body_named(caption)
    by_body = bool(_BODY_HEADING.search(label_heading))
    by_subject = not by_body and bool(_SUBJECT_HEADING.search(label_heading))
    labels = [_label(lines, index, rows) for index in rows]
    has_total = any(totals) and any(_TOTAL_ROW.match(label) for label in labels)
    found: list[TallyRow] = []
    for index, label in zip(rows, labels, strict=True):
        start, line = lines[index]
        match = _ROW.match(line)
        assert match is not None
        cells = re.findall(_COUNT, match.group("counts"))
        if len(cells) != len(headings):
            return None
        is_total = bool(_TOTAL_ROW.match(label))
        if is_total and summed:
            continue  # the sum of the rows, which the text around the table gives
        named_label = label if re.search(r"[A-Za-z]{3}", label) and not is_total else None
        body = named_label if by_body else named or (None if by_subject else named_label)
        if is_total and by_body:
            body = None  # the caption's "known to X" is no body of all the rows
        subject = named_label if by_subject else None
        by_total = has_total and not is_total and not summed  # its outcomes in the Total row
        for cell, verdict, total in zip(cells, outcomes, totals, strict=True):
            if by_total and verdict is not None:
                continue  # the Total row counts it by outcome
            if verdict is None and not total:
                continue  # a column whose heading names no outcome
            if by_total and total:
                verdict = _only_outcome(cells, outcomes, cell)  # "2 lodged, 2 not considered"
            if cell.isdigit() and int(cell) > 0:
                found.append(TallyRow(int(cell), verdict, body, start, start + len(line), subject))
    return TallyTable(found) if found else None


def _only_outcome(cells: list[str], outcomes: list[str | None], total: str) -> str | None:
    """The outcome of a row's whole ``total`` when one outcome column holds all of it."""
    held = {o for c, o in zip(cells, outcomes, strict=True) if o and c.isdigit() and int(c) > 0}
    if len(held) != 1:
        return None
    (only,) = held
    count = next(c for c, o in zip(cells, outcomes, strict=True) if o == only)
    return only if count == total else None


def _first_sums_rest(lines: list[tuple[int, str]], rows: list[int]) -> bool:
    """Whether, in two rows or more, each row's first count is the sum of its others (a
    dash for none): the first column is then the rows' totals, whatever its heading."""
    sums = []
    for index in rows:
        match = _ROW.match(lines[index][1])
        assert match is not None
        cells = [int(c) if c.isdigit() else 0 for c in re.findall(_COUNT, match.group("counts"))]
        sums.append(cells[0] > 0 and cells[0] == sum(cells[1:]))
    return len(sums) >= 2 and all(sums)


def _tabbed(header: list[str], counts: int) -> list[str]:
    """A tabbed header's cells in order (the label's heading, then one per count column),
    when its one line has exactly as many: tabs do not align by character, the cells'
    order does."""
    if len(header) != 1 or "\t" not in header[0]:
        return []
    cells = [cell.strip() for cell in header[0].split("\t") if cell.strip()]
    return cells if len(cells) == counts + 1 else []


def _label(lines: list[tuple[int, str]], index: int, rows: list[int]) -> str:
    """A row's label, with the words of a line just above it that is no row when the
    label goes on from them ("Campaign and misuse of" / "administrative resources")."""
    match = _ROW.match(lines[index][1])
    assert match is not None
    label = match.group("label").strip()
    above = lines[index - 1][1].strip() if index > 0 else ""
    if index - 1 not in rows and index != rows[0] and above and label[:1].islower():
        return f"{above} {label}"
    below = lines[index + 1][1] if index + 1 < len(lines) else ""
    if index + 1 not in rows and _goes_on(below, match.start("label"), lines, index + 2, rows):
        return f"{label} {below.strip()}"  # "Central Election   146 ..." over "Commission"
    return label


def _goes_on(
    line: str, column: int, lines: list[tuple[int, str]], after: int, rows: list[int]
) -> bool:
    """Whether ``line``, between two rows and no row itself, is the rest of the row above's
    label: words with no count, in the label's column, one run of words (not cells), and
    the row below does not take them as its own first words (its label goes on in lower
    case). Below the last row such a line is a note, not a label's end."""
    words = line.strip()
    if not words or after not in rows or re.search(r"\d|\S\s{2,}\S", words):
        return False
    if len(line) - len(line.lstrip()) > column + 2:
        return False
    below = _ROW.match(lines[after][1])
    return below is not None and not below.group("label").strip()[:1].islower()


__all__ = ["cross_tables"]
