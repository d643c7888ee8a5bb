"""Recommendations laid out as a table: one row, one recommendation.

Annexes of limited missions, domestic networks' final reports and follow-up matrices set
their recommendations out as a table under a header row ("No. | Section | Recommendation",
"No. | Priority | Addressee | Recommendation"). PDF extraction leaves it as tab-separated
(or space-aligned: the parser may take those for a paragraph) lines, the long cell wrapping
onto continuation lines whose other cells are empty. A line whose first column is filled
starts a row; a continuation line adds its cells to the row above. The columns are known
by their header's words, never by position: the recommendation, its number, priority,
addressee and the report section it comes from. A table whose header has a status column,
or names earlier recommendations ("2017 recommendation"), tracks what was done about
earlier ones and is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import takewhile

from rdflib import Literal, URIRef

from normgraph.namespaces import NG

from ..rdf.facts import Fact
from ..text.furniture import is_page_footer
from ..text.hyphenation import prose_text
from ..text.lines import line_spans
from ..text.model import Element, ElementKind
from ..text.source import SourceText, Span
from .actors import Actors, find_institutions

_RECOMMENDATION = re.compile(r"(?:text\s+of\s+(?:the\s+)?)?recommendations?(?:\s+text)?", re.I)
"""The header of the column that holds the recommendation itself."""
_TRACKER = re.compile(
    r"\b(?:status|implement\w*|progress|assessment|follow-?up|previous|earlier|prior)\b|\d{4}",
    re.I,
)
"""Header words of a table of earlier recommendations and what became of them."""
_NUMBER = re.compile(r"(?:no\.?|nr\.?|#|number|ref\.?|item)", re.I)
_PRIORITY = re.compile(r".*\bpriorit.*", re.I)
_ADDRESSEE = re.compile(
    r"(?:addressee|addressed\s+to|to|responsible.*|institutions?|bodies|body|actors?|who)", re.I
)
_SECTION = re.compile(r"(?:section|chapter|area|topic|theme|para(?:graph)?\.?)", re.I)
_HIGH = re.compile(r"(?:high|yes|priority|urgent|top|immediate|short[\s-]term)\b", re.I)
_LOW = re.compile(r"(?:medium|low|no|other|normal|long[\s-]term|mid[\s-]term)\b", re.I)
_ROW_NUMBER = re.compile(r"[A-Z]?\d{1,3}(?:\.\d{1,3})*\.?")
_CELL_GAP = re.compile(r"\t| {2,}")
_RULER = re.compile(r"\s*[-=:+]+\s*")
_CAPTION = re.compile(r"\s*(?:Table|TABLE|Matrix|MATRIX)\s+[\w.-]{1,8}\s*[:.\u2013\u2014-]")
"""A table's caption on the line above its header: "Table 3: Recommendations"."""


@dataclass
class TableRecommendation:
    """A row of a recommendations table: the recommendation as an element (its cell and
    continuation pieces), and what the other columns say of it."""

    item: Element
    number: str | None
    priority: bool | None
    category: str | None
    addressee: Element | None


@dataclass
class _Row:
    cells: dict[int, list[Span]] = field(default_factory=dict)


def _cells(source: SourceText, start: int, end: int) -> list[tuple[int, Span]]:
    """The non-empty cells of the line ``[start, end)``, each with its column: the count of
    tabs before it on a tab-separated line, else its offset in the line."""
    line = source.text[start:end]
    found: list[tuple[int, Span]] = []
    split = _split(line)
    if split is not None:
        offset = 0
        for column, value in enumerate(line.split(split)):
            if value.strip():
                found.append((column, source.span(start + offset, start + offset + len(value))))
            offset += len(value) + 1
        return found
    position = 0
    for gap in [*_CELL_GAP.finditer(line), None]:
        stop = len(line) if gap is None else gap.start()
        if line[position:stop].strip():
            found.append((position, source.span(start + position, start + stop)))
        if gap is not None:
            position = gap.end()
    return found


