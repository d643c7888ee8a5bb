"""Results tables as a PDF conversion leaves them: one line per row, read line by line.

A results annex lists candidates or party lists with their votes, one or more
percentages (of valid votes, of votes cast) and seats. After conversion the columns are
runs of spaces or tabs, a long name wraps onto a second line (before or after the
figures), a bloc's member lists follow as indented or dashed sub-rows, the rows may stand
in any order (alphabetical, ballot order), and thousands are grouped with a comma, dot,
space, no-break or thin space, or an apostrophe. ``read_result_rows`` reads such a
stretch of text into rows without assuming any of these: each figure keeps its exact
span, a "Total" row is kept apart (it is a check, not a contestant), national figures
(registered voters, valid votes, turnout...) are recognised by their label, and a
malformed figure is read as best it can be with its problem named.

>>> from normgraph.loaders.text.source import SourceText
>>> text = "Party   Votes   %   Seats\\nUnity Front  1 204 331  48.2  61\\n"
>>> text += "Total  2 498 112  100  120\\n"
>>> table = read_result_rows(SourceText("d", "d.txt", text), 0, len(text))
>>> [(row.name, str(row.votes.value), str(row.share.value), row.seats.span.quote)
...  for row in table.rows if row.votes and row.share and row.seats]
[('Unity Front', '1204331', '48.2', '61')]
>>> [str(row.votes.value) for row in table.totals if row.votes]
['2498112']
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.page_lines import page_line, repeated_lines
from ..text.source import SourceText
from .result_columns import GROUP_SEPARATORS, split_row
from .result_header_columns import HeaderColumn, header_columns, placed_roles
from .result_headers import (
    CAPTION_DATE,
    COLUMN_GAP,
    INDEPENDENTS,
    NOT_A_ROW,
    OTHERS,
    first_cell_end,
    header_second_line,
    header_wrap,
    is_header,
    national_label,
    other_header,
    roles_of,
    text_columns_of,
    year_header,
)
from .result_lines import Line, table_lines
from .result_model import Cell, ResultRow, ResultTable
from .result_names import ballot_numbered, first_cell, joined_name, name_column

_COLUMN_GAP = COLUMN_GAP
TOTAL_ROW = re.compile(r"^\s*(?:grand\s+)?totals?\b|^\s*(?:all|sum)\s*$", re.I)
_SUB_ROW = re.compile(
    r"^\s*(?:[-\u2013\u2022\u25aa*>]\s|of wh(?:ich|om)\b|thereof\b|including\b|incl\.|\(?[a-z]\))"
)
"""A sub-row of the row above: a dash or bullet, "of which", "of whom", "including"."""
_PART_OF = re.compile(r"^\s*(?:of wh(?:ich|om)|thereof|including|incl\.)", re.I)
_JOINS_NEXT = re.compile(r"(?:\b(?:of|and|for|the|in|to|on|-)|[,(/&\u2013-])\s*$", re.I)
_CONTINUES = re.compile(r"^\s*(?:[a-z(]|and\b|of\b|[\u2013-](?!\s))")
_SEATS_ONLY: list[tuple[str, str]] = [("seats", "")]
_LEADING_NUMBER = re.compile(r"^(?:\d{1,3}[.)]\s*|\d{1,3}(?:\t|\s{2,})|[-\u2013\u2022\u25aa*>]\s+)")
"""A ballot number or bullet before a contestant's name: "1.", "2)", "3" then a column gap."""
_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z]{1,7})\)$")


def _cells(line: Line, figures: list[re.Match[str]], separator: str) -> list[tuple[int, int]]:
    """Each figure run cut into cells: at column gaps, and at single spaces that do not
    group thousands (a space group is three digits after a one-to-three-digit lead)."""
    cells: list[tuple[int, int]] = []
    for match in figures:
        start = match.start()
        for gap in _COLUMN_GAP.finditer(match.group()):
            cells.extend(_ungrouped(line.text, start, match.start() + gap.start(), separator))
            start = match.start() + gap.end()
        cells.extend(_ungrouped(line.text, start, match.end(), separator))
    return cells


