"""Linked-data pages: every IRI minted under the normgraph base dereferences here.

``/id/{rest}`` is ``https://w3id.org/normgraph/id/{rest}`` and ``/vocab/{rest}`` is
``https://w3id.org/normgraph/vocab/{rest}``: HTML for a browser (label, types, properties,
links to related resources on this server, and the evidence quotes in their paragraph of
the source text, with document, section, file and offsets), or Turtle, JSON-LD,
N-Triples, RDF/XML when the ``Accept`` header (or ``?format=``) asks. Unknown resources
are 404. The ontology is served at its namespace's path, ``/ontology``, as Turtle (or
other RDF) and as a page.
"""

from __future__ import annotations

import html
from collections import defaultdict
from functools import partial

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from normgraph.graph import NotAcceptableError, ResultFormat
from normgraph.namespaces import BASE, NG, PREFIXES
from normgraph.ontology import ontology_graph, ontology_turtle

from .errors import ProtocolError, ResourceNotFoundError
from .evidence import evidence_html
from .html import curie, link, page, term_html
from .negotiation import GRAPH_OFFERS, HTML, choose
from .resource_view import ResourceView, read_description, read_view
from .sparql import runner
from .sparql_params import checked_iri

router = APIRouter(tags=["linked data"])

FORMAT_NAMES = {
    "turtle": ResultFormat.TURTLE,
    "ttl": ResultFormat.TURTLE,
    "jsonld": ResultFormat.JSONLD,
    "ntriples": ResultFormat.NTRIPLES,
    "nt": ResultFormat.NTRIPLES,
    "rdfxml": ResultFormat.RDFXML,
    "rdf": ResultFormat.RDFXML,
}


def representation(request: Request) -> ResultFormat | None:
    """The RDF format asked for, or None for the HTML page; 406 when neither is acceptable."""
    names = request.query_params.getlist("format")
    if names:
        if names[0] == "html":
            return None
        if names[0] not in FORMAT_NAMES:
            raise ProtocolError(
                f"format {names[0]!r} is not one of html, {', '.join(FORMAT_NAMES)}"
            )
        return FORMAT_NAMES[names[0]]
    offers: list[tuple[str, ResultFormat | None]] = [*GRAPH_OFFERS[:4], (HTML, None)]
    offers += GRAPH_OFFERS[4:]
    accept = request.headers.get("accept")
    chosen = choose(accept, offers)
    if chosen is None and choose(accept, [(HTML, True)]) is None:
        raise NotAcceptableError(
            "resources are offered as HTML, Turtle, N-Triples, RDF/XML or JSON-LD"
        )
    return chosen


async def _dereference(request: Request, iri: str) -> Response:
    try:
        checked_iri(iri, "the path")
    except ProtocolError:
        raise ResourceNotFoundError(
            f"no resource here: {iri!r} is not a valid IRI (spaces, control characters "
            'and any of <>"{}|^`\\ cannot appear in one)'
        ) from None
    chosen = representation(request)
    if chosen is not None:
        answer = await runner(request).read(
            partial(read_description, iri=iri, result_format=chosen), light=True
        )
        if answer is None:
            raise ResourceNotFoundError(f"no resource {iri} in the graph")
        return Response(answer.body, media_type=chosen.media_type, headers={"Vary": "Accept"})
    view = await runner(request).read(partial(read_view, iri=iri), light=True)
    if not view.exists:
        raise ResourceNotFoundError(f"no resource {iri} in the graph")
    body = await run_in_threadpool(render_resource, view)
    return HTMLResponse(body, headers={"Vary": "Accept"})


@router.get("/id/{rest:path}", summary="A resource of the graph (HTML or RDF)")
async def resource(rest: str, request: Request) -> Response:
    """``https://w3id.org/normgraph/id/{rest}``: its page, or its description in RDF."""
    return await _dereference(request, BASE + "id/" + rest)


@router.get("/vocab/{rest:path}", summary="A vocabulary concept or scheme (HTML or RDF)")
async def concept(rest: str, request: Request) -> Response:
    """``https://w3id.org/normgraph/vocab/{rest}``: its page, or its description in RDF."""
    return await _dereference(request, BASE + "vocab/" + rest)


@router.get("/ontology", summary="The normgraph ontology (Turtle, other RDF, or HTML)")
async def ontology(request: Request) -> Response:
    """The OWL ontology at its namespace IRI ``https://w3id.org/normgraph/ontology#``."""
    chosen = representation(request)
    if chosen is ResultFormat.TURTLE:
        return Response(ontology_turtle(), media_type=chosen.media_type)
    if chosen is not None:
        body = await run_in_threadpool(
            ontology_graph().serialize, format=chosen.rdflib_format, encoding="utf-8"
        )
        return Response(body, media_type=chosen.media_type, headers={"Vary": "Accept"})
    return HTMLResponse(await run_in_threadpool(render_ontology), headers={"Vary": "Accept"})


