"""RDF stage: turn one document's facts into the triples of its named graph.

Every fact gets a Web Annotation per supporting span: an ``oa:Annotation`` whose body is
the fact and whose target is the source text with a TextQuoteSelector (the exact quote,
with a little context) and a TextPositionSelector (its character offsets). The annotation
says how the fact was obtained (``ng:method``) and which loader produced it
(``prov:wasAttributedTo``). All IRIs derive from content, so a rebuild yields the same
triples; no blank nodes are used.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from ...namespaces import ID, NG, OA, PREFIXES, PROV, RDF, RDFS, VOCAB, XSD
from ..text.source import SourceText, Span
from .facts import Agent, Extraction, Fact, Method

CONTEXT_CHARS = 32
"""Characters of context kept before and after a quote (``oa:prefix`` / ``oa:suffix``)."""


def source_iri(source: SourceText) -> URIRef:
    """The IRI of the source text file that selectors point into."""
    return ID["source/" + source.document_id]


def loader_iri(loader_name: str) -> URIRef:
    """The IRI of a loader, the software agent facts are attributed to."""
    return ID["loader/" + loader_name]


def method_concept(method: Method) -> URIRef:
    return VOCAB["method/" + method.value]


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def extraction_to_graph(source: SourceText, extraction: Extraction, loader_name: str) -> Graph:
    """All triples for one document: its source node, its loader and every fact."""
    graph = new_graph()
    add_source(graph, source)
    agent = loader_iri(loader_name)
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, RDF.type, NG.Loader))
    graph.add((agent, RDFS.label, Literal(f"normgraph {loader_name} loader")))
    for other in extraction.agents:
        add_agent(graph, other)
    for fact in extraction.facts:
        add_fact(graph, source, fact, fact.agent or agent)
    return graph


def add_agent(graph: Graph, agent: Agent) -> None:
    """Describe an agent facts are attributed to besides the loader (a curation file...)."""
    for kind in agent.types:
        graph.add((agent.iri, RDF.type, kind))
    graph.add((agent.iri, RDFS.label, Literal(agent.label)))
    for predicate, value in agent.values:
        graph.add((agent.iri, predicate, value))


def add_source(graph: Graph, source: SourceText) -> URIRef:
    iri = source_iri(source)
    graph.add((iri, RDF.type, NG.SourceText))
    graph.add((iri, RDFS.label, Literal(source.file_name)))
    graph.add((iri, NG.fileName, Literal(source.file_name)))
    graph.add((iri, NG.sha256, Literal(source.sha256)))
    graph.add((iri, NG.characterCount, Literal(len(source.text), datatype=XSD.integer)))
    return iri


def add_fact(graph: Graph, source: SourceText, fact: Fact, agent: URIRef) -> None:
    if not fact.evidence:
        raise ValueError(f"fact {fact.iri} has no evidence; every extracted fact needs a quote")
    graph.add((fact.iri, RDF.type, fact.kind))
    for extra in fact.extra_types:
        graph.add((fact.iri, RDF.type, extra))
    if fact.label is not None:
        graph.add((fact.iri, RDFS.label, Literal(fact.label)))
    for predicate, value in fact.values:
        graph.add((fact.iri, predicate, value))
    for span in fact.evidence:
        annotation = add_evidence(graph, source, span, fact.method, agent)
        graph.add((fact.iri, NG.evidence, annotation))
        graph.add((annotation, OA.hasBody, fact.iri))


def add_evidence(
    graph: Graph, source: SourceText, span: Span, method: Method, agent: URIRef
) -> URIRef:
    """The annotation for one span; the same span yields the same IRI (and is shared)."""
    if source.text[span.start : span.end] != span.quote:
        raise ValueError(
            f"evidence does not resolve in {source.file_name} at {span.start}-{span.end}"
        )
    document = source_iri(source)
    annotation = URIRef(f"{document}/{method.value}/{span.start}-{span.end}")
    target = URIRef(f"{annotation}#target")
    quote = URIRef(f"{annotation}#quote")
    position = URIRef(f"{annotation}#position")
    graph.add((annotation, RDF.type, OA.Annotation))
    graph.add((annotation, OA.motivatedBy, OA.describing))
    graph.add((annotation, NG.method, method_concept(method)))
    graph.add((annotation, PROV.wasAttributedTo, agent))
    graph.add((annotation, OA.hasTarget, target))
    graph.add((target, RDF.type, OA.SpecificResource))
    graph.add((target, OA.hasSource, document))
    graph.add((target, OA.hasSelector, quote))
    graph.add((target, OA.hasSelector, position))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(span.quote)))
    prefix = source.text[max(0, span.start - CONTEXT_CHARS) : span.start]
    suffix = source.text[span.end : span.end + CONTEXT_CHARS]
    if prefix:
        graph.add((quote, OA.prefix, Literal(prefix)))
    if suffix:
        graph.add((quote, OA.suffix, Literal(suffix)))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    # xsd:integer, not the Web Annotation context's xsd:nonNegativeInteger: stores such as
    # Oxigraph normalise derived integer types, and the shapes must hold after a round trip.
    graph.add((position, OA.start, Literal(span.start, datatype=XSD.integer)))
    graph.add((position, OA.end, Literal(span.end, datatype=XSD.integer)))
    return annotation
