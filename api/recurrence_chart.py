"""Recurring issues at a glance: issues down, elections across, one cell per issue raised
at an election, showing who raised it and how it was assessed since.

The issues are the rows of the recurrence saved query (:data:`RECURRENCE_QUERY`, run with
the page's form values), labelled with their names (the change asked); the cells come
from the graph's issue memberships and the implementation assessments of each member
recommendation, each saying who judged: "stated by <mission>" or "inferred by
normgraph" (an ``ng:InferredAssessment``). Disagreeing assessments coexist, so a cell's
status bar has one band per assessment. The chart is an SVG drawn
here, in Python, so the page needs no script and no network; every cell is a link to
the quotes behind it.
"""

from __future__ import annotations

import html
import json
import textwrap
from dataclasses import dataclass, field
from urllib.parse import urlencode

from markupsafe import Markup
from rdflib import URIRef

from normgraph.graph import GraphStore, QueryRequest
from normgraph.namespaces import local_name

from .page_data import PREFIXES, Choice, preferred_label, read_choices
from .report_elections import Election, read_own_elections
from .resource_view import Evidence, read_evidence

RECURRENCE_QUERY = "recurring-by-reports"
"""The saved query whose rows (one or more per ``?issue``) choose the chart's issues."""

CELLS = (
    PREFIXES
    + f"""
SELECT ?issue ?issueLabel ?recommendation ?report ?recElection ?recElectionLabel
       ?recElectionDate ?observerLabel ?assessment ?status ?statusLabel ?assessorLabel
       ?assessed ?inferred
WHERE {{
  ?membership a ng:IssueMembership ; ng:issue ?issue ; ng:recommendation ?recommendation .
  ?recommendation ng:sourceReport ?report .
  OPTIONAL {{ ?recommendation ng:election ?recElection .
             {preferred_label("?recElection", "recElectionLabel")}
             OPTIONAL {{ ?recElection ng:electionDate ?recElectionDate }} }}
  {preferred_label("?issue", "issueLabel")}
  OPTIONAL {{ ?report dcterms:creator ?observer .
             {preferred_label("?observer", "observerLabel", short=True)} }}
  OPTIONAL {{
    ?assessment ng:recommendation ?recommendation ; ng:status ?status .
    OPTIONAL {{ ?status skos:prefLabel ?statusLabel }}
    OPTIONAL {{ ?assessment ng:assessor ?assessor .
               {preferred_label("?assessor", "assessorName", short=True)} }}
    OPTIONAL {{ ?assessment ng:sourceReport/dcterms:creator ?judge .
               {preferred_label("?judge", "judgeName", short=True)} }}
    OPTIONAL {{ ?assessment ng:date ?assessed }}
    BIND(EXISTS {{ ?assessment a ng:InferredAssessment }}
         || EXISTS {{ ?assessment ng:assessor/a <http://www.w3.org/ns/prov#SoftwareAgent> }}
         AS ?inferred)
    BIND(COALESCE(?assessorName, ?judgeName) AS ?assessorLabel)
  }}
}}
"""
)
"""One row per issue member and assessment of it (more when labels repeat). The
recommendation's own election, when it names one; otherwise its report's observed election
is chosen in Python (:mod:`.report_elections`), since a report also names the elections it
recalls. Who raised it and who judged it are read by short name first."""
STATUS_COLOURS = {
    "fully-implemented": "#2e7d32",
    "mostly-implemented": "#7cb342",
    "partially-implemented": "#f2b705",
    "not-implemented": "#c62828",
    "not-yet-assessed": "#aab2bd",
}
"""Colours of the implementation-status scale (green to red, grey when not assessed)."""
NOT_ASSESSED = "not-yet-assessed"
"""The status of a cell no assessment judges: it names no judge."""


