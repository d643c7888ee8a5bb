"""What GraphQL says about itself: descriptions read from the ontology's definitions.

Every type and field of the schema is described by the ``skos:definition`` of the class or
property the mapping (:mod:`.graphql_mapping`) gives it, so GraphiQL's docs pane is the
data dictionary. Standard terms the ontology reuses without defining (the Web Annotation
selectors, ``rdfs:label``) are described in :data:`REUSED_TERMS`; once the ontology
defines one, its definition wins. Pagination machinery (connections, edges, page info)
and the ``iri`` of every resource are GraphQL's, not the domain's: :data:`STRUCTURAL_FIELDS`.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDFS, SKOS

from normgraph.namespaces import ELI, NG, OA, local_name
from normgraph.ontology import reference_graph

from .graphql_mapping import TYPES, Field

REUSED_TERMS: dict[URIRef, str] = {
    RDFS.label: "A human-readable name of the resource.",
    OA.Annotation: (
        "Evidence for a fact: the exact quote in a source text, where it is, how the fact "
        "was obtained and by which loader (a W3C Web Annotation)."
    ),
    OA.exact: "The exact text quoted from the source (Web Annotation TextQuoteSelector).",
    OA.prefix: "Up to 32 characters of the source just before the quote.",
    OA.suffix: "Up to 32 characters of the source just after the quote.",
    OA.start: (
        "Where the quote starts in the source text, in Unicode code points from 0 "
        "(Web Annotation TextPositionSelector)."
    ),
    OA.end: (
        "Where the quote ends (exclusive): slicing the source text at start:end gives the quote."
    ),
    OA.hasSource: "The source text the quote was taken from.",
    PROV.wasAttributedTo: "The loader (or person) that produced the fact.",
    SKOS.Concept: "A value from one of normgraph's SKOS concept schemes (topics, statuses...).",
    SKOS.prefLabel: "The preferred English label of the concept.",
    SKOS.definition: "What the concept means, in a sentence.",
    SKOS.notation: "The concept's position in an ordered scheme, such as '1' for the first stage.",
    SKOS.inScheme: "The IRI of the concept scheme the concept belongs to.",
    FOAF.Agent: (
        "An actor: a state, state body, commission, court, party, candidate, NGO, international "
        "organisation, observer group, mission, media outlet or person."
    ),
    FOAF.Person: "A person, such as a candidate, an official or a head of mission.",
    ORG.Organization: "An organisation of a kind normgraph does not distinguish further.",
    ELI.LegalResource: "A law, a part of a law, or an amendment.",
}


STRUCTURAL_FIELDS: dict[str, str] = {
    "iri": "The resource's IRI: stable across rebuilds, usable in any look-up by IRI.",
    "total_count": "How many items match, over all pages.",
    "page_info": "Where this page sits: whether more follow and the cursor to ask for them.",
    "edges": "The items of this page, each with its cursor.",
    "nodes": "The items of this page.",
    "cursor": "An opaque position: pass it as `after` to get the items that follow.",
    "node": "The item.",
    "has_next_page": "True if more items follow this page.",
    "end_cursor": "The cursor of the last item of this page (pass it as `after`).",
}
"""Pagination machinery and identifiers: GraphQL's own, with no ontology counterpart."""

STRUCTURAL_TYPE_SUFFIXES = ("Connection", "Edge", "PageInfo")


def definition(term: URIRef) -> str | None:
    """The ontology's English definition of a term, else the reused-term text, else None."""
    graph = reference_graph()
    texts = [str(o) for o in graph.objects(term, SKOS.definition)]
    english = [
        str(o) for o in graph.objects(term, SKOS.definition) if getattr(o, "language", None) == "en"
    ]
    if english or texts:
        return (english or texts)[0]
    return REUSED_TERMS.get(term)


def label(term: URIRef) -> str:
    graph = reference_graph()
    found = graph.value(term, RDFS.label) or graph.value(term, SKOS.prefLabel)
    return str(found) if found is not None else local_name(term)


def type_description(type_name: str) -> str:
    """The GraphQL description of a type: its class's definition."""
    return definition(TYPES[type_name].iri) or ""


def field_description(type_name: str, field_name: str) -> str:
    """The GraphQL description of a field, from the definition of what it maps to.

    A backwards field is described by the class it lists and the property that links
    back; a derived field adds its note.
    """
    if field_name in STRUCTURAL_FIELDS:
        return STRUCTURAL_FIELDS[field_name]
    is_evidence = field_name == "evidence"
    mapped = Field(NG.evidence) if is_evidence else TYPES[type_name].fields[field_name]
    if mapped.inverse is not None:
        text = (
            f"{definition(mapped.inverse) or ''} Listed here: those whose "
            f"'{label(mapped.iri)}' is this {label(TYPES[type_name].iri)}."
        )
    else:
        text = definition(mapped.iri) or ""
    return f"{text} {mapped.note}".strip()


def subclasses(iri: URIRef) -> list[URIRef]:
    """The class and its subclasses per the ontology, sorted (for ``VALUES`` in queries)."""
    graph = reference_graph()
    found = {iri}
    frontier = [iri]
    while frontier:
        current = frontier.pop()
        for sub in graph.subjects(RDFS.subClassOf, current):
            if isinstance(sub, URIRef) and sub not in found:
                found.add(sub)
                frontier.append(sub)
    return sorted(found)