def _ungrouped(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    part = text[start:end]
    if separator in " \u00a0\u2009\u202f" or not re.search(r"\d\s\d", part):
        grouping = re.compile(r"\([^()]*\)|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}(?!\d))+|\S+")
    else:
        grouping = re.compile(r"\([^()]*\)|\S+")  # a bracketed share is one cell: "(35.9 %)"
    return [(start + m.start(), start + m.end()) for m in grouping.finditer(part)]


def thousands_separator(texts: list[str]) -> str:
    """A table's thousands separator: the one that groups three digits most often."""
    counts: dict[str, int] = {}
    for text in texts:
        for match in re.finditer(rf"\d([{GROUP_SEPARATORS}])\d{{3}}(?!\d)", text):
            sep = match.group(1)
            counts[sep] = counts.get(sep, 0) + (0 if sep in ".," and _decimalish(text) else 1)
    for text in texts:  # a separator grouping twice in one figure is sure
        for match in re.finditer(rf"\d([{GROUP_SEPARATORS}])\d{{3}}\1\d{{3}}", text):
            counts[match.group(1)] = counts.get(match.group(1), 0) + 10
    return max(counts, key=lambda sep: counts[sep]) if counts else ","


def _decimalish(text: str) -> bool:
    return bool(re.search(r"\d[.,]\d{3}\s?%", text))


def read_figure(source: SourceText, start: int, end: int, separator: str) -> Cell | None:
    """A cell's value: a percentage keeps its decimals, a count loses its separators."""
    span = source.span(start, end)
    bracketed = span.quote.startswith("(") and span.quote.endswith(")")
    quote = span.quote[1:-1].strip() if bracketed else span.quote
    raw = quote.rstrip("%").strip()
    percent = quote.endswith("%")
    if not raw or not raw[0].isdigit():
        return None
    decimal = "," if separator == "." else "."
    groups = re.split(rf"[{re.escape(GROUP_SEPARATORS)}]", raw)
    seps = re.findall(rf"[{re.escape(GROUP_SEPARATORS)}]", raw)
    if not seps:
        return Cell(Decimal(raw), span)
    if seps[-1] in ".," and (percent or len(groups[-1]) < 3 or seps[-1] == decimal):
        whole = "".join(groups[:-1])
        problem = None
        if seps[-1] != decimal and not percent and separator in ".,":
            # beside space-grouped thousands a decimal comma is the convention, no fault
            problem = "decimal comma instead of a point" if seps[-1] == "," else None
        if len(groups) > 2 and not all(len(g) == 3 for g in groups[1:-1]):
            problem = "misplaced thousands separator"
        return Cell(Decimal(f"{whole}.{groups[-1]}"), span, problem)
    digits = "".join(groups)
    well_formed = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    return Cell(Decimal(digits), span, None if well_formed else "misplaced thousands separator")


def assign_cells(row: ResultRow, cells: list[Cell], roles: list[tuple[str, str]]) -> None:
    """Give each cell its column: by the header when it names as many columns as there are
    cells, else by the figures' form (a whole number first is the votes, decimals or "%"
    are shares, a whole number after a share is the seats). A header naming the votes
    twice prints two rounds side by side: the second group goes to ``row.second`` (a row
    with only the first group's figures is a contestant who did not reach the second)."""
    later = [i for i, (role, _) in enumerate(roles) if role == "votes"][1:2]
    if later and len(cells) in (len(roles), later[0]):
        assign_cells(row, cells[: later[0]], roles[: later[0]])
        if len(cells) == len(roles):
            row.second = ResultRow(row.name, row.name_spans)
            assign_cells(row.second, cells[later[0] :], roles[later[0] :])
        return
    if len(roles) == len(cells):
        for (role, base), cell in zip(roles, cells, strict=True):
            _put(row, role, base, cell)
        return
    if ("part", "") in roles:
        return  # which figure is this election's votes is uncertain: none is read
    bases = [base for role, base in roles if role == "share"]
    for cell in cells:
        fraction = "%" in cell.span.quote or cell.value != int(cell.value)
        if fraction:
            base = bases[len(row.shares)] if len(row.shares) < len(bases) else ""
            _put(row, "share", base, cell)
        elif row.votes is None and not row.shares:
            row.votes = cell
        elif row.shares and row.seats is None:
            row.seats = cell
        elif row.votes is not None and row.seats is None and not row.shares:
            _put(row, "share", bases[0] if bases else "", cell)


def _put(row: ResultRow, role: str, base: str, cell: Cell) -> None:
    if role == "part":
        return  # a part of the total column (votes abroad): no figure of the row's own
    if role == "votes":
        row.votes = cell
    elif role == "seats":
        row.seats = cell
    else:
        row.shares.append((base, cell))


def read_result_rows(
    source: SourceText, start: int, end: int, require_header: bool = False
) -> ResultTable:
    """The rows of ``source.text[start:end]`` (a results annex), sorted into contestants,
    totals, sub-rows and national figures; lines that hold no figure are headers, table
    titles or parts of wrapped names.

    ``require_header`` reads a stretch that is not known to be a results annex (a whole
    report): contestants only under a header naming their columns, up to the next line of
    prose; national figures only on lines laid out in columns."""
    lines = table_lines(source, start, end)
    separator = thousands_separator([line.text for line in lines])
    table = ResultTable()
    roles: list[tuple[str, str]] = []
    figure_columns: list[
        HeaderColumn
    ] = []  # the header's figure columns, where it names some no role
    pending: list[Line] = []
    last: ResultRow | None = None
    last_indent = 0
    group: str | None = None
    foreign = False
    text_columns = 1
    header_end: int | None = None
    others_wrap = False
    numbered = False  # the table's rows open with their ballot numbers
    for line in lines:
        if header_end is not None and not line.after_blank and _header_rest(line, header_end):
            continue
        if page_line(line.text, source.text) or _barred_page_line(line, source):
            pending = []  # a page's footer or header inside the table, its number no votes
            continue
        header_end = None
        label, figures = split_row(line)
        others_wrap = others_wrap and not figures
        if CAPTION_DATE.search(line.text) or year_header(line.text):
            figures = []
        prose = len(line.text.split()) > 12 and not _COLUMN_GAP.search(line.text.strip())
        if prose and (require_header or figures):
            # a sentence (a dozen words, no column gap) is no row, whatever ends it
            roles, figure_columns, pending, last, group = [], [], [], None, None
            continue
        if not figures or not re.search(r"\d", "".join(m.group() for m in figures)):
            if is_header(line.text):
                roles, pending, last, group = roles_of(line.text), [], None, None
                figure_columns = header_columns(line.text)
                table.heading = table.heading or _names_heading(line.text)
                text_columns = text_columns_of(line.text)
                foreign = False
                header_end = first_cell_end(line.text)
            elif other_header(line.text):
                foreign, pending, last, group = True, [], None, None
            elif line.after_blank and roles_of(line.text) == _SEATS_ONLY:
                # a caption naming seats alone ("Single-mandate seats won (41 seats)")
                # starts a table of seat counts: its figures are no votes
                roles, figure_columns, pending, last, group = list(_SEATS_ONLY), [], [], None, None
                foreign = False
            elif line.text.rstrip().endswith(":"):
                group, pending, last = line.text.strip().rstrip(":"), [], None
            elif others_wrap and not line.after_blank and _CONTINUES.match(line.text):
                continue  # the rest of a total's or others' label ("Other lists and" ...)
            elif text_columns > 1 and last is not None and line.indent > last_indent + 1:
                continue  # the wrapped rest of a later text column's cell (a nominating party)
            elif (
                last is not None
                and not line.after_blank
                and (
                    _CONTINUES.match(line.text)
                    or _JOINS_NEXT.search(last.name)
                    or last.name.count("(") > last.name.count(")")
                    or (last.acronym is None and _ACRONYM.search(line.text.rstrip()))
                )
            ):
                # the rest of a name wrapped after its figures: it starts in lower case,
                # the name above ends in a word that needs more ("nominated by the"), it
                # leaves a bracket open ("Vida Ozola (Unity"), or it ends in the short
                # name the row above still lacks ("Alliance (SDA)"), which closes a name
                last.name = joined_name([last.name, line.text.strip()])
                last.name_spans.append(source.span(line.start, line.end))
                closing = _ACRONYM.search(last.name) if last.acronym is None else None
                if closing is not None:
                    last.name, last.acronym = last.name[: closing.start()], closing["acronym"]
                if last.second is not None:  # the same contestant in the second group
                    last.second.name, last.second.acronym = last.name, last.acronym
            elif source.text[line.start : line.end].strip() in repeated_lines(source.text):
                pending = []  # a running header or footer between the table's pages
            else:
                pending = [line] if line.after_blank else [*pending, line]
            continue
        if foreign:
            continue
        name_parts = pending if pending and not line.after_blank else []
        if numbered and name_parts and not ballot_numbered(name_parts[0].text):
            # a table whose rows open with their ballot number starts each name on its
            # number's line: the lines before are the rest of the row above, or notes
            # (a number's line with the figures on the next is the row's own opening)
            _wrap_onto(last, name_parts[0], last_indent, source)
            name_parts = []
        pending = []
        if text_columns > 1:
            label = first_cell(label)
        bullet = _SUB_ROW.match(label)
        if group is not None and not bullet:
            group = None
        name = joined_name([*(p.text.strip() for p in name_parts), label.strip()])
        name = _LEADING_NUMBER.sub("", name).strip(" .:")
        name_spans = [source.span(p.start, p.end) for p in name_parts]
        if label.strip():
            first = line.start + len(label) - len(label.lstrip())
            if bullet and not name_parts:
                first = line.start + bullet.end()
            name_spans.append(source.span(first, line.start + len(label.rstrip())))
        cells = [
            cell
            for cell_start, cell_end in _cells(line, figures, separator)
            if (
                cell := read_figure(
                    source, line.start + cell_start, line.start + cell_end, separator
                )
            )
        ]
        if not name or not cells:
            continue
        national = national_label(name)
        if national is None and NOT_A_ROW.search(name):
            continue
        acronym = _ACRONYM.search(name)
        row = ResultRow(name[: acronym.start()] if acronym else name, name_spans, group=group)
        row.acronym = acronym.group("acronym") if acronym else None
        places = [(c.span.start - line.start, c.span.end - line.start) for c in cells]
        row_roles = placed_roles(figure_columns, roles, places) if roles else roles
        if TOTAL_ROW.match(name) or OTHERS.search(name) or INDEPENDENTS.search(name):
            assign_cells(row, cells, row_roles)
            won = row.seats is not None and row.seats.value > 0
            # independents without the votes a table counts stood in no list: lumped
            won = won and (row.votes is not None or ("votes", "") not in roles)
            if not (INDEPENDENTS.search(name) and won):
                (table.totals if TOTAL_ROW.match(name) else table.others).append(row)
                last, others_wrap = None, True
                continue
            row = ResultRow(row.name, row.name_spans, group=group)  # a contestant after all
            row.acronym = acronym.group("acronym") if acronym else None
        columns = _COLUMN_GAP.search(line.text.strip()) is not None
        if national is not None and not roles and (columns or not require_header):
            table.national.setdefault(national, cells[0])
            continue
        if require_header and not roles:
            continue
        assign_cells(row, cells, row_roles)
        # a name wrapped before its figures starts where its first line does: the
        # indented rest beside the figures makes no sub-row
        opening = name_parts[0] if name_parts else line
        column = name_column(opening, opening.text if name_parts else label)
        if last is None and bullet and _PART_OF.match(label):
            continue  # "of whom abroad" under a national figure: a part of it, no contestant
        deeper = last is not None and column > last_indent + 1 and group is None
        if ((bullet and group is None) or deeper) and last is not None:
            row.parent = last.name
            table.sub_rows.append(row)
            continue
        if national is not None:
            table.national.setdefault(national, cells[0])
            continue
        table.rows.append(row)
        last, last_indent = row, column
        numbered = numbered or ballot_numbered(label)
    table.shares_read_as_votes()
    return table


def _barred_page_line(line: Line, source: SourceText) -> bool:
    """A running footer or header drawn with bars ("page 17 | <Report> | <State>"), as
    printed: words in it (a row of figures alone repeats its shape on every line)."""
    printed = source.text[line.start : line.end]
    return (
        printed != line.text
        and bool(re.search(r"[^\W\d_]{3}", printed))
        and page_line(printed, source.text)
    )


def _header_rest(line: Line, names_end: int) -> bool:
    """The line under a header holds the rest of its cells (under the figures, or a
    second header line from the margin): no row, no part of a name."""
    return header_wrap(line.text, names_end) or header_second_line(line.text)


def _wrap_onto(last: ResultRow | None, line: Line, column: int, source: SourceText) -> None:
    """The rest of the name of the row above (``last``, its name starting at ``column``),
    wrapped onto the line under its figures ("10   New Course - Renewable   312 544" over
    "     Fuels"): joined to it when the line follows the row at its name's column."""
    if last is None or line.after_blank or line.indent < column - 1:
        return
    last.name = joined_name([last.name, line.text.strip()])
    last.name_spans.append(source.span(line.start, line.end))


def _names_heading(header: str) -> str:
    """The header's cell over the names: its first, or the next after a ballot number's
    ("No.", "#", "Nr")."""
    cells = _COLUMN_GAP.split(header.strip())
    return next((cell for cell in cells if re.search(r"[^\W\d_]{3}", cell)), cells[0])


__all__ = [
    "TOTAL_ROW",
    "Cell",
    "ResultRow",
    "ResultTable",
    "assign_cells",
    "read_figure",
    "read_result_rows",
    "thousands_separator",
]
