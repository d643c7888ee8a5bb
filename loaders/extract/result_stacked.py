"""Results tables that a PDF conversion left one cell per line.

Some converters read a table cell by cell down the page: the header's cells stand on
lines of their own ("Party" / "Votes" / "%" / "Seats"), then each row is its name (on one
or more lines, when it wrapped in its cell) followed by one line per figure. The national
figures above such a table come the same way, a label line then its figure
("Registered voters" / "8 264 484"). ``read_stacked`` recognises the header by its cells
(a first cell naming no column role, then one role per line, together a results header)
and reads a row wherever the lines after a name are exactly as many single figures as the
header has figure columns; it stops at the first line that breaks that rhythm.

>>> from normgraph.loaders.text.source import SourceText
>>> text = "Party\\nVotes\\n%\\nUnity Front\\n1 204 331\\n60.0\\nForward List\\n802 887\\n40.0\\n"
>>> table = read_stacked(SourceText("d", "d.txt", text), 0, len(text))
>>> [(row.name, str(row.votes.value), str(row.share.value)) for row in table.table.rows]
[('Unity Front', '1204331', '60.0'), ('Forward List', '802887', '40.0')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.lines import split_lines
from ..text.source import SourceText
from .result_headers import (
    INDEPENDENTS,
    OTHERS,
    ROLE_WORDS,
    is_header,
    national_label,
    roles_of,
)
from .result_rows import (
    TOTAL_ROW,
    Cell,
    ResultRow,
    ResultTable,
    assign_cells,
    read_figure,
    thousands_separator,
)

_FIGURE_LINE = re.compile(r"^\s*(?P<figure>\d(?:[\d \u00a0\u2009\u202f'\u2019.,]*\d)?\s?%?)\s*$")
"""A line holding one figure and nothing else."""
_MAX_HEADER = 6
_SHORT = 40
"""A header cell's line is short."""
_MAX_NAME_LINES = 3
_NAME_WORDS = 12


@dataclass(frozen=True)
class StackedTable:
    """A cell-per-line table: where its national figures (or header) begin, where its
    last row ends, and what it holds."""

    top: int
    end: int
    table: ResultTable


Lines = list[tuple[int, int, str]]


def _lines(source: SourceText, start: int, end: int) -> Lines:
    """The stretch's non-blank lines, with offsets into the whole text."""
    return [
        (start + line.start, start + line.end, line.text)
        for line in split_lines(source.text[start:end])
    ]


def _header_at(lines: Lines, index: int) -> int:
    """How many lines the header starting at ``index`` has (0 when none starts there): a
    first cell naming no role, then cells of one role each, together a results header."""
    first = lines[index][2].strip()
    if len(first) > _SHORT or index + 2 >= len(lines):
        return 0
    second = lines[index + 1][2]
    if len(second) > _SHORT or not ROLE_WORDS.search(second):
        return 0  # a cheap test first: most lines of a report open no such header
    if roles_of(first) or _FIGURE_LINE.match(first) or len(first.split()) > 3:
        return 0
    size = 1
    while index + size < len(lines) and size < _MAX_HEADER:
        cell = lines[index + size][2].strip()
        if len(cell.split()) > 5 or len(roles_of(cell)) != 1 or _FIGURE_LINE.match(cell):
            break
        size += 1
    joined = "   ".join(lines[i][2].strip() for i in range(index, index + size))
    return size if size >= 3 and is_header(joined) else 0


def _figure(source: SourceText, line: tuple[int, int, str], separator: str) -> Cell | None:
    match = _FIGURE_LINE.match(line[2])
    if match is None:
        return None
    return read_figure(source, line[0] + match.start("figure"), line[0] + match.end(), separator)


def read_stacked(source: SourceText, start: int, end: int) -> StackedTable | None:
    """The first cell-per-line results table in ``source.text[start:end]``, with the
    national figures stacked above its header, or None when there is none."""
    found = stacked_tables(source, start, end)
    return found[0] if found else None


def stacked_tables(source: SourceText, start: int, end: int) -> list[StackedTable]:
    """Every cell-per-line results table in ``source.text[start:end]``, in order."""
    lines = _lines(source, start, end)
    separator = thousands_separator([text for _, _, text in lines])
    found: list[StackedTable] = []
    index = 0
    while index < len(lines):
        size = _header_at(lines, index)
        table = _read(source, lines, index, size, separator) if size else None
        if table is None:
            index += 1
            continue
        found.append(table)
        index = next((i for i, line in enumerate(lines) if line[0] >= table.end), len(lines))
    return found


def _read(
    source: SourceText, lines: Lines, header: int, size: int, separator: str
) -> StackedTable | None:
    roles = roles_of("   ".join(lines[i][2].strip() for i in range(header, header + size)))
    table = ResultTable(heading=lines[header][2].strip())
    top = _national_above(source, lines, header, separator, table)
    index, last = header + size, lines[header + size - 1][1]
    while index < len(lines):
        names = 0
        while (
            index + names < len(lines)
            and names < _MAX_NAME_LINES
            and not _FIGURE_LINE.match(lines[index + names][2])
            and len(lines[index + names][2].split()) <= _NAME_WORDS
        ):
            names += 1
        figures = lines[index + names : index + names + size - 1]
        cells = [_figure(source, line, separator) for line in figures]
        if not names or len(cells) != size - 1 or any(cell is None for cell in cells):
            break
        name_lines = lines[index : index + names]
        name = " ".join(text.strip() for _, _, text in name_lines)
        row = ResultRow(name, [source.span(s, e) for s, e, _ in name_lines])
        assign_cells(row, [cell for cell in cells if cell is not None], roles)
        if TOTAL_ROW.match(name):
            table.totals.append(row)
        elif OTHERS.search(name) or INDEPENDENTS.search(name):
            table.others.append(row)
        else:
            table.rows.append(row)
        index += names + size - 1
        last = figures[-1][1]
    if len(table.rows) < 2:
        return None
    return StackedTable(top, last, table)


def _national_above(
    source: SourceText, lines: Lines, header: int, separator: str, table: ResultTable
) -> int:
    """Read the label / figure pairs right above the header as national figures; the
    offset where they begin (the header's when there are none)."""
    top = lines[header][0]
    index = header - 2
    while index >= 0:
        label = national_label(lines[index][2].strip())
        cell = _figure(source, lines[index + 1], separator)
        if label is None or cell is None:
            break
        table.national.setdefault(label, cell)
        top = lines[index][0]
        index -= 2
    return top


__all__ = ["StackedTable", "read_stacked", "stacked_tables"]
