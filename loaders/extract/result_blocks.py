"""Results tables anywhere in a report's text: where each begins and ends, and its caption.

Observer reports of every genre print results as a table after PDF conversion: a header
line naming the columns ("Party / Alliance  Votes  %", "Candidate  Votes  %  Votes  %",
"Electoral list  Votes  %  Mandates"), then one line per contestant, then a "Total" row,
a source line or a blank line before prose. A results annex is one case; a statement's
"Preliminary results" section, a programme report's appendix or a table quoted in the
body are others. ``result_blocks`` cuts a stretch of text into such tables, each with the
lines above its header (its caption: "RESULTS OF THE NOVEMBER 14, 2021 ELECTIONS",
"Second round"), so every table is read with its own thousands separator and the caption
can say which election and which round it is. A table must have a header that names a
votes column and at least one other (a share, the seats), which keeps indicator, budget
and staffing tables out; a list without a header is read only under a caption that
speaks of results, and only if every row gives a vote count and a share (or, giving
counts alone or with one more whole number nothing names, a "Total" row gives their exact
sum, with any row lumping others; the unnamed number is then not read).

>>> from normgraph.loaders.text.source import SourceText
>>> text = "Budget  USD  2019\\nStaff  120 000  12\\n\\nResults of the first round\\n"
>>> text += "Candidate  Votes  %\\nA. Petrov  1 204  60.2\\nB. Ivanova  796  39.8\\n\\nIn the end"
>>> [(b.caption, b.table.rows[0].name) for b in result_blocks(SourceText("d", "d", text))]
[('Results of the first round', 'A. Petrov')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..text.furniture import is_page_footer
from ..text.lines import line_spans
from ..text.source import SourceText
from .result_headers import national_label, year_header
from .result_lines import unpiped
from .result_model import Cell, ResultRow
from .result_rows import ResultTable, read_result_rows
from .result_stacked import stacked_tables

_ROLE = re.compile(
    r"(?P<votes>\bvotes?\b|\bballots\b)|(?P<other>%|\bper\s*cent|\bshare\b|\bseats\b|\bmandates\b)",
    re.I,
)
_FIGURE_TAIL = re.compile(
    r"(?:\d(?:[\d\s.,'\u00a0\u2009\u202f\u2019]*\d)?\s?%?|(?<=\s)[-\u2013\u2014])\s*$"
)
"""A line ending in a figure (or in a dash standing for an empty cell)."""
_COLUMN_GAP = re.compile(r"\t|\s{2,}")
_RESULTS_CAPTION = re.compile(
    r"\bresults?\b|\bvot(?:es?|ing)\b|\boutcome\b|\bseats\b|\bmandates\b", re.I
)
"""A caption over a list of contestants without a column header: it must speak of results,
of votes, of the vote's outcome or of the seats it gave ("Distribution of seats"; the rows'
figures must then prove themselves votes, each share its count over one common base)."""
_NOTE_LINE = re.compile(r"^\s*(?:sources?|notes?|\*)\s*[:.]?", re.I)
_CAPTION_LINES = 3
_PROSE_WORDS = 12
_HEADER_CELL_WORDS = 5


_SECOND = re.compile(
    r"\b(?:second|2nd)\s+round|\brun-?offs?\b|\brepeat(?:ed)?\s+(?:voting|round|ballot)", re.I
)
_FIRST = re.compile(r"\b(?:first|1st)\s+round\b", re.I)
_TIER_WORDS = (
    r"constituenc(?:y|ies)|single[- ](?:mandate|member|seat)|majoritarian|"
    r"repeat(?:ed)?\s+elections?|by-elections?"
)
_TIER = re.compile(rf"\b(?:{_TIER_WORDS})\b", re.I)
_LOCAL = re.compile(
    rf"\b(?:{_TIER_WORDS}|districts?|precincts?|polling\s+stations?|"
    r"municipalit(?:y|ies)|regions?|oblasts?|provinces?|count(?:y|ies))\b",
    re.I,
)
_COMMISSIONS = re.compile(
    r"\b(?:constituency|district|precinct|polling\s+station)\s+(?:election\s+)?"
    r"(?:commissions?|boards?|committees?)\b",
    re.I,
)
"""Words of a caption over one constituency's, one tier's or one area's results (a repeat
election in a single-mandate constituency, the seats the majoritarian tier gave, a
region's count): not the national results a reader of a national report marks."""


