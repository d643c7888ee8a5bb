"""``/store``: the SPARQL 1.1 Graph Store HTTP Protocol (https://www.w3.org/TR/sparql11-http-rdf-update/).

Indirect graph identification: ``/store?graph=<IRI>`` addresses one named graph and
``/store?default`` the store's own default graph (which the build leaves empty; SPARQL
queries see the union of all graphs as their default graph). GET is public; PUT (replace),
POST (merge) and DELETE need the admin token, and each runs as one transaction after which
the query workers are restarted to see it.
"""

from __future__ import annotations

from operator import methodcaller

from fastapi import APIRouter, Request, Response
from rdflib import URIRef

from normgraph.graph import ResultFormat

from .errors import MethodNotAllowedError, ProtocolError, UnsupportedMediaTypeError
from .negotiation import GRAPH_OFFERS, choose
from .security import require_admin
from .sparql import media_type, runner
from .sparql_params import checked_iri

router = APIRouter(tags=["graph store"])

_READABLE = {media: result_format for media, result_format in GRAPH_OFFERS}
_TARGET_DOC = {
    "parameters": [
        {
            "name": "graph",
            "in": "query",
            "schema": {"type": "string", "format": "iri"},
            "description": "The named graph (give this or 'default').",
        },
        {
            "name": "default",
            "in": "query",
            "schema": {"type": "string"},
            "allowEmptyValue": True,
            "description": "Address the store's default graph.",
        },
    ]
}


def target_graph(request: Request) -> URIRef | None:
    """The graph a request addresses: a named graph, or None for the default graph."""
    params = request.query_params
    graphs = params.getlist("graph")
    if "default" in params and graphs:
        raise ProtocolError("give either ?graph=<IRI> or ?default, not both")
    if "default" in params:
        return None
    if len(graphs) != 1:
        raise ProtocolError(
            "address a graph with one ?graph=<IRI>, or the default graph with ?default"
        )
    return checked_iri(graphs[0], "graph")


def _body_format(request: Request) -> ResultFormat:
    kind = media_type(request)
    if kind not in _READABLE:
        raise UnsupportedMediaTypeError(
            f"cannot read RDF of type {kind or '(none)'!r}; send one of "
            + ", ".join(media for media, _ in GRAPH_OFFERS[:4])
        )
    return _READABLE[kind]


@router.get("/store", openapi_extra=_TARGET_DOC, summary="Read one graph")
async def get_graph(request: Request) -> Response:
    """One graph, in Turtle, N-Triples, RDF/XML or JSON-LD as negotiated."""
    graph = target_graph(request)
    chosen = choose(request.headers.get("accept"), GRAPH_OFFERS)
    if chosen is None:
        from normgraph.graph import NotAcceptableError

        raise NotAcceptableError("a graph is offered as Turtle, N-Triples, RDF/XML or JSON-LD")
    body = await runner(request).read(methodcaller("export_graph", graph, chosen))
    return Response(body, media_type=chosen.media_type, headers={"Vary": "Accept"})


async def _load(request: Request, *, replace: bool) -> Response:
    require_admin(request)
    graph = target_graph(request)
    result_format = _body_format(request)
    data = await request.body()
    existed = await runner(request).write(
        methodcaller("load_graph", graph, data, result_format, replace=replace)
    )
    return Response(status_code=204 if existed else 201)


@router.put("/store", openapi_extra=_TARGET_DOC, summary="Replace one graph (admin)")
async def put_graph(request: Request) -> Response:
    """Replace the graph's content with the request body (201 if it is new)."""
    return await _load(request, replace=True)


@router.post("/store", openapi_extra=_TARGET_DOC, summary="Add to one graph (admin)")
async def post_graph(request: Request) -> Response:
    """Add the request body's triples to the graph (201 if it is new)."""
    return await _load(request, replace=False)


@router.api_route("/store", methods=["PATCH"], include_in_schema=False)
async def store_other(request: Request) -> Response:
    raise MethodNotAllowedError(request.method, "GET, PUT, POST, DELETE")


@router.delete("/store", openapi_extra=_TARGET_DOC, summary="Delete one graph (admin)")
async def delete_graph(request: Request) -> Response:
    """Remove a named graph, or empty the default graph."""
    require_admin(request)
    graph = target_graph(request)
    await runner(request).write(methodcaller("clear_graph", graph))
    return Response(status_code=204)
