"""The IRIs normgraph mints and the vocabularies it reuses, in one place.

Every module takes its namespaces from here so that a term is spelled once.
"""

import re

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD
from rdflib.term import Node

BASE = "https://w3id.org/normgraph/"
NG = Namespace(BASE + "ontology#")
"""Our own terms, minted only where no standard vocabulary fits."""
ID = Namespace(BASE + "id/")
"""Resources extracted from reports: reports, elections, recommendations, actors..."""
VOCAB = Namespace(BASE + "vocab/")
"""SKOS concept schemes and their concepts (topics, norms, statuses...)."""
GRAPH = Namespace(BASE + "graph/")
"""Named graphs: one per source document, plus reference graphs."""

OA = Namespace("http://www.w3.org/ns/oa#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")

ONTOLOGY_GRAPH = URIRef(GRAPH + "ontology")
VOCABULARIES_GRAPH = URIRef(GRAPH + "vocabularies")
REFERENCE_GRAPH = URIRef(GRAPH + "reference")
"""The reference vocabulary: canonical actors, laws and elections that resolution maps to."""
RECURRENCE_GRAPH = URIRef(GRAPH + "recurrence")
"""Recurring issues, their memberships and inferred assessments, computed across documents."""

PREFIXES: dict[str, str] = {
    "ng": str(NG),
    "id": str(ID),
    "vocab": str(VOCAB),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "org": str(ORG),
    "prov": str(PROV),
    "time": str(TIME),
    "oa": str(OA),
    "eli": str(ELI),
    "schema": str(SCHEMA),
}
"""Prefixes bound in serialisations and offered to SPARQL users."""


def sparql_prefixes(*names: str) -> str:
    """PREFIX lines for a SPARQL query written in code, from :data:`PREFIXES` (every one
    when none is named), so a namespace is spelled once.

    >>> print(sparql_prefixes("ng", "dcterms"), end="")
    PREFIX ng: <https://w3id.org/normgraph/ontology#>
    PREFIX dcterms: <http://purl.org/dc/terms/>
    """
    return "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in names or PREFIXES)


def curie(iri: str) -> str:
    """A prefixed name for display when a known prefix fits, else the IRI.

    >>> curie("https://w3id.org/normgraph/id/state/kz")
    'id:state/kz'
    >>> curie("https://example.org/x")
    'https://example.org/x'
    """
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(PREFIXES.get(best, "")):
            best = prefix
    if best:
        return f"{best}:{iri[len(PREFIXES[best]) :]}"
    return iri


def local_name(iri: str | Node) -> str:
    """The last segment of an IRI: a resource's key under its namespace, or a term's name
    after ``#``; a trailing slash is ignored. The one place an IRI is split back.

    >>> local_name("https://w3id.org/normgraph/id/report/odihr-kz-2019")
    'odihr-kz-2019'
    >>> local_name("https://w3id.org/normgraph/ontology#Report")
    'Report'
    >>> local_name("https://w3id.org/normgraph/vocab/status/")
    'status'
    """
    return re.split(r"[/#]", str(iri).rstrip("/"))[-1]


def document_graph(document_id: str) -> URIRef:
    """The named graph holding everything extracted from one source document."""
    return URIRef(GRAPH + "doc/" + document_id)


__all__ = [
    "BASE",
    "DCAT",
    "DCTERMS",
    "ELI",
    "FOAF",
    "GRAPH",
    "ID",
    "NG",
    "OA",
    "ONTOLOGY_GRAPH",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "RECURRENCE_GRAPH",
    "REFERENCE_GRAPH",
    "SCHEMA",
    "SH",
    "SKOS",
    "TIME",
    "VOCAB",
    "VOCABULARIES_GRAPH",
    "VOID",
    "XSD",
    "curie",
    "document_graph",
    "local_name",
    "sparql_prefixes",
]