def _split(line: str) -> str | None:
    """What separates a line's cells where a character does: a tab, or the pipes of a
    table drawn as text ("| 1 | The law should ... | High |"); None where gaps do."""
    if "\t" in line:
        return "\t"
    return "|" if line.lstrip().startswith("|") and line.count("|") >= 3 else None


def _overflowing(
    cells: list[tuple[int, Span]], columns: Sequence[int], source: SourceText, text: int
) -> list[tuple[int, Span]]:
    """Space-aligned cells with a short cell that runs into the next column split where
    it does: "Municipalities Yes" under "Addressee" and "Priority", one space apart, is
    two cells, cut at the last space before the next column's start. The recommendation's
    own cell (at ``text``) is left whole: a long sentence may run on past a column."""
    found: list[tuple[int, Span]] = []
    for at, span in cells:
        if _column(at, columns, False) == text:
            found.append((at, span))
            continue
        for column in (c for c in columns if at < c < at + len(span.quote)):
            cut = span.quote.rfind(" ", 0, column - at + 1)
            if cut > 0 and span.quote[cut + 1 :].strip():
                found.append((at, source.span(span.start, span.start + cut)))
                at, span = at + cut + 1, source.span(span.start + cut + 1, span.end)
        found.append((at, span))
    return found


def _column(at: int, columns: Sequence[int], tabbed: bool) -> int | None:
    """The header column a cell at ``at`` (a tab count, or an offset) falls under."""
    if tabbed:
        return at if at in columns else None
    under = [column for column in columns if column <= at + 2]
    return under[-1] if under else None


def _lines(source: SourceText, start: int) -> list[tuple[int, int]]:
    """The lines from the one holding ``start`` up to the first blank line."""
    begin = source.text.rfind("\n", 0, start) + 1
    lines = takewhile(lambda line: line[2].strip(), line_spans(source.text, begin))
    return [(first, last) for first, last, _ in lines]


def _element(source: SourceText, pieces: list[Span], like: Element) -> Element:
    element = Element(ElementKind.ITEM, pieces, like.section)
    element._clean = prose_text(source, pieces)
    return element


def _flag(value: str) -> bool | None:
    if _HIGH.match(value):
        return True
    return False if _LOW.match(value) else None


def read_table(header: Element, source: SourceText) -> tuple[list[TableRecommendation], int] | None:
    """The recommendations of the table whose header row ``header`` opens, and the source
    offset where the table ends; None when ``header`` is no recommendations table's."""
    if header.kind not in (ElementKind.TABLE, ElementKind.PARAGRAPH) or not header.pieces:
        return None
    lines = _lines(source, header.pieces[0].start)
    if (
        len(lines) > 1
        and len(_cells(source, *lines[0])) == 1
        and _CAPTION.match(source.text[lines[0][0] : lines[0][1]])
    ):
        lines = lines[1:]  # the table's caption above its header ("Table 3: Recommendations")
    if not lines:
        return None
    tabbed = _split(source.text[lines[0][0] : lines[0][1]]) is not None
    titles = {at: span.quote.strip() for at, span in _cells(source, *lines[0])}
    wanted = [at for at, title in titles.items() if _RECOMMENDATION.fullmatch(title)]
    if len(titles) < 2 or len(wanted) != 1 or any(_TRACKER.search(t) for t in titles.values()):
        return None
    columns = sorted(titles)
    role = {"text": wanted[0]}
    for name, pattern in (
        ("number", _NUMBER),
        ("priority", _PRIORITY),
        ("addressee", _ADDRESSEE),
        ("section", _SECTION),
    ):
        role.update((name, at) for at, title in titles.items() if pattern.fullmatch(title))
    first = role.get("number", columns[0])
    rows: list[_Row] = []
    for start, end in lines[1:]:
        cells = _cells(source, start, end)
        if is_page_footer(source.text[start:end]):
            continue  # "Page 27" where the page broke the table
        if all(_RULER.fullmatch(span.quote) for _, span in cells):
            continue  # "|-----|------|": the rule under a drawn table's header
        cells = cells if tabbed else _overflowing(cells, columns, source, role["text"])
        placed = [(_column(at, columns, tabbed), span) for at, span in cells]
        if any(column == first for column, _ in placed) or not rows:
            rows.append(_Row())
        for column, span in placed:
            if column is not None:
                rows[-1].cells.setdefault(column, []).append(span)
    found = [_recommendation(row, role, source, header) for row in rows]
    kept = [rec for rec in found if rec is not None]
    return (kept, lines[-1][1]) if kept else None


