"""Complaints listed in a table: one complaint per row, whatever the genre.

Reports that follow disputes closely tabulate them: a header naming a complainant column
and a decision column ("Date | Complainant | Subject | CEC decision", "No. | Applicant |
Substance | Body | Outcome"), then one row per complaint, a long cell wrapping onto
lines that start with a column gap. After PDF conversion the columns are tabs or runs of
spaces. ``table_rows`` finds such tables by their header, whatever their position, and
``add_table_complaints`` makes each row a complaint: its complainant, the body (its own
column, else the one the decision column or the caption names: "CEC decision",
"Complaints to the CEC"), subject, date and outcome (``complaint_outcomes.outcome_in``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import URIRef

from normgraph.namespaces import NG

from ..rdf.facts import Extraction, Fact
from ..text.dates import find_when
from ..text.lines import line_spans
from ..text.source import SourceText, Span
from .actor_kinds import kind_from_name
from .actors import Actors
from .case_numbers import CaseNumbers
from .complaint_cases import case_kind
from .complaint_outcomes import outcome_in
from .concepts import outcome

_GAP = re.compile(r"\t+|\s{2,}")
_ROLES: dict[str, re.Pattern[str]] = {
    "complainant": re.compile(
        r"\b(?:complainants?|applicants?|appellants?|petitioners?|plaintiffs?|"
        r"(?:filed|submitted|lodged) by)\b",
        re.I,
    ),
    "outcome": re.compile(
        r"\b(?:decisions?|outcomes?|results?|rulings?|status|verdicts?|resolutions?)\b", re.I
    ),
    "body": re.compile(
        r"\b(?:body|bodies|(?:filed|submitted|lodged) (?:with|to)|instance|authority|"
        r"addressed to|adjudicat\w*)\b",
        re.I,
    ),
    "subject": re.compile(
        r"\b(?:subject|issue|substance|nature|summary|allegations?|claims?|grounds|"
        r"complaints?)\b",
        re.I,
    ),
    "date": re.compile(r"\bdates?\b", re.I),
}
"""The words a header cell names its column's role by, tried in this order."""
_CAPTION_BODY = re.compile(
    r"\b(?:to|with|before|by)\s+(?:the\s+)?(?P<body>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?"
    r"[A-Z][\w'\u2019-]*){0,5})"
)
_DECIDER = re.compile(
    r"^(?:(?:decisions?|rulings?)\s+(?:of|by)\s+(?:the\s+)?(?P<of>.+)"
    r"|(?:the\s+)?(?P<body>.+?)(?:['\u2019]s)?\s+(?:decisions?|rulings?))$",
    re.I,
)
"""A decision column named by its body: "CEC decision", "Decision of the CEC"."""


@dataclass
class _Row:
    cells: dict[str, str]
    spans: list[Span] = field(default_factory=list)
    columns: frozenset[str] = frozenset()
    """The roles its table's header names (a table without a complainant column lists the
    author's own complaints: no complainant is read)."""


def _cells(line: str, tabbed: bool) -> list[str]:
    return line.split("\t") if tabbed else _GAP.split(line)


def _placed(line: str, starts: list[int]) -> list[str]:
    """A space-aligned line's cells by column: each word goes to the header column it
    starts under (or just after), so a wrapped cell's continuation finds its column and a
    cell that fills its column ("Regional commission Upheld") is still cut."""
    cells = [""] * len(starts)
    for word in re.finditer(r"\S+", line):
        column = max((i for i, start in enumerate(starts) if start <= word.start() + 1), default=0)
        cells[column] = f"{cells[column]} {word.group()}".strip()
    return cells


_NAMES_COMPLAINTS = re.compile(r"\b(?:complaints?|appeals?|petitions?|protests?|disputes?)\b", re.I)
"""A caption that says its table lists complaints."""


def _roles(header: str, caption: str = "") -> list[str | None] | None:
    """Each header cell's role, or None when the line is no complaints table's header: it
    needs a complainant and an outcome column among three or more, or (a table of the
    author's own complaints, "No. | Date | Filed with | Subject | Outcome") a body, a
    subject and an outcome column under a caption naming complaints."""
    tabbed = "\t" in header
    cells = [cell.strip() for cell in _cells(header.strip(), tabbed)]
    if len(cells) < 3 or any(len(cell.split()) > 4 for cell in cells):
        return None
    roles: list[str | None] = []
    for cell in cells:
        role = next((name for name, words in _ROLES.items() if words.search(cell)), None)
        roles.append(role if role not in roles else None)
    if {"complainant", "outcome"} <= set(roles):
        return roles
    own = {"body", "subject", "outcome"} <= set(roles) and _NAMES_COMPLAINTS.search(caption)
    return roles if own else None