_WHOLE_COUNTRY = re.compile(
    r"\b(?:single\s+)?(?:nation(?:al|wide)|country-?wide|state-?wide|all-?national)\s+"
    r"(?:multi-?(?:member|mandate)\s+)?(?:constituency|district|electoral\s+district)\b",
    re.I,
)
"""A constituency that is the whole country (the proportional tier's): no local table."""


@dataclass(frozen=True)
class ResultBlock:
    """One results table: its source offsets, the caption above it and its rows."""

    start: int
    end: int
    caption: str
    table: ResultTable

    @property
    def round(self) -> int | None:
        """2 when the caption names the second round (run-off, repeat voting), 1 when it
        names the first, else None."""
        return round_named(self.caption)

    @property
    def local(self) -> bool:
        """The caption's last sentence (the title, not the prose above it) says the table
        is one constituency's, tier's or area's results, or the caption's prose speaks
        of constituencies, a tier or repeat elections (not of their commissions)."""
        caption = _WHOLE_COUNTRY.sub("", self.caption)
        last = re.split(r"(?<=[a-z]{3})\.\s+(?=[A-Z])", caption)[-1]
        told = _COMMISSIONS.sub("", caption)
        return bool(_LOCAL.search(last) or _TIER.search(told))


def national_blocks(blocks: list[ResultBlock]) -> list[ResultBlock]:
    """The tables of the national results: a table captioned as one constituency's, one
    tier's or one area's is left out when some other table gives the results."""
    national = [block for block in blocks if not block.local]
    return national or blocks


def round_named(text: str) -> int | None:
    """The round a caption or heading names: 2, 1 or None."""
    return 2 if _SECOND.search(text) else 1 if _FIRST.search(text) else None


def is_header(line: str) -> bool:
    """A column header of a results table: short, no figure at its end, and naming a
    votes column and at least one more (share or seats)."""
    text = line.strip()
    if not text or (_FIGURE_TAIL.search(text) and not year_header(text)) or _wordy(text):
        return False
    roles = [m.lastgroup for m in _ROLE.finditer(text)]
    return "votes" in roles and len(roles) >= 2


def _wordy(text: str) -> bool:
    """More words than a header holds, unless they stand in columns of a few words each
    ("No.  Party list  Votes  % valid  % reg.  5% national  0.5% all regions  Seats")."""
    if len(text.split()) <= _PROSE_WORDS:
        return False
    cells = _COLUMN_GAP.split(text)
    return len(cells) < 3 or any(len(cell.split()) > _HEADER_CELL_WORDS for cell in cells)


def _is_prose(line: str) -> bool:
    text = line.strip()
    return len(text.split()) > _PROSE_WORDS and not _COLUMN_GAP.search(text)


def _has_figures(line: str) -> bool:
    return bool(_FIGURE_TAIL.search(line.strip()))