@dataclass(frozen=True)
class Assessment:
    status: str
    """The status concept's local name, e.g. ``not-implemented``."""
    label: str
    assessor: str | None
    date: str | None
    inferred: bool = False
    """True when normgraph inferred the status (raised again), not a mission stating it."""

    @property
    def judged(self) -> str:
        """Who judged, as the page says it; nothing when nobody has (not yet assessed)."""
        if self.inferred:
            return "inferred by normgraph"
        if self.assessor:
            return f"stated by {self.assessor}"
        return "" if self.status == NOT_ASSESSED else "stated by an unnamed assessor"


@dataclass
class Cell:
    """One issue at one election: who raised it, in which recommendations, how assessed."""

    observers: list[str] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)


@dataclass
class Grid:
    issues: list[tuple[str, str]] = field(default_factory=list)
    """(issue, label) in the saved query's order"""
    elections: list[tuple[str, str, str | None]] = field(default_factory=list)
    """(election, label, date) by date"""
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)


def _add(items: list[str], value: str | None) -> None:
    if value and value not in items:
        items.append(value)


@dataclass(frozen=True)
class _Row:
    """One CELLS row, placed at the one election its recommendation was made after."""

    issue: str
    issue_label: str | None
    recommendation: str
    election: Election
    observer: str | None
    assessment: str | None
    judged: Assessment | None


def _read_rows(store: GraphStore, issue: str | None = None) -> list[_Row]:
    bindings = {"issue": URIRef(issue)} if issue is not None else None
    _, found = store.select(CELLS, bindings=bindings)
    own = read_own_elections(store)
    rows = []
    for row in found:
        text = {name: str(value) for name, value in row.items() if value is not None}
        if "recElection" in text:
            election: Election | None = Election(
                text["recElection"],
                text.get("recElectionLabel", text["recElection"]),
                text.get("recElectionDate"),
            )
        else:
            election = own.get(text["report"])
        if election is None:
            continue
        judged = None
        if "status" in text:
            status = local_name(text["status"])
            judged = Assessment(
                status,
                text.get("statusLabel", status.replace("-", " ")),
                text.get("assessorLabel"),
                text.get("assessed"),
                text.get("inferred", "").lower() == "true",
            )
        rows.append(
            _Row(
                text["issue"],
                text.get("issueLabel"),
                text["recommendation"],
                election,
                text.get("observerLabel"),
                text.get("assessment"),
                judged,
            )
        )
    return rows


def read_grid(store: GraphStore, request: QueryRequest) -> tuple[bytes, bool, Grid]:
    """The saved query's answer and the chart for its issues, in one worker call."""
    answer = request(store)
    rows = json.loads(answer.body)["results"]["bindings"]
    chosen = list(dict.fromkeys(r["issue"]["value"] for r in rows if "issue" in r))
    wanted = set(chosen)
    grid = Grid()
    labels: dict[str, str] = {}
    elections: dict[str, tuple[str, str | None]] = {}
    for row in _read_rows(store):
        if row.issue not in wanted:
            continue
        labels.setdefault(row.issue, row.issue_label or row.issue)
        election = row.election
        elections.setdefault(election.iri, (election.label, election.date))
        cell = grid.cells.setdefault((row.issue, election.iri), Cell())
        _add(cell.observers, row.observer)
        _add(cell.recommendations, row.recommendation)
        if row.judged is not None and row.judged not in cell.assessments:
            cell.assessments.append(row.judged)
    grid.issues = [(issue, labels[issue]) for issue in chosen if issue in labels]
    grid.elections = sorted(
        ((e, label, date) for e, (label, date) in elections.items()),
        key=lambda item: (item[2] or "9999", item[0]),
    )
    for cell in grid.cells.values():
        cell.assessments.sort(key=lambda a: (a.date or "", a.assessor or ""))
    return answer.body, answer.truncated, grid


def read_chart(
    store: GraphStore, request: QueryRequest | None, parameters: tuple[str, ...]
) -> tuple[Grid | None, dict[str, list[Choice]]]:
    """The chart (when its question can run) and its form's choices, in one worker call."""
    grid = read_grid(store, request)[2] if request is not None else None
    return grid, read_choices(store, parameters)


