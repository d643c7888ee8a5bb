"""An invented three-observer, three-election set in a real store, for the recurrence tests."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from normgraph.graph import GraphStore, open_store
from normgraph.namespaces import ID, NG, OA, RDF, RDFS, VOCAB
from normgraph.queries.catalogue import run_saved_query

KZ = ID["state/kz"]
RESULTS = VOCAB["topic/tabulation-and-results"]
TRANSPARENCY = VOCAB["norm/transparency"]

# (document, organisation, election date, election type, [(key, text, topic)])
DOCUMENTS = [
    (
        "ndi-2004",
        "ndi",
        "2004-09-19",
        "parliamentary",
        [
            (
                "results",
                "The CEC should publish detailed election results down to the polling station "
                "level on its website within 24-48 hours after the end of voting.",
                RESULTS,
            ),
            (
                "debates",
                "The government is encouraged to sponsor televised debates between candidates.",
                VOCAB["topic/media"],
            ),
        ],
    ),
    (
        "enemo-2005",
        "enemo",
        "2005-12-04",
        "presidential",
        [
            (
                "results",
                "Precinct results protocols should be published promptly by the Central "
                "Electoral Commission so that results can be verified.",
                RESULTS,
            ),
        ],
    ),
    (
        "odihr-2011",
        "osce-odihr",
        "2011-04-03",
        "presidential",
        [
            (
                "11",
                "Amending the Election Law to provide for expedient publication of detailed "
                "PEC results protocols on the CEC website and in the media.",
                RESULTS,
            ),
            (
                "21",
                "Consideration could be given to allowing voting hours to be changed only under "
                "exceptional, clearly defined conditions.",
                VOCAB["topic/election-day"],
            ),
        ],
    ),
]


def document_graph(
    name: str, organisation: str, day: str, kind: str, items: list[tuple[str, str, URIRef]]
) -> Graph:
    graph = Graph()
    text = "\n".join(t for _, t, _ in items)
    source = ID[f"source/{name}"]
    report = ID[f"report/{name}"]
    election = ID[f"election/kz/{kind}/{day}"]
    org = ID[f"organisation/{organisation}"]
    graph.add((source, RDF.type, NG.SourceText))
    graph.add((source, NG.fileName, Literal(f"{name}.txt")))
    graph.add((org, RDF.type, NG.InternationalOrganisation))
    graph.add((org, RDFS.label, Literal(organisation.upper())))
    graph.add((report, RDF.type, NG.Report))
    graph.add((report, DCTERMS.creator, org))
    graph.add((report, DCTERMS.issued, Literal(day, datatype=XSD.date)))
    graph.add((report, NG.election, election))
    graph.add((election, RDF.type, NG.Election))
    graph.add((election, NG.country, KZ))
    graph.add((election, NG.electionDate, Literal(day, datatype=XSD.date)))
    graph.add((KZ, RDF.type, NG.State))
    for key, words, topic in items:
        recommendation = ID[f"recommendation/{name}/{key}"]
        graph.add((recommendation, RDF.type, NG.Recommendation))
        graph.add((recommendation, NG.text, Literal(words)))
        graph.add((recommendation, NG.sourceReport, report))
        graph.add((recommendation, NG.topic, topic))
        if topic == RESULTS:
            graph.add((recommendation, NG.invokesNorm, TRANSPARENCY))
        start = text.index(words)
        annotation = URIRef(f"{source}/extracted/{start}-{start + len(words)}")
        target, quote, position = (
            URIRef(f"{annotation}#{p}") for p in ("target", "quote", "position")
        )
        graph.add((recommendation, NG.evidence, annotation))
        graph.add((annotation, RDF.type, OA.Annotation))
        graph.add((annotation, OA.hasTarget, target))
        graph.add((target, OA.hasSource, source))
        graph.add((target, OA.hasSelector, quote))
        graph.add((target, OA.hasSelector, position))
        graph.add((quote, OA.exact, Literal(words)))
        graph.add((position, OA.start, Literal(start)))
        graph.add((position, OA.end, Literal(start + len(words))))
    return graph


def open_recurrence_store(path: Path) -> GraphStore:
    """An on-disk store holding the three documents (no recurrence graph yet)."""
    opened = open_store(path)
    for name, organisation, day, kind, items in DOCUMENTS:
        add_document(opened, name, organisation, day, kind, items)
    return opened


def add_document(
    store: GraphStore,
    name: str,
    organisation: str,
    day: str,
    kind: str,
    items: list[tuple[str, str, URIRef]],
) -> None:
    """Write one invented report's graph, as the build writes a document."""
    store.replace_graph(
        URIRef(f"https://w3id.org/normgraph/graph/doc/{name}"),
        document_graph(name, organisation, day, kind, items),
    )


def rows(store: GraphStore, name: str, values: dict[str, str]) -> list[dict[str, str]]:
    """A saved query's answer as plain rows of strings."""
    data = json.loads(run_saved_query(store, name, values).body)
    return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]