def _lead(lines: list[str], index: int) -> str:
    """The paragraph just above line ``index`` (its caption or lead-in sentence), up to the
    blank line before it."""
    above: list[str] = []
    for line in reversed(lines[max(0, index - 4) : index]):
        if not line.strip() and above:
            break
        above.insert(0, line.strip())
    return " ".join(above)


def table_rows(source: SourceText) -> list[tuple[str, list[_Row]]]:
    """Each complaints table of ``source``: its caption or decision column (what names its
    body), its columns' roles and its rows."""
    tables: list[tuple[str, list[_Row]]] = []
    spans = list(line_spans(source.text))
    lines = [text for _, _, text in spans]
    index = 0
    while index < len(lines):
        caption = next((lines[i].strip() for i in range(index - 1, -1, -1) if lines[i].strip()), "")
        roles = (
            _roles(lines[index], _lead(lines, index)) if _GAP.search(lines[index].strip()) else None
        )
        if roles is None:
            index += 1
            continue
        header = lines[index].strip()
        indent = len(lines[index]) - len(lines[index].lstrip())
        tabbed = "\t" in header
        named = [cell.strip() for cell in _cells(header, tabbed)]
        starts = [run.start() for run in re.finditer(r"\S+(?: \S+)*", lines[index])]
        decider = named[roles.index("outcome")]
        rows: list[_Row] = []
        index += 1
        while index < len(lines) and lines[index].strip():
            line = lines[index]
            start = spans[index][0] + len(line) - len(line.lstrip())
            cells = _cells(line, tabbed) if tabbed else _placed(line, starts)
            # a wrapped cell starts further in than the header (an indented table's rows
            # start where its header does)
            continued = len(line) - len(line.lstrip()) > indent and bool(rows)
            if not continued and len([c for c in cells if c.strip()]) < 2:
                # a cell wrapped in a table whose rows start where its header does: one
                # cell alone, more rows after it
                after = lines[index + 1] if index + 1 < len(lines) else ""
                after_cells = _cells(after, tabbed) if tabbed else _placed(after, starts)
                if not rows or len([c for c in after_cells if c.strip()]) < 2:
                    break
                continued = True
            row = rows[-1] if continued else _Row({}, columns=frozenset(filter(None, roles)))
            for role, cell in zip(roles, cells, strict=False):
                if role is not None and cell.strip():
                    row.cells[role] = f"{row.cells.get(role, '')} {cell.strip()}".strip()
            row.spans.append(source.span(start, spans[index][1]))
            if not continued:
                rows.append(row)
            index += 1
        tables.append((f"{decider}\n{caption}", rows))
    return tables


def _body(row: _Row, names: str) -> str | None:
    """The body a row's complaint went to: its own column, else the decision column's
    owner ("CEC decision"), else the caption's ("Complaints to the CEC")."""
    if row.cells.get("body"):
        return row.cells["body"]
    decider, caption = names.split("\n", 1)
    owner = _DECIDER.match(decider.strip())
    if owner is not None:
        return owner["of"] or owner["body"]
    named = _CAPTION_BODY.search(caption)
    return named["body"] if named else None


def add_table_complaints(
    extraction: Extraction,
    source: SourceText,
    numbers: CaseNumbers,
    actors: Actors,
    election: URIRef | None = None,
) -> list[Fact]:
    """A complaint fact for every row of every complaints table, numbered on by ``numbers``."""
    found: list[Fact] = []
    for names, rows in table_rows(source):
        for row in rows:
            decided = outcome_in(row.cells.get("outcome", "").lower())
            who = row.cells.get("complainant", "")
            if decided is None or not (who or "complainant" not in row.columns):
                continue
            number, iri = numbers.take()
            text = " | ".join(row.cells.values())
            fact = Fact(
                iri=iri,
                kind=NG.Complaint,
                label=f"Complaint {number}: {text[:60]}",
                evidence=list(row.spans),
            )
            if election is not None:
                fact.add(NG.election, election)
            fact.add(NG.outcome, outcome(decided)).add(NG.text, text)
            body = _body(row, names)
            if body:
                fact.add(NG.filedWith, actors.get(body, case_kind(body), row.spans[:1]))
            kind = kind_from_name(who) if who else None
            if kind is not None:
                fact.add(NG.complainant, actors.get(who, kind, row.spans[:1]))
            elif who and re.fullmatch(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,2}", who):
                fact.add(NG.complainant, actors.person(who, row.spans[:1]))
            if row.cells.get("subject"):
                fact.add(NG.subjectMatter, row.cells["subject"])
            when = find_when(row.cells.get("date", ""))
            if when is not None and when[0].day is not None:
                fact.add(NG.date, when[0].literal())
            found.append(extraction.add(fact))
    return found


__all__ = ["add_table_complaints", "table_rows"]
