"""The document graph every shape test builds on: a synthetic source text, its loader, and
the plumbing to add facts with evidence the way loaders add them.

Evidence goes through the loaders' own RDF writer, so the shapes are tested against
exactly what loaders write. The instance builders sit on top, in layers
(:mod:`.instances_actors`, :mod:`.instances_elections`, :mod:`.instances`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from rdflib import Graph, Literal, URIRef

from normgraph.loaders.rdf.facts import Method
from normgraph.loaders.rdf.triples import add_evidence, add_source, loader_iri, new_graph
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import ID, NG, OA, PROV, RDF, RDFS, VOCAB, XSD
from normgraph.validation import Violation

TEXT = (
    "This synthetic source text exists only for tests.\n"
    "It states nothing about any real election, report or person.\n"
)
EVIDENCE_QUOTE = "It states nothing about any real election"

INSTRUMENT = URIRef("https://w3id.org/normgraph/id/instrument/")


def concept(scheme: str, slug: str) -> URIRef:
    """A concept of the shipped vocabularies, e.g. ``concept("topic", "media")``."""
    return VOCAB[f"{scheme}/{slug}"]


def integer(value: int, datatype: URIRef = XSD.integer) -> Literal:
    return Literal(value, datatype=datatype)


class InstanceGraph:
    """One test document graph; subclasses build complete, valid instances in it, once each."""

    def __init__(self) -> None:
        self.source = SourceText(document_id="test-doc", file_name="test-doc.txt", text=TEXT)
        self.graph: Graph = new_graph()
        self.source_iri = add_source(self.graph, self.source)
        self.loader = loader_iri("test")
        self.graph.add((self.loader, RDF.type, PROV.SoftwareAgent))
        self.graph.add((self.loader, RDF.type, NG.Loader))
        self.graph.add((self.loader, RDFS.label, Literal("normgraph test loader")))
        self._made: dict[str, URIRef] = {}

    # -- plumbing ---------------------------------------------------------------------

    def add(self, subject: URIRef, predicate: URIRef, *values: URIRef | Literal) -> None:
        for value in values:
            self.graph.add((subject, predicate, value))

    def evidence(self, node: URIRef) -> URIRef:
        """Attach one evidence annotation (via ``loaders.rdf``) to ``node``."""
        span = self.source.find(EVIDENCE_QUOTE)
        annotation = add_evidence(self.graph, self.source, span, Method.EXTRACTED, self.loader)
        self.add(node, NG.evidence, annotation)
        self.add(annotation, OA.hasBody, node)
        return annotation

    def fact(self, kind: URIRef, slug: str, label: str | None = None) -> URIRef:
        """A new resource of class ``kind`` with a label and evidence."""
        iri = ID[slug]
        self.add(iri, RDF.type, kind)
        if label is not None:
            self.add(iri, RDFS.label, Literal(label))
        self.evidence(iri)
        return iri

    def once(self, key: str, build: Callable[[], URIRef]) -> URIRef:
        if key not in self._made:
            self._made[key] = build()
        return self._made[key]


G = TypeVar("G", bound=InstanceGraph)


def built_once(build: Callable[[G], URIRef]) -> Callable[[G], URIRef]:
    """A builder method run once per graph (instances refer to each other): later calls
    return the node the first call built."""

    @functools.wraps(build)
    def cached(self: G) -> URIRef:
        return self.once(build.__name__, lambda: build(self))

    return cached


def made(kind: URIRef, slug: str, label: str) -> Callable[[InstanceGraph], URIRef]:
    """A builder method for a resource that is only its class, label and evidence."""

    def build(self: InstanceGraph) -> URIRef:
        return self.fact(kind, slug, label)

    build.__name__ = slug  # the key it is built once under
    return built_once(build)


NGSH = "https://w3id.org/normgraph/shapes#"


def reported(violations: list[Violation], shape: str, focus: URIRef) -> list[Violation]:
    """The violations of one shape (a full IRI) on one focus node."""
    return [v for v in violations if v.shape == shape and v.focus_node == str(focus)]
