"""The dataset as a whole: its VoID/DCAT description, its dumps and its named graphs.

``/void`` (also ``/.well-known/void`` and ``/dataset``, the dataset IRI's path) describes
the dataset: named graphs with triple counts, vocabularies in use, licence, SPARQL
endpoint and dump links. ``/dumps/normgraph.nq`` and ``/dumps/normgraph.trig`` download
everything (N-Quads sorted, so two dumps of one store are equal byte for byte).
``/graph/{rest}`` dereferences a named graph's IRI to its content.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from normgraph.config import Settings
from normgraph.export import export_dataset
from normgraph.graph import GraphStore, NotAcceptableError
from normgraph.namespaces import BASE, DCAT, ID, VOID
from normgraph.stats import graph_counts, used_vocabularies

from .errors import ResourceNotFoundError
from .linked_data import representation
from .negotiation import GRAPH_OFFERS, choose
from .sparql import runner, settings_of

router = APIRouter(tags=["dataset"])

DATASET = URIRef(BASE + "dataset")
"""The dataset's IRI; it dereferences at ``/dataset``."""
SD_NAME = URIRef("http://www.w3.org/ns/sparql-service-description#name")
DUMPS = {
    "normgraph.nq": ("nquads", "application/n-quads"),
    "normgraph.trig": ("trig", "application/trig"),
}


@dataclass(frozen=True)
class Statistics:
    graphs: list[tuple[str, int]]
    vocabularies: list[str]


def read_statistics(store: GraphStore) -> Statistics:
    return Statistics(graph_counts(store), used_vocabularies(store))


def describe_dataset(server: str, settings: Settings, stats: Statistics) -> Graph:
    """The VoID and DCAT description of the whole dataset."""
    graph = Graph()
    for prefix, namespace in (("void", VOID), ("dcat", DCAT), ("dcterms", DCTERMS)):
        graph.bind(prefix, namespace)
    ds = DATASET
    graph.add((ds, RDF.type, VOID.Dataset))
    graph.add((ds, RDF.type, DCAT.Dataset))
    graph.add((ds, DCTERMS.title, Literal("normgraph", lang="en")))
    graph.add(
        (
            ds,
            DCTERMS.description,
            Literal(
                "Election observation and norm contestation (Kazakhstan, the OSCE region) as "
                "a knowledge graph: one named graph per source document, every fact with "
                "its quote and character offsets in the source.",
                lang="en",
            ),
        )
    )
    graph.add((ds, DCTERMS.license, URIRef(settings.licence)))
    graph.add((ds, VOID.sparqlEndpoint, URIRef(server + "/sparql")))
    graph.add((ds, VOID.uriSpace, Literal(str(ID))))
    graph.add((ds, VOID.triples, Literal(sum(n for _, n in stats.graphs), datatype=XSD.integer)))
    for vocabulary in stats.vocabularies:
        graph.add((ds, VOID.vocabulary, URIRef(vocabulary)))
    for name, (_, media) in DUMPS.items():
        url = URIRef(f"{server}/dumps/{name}")
        graph.add((ds, VOID.dataDump, url))
        distribution = BNode(f"dump-{name.replace('.', '-')}")
        graph.add((ds, DCAT.distribution, distribution))
        graph.add((distribution, RDF.type, DCAT.Distribution))
        graph.add((distribution, DCAT.downloadURL, url))
        graph.add(
            (
                distribution,
                DCAT.mediaType,
                URIRef(f"https://www.iana.org/assignments/media-types/{media}"),
            )
        )
        graph.add((distribution, DCTERMS.license, URIRef(settings.licence)))
    endpoint = BNode("sparql")
    graph.add((ds, DCAT.distribution, endpoint))
    graph.add((endpoint, RDF.type, DCAT.Distribution))
    graph.add((endpoint, DCAT.accessURL, URIRef(server + "/sparql")))
    graph.add((endpoint, DCTERMS.title, Literal("SPARQL 1.1 endpoint", lang="en")))
    for name, count in stats.graphs:
        subset = URIRef(name)
        graph.add((ds, VOID.subset, subset))
        graph.add((subset, RDF.type, VOID.Dataset))
        graph.add((subset, SD_NAME, subset))
        graph.add((subset, VOID.triples, Literal(count, datatype=XSD.integer)))
        graph.add((subset, VOID.dataDump, URIRef(f"{server}/store?graph={name}")))
    return graph


def _server(request: Request) -> str:
    return str(request.base_url).rstrip("/")


@router.get("/void", summary="VoID/DCAT description of the dataset")
@router.get("/.well-known/void", include_in_schema=False)
@router.get("/dataset", include_in_schema=False)
async def void(request: Request) -> Response:
    """Named graphs, triple counts, vocabularies, licence, endpoint and dumps (RDF)."""
    chosen = choose(request.headers.get("accept"), GRAPH_OFFERS)
    if chosen is None:
        raise NotAcceptableError(
            "the description is offered as Turtle, N-Triples, RDF/XML or JSON-LD"
        )
    stats = await runner(request).read(read_statistics)
    description = describe_dataset(_server(request), settings_of(request), stats)
    body = await run_in_threadpool(
        description.serialize, format=chosen.rdflib_format, encoding="utf-8"
    )
    return Response(body, media_type=chosen.media_type, headers={"Vary": "Accept"})


@router.get("/dumps/{name}", summary="Download the whole dataset (N-Quads or TriG)")
async def dump(name: str, request: Request) -> Response:
    """``normgraph.nq`` (N-Quads, sorted) or ``normgraph.trig``."""
    if name not in DUMPS:
        raise ResourceNotFoundError(f"no dump {name!r}; available: {', '.join(DUMPS)}")
    export_name, media = DUMPS[name]
    body = await runner(request).read(partial(export_dataset, name=export_name))
    return Response(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


@router.get("/graph/{rest:path}", summary="A named graph's content")
async def named_graph(rest: str, request: Request) -> Response:
    """``https://w3id.org/normgraph/graph/{rest}``: the triples of that named graph."""
    from normgraph.graph import ResultFormat

    chosen = representation(request) or ResultFormat.TURTLE
    iri = URIRef(BASE + "graph/" + rest)
    from operator import methodcaller

    body = await runner(request).read(methodcaller("export_graph", iri, chosen))
    return Response(body, media_type=chosen.media_type, headers={"Vary": "Accept"})
