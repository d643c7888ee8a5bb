"""The web pages for policy staff: home, saved questions with forms, recurring issues.

``/`` says what the graph holds; ``/questions`` lists the saved queries (search by text
and tag); ``/questions/{name}`` is a form for one question's parameters that runs it as
soon as its required values are there, shows a sortable table whose IRIs link to their
record pages, offers CSV and JSON downloads and a permalink with every value spelled
out; ``/recurring`` charts recurring issues against elections; ``/recurring/evidence``
shows the quotes behind one cell. Saved queries run through
:func:`normgraph.api.queries.answer_saved`, like the API; store reads go to the runner.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from normgraph.graph import BusyError, QueryTimeoutError, ResultFormat, StoreError
from normgraph.queries.catalogue import (
    Parameter,
    ParameterError,
    SavedQuery,
    catalogue,
    saved_query,
)

from .errors import status_for
from .evidence import evidence_html
from .html import curie, render
from .page_data import COUNTED, Choice, read_answer_and_choices, read_overview
from .queries import question_url
from .recurrence_chart import (
    RECURRENCE_QUERY,
    STATUS_COLOURS,
    chart_svg,
    evidence_url,
    read_cell,
    read_chart,
    status_text,
)
from .resource_view import Evidence
from .sparql import runner, settings_of
from .sparql_params import checked_iri
from .tables import result_table

router = APIRouter(tags=["pages"], include_in_schema=False)

_CARD_LINKS = {
    "Report": "/#documents",
    "Election": "/#elections",
    "Recommendation": "/questions?tag=recommendations",
    "RecurringIssue": "/recurring",
    "Complaint": "/questions/complaints",
    "TreatyAction": "/questions/treaty-actions",
}
_INPUTS: dict[str, list[tuple[str, str]]] = {
    "integer": [("type", "number"), ("step", "1"), ("inputmode", "numeric")],
    "decimal": [("type", "number"), ("step", "any"), ("inputmode", "decimal")],
    "date": [("type", "date")],
    "year": [("inputmode", "numeric"), ("pattern", "[0-9]{4}"), ("placeholder", "YYYY")],
    "iri": [("placeholder", "a prefixed name (id:...) or a full IRI"), ("spellcheck", "false")],
    "string": [],
}


@dataclass(frozen=True)
class Field:
    """One form field, ready for the template."""

    name: str
    label: str
    help: str
    value: str
    required: bool
    options: list[tuple[str, str]] | None
    attributes: list[tuple[str, str]]


def _field(parameter: Parameter, value: str, choices: list[Choice] | None) -> Field:
    options: list[tuple[str, str]] | None = None
    if parameter.allowed:
        options = [(a, a.replace("-", " ")) for a in parameter.allowed]
    elif parameter.type == "boolean":
        options = [("true", "yes"), ("false", "no")]
    elif choices:
        options = [(curie(c.iri), c.label) for c in choices]
        if value and value not in {curie(c.iri) for c in choices}:
            options.append((value, value))
    kind = parameter.type + (", optional" if not parameter.required else "")
    return Field(
        parameter.name,
        parameter.name,
        f"{parameter.description} ({kind})".strip(),
        value,
        parameter.required,
        options,
        _INPUTS.get(parameter.type, []),
    )


def _form_values(request: Request, saved: SavedQuery) -> tuple[dict[str, str], bool]:
    """The declared parameters given in the URL (others ignored), and whether to run:
    every required parameter has a value."""
    given = {p.name: request.query_params.get(p.name, "").strip() for p in saved.parameters}
    given = {k: v for k, v in given.items() if v}
    ready = all(p.name in given for p in saved.parameters if p.required)
    return given, ready


def _normalise(parameter: Parameter, value: str) -> str:
    """IRIs as prefixed names where a prefix fits (short permalinks), so that the same
    IRI written either way selects the same option in a dropdown."""
    if parameter.type != "iri" or not value:
        return value
    try:
        return curie(str(parameter.to_term(value)))
    except ParameterError:
        return value


def _effective(saved: SavedQuery, given: dict[str, str]) -> dict[str, str]:
    """Given values plus defaults, in declaration order: what the permalink spells out."""
    values = {}
    for p in saved.parameters:
        value = given.get(p.name, p.default or "")
        if value:
            values[p.name] = _normalise(p, value)
    return values


def _iri_names(saved: SavedQuery) -> tuple[str, ...]:
    return tuple(p.name for p in saved.parameters if p.type == "iri")


def _page(template: str, status: int = 200, **context: object) -> HTMLResponse:
    return HTMLResponse(render(template, **context), status_code=status)


@router.get("/")
async def home(request: Request) -> HTMLResponse:
    overview = await runner(request).read(read_overview)
    cards = [(key, text, _CARD_LINKS[key]) for key, text in COUNTED.items()]
    return _page(
        "home.html",
        title="normgraph",
        overview=overview,
        cards=cards,
        question_url=question_url,
    )


@router.get("/questions")
async def questions(request: Request, q: str = "", tag: str = "") -> HTMLResponse:
    everything = list(catalogue().values())
    words = q.lower().split()

    def matches(saved: SavedQuery) -> bool:
        text = " ".join(
            [saved.name, saved.summary, *saved.tags]
            + [f"{p.name} {p.description}" for p in saved.parameters]
        ).lower()
        return (not tag or tag in saved.tags) and all(word in text for word in words)

    tags = sorted({t for saved in everything for t in saved.tags})
    found = [saved for saved in everything if matches(saved)]
    return _page(
        "questions.html",
        title="Saved questions",
        q=q,
        tag=tag,
        tags=tags,
        found=found,
        total=len(everything),
    )


@router.get("/questions/{name}")
async def question(name: str, request: Request) -> HTMLResponse:
    saved = saved_query(name)
    given, ready = _form_values(request, saved)
    values = _effective(saved, given)
    error, status, table = None, 200, None
    request_task = None
    if ready:
        try:
            request_task = saved.request(given, ResultFormat.JSON, settings_of(request).max_rows)
        except ParameterError as problem:
            error, status = str(problem), 400
    try:
        body, truncated, choices = await runner(request).read(
            partial(read_answer_and_choices, request=request_task, parameters=_iri_names(saved))
        )
    except (QueryTimeoutError, BusyError, StoreError) as problem:
        error, status, body, truncated, choices = str(problem), status_for(problem), None, False, {}
    if body is not None:
        table = result_table(body, truncated)
    fields = [_field(p, values.get(p.name, ""), choices.get(p.name)) for p in saved.parameters]
    query = urlencode(values, safe=":/")
    return _page(
        "question.html",
        status,
        title=saved.name,
        saved=saved,
        fields=fields,
        table=table,
        error=error,
        permalink=question_url(saved.name, values),
        downloads={
            kind: f"/queries/{saved.name}?{query}{'&' if query else ''}format={kind}"
            for kind in ("csv", "json")
        },
    )


@router.get("/recurring")
async def recurring(request: Request) -> HTMLResponse:
    saved = saved_query(RECURRENCE_QUERY)
    given, ready = _form_values(request, saved)
    values = _effective(saved, given)
    error, status, grid = None, 200, None
    choices: dict[str, list[Choice]] = {}
    try:
        task = saved.request(given, ResultFormat.JSON, settings_of(request).max_rows)
        grid, choices = await runner(request).read(
            partial(read_chart, request=task if ready else None, parameters=_iri_names(saved))
        )
    except (ParameterError, QueryTimeoutError, BusyError, StoreError) as problem:
        error, status = str(problem), status_for(problem)
    fields = [_field(p, values.get(p.name, ""), choices.get(p.name)) for p in saved.parameters]
    query = urlencode(values, safe=":/")
    return _page(
        "recurring.html",
        status,
        title="Recurring issues at a glance",
        saved=saved,
        fields=fields,
        error=error,
        grid=grid,
        svg=chart_svg(grid) if grid is not None else Markup(""),
        colours=STATUS_COLOURS,
        status_text=status_text,
        evidence_url=evidence_url,
        permalink="/recurring" + (f"?{query}" if query else ""),
        question_link=question_url(saved.name, values),
        csv=f"/queries/{saved.name}?{query}{'&' if query else ''}format=csv",
    )


def _blocks(items: list[tuple[str, list[Evidence]]]) -> list[tuple[str, list[Markup]]]:
    return [(iri, [evidence_html(e) for e in found]) for iri, found in items]


@router.get("/recurring/evidence")
async def cell_evidence(request: Request, issue: str, election: str) -> HTMLResponse:
    checked_iri(issue, "issue")
    checked_iri(election, "election")
    cell = await runner(request).read(partial(read_cell, issue=issue, election=election))
    blocks = await run_in_threadpool(_blocks, cell.recommendations)
    judged = await run_in_threadpool(_blocks, [(iri, found) for iri, _, found in cell.judgements])
    return _page(
        "cell_evidence.html",
        title=f"{cell.issue_label} — {cell.election_label}",
        issue=issue,
        issue_label=cell.issue_label,
        election=election,
        election_label=cell.election_label,
        items=blocks,
        judgements=[
            (iri, assessment, quotes)
            for (iri, assessment, _), (_, quotes) in zip(cell.judgements, judged, strict=True)
        ],
    )
