"""``/sparql``: the SPARQL 1.1 Protocol (https://www.w3.org/TR/sparql11-protocol/).

Queries by GET (``?query=``), by POST of a form (``query=``) or of the query itself
(``application/sparql-query``); ``default-graph-uri`` and ``named-graph-uri`` (repeatable)
replace the query's dataset. Without them the default graph is the union of all graphs.
Updates by POST of a form (``update=``) or of the update itself
(``application/sparql-update``), only with the admin token. GET without a query returns
the SPARQL 1.1 Service Description.

Every query runs in a worker (:mod:`normgraph.graph.pool`): cut at the timeout, capped at
``max_rows`` rows (the answer then carries a ``Normgraph-Truncated`` header), and never
on the event loop.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Coroutine
from functools import partial
from operator import methodcaller
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from normgraph.config import Settings
from normgraph.graph import (
    Dataset,
    NotAcceptableError,
    QueryAnswer,
    QueryRequest,
    ResultFormat,
    Runner,
)
from normgraph.graph.sparql_text import query_form, with_using
from normgraph.namespaces import VOID, sparql_prefixes
from normgraph.stats import graph_counts

from .admission import client_address, slots_of
from .errors import MethodNotAllowedError, ProtocolError, UnsupportedMediaTypeError
from .negotiation import GRAPH_OFFERS, HTML, SOLUTION_OFFERS, choose
from .security import is_admin, require_admin
from .sparql_params import format_choice, iris, one_value, protocol_dataset
from .sparql_policy import check_nesting, check_services, guarded, with_base


class RequestRoute(APIRoute):
    """A route whose endpoint takes the request and returns the response, called as it is:
    FastAPI's parameter and dependency machinery has nothing to do for it, and it cost a
    quarter of what the app spends on a /sparql lookup. The route is still documented."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        return self.endpoint


router = APIRouter(tags=["sparql"], route_class=RequestRoute)

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
_FORMAT_IRIS = {
    ResultFormat.JSON: FORMATS.SPARQL_Results_JSON,
    ResultFormat.XML: FORMATS.SPARQL_Results_XML,
    ResultFormat.CSV: FORMATS.SPARQL_Results_CSV,
    ResultFormat.TSV: FORMATS.SPARQL_Results_TSV,
    ResultFormat.TURTLE: FORMATS.Turtle,
    ResultFormat.NTRIPLES: FORMATS["N-Triples"],
    ResultFormat.RDFXML: FORMATS.RDF_XML,
    ResultFormat.JSONLD: FORMATS["JSON-LD"],
}
TRUNCATED_HEADER = "Normgraph-Truncated"

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"

_QUERY_DOC = {
    "parameters": [
        {
            "name": "query",
            "in": "query",
            "required": False,
            "schema": {"type": "string"},
            "description": "A SPARQL 1.1 query. Without it, the service description.",
        },
        {
            "name": "default-graph-uri",
            "in": "query",
            "schema": {"type": "array", "items": {"type": "string", "format": "iri"}},
            "description": "Graphs merged into the default graph (replaces FROM).",
        },
        {
            "name": "named-graph-uri",
            "in": "query",
            "schema": {"type": "array", "items": {"type": "string", "format": "iri"}},
            "description": "Graphs available to GRAPH (replaces FROM NAMED).",
        },
    ],
    "responses": {
        "200": {
            "description": "The answer, in the negotiated format.",
            "content": {media: {} for media, _ in SOLUTION_OFFERS[:4] + GRAPH_OFFERS[:4]},
        }
    },
}


def runner(request: Request) -> Runner:
    return request.app.state.runner  # type: ignore[no-any-return]