def evidence_url(issue: str, election: str) -> str:
    return "/recurring/evidence?" + urlencode({"issue": issue, "election": election})


def status_text(cell: Cell) -> str:
    """How the cell's recommendations were assessed, in words."""
    if not cell.assessments:
        return "not yet assessed"
    said = []
    for a in cell.assessments:
        details = ", ".join(part for part in (a.judged, a.date) if part)
        said.append(f"{a.label} ({details})" if details else a.label)
    return "; ".join(said)


_NOT_ASSESSED = Assessment(NOT_ASSESSED, "not yet assessed", None, None)
_LEFT, _TOP, _WIDTH, _HEIGHT, _GAP, _PAD, _LINE = 236, 80, 176, 78, 10, 8, 15
_CHARS_PER_PIXEL = 1 / 7.2
"""Characters of the 12-13px sans-serif text per pixel of width (a wide glyph average), so
wrapped labels stay inside their column."""
_STATUS_CHARS_PER_PIXEL = 1 / 6.6
"""The same for the 11px status text."""
_AXIS_CHARS_PER_PIXEL = 1 / 8.2
"""The same for the bold 13px issue names left of the columns (wider glyphs: "nominate
non-voting members to" took 245 px at 1 / 7.2, past the 224 px its column leaves)."""
_SHOWN_JUDGEMENTS = 3
"""Assessments written out in a cell; more are counted (all are in its link's label)."""


