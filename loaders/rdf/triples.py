"""RDF stage: turn one document's facts into the triples of its named graph.

Every fact gets a Web Annotation per supporting span: an ``oa:Annotation`` whose body is
the fact and whose target is the source text with a TextQuoteSelector (the exact quote,
with a little context) and a TextPositionSelector (its character offsets). The annotation
says how the fact was obtained (``ng:method``) and which loader produced it
(``prov:wasAttributedTo``). All IRIs derive from content, so a rebuild yields the same
triples; no blank nodes are used.
"""

from __future__ import annotations

from typing import Protocol

from rdflib import Graph, Literal, URIRef

from normgraph.graph import Triple
from normgraph.namespaces import ID, NG, OA, PREFIXES, PROV, RDF, RDFS, VOCAB, XSD

from ..text.source import SourceText, Span
from .facts import Agent, Extraction, Fact, Method

CONTEXT_CHARS = 32
"""Characters of context kept before and after a quote (``oa:prefix`` / ``oa:suffix``)."""

# Terms used for every annotation, made once: a namespace attribute mints and validates a
# new IRI on each access, a quarter of this stage's time for an ODIHR-size report.
_TYPE, _EVIDENCE, _METHOD = RDF.type, NG.evidence, NG.method
_ANNOTATION, _DESCRIBING, _SPECIFIC_RESOURCE = OA.Annotation, OA.describing, OA.SpecificResource
_QUOTE_SELECTOR, _POSITION_SELECTOR = OA.TextQuoteSelector, OA.TextPositionSelector
_HAS_BODY, _HAS_TARGET, _HAS_SOURCE, _HAS_SELECTOR = (
    OA.hasBody,
    OA.hasTarget,
    OA.hasSource,
    OA.hasSelector,
)
_MOTIVATED_BY, _EXACT, _PREFIX, _SUFFIX, _START, _END = (
    OA.motivatedBy,
    OA.exact,
    OA.prefix,
    OA.suffix,
    OA.start,
    OA.end,
)
_ATTRIBUTED_TO, _INTEGER = PROV.wasAttributedTo, XSD.integer


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


class TripleSink(Protocol):
    """Where the RDF stage writes: an rdflib graph, or a plain :class:`TripleBuffer`."""

    def add(self, triple: Triple, /) -> object: ...


class TripleBuffer:
    """Triples in the order written: a list, where an rdflib graph's ``add`` (indexes,
    contexts, an event per triple) cost three quarters of the RDF stage."""

    def __init__(self) -> None:
        self.triples: list[Triple] = []

    def add(self, triple: Triple, /) -> None:
        self.triples.append(triple)


def extraction_to_graph(source: SourceText, extraction: Extraction, loader_name: str) -> Graph:
    """All triples for one document as an rdflib graph (:func:`extraction_triples`)."""
    graph = new_graph()
    for triple in extraction_triples(source, extraction, loader_name):
        graph.add(triple)
    return graph


def extraction_triples(
    source: SourceText, extraction: Extraction, loader_name: str
) -> list[Triple]:
    """All triples for one document, in the order written (repeats included): its source
    node, its loader and every fact."""
    graph = TripleBuffer()
    add_source(graph, source)
    agent = loader_iri(loader_name)
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, RDF.type, NG.Loader))
    graph.add((agent, RDFS.label, Literal(f"normgraph {loader_name} loader")))
    for other in extraction.agents:
        add_agent(graph, other)
    for fact in extraction.facts:
        add_fact(graph, source, fact, fact.agent or agent)
    return graph.triples


def add_agent(graph: TripleSink, agent: Agent) -> None:
    """Describe an agent facts are attributed to besides the loader (a curation file...)."""
    for kind in agent.types:
        graph.add((agent.iri, RDF.type, kind))
    graph.add((agent.iri, RDFS.label, Literal(agent.label)))
    for predicate, value in agent.values:
        graph.add((agent.iri, predicate, value))


def add_source(graph: TripleSink, source: SourceText) -> URIRef:
    iri = source_iri(source)
    graph.add((iri, RDF.type, NG.SourceText))
    graph.add((iri, RDFS.label, Literal(source.file_name)))
    graph.add((iri, NG.fileName, Literal(source.file_name)))
    graph.add((iri, NG.sha256, Literal(source.sha256)))
    graph.add((iri, NG.characterCount, Literal(len(source.text), datatype=XSD.integer)))
    return iri


def add_fact(graph: TripleSink, source: SourceText, fact: Fact, agent: URIRef) -> None:
    if not fact.evidence:
        raise ValueError(f"fact {fact.iri} has no evidence; every extracted fact needs a quote")
    graph.add((fact.iri, _TYPE, fact.kind))
    for extra in fact.extra_types:
        graph.add((fact.iri, _TYPE, extra))
    if fact.label is not None:
        graph.add((fact.iri, RDFS.label, Literal(fact.label)))
    for predicate, value in fact.values:
        graph.add((fact.iri, predicate, value))
    for span in fact.evidence:
        annotation = add_evidence(graph, source, span, fact.method, agent)
        graph.add((fact.iri, _EVIDENCE, annotation))
        graph.add((annotation, _HAS_BODY, fact.iri))


def add_evidence(
    graph: TripleSink, source: SourceText, span: Span, method: Method, agent: URIRef
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
    graph.add((annotation, _TYPE, _ANNOTATION))
    graph.add((annotation, _MOTIVATED_BY, _DESCRIBING))
    graph.add((annotation, _METHOD, method_concept(method)))
    graph.add((annotation, _ATTRIBUTED_TO, agent))
    graph.add((annotation, _HAS_TARGET, target))
    graph.add((target, _TYPE, _SPECIFIC_RESOURCE))
    graph.add((target, _HAS_SOURCE, document))
    graph.add((target, _HAS_SELECTOR, quote))
    graph.add((target, _HAS_SELECTOR, position))
    graph.add((quote, _TYPE, _QUOTE_SELECTOR))
    graph.add((quote, _EXACT, Literal(span.quote)))
    prefix = source.text[max(0, span.start - CONTEXT_CHARS) : span.start]
    suffix = source.text[span.end : span.end + CONTEXT_CHARS]
    if prefix:
        graph.add((quote, _PREFIX, Literal(prefix)))
    if suffix:
        graph.add((quote, _SUFFIX, Literal(suffix)))
    graph.add((position, _TYPE, _POSITION_SELECTOR))
    # xsd:integer, not the Web Annotation context's xsd:nonNegativeInteger: stores such as
    # Oxigraph normalise derived integer types, and the shapes must hold after a round trip.
    graph.add((position, _START, Literal(span.start, datatype=_INTEGER)))
    graph.add((position, _END, Literal(span.end, datatype=_INTEGER)))
    return annotation