def result_blocks(source: SourceText, start: int = 0, end: int | None = None) -> list[ResultBlock]:
    """Every results table in ``source.text[start:end]``, in order."""
    stop = len(source.text) if end is None else end
    lines = [(s, e, unpiped(text)) for s, e, text in line_spans(source.text, start, stop)]
    blocks: list[ResultBlock] = []
    stacked = stacked_tables(source, start, stop)
    index = 0
    while index < len(lines):
        text = lines[index][2]
        table_here = next((t for t in stacked if t.top <= lines[index][0] < t.end), None)
        if table_here is not None:
            caption = _caption(lines, index)
            blocks.append(ResultBlock(table_here.top, table_here.end, caption, table_here.table))
            while index < len(lines) and lines[index][0] < table_here.end:
                index += 1
            continue
        if is_header(text) or _split_header(lines, index):
            last = _last_row(lines, max(index, _split_header(lines, index)))
            caption = _caption(lines, index)
            table = read_result_rows(source, lines[index][0], lines[last][1], require_header=True)
            if table.rows or table.totals:
                blocks.append(ResultBlock(lines[index][0], lines[last][1], caption, table))
            index = last + 1
            continue
        caption = _caption(lines, index) if _is_row(text) else ""
        if _RESULTS_CAPTION.search(caption) and not (index and _seats_only(lines[index - 1][2])):
            last = _last_row(lines, index - 1)
            table = read_result_rows(source, lines[index][0], lines[last][1])
            if _headerless_results(table):
                blocks.append(ResultBlock(lines[index][0], lines[last][1], caption, table))
                index = last + 1
                continue
        index += 1
    return blocks


