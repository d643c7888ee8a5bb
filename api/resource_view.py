"""What a linked-data page shows about one resource, read from the store in one call.

The functions here run inside a query worker (they take the store and return plain
picklable data), so a page costs one round trip and is bounded by the query timeout.
The resource's IRI is always bound as a term, never written into the query text; as
pyoxigraph requires of a bound variable, each SELECT projects ``?resource``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from rdflib import URIRef
from rdflib.term import Node

from normgraph.graph import GraphStore, QueryAnswer, ResultFormat
from normgraph.loaders.rdf.triples import new_graph
from normgraph.namespaces import sparql_prefixes

from .evidence_record import ANNOTATION_PATTERN, ANNOTATION_VARIABLES, EvidenceRecord

LABELS = "rdfs:label|skos:prefLabel|dcterms:title|foaf:name"
_PREFIXES = sparql_prefixes("ng", "oa", "prov", "rdfs", "skos", "dcterms", "foaf")
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
    + f"""
SELECT ?resource {ANNOTATION_VARIABLES} ?file ?sha
WHERE {{
  {{ ?resource ng:evidence ?annotation }}
  UNION {{ ?resource a oa:Annotation . BIND(?resource AS ?annotation) }}
  {ANNOTATION_PATTERN}
  OPTIONAL {{ ?source ng:fileName ?file }}
  OPTIONAL {{ ?source ng:sha256 ?sha }}
}} ORDER BY ?file ?start ?annotation
"""
)
REPORTS = (
    _PREFIXES
    + """
SELECT ?resource ?report ?name ?start WHERE {
  ?report ng:sourceText ?resource ; ng:evidence ?annotation .
  ?annotation oa:hasTarget/oa:hasSelector/oa:start ?start .
  OPTIONAL { ?report dcterms:title ?title }
  OPTIONAL { ?report rdfs:label ?label }
  BIND(COALESCE(?title, ?label) AS ?name)
}
"""
)
"""The reports read from one source text (``?resource``), with where their quotes start."""
SECTIONS = (
    _PREFIXES
    + """
SELECT ?resource ?node ?parent ?name ?start WHERE {
  ?report ng:sourceText ?resource .
  ?node dcterms:isPartOf+ ?report .
  ?node a ng:Section ; dcterms:isPartOf ?parent ; ng:evidence ?annotation .
  ?annotation oa:hasTarget/oa:hasSelector/oa:start ?start .
  OPTIONAL { ?node rdfs:label ?name }
}
"""
)
"""The sections of those reports, each with its parent and where its heading starts."""
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
class Evidence(EvidenceRecord):
    """One quote supporting the resource, with the file and the place in it that hold it."""

    file: str | None = None
    sha256: str | None = None
    document: str | None = None
    """The title of the report whose span of the source text holds the quote."""
    section: str | None = None
    """The heading path of the section holding the quote (``IX. THE MEDIA / B. ...``),
    ``title page`` before the report's first heading; None if the graph has no report."""


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


@dataclass
class Layout:
    """Where the reports and sections of one source text begin, as the graph records them
    (a report at its earliest quote or heading, a section at its heading).

    A file can hold several reports (a programme report and the statement attached to
    it): each runs from its start to the next report's; a quote before every report's
    start belongs to the first. Within its report, a quote lies in the section whose
    heading is the last before it.
    """

    reports: dict[str, str | None] = field(default_factory=dict)
    """Report IRI -> its title (or label)."""
    sections: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Section IRI -> (label, parent IRI: a section or the report)."""
    starts: dict[str, int] = field(default_factory=dict)

    def begin(self, node: str, start: int) -> None:
        """Record a quote of ``node`` starting at ``start`` (a node begins at its first)."""
        self.starts[node] = min(start, self.starts.get(node, start))

    def report_of(self, node: str) -> str | None:
        seen: set[str] = set()
        while node not in self.reports:
            if node not in self.sections or node in seen:
                return None
            seen.add(node)
            node = self.sections[node][1]
        return node

    def place(self, offset: int) -> tuple[str | None, str | None]:
        """The title of the report and the heading path of the section holding ``offset``."""
        begins: dict[str, int] = {}
        for node, start in self.starts.items():
            report = self.report_of(node)
            if report is not None:
                begins[report] = min(start, begins.get(report, start))
        if not begins:
            return None, None
        ordered = sorted(begins, key=lambda r: (begins[r], r))
        report = ([r for r in ordered if begins[r] <= offset] or ordered[:1])[-1]
        before = [
            s
            for s in self.sections
            if self.report_of(s) == report and self.starts.get(s, offset + 1) <= offset
        ]
        if not before:
            return self.reports[report], "title page"
        node = max(before, key=lambda s: (self.starts[s], s))
        path: list[str] = []
        while node in self.sections:
            path.append(self.sections[node][0])
            node = self.sections[node][1]
        return self.reports[report], " / ".join(reversed(path))


def read_layout(store: GraphStore, source: str) -> Layout:
    """The reports and sections the graph records for the source text ``source``."""
    bindings = {"resource": URIRef(source)}
    layout = Layout()
    _, rows = store.select(REPORTS, bindings=bindings)
    for r in rows:
        layout.reports[str(r["report"])] = _text(r.get("name"))
        layout.begin(str(r["report"]), int(str(r["start"])))
    _, rows = store.select(SECTIONS, bindings=bindings)
    for r in rows:
        layout.sections[str(r["node"])] = (_text(r.get("name")) or "", str(r["parent"]))
        layout.begin(str(r["node"]), int(str(r["start"])))
    return layout


def read_evidence(store: GraphStore, iri: str) -> list[Evidence]:
    """The quotes supporting ``iri`` (or, for an annotation, its own quote), in file order,
    each with the report and section that hold it."""
    _, rows = store.select(EVIDENCE, bindings={"resource": URIRef(iri)})
    layouts: dict[str, Layout] = {}
    found: dict[str, Evidence] = {}
    for r in rows:
        if str(r["annotation"]) in found:
            continue
        source, start = str(r["source"]), int(str(r["start"]))
        if source not in layouts:
            layouts[source] = read_layout(store, source)
        document, section = layouts[source].place(start)
        found[str(r["annotation"])] = replace(
            Evidence.from_row(r),
            file=_text(r.get("file")),
            sha256=_text(r.get("sha")),
            document=document,
            section=section,
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
