"""The document graph every shape test builds on: a synthetic source text, its loader, and
the plumbing to add facts with evidence the way loaders add them.

Evidence goes through the loaders' own RDF writer, so the shapes are tested against
exactly what loaders write. The instances themselves are data
(``instances.toml``), built on top of this by :mod:`.instances`.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from normgraph.loaders.rdf.facts import Method
from normgraph.loaders.rdf.triples import add_evidence, add_source, loader_iri, new_graph
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, OA, PROV, RDF, RDFS, VOCAB
from normgraph.validation import Violation

TEXT = (
    "This synthetic source text exists only for tests.\n"
    "It states nothing about any real election, report or person.\n"
)
EVIDENCE_QUOTE = "It states nothing about any real election"


def concept(scheme: str, slug: str) -> URIRef:
    """A concept of the shipped vocabularies, e.g. ``concept("topic", "media")``."""
    return VOCAB[f"{scheme}/{slug}"]


class InstanceGraph:
    """One test document graph with a source text and a loader, and evidence as loaders add it."""

    def __init__(self) -> None:
        self.source = SourceText(document_id="test-doc", file_name="test-doc.txt", text=TEXT)
        self.graph: Graph = new_graph()
        self.source_iri = add_source(self.graph, self.source)
        self.loader = loader_iri("test")
        self.graph.add((self.loader, RDF.type, PROV.SoftwareAgent))
        self.graph.add((self.loader, RDF.type, NG.Loader))
        self.graph.add((self.loader, RDFS.label, Literal("normgraph test loader")))

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


NGSH = "https://w3id.org/normgraph/shapes#"


def reported(violations: list[Violation], shape: str, focus: URIRef) -> list[Violation]:
    """The violations of one shape (a full IRI) on one focus node."""
    return [v for v in violations if v.shape == shape and v.focus_node == str(focus)]