def _split_header(lines: list[tuple[int, int, str]], index: int) -> int:
    """The index of a header's second line when the header is printed on two ("Number
    Share of   Seats" over "Party   of votes   valid votes   won"): two short lines in
    columns, no figure in either, the top one no header alone, naming a votes column and
    one more together; else 0."""
    if index + 1 >= len(lines):
        return 0
    top, under = lines[index][2], lines[index + 1][2]
    parts = [top, under]
    if any(re.search(r"\d", p) or not _COLUMN_GAP.search(p.strip()) for p in parts):
        return 0
    if is_header(top) or any(len(p.split()) > _PROSE_WORDS // 2 for p in parts):
        return 0
    return index + 1 if is_header(f"{top}  {under}") else 0


def _seats_only(line: str) -> bool:
    """A column header right over the rows that names seats (or mandates), no votes and no share
    ("Party   Seats   Districts to repeat voting"): its counts are seats, no result of a vote,
    however well they add up."""
    cells = _COLUMN_GAP.split(line.strip())
    roles = [m.lastgroup for m in _ROLE.finditer(line)]
    shared = any(_SHARE_CELL.search(cell) for cell in cells)
    return len(cells) >= 2 and "votes" not in roles and bool(_SEATS.search(line)) and not shared


_SEATS = re.compile(r"\b(?:seats|mandates)\b", re.I)
_SHARE_CELL = re.compile(r"%|\bper\s*cent|\bshare\b", re.I)
"""A header cell naming a share: a share is of votes, so the table is no seat count alone
("Party   Total   %   Seats": its unnamed counts may be votes, which the headerless reading
accepts only when each share is its count over one common base)."""


def _is_row(text: str) -> bool:
    return _has_figures(text) and bool(_COLUMN_GAP.search(text.strip())) and not _is_prose(text)


def _headerless_results(table: ResultTable) -> bool:
    """A list without a header is a results table only when at least two contestants
    each have a vote count and a share written as a share ("79.3", "6,2 %"), the shares
    add up to no more than 100, and each share is its votes over one common base (within
    rounding): other lists of figures (indicators, staff, budgets) fail one of these."""
    rows = table.rows
    pairs = [(row.votes, row.share) for row in rows if row.votes is not None]
    if len(pairs) < 2 or len(pairs) != len(rows):
        return False
    if all(row.share is None and row.seats is None for row in rows):
        return _summed(table)
    if all(_unnamed_count(row) for row in rows) and _summed(table):
        for row in rows:  # a second column of whole numbers no header names: not read
            row.shares = []
        return True
    if any(share is None for _, share in pairs):
        return False
    shares = [share for _, share in pairs if share is not None]
    written = all(s.span.quote.endswith("%") or s.value != int(s.value) for s in shares)
    if not written or sum(s.value for s in shares) > 100 + Decimal("0.5"):
        return False
    bases = [
        votes.value * 100 / share.value for votes, share in pairs if share and share.value >= 1
    ]
    return bool(bases) and max(bases) <= min(bases) * Decimal("1.06")


def _unnamed_count(row: ResultRow) -> bool:
    """Votes and one more whole number ("412 077   31") that nothing names: seats perhaps,
    which only a header could say; the votes are sure when the column sums to the total."""
    return row.seats is None and len(row.shares) == 1 and _whole(row.shares[0][1])


def _whole(cell: Cell) -> bool:
    return not cell.span.quote.endswith("%") and cell.value == int(cell.value)


def _summed(table: ResultTable) -> bool:
    """Counts alone (no share, no seats) are votes only when a "Total" row gives their exact
    sum (with a row lumping others): the column adds up as one contest's votes do."""
    counts = [row.votes.value for row in table.rows if row.votes is not None]
    if any(count != int(count) for count in counts):
        return False
    lumped = sum(row.votes.value for row in table.others if row.votes is not None)
    totals = [row.votes.value for row in table.totals if row.votes is not None]
    return sum(counts) + lumped in totals


def _last_row(lines: list[tuple[int, int, str]], header: int) -> int:
    """The index of the table's last line: before the next header, a line of prose, a
    note under the table, a page's footer, or a blank line followed by a line without
    figures (a wrapped name is followed at once by its figures)."""
    last = header
    index = header + 1
    while index < len(lines):
        text = lines[index][2]
        if not text.strip():
            following = next((i for i in range(index + 1, len(lines)) if lines[i][2].strip()), None)
            if following is None or not _row_ahead(lines, following):
                break
            index = following
            continue
        if is_header(text) or _is_prose(text) or _NOTE_LINE.match(text) or is_page_footer(text):
            break
        if _captions_next(lines, index):
            break
        last = index
        index += 1
    return last


def _captions_next(lines: list[tuple[int, int, str]], index: int) -> bool:
    """The line is the caption of the next table ("Second round, 29 March 2014" ends in a
    figure, the year, but is no row): it has no column gap, and a header follows it at
    once or it names a round."""
    text = lines[index][2].strip()
    nxt = lines[index + 1][2] if index + 1 < len(lines) else ""
    if _COLUMN_GAP.search(text):
        return False
    return is_header(nxt) or round_named(text) is not None


def _row_ahead(lines: list[tuple[int, int, str]], index: int) -> bool:
    """A table row starts here (after a blank line): the line has figures in a column
    of their own (a caption such as "Constituency No. 14" ends in a figure, but with no
    column gap), or it is a short name whose next line (no blank between) carries the
    figures."""
    text = lines[index][2]
    if is_page_footer(text):
        return False  # a page's footer ("Q3 report | ...   page 5 of 6") is no row
    if _has_figures(text):
        return not _is_prose(text) and bool(_COLUMN_GAP.search(text.strip()))
    if is_header(text) or _is_prose(text) or len(text.split()) > _PROSE_WORDS // 2:
        return False
    nxt = lines[index + 1][2] if index + 1 < len(lines) else ""
    return bool(nxt.strip()) and _has_figures(nxt) and not _is_prose(nxt)


def _caption(lines: list[tuple[int, int, str]], header: int) -> str:
    """Up to three non-blank lines above the header, back to the previous table row; the
    national figures printed above a table (voters on the lists, turnout) are the table's
    own and are passed over, so the title above them ("Second round") is its caption."""
    found: list[str] = []
    index = header - 1
    while index >= 0 and len(found) < _CAPTION_LINES:
        text = lines[index][2].strip()
        if text:
            if _has_figures(text) and _COLUMN_GAP.search(text):
                if national_label(_COLUMN_GAP.split(text)[0]) is None:
                    break
            else:
                found.insert(0, text)
        index -= 1
    return " ".join(found)


__all__ = ["ResultBlock", "is_header", "national_blocks", "result_blocks", "round_named"]