def _recommendation(
    row: _Row, role: dict[str, int], source: SourceText, header: Element
) -> TableRecommendation | None:
    pieces = row.cells.get(role["text"])
    if not pieces:
        return None

    def value(name: str) -> str | None:
        spans = row.cells.get(role[name], []) if name in role else []
        return " ".join(span.quote.strip() for span in spans) or None

    number = value("number")
    if number is not None:
        if not _ROW_NUMBER.fullmatch(number):
            return None
        number = number.rstrip(".")
    priority = value("priority")
    addressee = row.cells.get(role["addressee"]) if "addressee" in role else None
    return TableRecommendation(
        item=_element(source, pieces, header),
        number=number,
        priority=None if priority is None else _flag(priority),
        category=value("section"),
        addressee=_element(source, addressee, header) if addressee else None,
    )


def table_recommendations(
    elements: Sequence[Element], source: SourceText
) -> tuple[dict[int, list[TableRecommendation]], set[int]]:
    """Every recommendations table among ``elements``: its rows keyed by the id of the
    header's element, and the ids of all the elements the tables cover (their rows and
    continuation lines, which are not to be read again as paragraphs)."""
    tables: dict[int, list[TableRecommendation]] = {}
    covered: set[int] = set()
    for index, element in enumerate(elements):
        if id(element) in covered:
            continue
        read = read_table(element, source)
        if read is None:
            continue
        found, end = read
        tables[id(element)] = found
        for other in elements[index:]:
            if not other.pieces or other.pieces[0].start >= end:
                break
            covered.add(id(other))
    return tables, covered


AskedOf = Callable[[str], Sequence[tuple[int, int, str, str, str | None]]]
"""Who a recommendation's text asks to act: (start, end, name, kind, level) of each."""


def row_fact(row: TableRecommendation, iri: URIRef, actors: Actors, asked_of: AskedOf) -> Fact:
    """A recommendation for a row of a recommendations table (``iri`` its IRI): its text,
    number, priority and category cells, and as addressees the institutions its addressee
    cell names, else those its text asks to act (``asked_of``). Every genre's reader of
    such tables builds it here; it adds the report, order and the fact to the extraction."""
    item, cell = row.item, row.addressee
    fact = Fact(
        iri=iri,
        kind=NG.Recommendation,
        label=f"Recommendation {row.number}" if row.number else "Unnumbered recommendation",
        evidence=item.spans(),
    )
    fact.add(NG.text, item.text.strip()).add(NG.number, row.number)
    if row.priority is not None:
        fact.add(NG.priority, Literal(row.priority))
    fact.add(NG.categoryHeading, row.category)
    named = [] if cell is None else find_institutions(cell.text)
    addressees = [
        actors.get(name, institution.kind, cell.spans(start, end), institution.level)
        for start, end, institution, name in named
        if cell is not None
    ] or [
        actors.get(name, kind, item.spans(start, end), level)
        for start, end, name, kind, level in asked_of(item.text)
    ]
    for addressee in dict.fromkeys(addressees):
        fact.add(NG.addressee, addressee)
    return fact


__all__ = ["AskedOf", "TableRecommendation", "read_table", "row_fact", "table_recommendations"]
