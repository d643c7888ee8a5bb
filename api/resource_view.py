"""What a linked-data page shows about one resource, read from the store in one call.

The functions here run inside a query worker (they take the store and return plain
picklable data), so a page costs one round trip and is bounded by the query timeout.
The resource's IRI is always bound as a term, never written into the query text; as
pyoxigraph requires of a bound variable, each SELECT projects ``?resource``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.term import Node

from ..graph import GraphStore, QueryAnswer, ResultFormat
from ..loaders.rdf import new_graph

LABELS = "rdfs:label|skos:prefLabel|dcterms:title|foaf:name"
_PREFIXES = """
PREFIX ng: <https://w3id.org/normgraph/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""
OUTGOING = (
    _PREFIXES
    + f"""
SELECT ?resource ?p ?o ?g (MIN(?pl) AS ?plabel) (MIN(?ol) AS ?olabel) WHERE {{
  GRAPH ?g {{ ?resource ?p ?o }}
  OPTIONAL {{ ?p rdfs:label ?pl }}
  OPTIONAL {{ ?o {LABELS} ?ol }}
}} GROUP BY ?resource ?p ?o ?g ORDER BY ?p ?o LIMIT 2000
"""
)
INCOMING = (
    _PREFIXES
    + f"""
SELECT ?resource ?s ?p (MIN(?sl) AS ?slabel) (MIN(?pl) AS ?plabel) WHERE {{
  GRAPH ?g {{ ?s ?p ?resource }}
  OPTIONAL {{ ?s {LABELS} ?sl }}
  OPTIONAL {{ ?p rdfs:label ?pl }}
}} GROUP BY ?resource ?s ?p ORDER BY ?p ?s LIMIT 500
"""
)
EVIDENCE = (
    _PREFIXES
    + """
SELECT ?resource ?annotation ?source ?file ?sha ?start ?end ?exact ?prefix ?suffix ?method ?loader
       ?document
WHERE {
  { ?resource ng:evidence ?annotation }
  UNION { ?resource a oa:Annotation . BIND(?resource AS ?annotation) }
  ?annotation oa:hasTarget ?target .
  ?target oa:hasSource ?source ; oa:hasSelector ?quote, ?position .
  ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL { ?quote oa:prefix ?prefix }
  OPTIONAL { ?quote oa:suffix ?suffix }
  OPTIONAL { ?annotation ng:method ?method }
  OPTIONAL { ?annotation prov:wasAttributedTo ?loader }
  OPTIONAL { ?source ng:fileName ?file }
  OPTIONAL { ?source ng:sha256 ?sha }
  OPTIONAL { ?report ng:sourceText ?source ; dcterms:title|rdfs:label ?document }
} ORDER BY ?file ?start ?annotation
"""
)
DESCRIPTION = (
    _PREFIXES
    + """
CONSTRUCT { ?resource ?p ?o . ?x ?xp ?xo . }
WHERE {
  { ?resource ?p ?o }
  UNION { ?resource ng:evidence ?x . ?x ?xp ?xo }
  UNION { ?resource ng:evidence/(oa:hasTarget|oa:hasTarget/oa:hasSelector) ?x . ?x ?xp ?xo }
  UNION { ?resource (oa:hasTarget|oa:hasTarget/oa:hasSelector) ?x . ?x ?xp ?xo }
}
"""
)
"""The resource's own triples, plus its evidence annotations with targets and selectors."""


@dataclass(frozen=True)
class Evidence:
    """One quote supporting the resource, as the store records it."""

    annotation: str
    source: str
    file: str | None
    sha256: str | None
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    method: str | None
    loader: str | None
    document: str | None = None
    """The title of the report whose source text holds the quote."""


@dataclass
class ResourceView:
    """Everything a page about one resource shows."""

    iri: str
    outgoing: list[tuple[Node, Node, Node, str | None, str | None]] = field(default_factory=list)
    """(predicate, object, graph, predicate label, object label)"""
    incoming: list[tuple[Node, Node, str | None, str | None]] = field(default_factory=list)
    """(subject, predicate, subject label, predicate label)"""
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def exists(self) -> bool:
        return bool(self.outgoing or self.incoming)


def _text(value: Node | None) -> str | None:
    return None if value is None else str(value)


def read_view(store: GraphStore, iri: str) -> ResourceView:
    """The page's content for ``iri`` (empty when the store does not know it)."""
    bindings = {"resource": URIRef(iri)}
    view = ResourceView(iri)
    _, rows = store.select(OUTGOING, bindings=bindings)
    view.outgoing = [
        (r["p"], r["o"], r["g"], _text(r.get("plabel")), _text(r.get("olabel"))) for r in rows
    ]
    _, rows = store.select(INCOMING, bindings=bindings)
    view.incoming = [(r["s"], r["p"], _text(r.get("slabel")), _text(r.get("plabel"))) for r in rows]
    view.evidence = read_evidence(store, iri)
    return view


def read_evidence(store: GraphStore, iri: str) -> list[Evidence]:
    """The quotes supporting ``iri`` (or, for an annotation, its own quote), in file order."""
    _, rows = store.select(EVIDENCE, bindings={"resource": URIRef(iri)})
    found: dict[str, Evidence] = {}
    for r in rows:
        if str(r["annotation"]) in found:  # a second title of the same report
            continue
        found[str(r["annotation"])] = Evidence(
            annotation=str(r["annotation"]),
            source=str(r["source"]),
            file=_text(r.get("file")),
            sha256=_text(r.get("sha")),
            start=int(str(r["start"])),
            end=int(str(r["end"])),
            exact=str(r["exact"]),
            prefix=str(r.get("prefix", "")),
            suffix=str(r.get("suffix", "")),
            method=_text(r.get("method")),
            loader=_text(r.get("loader")),
            document=_text(r.get("document")),
        )
    return list(found.values())


def read_description(
    store: GraphStore, iri: str, result_format: ResultFormat
) -> QueryAnswer | None:
    """The resource's RDF description; None when the store does not know it."""
    known = store.ask(
        "ASK { { ?resource ?p ?o } UNION { ?s ?p ?resource } }",
        bindings={"resource": URIRef(iri)},
    )
    if not known:
        return None
    # The store's own serialisation order varies from process to process; a page's RDF
    # should not, so the triples are re-serialised by rdflib, which writes them sorted.
    answer = store.query(
        DESCRIPTION, bindings={"resource": URIRef(iri)}, result_format=ResultFormat.NTRIPLES
    )
    graph = new_graph().parse(data=answer.body.decode("utf-8"), format="nt")
    if result_format is ResultFormat.NTRIPLES:
        lines = sorted(set(graph.serialize(format="nt", encoding="utf-8").splitlines()))
        body = b"".join(line + b"\n" for line in lines if line.strip())
    else:
        body = graph.serialize(format=result_format.rdflib_format, encoding="utf-8")
    return QueryAnswer("graph", result_format, body)
