"""A programme report's tracker of earlier recommendations: a section ("Status of earlier
recommendations", "Recommendations tracker", "Follow-up of previous recommendations") that
lists each earlier recommendation with its status as the last cell of its row or line
("Publish results online | Implemented", "... (CEC): partially implemented."). Each row
with a status is an implementation assessment by the report's issuer; the status is read by
the shared status reader (``assessments.assessment_status``), a bare "Implemented" cell
meaning fully implemented. Rows already read as sentences about earlier recommendations
are not read twice.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef

from normgraph.namespaces import NG, XSD, local_name

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.columns import CELL_GAP
from ..text.document import Document
from ..text.source import Span
from .assessments import REVIEW, judge_of
from .bare_status import ANSWERS
from .concepts import status
from .status_keys import cell_status, key_near
from .status_tables import status_tables

_TRACKER = re.compile(
    rf"(?=.*\brecommendations?\b)(?=.*{REVIEW.pattern})"
    r"|.*\b(?:tracker|follow-?up|status\s+of\s+(?:implementation|previous|earlier|prior))\b",
    re.I,
)
"""A section title that reviews earlier recommendations."""
_STATUS = (
    r"((?:(?:not|partially|partly|largely|fully)\s+(?:yet\s+)?)?"
    r"(?:implemented|addressed|acted\s+(?:up)?on)(?:\s+in\s+(?:full|part))?|partial(?:ly)?|partly"
    r"|no\s+progress"
    r"|in\s+progress|ongoing|unaddressed|unimplemented|outstanding|fully)"
)
_STATUS_CELL = re.compile(
    rf"(?:^|{CELL_GAP}|:\s*|[\u2013\u2014-]\s+|\()\s*{_STATUS}[\s.;:)|]*$"
    rf"|{CELL_GAP}\s*{_STATUS}\s*{CELL_GAP}"
    rf"|^\s*(?:[-\u2022*]\s*)?{_STATUS}\s*[:|\u2013\u2014]"
    rf"|\bstatus\s*[:\u2013\u2014-]\s*{_STATUS}\b"
    rf"|{CELL_GAP}\s*{_STATUS}[.;:]\s+(?=[A-Z])"
    rf"|{CELL_GAP}\s*{_STATUS}\s+(?:by|since|through|with|under|after)\b[^|]*$",
    re.I,
)
"""A status closing a tracker's row or line ("| Implemented", "  Not implemented",
": partially implemented.", "(not yet addressed)"), filling a cell of its own within the
row ("... | Partially implemented | The CEC ..."), opening it ("Implemented: ..."), or
named as such ("Status: Partially implemented (in half the districts)"), or opening a
column's cell with a stop before its comment ("...   Addressed in part. Identifiers are
required, but ..."), or opening a last cell that says by what or since when ("...   Fully
implemented by the 2021 amendments"). A tracker's own words for progress count too: "no progress" or
"outstanding" (not), "in progress" or "ongoing" (partially); "acted upon" is "implemented"
("Partly acted upon:", "Not acted upon;")."""
_LAST_CELL = re.compile(rf"{CELL_GAP}\s*{_STATUS}[\s.;:)|]*$", re.I)
"""A status filling the last cell of a row: of two status columns, the later one."""


_ANSWER_CELL = re.compile(rf"{CELL_GAP}\s*({ANSWERS})[\s.|]*$", re.I)
"""The last cell of a row of a table with a status column, answering it in a word or two
(``bare_status.ANSWERS``: "Yes", "Partly done", "Not met"): read only in such tables."""
_NEXT_HEADER = re.compile(rf"\S[^\n]*?{CELL_GAP}\s*\S")
"""An unindented line of cells without a status, after the table's rows: the header of
the next table the conversion joined to it (a wrapped cell's line is indented)."""
_STATUS_LINE = re.compile(r"\s*status\s*[:\u2013\u2014-]", re.I)
"""A line of its own stating the status of the recommendation above it."""


_MODIFIER = re.compile(r"partly|partial(?:ly)?|largely|not|fully", re.I)
_COMPLETION = re.compile(r"(?:yet\s+)?(?:implemented|addressed|acted\s+(?:up)?on)", re.I)
"""A status cell wrapped in a narrow column: "Partly" on the row's line, "implemented" on
the next."""


def _stated(cell: re.Match[str]) -> str:
    """The status a cell match found, whichever of its forms matched."""
    return next(text for text in cell.groups() if text)


def _first_words(row: str) -> str:
    """A row's first cell of words: the recommendation, after its number and year cells
    ("4   2017   roles of municipal authorities   Admin.")."""
    cells = re.split(r"\s*\|\s*|\t+| {2,}", row)
    return next((cell for cell in cells if re.search(r"[^\W\d]{3}", cell)), cells[0])


def _overlaps(span: Span, taken: list[Span]) -> bool:
    return any(span.start < other.end and other.start < span.end for other in taken)


def _column(text: str, span: Span) -> int:
    """Where on its line the first character of ``span``'s text stands."""
    quote = text[span.start : span.end]
    return span.start - text.rfind("\n", 0, span.start) - 1 + len(quote) - len(quote.lstrip())


def _wrapped_lines(text: str, pieces: list[Span], at: int) -> list[int]:
    """The lines after a row's line ``at`` that continue its recommendation, wrapped in its
    column: no status of their own, starting at the row's indent or its words' column with a
    word in lower case ("disabilities (2019, No. 4)"); a new row starts with a capital or a
    number."""
    row = text[pieces[at].start : pieces[at].end]
    indent = _column(text, pieces[at])
    words = indent + max(0, row.find(_first_words(row)) - (len(row) - len(row.lstrip())))
    found: list[int] = []
    for index in range(at + 1, len(pieces)):
        line = text[pieces[index].start : pieces[index].end]
        lead = _column(text, pieces[index])
        aligned = min(abs(lead - indent), abs(lead - words)) <= 1
        if not aligned or not line.strip()[:1].islower() or _STATUS_CELL.search(line):
            break
        found.append(index)
    return found


def add_tracker_assessments(
    extraction: Extraction,
    document: Document,
    report: Fact,
    assessor: URIRef,
    issued: str | None,
    read: list[Fact],
    tables_only: bool = False,
) -> list[Fact]:
    """An assessment per tracker row with a status (``read``: assessments already made
    from the report's sentences, whose evidence is not read again); ``tables_only``: only
    tables whose header has a status column (a final report's or a statement's follow-up
    table), not lines of a review section's prose."""
    judge = judge_of(extraction, report, assessor)
    taken = [span for fact in read for span in fact.evidence]
    key = local_name(report.iri)
    found: list[Fact] = []
    elements = [
        element
        for section in document.sections()
        if not tables_only and _TRACKER.match(section.title)
        for element in section.all_elements()
    ]
    tables = status_tables(document)
    elements.extend(tables)
    tabled = {id(element) for element in tables}
    text = document.source.text
    symbols = key_near(text, ((e.pieces[0].start, e.pieces[-1].end) for e in tables), cell_status)
    for element in dict.fromkeys(elements):
        above: list[Span] = []  # the lines since the element's last status
        continued: set[int] = set()  # lines that continue a row's wrapped recommendation
        wrapped = False  # the last status cell was a word the next line completes
        pieces = element.pieces
        for at, piece in enumerate(pieces):
            line = document.source.text[piece.start : piece.end]
            if at in continued:
                continue
            # the last column first: of two status columns ("2018 status   2021 status") the
            # later one is the status now
            cell = _LAST_CELL.search(line) or _STATUS_CELL.search(line)
            if cell is None and id(element) in tabled:
                cell = _ANSWER_CELL.search(line)  # "Yes", "Partly", "Done" in a status column
                cell = cell or symbols.cell(line)  # a symbol the table's key explains ("●")
                indented = document.source.text[piece.start - 1 : piece.start] in (" ", "\t")
                if cell is None and found and not indented and _NEXT_HEADER.match(line):
                    break  # another table's header ("Election-day checklist   Answer")
            verdict = (
                (cell_status(_stated(cell)) or symbols.meaning(_stated(cell))) if cell else None
            )
            span = document.source.span(piece.start, piece.end)
            if cell is not None and wrapped and _COMPLETION.fullmatch(_stated(cell)):
                cell = None  # "Partly" / "implemented": one status cell over two lines
            wrapped = cell is not None and _MODIFIER.fullmatch(_stated(cell)) is not None
            if cell is None or verdict is None or _overlaps(span, taken):
                above.append(span)
                continue
            rows, above = ([*above, span], []) if _STATUS_LINE.match(line) else ([span], [])
            wraps = _wrapped_lines(document.source.text, pieces, at)
            continued.update(wraps)
            rows.extend(document.source.span(pieces[i].start, pieces[i].end) for i in wraps)
            fact = Fact(
                iri=mint("assessment", key, "tracker", str(len(found) + 1)),
                kind=NG.ImplementationAssessment,
                label=f"{verdict.replace('-', ' ')} (assessed in {key})",
                evidence=rows,
            )
            fact.add(NG.assessor, judge)
            fact.add(NG.status, status(verdict)).add(NG.sourceReport, report.iri)
            row = (line[: cell.start()] or line[cell.end() :]).strip(" \t|:-\u2013\u2014")
            if len(rows) > 1:  # "Status: ..." under the recommendation it reports on
                row = " ".join(document.source.text[r.start : r.end] for r in rows[:-1])
            asked = " ".join(
                [_first_words(row), *(_first_words(pieces[i].quote) for i in sorted(wraps))]
            ).strip()
            if asked:
                fact.add(NG.text, Literal(" ".join(asked.split())))
            if issued and re.fullmatch(r"\d{4}-\d{2}-\d{2}", issued):
                fact.add(NG.date, Literal(issued, datatype=XSD.date))
            extraction.add(fact)
            found.append(fact)
            taken.append(span)
    return found


__all__ = ["add_tracker_assessments"]
