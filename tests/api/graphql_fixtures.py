"""The invented GraphQL test dataset (``fixtures/recurring.trig``) in an embedded store.

Evidence annotations are spelled out here from the ``ng:evidence`` IRIs of the TriG file
(``id:source/{doc}/{method}/{start}-{end}``), in the loaders' Web Annotation model, with
the quote ``"quote {start}-{end} of {doc}"``; writing each by hand would be ten lines.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, XSD

from normgraph.build import load_reference_graphs
from normgraph.graph import EmbeddedStore, GraphStore, Row, Term
from normgraph.namespaces import ID, NG, OA, PROV, VOCAB

FIXTURE = Path(__file__).parent / "fixtures" / "recurring.trig"
_EVIDENCE = re.compile(
    r"/source/(?P<doc>[\w-]+)/(?P<method>extracted|curated)/(?P<start>\d+)-(?P<end>\d+)$"
)


def quote_for(annotation: str) -> str:
    match = _EVIDENCE.search(annotation)
    assert match, annotation
    return f"quote {match['start']}-{match['end']} of {match['doc']}"


def load_fixture(store: GraphStore, path: Path = FIXTURE) -> None:
    """Reference graphs, then every named graph of the TriG file with its evidence."""
    load_reference_graphs(store)
    dataset = Dataset()
    dataset.parse(path, format="trig")
    for graph in dataset.graphs():
        if not isinstance(graph.identifier, URIRef) or len(graph) == 0:
            continue
        triples = list(graph)
        for annotation in sorted({URIRef(str(o)) for _, p, o in graph if p == NG.evidence}):
            match = _EVIDENCE.search(str(annotation))
            assert match, annotation
            source = ID["source/" + match["doc"]]
            target, quote, position = (
                URIRef(f"{annotation}#{x}") for x in ("target", "quote", "position")
            )
            triples += [
                (annotation, RDF.type, OA.Annotation),
                (annotation, NG.method, VOCAB["method/" + match["method"]]),
                (annotation, PROV.wasAttributedTo, ID["loader/fixture"]),
                (annotation, OA.hasTarget, target),
                (target, OA.hasSource, source),
                (target, OA.hasSelector, quote),
                (target, OA.hasSelector, position),
                (quote, RDF.type, OA.TextQuoteSelector),
                (quote, OA.exact, Literal(quote_for(str(annotation)))),
                (position, RDF.type, OA.TextPositionSelector),
                (position, OA.start, Literal(int(match["start"]), datatype=XSD.integer)),
                (position, OA.end, Literal(int(match["end"]), datatype=XSD.integer)),
            ]
        store.replace_graph(graph.identifier, triples)


class CountingStore(EmbeddedStore):
    """An in-memory store that counts the SELECT queries it answers."""

    def __init__(self) -> None:
        super().__init__(None)
        self.selects = 0

    def select(
        self, sparql: str, *, bindings: Mapping[str, Term] | None = None, dataset: object = None
    ) -> tuple[list[str], list[Row]]:
        self.selects += 1
        return super().select(sparql, bindings=bindings)


def scaled_fixture(store: GraphStore, issues: int, *, observers: int = 2) -> None:
    """``issues`` recurring issues, each recommended by every observer at its own election.

    Observer ``k`` observes election ``k`` (one per year from 2001, in one country); each
    issue has one recommendation per observer, with evidence. The shape of each issue is
    the same, so any change in work with ``issues`` is the API's, not the data's.
    """
    load_reference_graphs(store)
    shared = URIRef("https://w3id.org/normgraph/graph/scaled-shared")
    kz = ID["state/kz"]
    triples: list[tuple[URIRef, URIRef, URIRef | Literal]] = [
        (kz, RDF.type, NG.State),
        (ID["loader/fixture"], RDF.type, NG.Loader),
    ]
    for k in range(observers):
        election, observer = ID[f"election/scaled-{k}"], ID[f"organisation/scaled-{k}"]
        triples += [
            (election, RDF.type, NG.Election),
            (election, NG.country, kz),
            (election, NG.electionDate, Literal(f"{2001 + k}-06-01", datatype=XSD.date)),
            (observer, RDF.type, NG.ObserverGroup),
            (observer, RDFS_LABEL, Literal(f"Observer {k}")),
        ]
    store.replace_graph(shared, triples)
    for k in range(observers):
        doc = f"scaled-{k}"
        source, report = ID[f"source/{doc}"], ID[f"report/{doc}"]
        graph: list[tuple[URIRef, URIRef, URIRef | Literal]] = [
            (source, RDF.type, NG.SourceText),
            (source, NG.fileName, Literal(f"{doc}.txt")),
            (report, RDF.type, NG.Report),
            (report, DCTERMS_CREATOR, ID[f"organisation/scaled-{k}"]),
            (report, NG.election, ID[f"election/scaled-{k}"]),
        ]
        for i in range(issues):
            issue, rec = ID[f"issue/scaled-{i}"], ID[f"recommendation/{doc}-{i}"]
            membership = ID[f"membership/{doc}-{i}"]
            start = 100 * i
            annotation = URIRef(f"{source}/extracted/{start}-{start + 20}")
            target, quote, position = (
                URIRef(f"{annotation}#{x}") for x in ("target", "quote", "position")
            )
            graph += [
                (issue, RDF.type, NG.RecurringIssue),
                (issue, RDFS_LABEL, Literal(f"Issue {i:04d}")),
                (membership, RDF.type, NG.IssueMembership),
                (membership, NG.issue, issue),
                (membership, NG.recommendation, rec),
                (rec, RDF.type, NG.Recommendation),
                (rec, NG.text, Literal(f"Recommendation {i} of observer {k}.")),
                (rec, NG.sourceReport, report),
                (rec, NG.evidence, annotation),
                (annotation, RDF.type, OA.Annotation),
                (annotation, NG.method, VOCAB["method/extracted"]),
                (annotation, PROV.wasAttributedTo, ID["loader/fixture"]),
                (annotation, OA.hasTarget, target),
                (target, OA.hasSource, source),
                (target, OA.hasSelector, quote),
                (target, OA.hasSelector, position),
                (quote, OA.exact, Literal(f"Recommendation {i} of observer {k}.")),
                (position, OA.start, Literal(start, datatype=XSD.integer)),
                (position, OA.end, Literal(start + 20, datatype=XSD.integer)),
            ]
        store.replace_graph(URIRef(f"https://w3id.org/normgraph/graph/doc/{doc}"), graph)


RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
DCTERMS_CREATOR = URIRef("http://purl.org/dc/terms/creator")