def settings_of(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def answer_response(answer: QueryAnswer, max_rows: int) -> Response:
    headers = {"Vary": "Accept"}
    if answer.truncated:
        headers[TRUNCATED_HEADER] = f"max-rows={max_rows}"
    return Response(answer.body, media_type=answer.format.media_type, headers=headers)


def endpoint_iri(request: Request) -> str:
    """The endpoint's own IRI: the base for relative IRIs in queries and updates."""
    return str(request.url_for("sparql_get"))


async def run_query(request: Request, sparql: str, dataset: Dataset | None) -> Response:
    settings = settings_of(request)
    check_nesting(sparql, settings)
    services = check_services(sparql, settings, admin=is_admin(request))
    form = query_form(sparql)
    choice = format_choice(request.headers.get("accept"), form)
    text, shift = with_base(sparql, lambda: endpoint_iri(request))
    task = QueryRequest(text, result_format=choice, dataset=dataset, max_rows=settings.max_rows)
    if form == "ask":  # light: its own lane and time limit, not counted
        light = partial(runner(request).read, task, light=True, timeout=settings.light_timeout)
        answer = await guarded(light, services, shift)
    else:
        async with slots_of(request).hold(client_address(request.scope)):
            answer = await guarded(lambda: runner(request).read(task), services, shift)
    return answer_response(answer, settings.max_rows)


async def run_update(request: Request, sparql: str, params: list[tuple[str, str]]) -> Response:
    require_admin(request)
    settings = settings_of(request)
    check_nesting(sparql, settings)
    services = check_services(sparql, settings, admin=True)
    default = iris([v for k, v in params if k == "using-graph-uri"], "using-graph-uri")
    named = iris([v for k, v in params if k == "using-named-graph-uri"], "using-named-graph-uri")
    if default or named:
        try:
            sparql = with_using(
                sparql, [str(g) for g in default or []], [str(g) for g in named or []]
            )
        except ValueError as error:
            raise ProtocolError(
                f"{error}: it cannot be combined with using-graph-uri or using-named-graph-uri"
            ) from None
    text, shift = with_base(sparql, lambda: endpoint_iri(request))
    await guarded(lambda: runner(request).write(methodcaller("update", text)), services, shift)
    return Response(status_code=204)


@router.get("/sparql", openapi_extra=_QUERY_DOC, summary="SPARQL query (or service description)")
async def sparql_get(request: Request) -> Response:
    """Run a SPARQL query given as ``?query=``; without one, describe the service."""
    params = list(request.query_params.multi_items())
    if any(k == "update" for k, _ in params):
        raise ProtocolError("updates must be sent by POST, not GET")
    sparql = one_value([v for k, v in params if k == "query"], "query")
    if sparql is None:
        return await service_description(request)
    return await run_query(request, sparql, protocol_dataset(params))


@router.post(
    "/sparql",
    summary="SPARQL query or update by POST",
    openapi_extra={
        "requestBody": {
            "content": {
                FORM: {"schema": {"type": "object"}},
                SPARQL_QUERY: {"schema": {"type": "string"}},
                SPARQL_UPDATE: {"schema": {"type": "string"}},
            }
        },
        "responses": _QUERY_DOC["responses"],
    },
)
async def sparql_post(request: Request) -> Response:
    """A query or (with the admin token) an update, as a form or as the request body."""
    kind = media_type(request)
    url_params = list(request.query_params.multi_items())
    if kind == FORM:
        body = (await request.body()).decode("utf-8", errors="replace")
        params = url_params + parse_qsl(body, keep_blank_values=True)
        queries = [v for k, v in params if k == "query"]
        updates = [v for k, v in params if k == "update"]
        if queries and updates:
            raise ProtocolError("give either 'query' or 'update', not both")
        if updates:
            update = one_value(updates, "update")
            assert update is not None
            return await run_update(request, update, params)
        sparql = one_value(queries, "query")
        if sparql is None:
            raise ProtocolError("the form has no 'query' (or 'update') parameter")
        return await run_query(request, sparql, protocol_dataset(params))
    if kind == SPARQL_QUERY:
        if any(k == "query" for k, _ in url_params):
            raise ProtocolError("the query is in the body; do not give 'query' in the URL too")
        sparql = _decode(await request.body(), "query")
        return await run_query(request, sparql, protocol_dataset(url_params))
    if kind == SPARQL_UPDATE:
        return await run_update(request, _decode(await request.body(), "update"), url_params)
    raise UnsupportedMediaTypeError(
        f"cannot read a request body of type {kind or '(none)'!r}; "
        f"send {FORM}, {SPARQL_QUERY} or {SPARQL_UPDATE}"
    )


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
async def sparql_other(request: Request) -> Response:
    raise MethodNotAllowedError(request.method, "GET, POST")


def _decode(body: bytes, what: str) -> str:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProtocolError(f"the {what} is not UTF-8: {error}") from None
    if not text.strip():
        raise ProtocolError(f"the request body holds no {what}")
    return text


# Service description -------------------------------------------------------------------


def describe_service(
    endpoint: str, settings: Settings, graphs: list[tuple[str, int]], writable: bool
) -> Graph:
    """The SPARQL 1.1 Service Description of this endpoint."""
    graph = Graph()
    graph.bind("sd", SD)
    graph.bind("formats", FORMATS)
    graph.bind("void", VOID)
    graph.bind("dcterms", DCTERMS)
    service = URIRef(endpoint)
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, service))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if writable:
        graph.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    for result_format in _FORMAT_IRIS.values():
        graph.add((service, SD.resultFormat, result_format))
    graph.add((service, DCTERMS.title, Literal("normgraph SPARQL endpoint")))
    graph.add(
        (
            service,
            RDFS.comment,
            Literal(
                "The default graph is the union of all named graphs (one per source "
                "document, plus the ontology and the vocabularies), unless the query's "
                "FROM or the protocol's default-graph-uri names other graphs. "
                f"Limits: queries are stopped after {settings.query_timeout:g} s "
                f"(answer 503), answers are cut at {settings.max_rows} rows "
                f"(header {TRUNCATED_HEADER}), at most {settings.max_concurrent_queries} "
                f"queries run at once and others wait up to {settings.query_queue_wait:g} s "
                "(then 429). Updates need the admin bearer token.",
                lang="en",
            ),
        )
    )
    dataset = BNode("dataset")
    default = BNode("default")
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    graph.add((default, RDFS.comment, Literal("The union of all named graphs.", lang="en")))
    graph.add((default, VOID.triples, Literal(sum(count for _, count in graphs))))
    for index, (name, count) in enumerate(graphs):
        named, described = BNode(f"named{index}"), BNode(f"graph{index}")
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, RDF.type, SD.NamedGraph))
        graph.add((named, SD.name, URIRef(name)))
        graph.add((named, SD.graph, described))
        graph.add((described, RDF.type, SD.Graph))
        graph.add((described, VOID.triples, Literal(count)))
    return graph