def _text(x: float, y: float, lines: list[str], css: str, anchor: str = "start") -> str:
    spans = "".join(
        f'<tspan x="{x}" dy="{0 if i == 0 else _LINE}">{html.escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return f'<text x="{x}" y="{y}" class="{css}" text-anchor="{anchor}">{spans}</text>'


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _wrap(text: str, width: int, most: int) -> list[str]:
    """``text`` wrapped to ``width`` characters, the last of ``most`` lines cut short."""
    lines = textwrap.wrap(text, width)
    if len(lines) > most:
        lines = [*lines[: most - 1], _short(" ".join(lines[most - 1 :]), width)]
    return lines


@dataclass(frozen=True)
class _CellText:
    """What a cell's box says: who raised the issue, then each judgement and who judged."""

    raised: list[str]
    judgements: list[str]

    @classmethod
    def of(cls, found: Cell) -> _CellText:
        inner = _WIDTH - 2 * _PAD
        raised = "raised by " + (", ".join(found.observers) or "unknown observer")
        chars = int(inner * _STATUS_CHARS_PER_PIXEL)
        judgements: list[str] = []
        assessed = found.assessments or [_NOT_ASSESSED]
        for a in assessed[:_SHOWN_JUDGEMENTS]:
            judgements += [_short(a.label, chars), *_wrap(a.judged, chars, 2)]
        if len(assessed) > _SHOWN_JUDGEMENTS:
            judgements.append(f"and {len(assessed) - _SHOWN_JUDGEMENTS} more assessments")
        return cls(_wrap(raised, int(inner * _CHARS_PER_PIXEL), 2), judgements)

    @property
    def judgements_at(self) -> int:
        """The first judgement line's baseline, below the cell's top."""
        return 18 + _LINE * (len(self.raised) - 1) + 20

    @property
    def height(self) -> int:
        """The box's height: its lines, then the status bar below them."""
        return max(_HEIGHT, self.judgements_at + _LINE * (len(self.judgements) - 1) + 25)


def chart_svg(grid: Grid) -> Markup:
    """The grid as an SVG: issue labels on the left, election dates on top, linked cells;
    a row is as tall as its fullest cell, so every cell's words stay inside its box."""
    column_chars = int(_WIDTH * _CHARS_PER_PIXEL)
    row_chars = int((_LEFT - 12) * _AXIS_CHARS_PER_PIXEL)
    texts = {key: _CellText.of(cell) for key, cell in grid.cells.items()}
    rows = []
    for issue, label in grid.issues:
        in_row = [texts[(issue, e)] for e, _, _ in grid.elections if (issue, e) in texts]
        rows.append((issue, label, max([_HEIGHT, *(t.height for t in in_row)])))
    width = _LEFT + len(grid.elections) * (_WIDTH + _GAP)
    height = _TOP + sum(h + _GAP for _, _, h in rows)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="chart-title">'
        '<title id="chart-title">Recurring issues by election</title>'
        "<style>.axis{font:600 13px system-ui,sans-serif;fill:#1f2328}"
        ".small{font:12px system-ui,sans-serif;fill:#1f2328}"
        ".status{font:11px system-ui,sans-serif;fill:#5b636e}"
        "rect.cell{fill:#fff;stroke:#9aa3ad}a:hover rect.cell{fill:#eef4fb}</style>"
    ]
    for column, (_, label, date) in enumerate(grid.elections):
        x = _LEFT + column * (_WIDTH + _GAP) + _WIDTH / 2
        lines = [date or "undated", *_wrap(label, column_chars, 3)]
        parts.append(_text(x, 16, lines, "small", "middle"))
    y = _TOP
    for issue, label, row_height in rows:
        parts.append(_text(4, y + 18, _wrap(label, row_chars, 4), "axis"))
        for column, (election, election_label, _) in enumerate(grid.elections):
            cell = grid.cells.get((issue, election))
            if cell is None:
                continue
            x = _LEFT + column * (_WIDTH + _GAP)
            text = texts[(issue, election)]
            observers = ", ".join(cell.observers) or "unknown"
            said = f"{label} at {election_label}: raised by {observers}; {status_text(cell)}"
            parts.append(
                f'<a href="{html.escape(evidence_url(issue, election))}" '
                f'aria-label="{html.escape(said)}"><title>{html.escape(said)}</title>'
                f'<rect class="cell" x="{x}" y="{y}" width="{_WIDTH}" height="{row_height}" '
                'rx="4"/>'
            )
            parts.append(_text(x + _PAD, y + 18, text.raised, "small"))
            parts.append(_text(x + _PAD, y + text.judgements_at, text.judgements, "status"))
            assessed = cell.assessments or [_NOT_ASSESSED]
            band = (_WIDTH - 2) / len(assessed)
            for i, assessment in enumerate(assessed):
                colour = STATUS_COLOURS.get(assessment.status, "#aab2bd")
                parts.append(
                    f'<rect x="{x + 1 + i * band:.1f}" y="{y + row_height - 9}" '
                    f'width="{band:.1f}" height="8" fill="{colour}"/>'
                )
            parts.append("</a>")
        y += row_height + _GAP
    parts.append("</svg>")
    return Markup("".join(parts))


@dataclass
class CellReading:
    """One cell's labels, its recommendations with their quotes, and how each was judged
    (who, and the statement or later recommendation the judgement rests on)."""

    issue_label: str
    election_label: str
    recommendations: list[tuple[str, list[Evidence]]]
    judgements: list[tuple[str, Assessment, list[Evidence]]]


def read_cell(store: GraphStore, issue: str, election: str) -> CellReading:
    """One cell of the chart, read for its evidence page."""
    issue_label, election_label = issue, election
    recommendations: list[str] = []
    judged: dict[str, Assessment] = {}
    for row in _read_rows(store, issue):
        if row.election.iri != election:
            continue
        issue_label = row.issue_label or issue_label
        election_label = row.election.label
        _add(recommendations, row.recommendation)
        if row.assessment is not None and row.judged is not None:
            judged.setdefault(row.assessment, row.judged)
    return CellReading(
        issue_label,
        election_label,
        [(iri, read_evidence(store, iri)) for iri in recommendations],
        [
            (iri, assessment, read_evidence(store, iri))
            for iri, assessment in sorted(judged.items(), key=lambda kv: kv[1].date or "")
        ],
    )
