"""``/queries``: the saved queries of ``normgraph.queries``, listed and run over HTTP.

``GET /queries`` lists them (JSON; a browser is sent to the ``/questions`` pages). Each
saved query gets its own operation, ``GET /queries/{name}``, generated when the app is
created, so the OpenAPI document shows its parameters with their types, allowed values
and defaults, and an OpenAPI client can call it. Values are checked and bound as typed
RDF terms by the catalogue (never spliced into the query text); a bad value is a 400
naming the parameter.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse, RedirectResponse

from normgraph.graph import NotAcceptableError, QueryAnswer, ResultFormat
from normgraph.queries.catalogue import Parameter, QueryNotFoundError, SavedQuery, catalogue

from .errors import ProtocolError
from .negotiation import HTML, SOLUTION_OFFERS, choose
from .sparql import answer_response, runner, settings_of

_FORMATS = {
    "json": ResultFormat.JSON,
    "csv": ResultFormat.CSV,
    "tsv": ResultFormat.TSV,
    "xml": ResultFormat.XML,
}
_SCHEMAS: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "decimal": {"type": "number"},
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "format": "date"},
    "year": {"type": "string", "pattern": "^[0-9]{4}$"},
    "iri": {"type": "string", "format": "iri"},
}


def describe_parameter(parameter: Parameter) -> dict[str, Any]:
    return {
        "name": parameter.name,
        "type": parameter.type,
        "description": parameter.description,
        "required": parameter.required,
        "default": parameter.default,
        "allowed": list(parameter.allowed),
    }


def describe_query(saved: SavedQuery) -> dict[str, Any]:
    return {
        "name": saved.name,
        "summary": saved.summary,
        "tags": list(saved.tags),
        "parameters": [describe_parameter(p) for p in saved.parameters],
        "url": f"/queries/{saved.name}",
    }


def openapi_parameter(parameter: Parameter) -> dict[str, Any]:
    """One saved-query parameter as an OpenAPI query parameter."""
    schema = dict(_SCHEMAS[parameter.type])
    if parameter.allowed:
        schema["enum"] = list(parameter.allowed)
    if parameter.default is not None:
        schema["default"] = parameter.default
    description = parameter.description or parameter.name
    if parameter.type == "iri":
        description += " (an absolute IRI or a prefixed name such as id:report/...)"
    return {
        "name": parameter.name,
        "in": "query",
        "required": parameter.required,
        "schema": schema,
        "description": description,
    }


_FORMAT_PARAMETER = {
    "name": "format",
    "in": "query",
    "required": False,
    "schema": {"type": "string", "enum": [*_FORMATS, "html"]},
    "description": "Answer format; without it, the Accept header decides (default JSON).",
}
_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The answer as SPARQL results.",
        "content": {media: {} for media, _ in SOLUTION_OFFERS[:4]} | {HTML: {}},
    },
    400: {"description": "A parameter is missing, unknown, mistyped or not allowed."},
    503: {"description": "The query ran past the timeout."},
}


def _operation_id(name: str) -> str:
    return "query_" + re.sub(r"\W+", "_", name).strip("_")


def _values(request: Request, saved: SavedQuery) -> dict[str, str]:
    values: dict[str, str] = {}
    for key, value in request.query_params.multi_items():
        if key == "format":
            continue
        if key in values:
            raise ProtocolError(f"parameter {key!r} is given more than once")
        values[key] = value
    return values


async def answer_saved(
    request: Request, saved: SavedQuery, values: dict[str, str], result_format: ResultFormat
) -> QueryAnswer:
    """Bind ``values`` (ParameterError first), run in a worker, capped at the row limit.

    The one way a saved query is run over HTTP: the API below and the web pages use it.
    """
    settings = settings_of(request)
    task = saved.request(values, result_format, settings.max_rows)
    return await runner(request).read(task)


async def run_saved(request: Request, saved: SavedQuery) -> Response:
    """Validate, bind, run in a worker, answer in the requested format.

    A browser asking for HTML is sent to the question's web page with the same values.
    """
    formats = request.query_params.getlist("format")
    if len(formats) > 1:
        raise ProtocolError("parameter 'format' is given more than once")
    chosen = _answer_format(formats[0] if formats else None, request.headers.get("accept"))
    values = _values(request, saved)
    if chosen is None:
        saved.bind(values)  # a bad value is a 400 here too
        return RedirectResponse(question_url(saved.name, values), status_code=303)
    answer = await answer_saved(request, saved, values, chosen)
    response = answer_response(answer, settings_of(request).max_rows)
    if chosen in (ResultFormat.CSV, ResultFormat.TSV):
        extension = "csv" if chosen is ResultFormat.CSV else "tsv"
        response.headers["Content-Disposition"] = f'inline; filename="{saved.name}.{extension}"'
    return response


def question_url(name: str, values: dict[str, str]) -> str:
    """The web page of saved query ``name`` filled with ``values``: its permalink."""
    query = urlencode([(k, v) for k, v in values.items() if v != ""], safe=":/")
    return f"/questions/{quote(name)}" + (f"?{query}" if query else "")


def _answer_format(name: str | None, accept: str | None) -> ResultFormat | None:
    """The format named by ``?format=`` or negotiated; None for an HTML table."""
    if name is not None:
        if name == "html":
            return None
        if name not in _FORMATS:
            raise ProtocolError(f"format {name!r} is not one of {', '.join([*_FORMATS, 'html'])}")
        return _FORMATS[name]
    offers: list[tuple[str, ResultFormat | None]] = [*SOLUTION_OFFERS[:4], (HTML, None)]
    offers += SOLUTION_OFFERS[4:]
    chosen = choose(accept, offers)
    if chosen is None and choose(accept, [(HTML, True)]) is None:
        raise NotAcceptableError("a saved query answers as SPARQL JSON, XML, CSV, TSV or HTML")
    return chosen


def _endpoint(saved: SavedQuery) -> Any:
    async def endpoint(request: Request) -> Response:
        return await run_saved(request, saved)

    endpoint.__name__ = _operation_id(saved.name)
    endpoint.__doc__ = saved.summary
    return endpoint


def build_router() -> APIRouter:
    """The listing, one operation per saved query, and a 404 for unknown names."""
    router = APIRouter(tags=["saved queries"])

    @router.get("/queries", summary="List the saved queries")
    async def list_queries(request: Request) -> Response:
        """Name, summary, tags and parameters of every saved query (JSON or HTML)."""
        listing = [describe_query(saved) for saved in catalogue().values()]
        chosen = choose(
            request.headers.get("accept"), [("application/json", "json"), (HTML, "html")]
        )
        if chosen == "html":
            return RedirectResponse("/questions", status_code=303)
        return JSONResponse(listing, headers={"Vary": "Accept"})

    for saved in catalogue().values():
        parameters = [openapi_parameter(p) for p in saved.parameters] + [_FORMAT_PARAMETER]
        router.add_api_route(
            f"/queries/{saved.name}",
            _endpoint(saved),
            methods=["GET"],
            summary=saved.summary,
            description=_operation_description(saved),
            operation_id=_operation_id(saved.name),
            response_class=Response,
            responses=_RESPONSES,
            openapi_extra={"parameters": parameters},
        )

    @router.get("/queries/{name}", include_in_schema=False)
    async def unknown_query(name: str) -> Response:
        raise QueryNotFoundError(
            f"no saved query {name!r}; available: {', '.join(sorted(catalogue()))}"
        )

    return router


def _operation_description(saved: SavedQuery) -> str:
    lines = [saved.summary, "", f"Tags: {', '.join(saved.tags) or 'none'}.", ""]
    lines.append("```sparql")
    lines.append(saved.sparql.strip())
    lines.append("```")
    return "\n".join(lines)