async def service_description(request: Request) -> Response:
    accept = request.headers.get("accept")
    offers = [*GRAPH_OFFERS[:4], (HTML, None), *GRAPH_OFFERS[4:]]
    chosen = choose(accept, offers)
    if chosen is None and choose(accept, [(HTML, True)]) is None:
        raise NotAcceptableError("the service description is offered as RDF or HTML only")
    settings = settings_of(request)
    graphs = await runner(request).read(graph_counts)
    endpoint = str(request.url_for("sparql_get"))
    writable = bool(settings.admin_token)
    description = describe_service(endpoint, settings, graphs, writable)
    if chosen is None:
        return HTMLResponse(_service_page(endpoint, description, graphs))
    body = await run_in_threadpool(
        description.serialize, format=chosen.rdflib_format, encoding="utf-8"
    )
    return Response(body, media_type=chosen.media_type, headers={"Vary": "Accept"})


_EXAMPLE = "SELECT ?report ?title WHERE {\n  ?report a ng:Report ; dcterms:title ?title .\n}"


def _service_page(endpoint: str, description: Graph, graphs: list[tuple[str, int]]) -> str:
    from .html import page

    prefixes = sparql_prefixes("ng", "dcterms")
    rows = "".join(
        f"<tr><td><a href='/store?graph={html.escape(name)}'>{html.escape(name)}</a></td>"
        f"<td>{count:,}</td></tr>"
        for name, count in graphs
    )
    comment = next(iter(description.objects(URIRef(endpoint), RDFS.comment)), "")
    body = f"""
<p>{html.escape(str(comment))}</p>
<form method="get" action="{html.escape(endpoint)}">
<textarea name="query" rows="10" cols="90">{html.escape(prefixes + _EXAMPLE)}</textarea><br>
<button type="submit">Run</button>
</form>
<h2>Named graphs</h2>
<div class="scroll"><table><tr><th>graph</th><th>triples</th></tr>{rows}</table></div>
<p>Machine-readable: <code>curl -H 'Accept: text/turtle' {html.escape(endpoint)}</code></p>
"""
    return page("SPARQL endpoint", body)