# Rendering ---------------------------------------------------------------------------

_LABEL_PREDICATES = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://purl.org/dc/terms/title",
    "http://xmlns.com/foaf/0.1/name",
)


def _title(view: ResourceView) -> str:
    for predicate in _LABEL_PREDICATES:
        for p, o, *_ in view.outgoing:
            if str(p) == predicate:
                return str(o)
    return curie(view.iri)


def render_resource(view: ResourceView) -> str:
    """The HTML page for one resource."""
    labels: dict[str, str] = {}
    for _, o, _, _, olabel in view.outgoing:
        if olabel:
            labels[str(o)] = olabel
    types = [o for p, o, *_ in view.outgoing if p == RDF.type]
    parts = [f"<p class='iri'>{html.escape(view.iri)}</p>"]
    if types:
        parts.append(
            "<p>a " + ", ".join(term_html(t, labels) for t in dict.fromkeys(types)) + "</p>"
        )
    grouped: dict[tuple[str, str | None], list[str]] = defaultdict(list)
    for p, o, g, plabel, _ in view.outgoing:
        if p == RDF.type or p == NG.evidence:
            continue
        cell = f"{term_html(o, labels)} <span class='meta'>in {link(str(g))}</span>"
        grouped[(str(p), plabel)].append(cell)
    if grouped:
        rows = "".join(
            f"<tr><th>{link(p, plabel)}</th><td>{'<br>'.join(cells)}</td></tr>"
            for (p, plabel), cells in grouped.items()
        )
        parts.append(f"<h2>Properties</h2><div class='scroll'><table>{rows}</table></div>")
    if view.evidence:
        parts.append("<h2>Evidence</h2>")
        parts.extend(evidence_html(evidence) for evidence in view.evidence)
    if view.incoming:
        rows = "".join(
            f"<tr><td>{term_html(s, {str(s): sl} if sl else None)}</td>"
            f"<td>{link(str(p), pl)}</td></tr>"
            for s, p, sl, pl in view.incoming
        )
        parts.append(f"<h2>Referred to by</h2><div class='scroll'><table>{rows}</table></div>")
    path = view.iri[len(BASE) - 1 :] if view.iri.startswith(BASE) else ""
    alternates = [
        ("text/turtle", f"{path}?format=turtle"),
        ("application/ld+json", f"{path}?format=jsonld"),
    ]
    parts.append(
        f"<p class='meta'>Also as <a href='{html.escape(path)}?format=turtle'>Turtle</a>, "
        f"<a href='{html.escape(path)}?format=jsonld'>JSON-LD</a>.</p>"
    )
    return page(_title(view), "".join(parts), alternates=alternates)


def render_ontology() -> str:
    """The ontology as a page: one section per class and property, anchored by local name."""
    graph: Graph = ontology_graph()
    sections = []
    for kind, heading in (
        (OWL.Class, "Classes"),
        (OWL.ObjectProperty, "Object properties"),
        (OWL.DatatypeProperty, "Datatype properties"),
    ):
        terms = sorted(
            (s for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef)), key=str
        )
        items = []
        for term in terms:
            local = str(term).split("#")[-1]
            label = graph.value(term, RDFS.label)
            definition = graph.value(term, SKOS.definition) or graph.value(term, RDFS.comment)
            facts = []
            for predicate, name in (
                (RDFS.subClassOf, "subclass of"),
                (RDFS.subPropertyOf, "subproperty of"),
                (RDFS.domain, "domain"),
                (RDFS.range, "range"),
            ):
                for value in graph.objects(term, predicate):
                    facts.append(f"{name} {term_html(value)}")
            items.append(
                f"<h3 id='{html.escape(local)}'>{html.escape(curie(str(term)))}"
                f"{' — ' + html.escape(str(label)) if label else ''}</h3>"
                f"<p>{html.escape(str(definition or ''))}</p>"
                f"<p class='meta'>{'; '.join(facts)}</p>"
            )
        if items:
            sections.append(f"<h2>{heading}</h2>{''.join(items)}")
    intro = (
        f"<p class='iri'>{html.escape(PREFIXES['ng'])}</p>"
        "<p>Also as <a href='/ontology?format=turtle'>Turtle</a>, "
        "<a href='/ontology?format=jsonld'>JSON-LD</a>.</p>"
    )
    return page(
        "normgraph ontology",
        intro + "".join(sections),
        alternates=[("text/turtle", "/ontology?format=turtle")],
    )
