"""Counts that describe what a store holds: per named graph and per class."""

from __future__ import annotations

from normgraph.graph import GraphStore

GRAPH_COUNTS = """
SELECT ?graph (COUNT(*) AS ?triples) WHERE { GRAPH ?graph { ?s ?p ?o } }
GROUP BY ?graph ORDER BY ?graph
"""
CLASS_COUNTS = """
SELECT ?class (COUNT(DISTINCT ?resource) AS ?resources)
WHERE { GRAPH ?g { ?resource a ?class } }
GROUP BY ?class ORDER BY DESC(?resources) ?class
"""


def graph_counts(store: GraphStore) -> list[tuple[str, int]]:
    """(named graph IRI, triple count) for every named graph, sorted by IRI."""
    _, rows = store.select(GRAPH_COUNTS)
    return [(str(row["graph"]), int(str(row["triples"]))) for row in rows]


def class_counts(store: GraphStore) -> list[tuple[str, int]]:
    """(class IRI, distinct instances) across all named graphs, most frequent first."""
    _, rows = store.select(CLASS_COUNTS)
    return [(str(row["class"]), int(str(row["resources"]))) for row in rows]


VOCABULARY_TERMS = """
SELECT DISTINCT ?term WHERE {
  { GRAPH ?g { ?s ?term ?o } } UNION { GRAPH ?g { ?s a ?term } }
}
"""


def used_vocabularies(store: GraphStore) -> list[str]:
    """Namespaces of the predicates and classes in use, sorted (for VoID's void:vocabulary)."""
    _, rows = store.select(VOCABULARY_TERMS)
    namespaces = set()
    for row in rows:
        term = str(row["term"])
        cut = max(term.rfind("#"), term.rfind("/"))
        if cut > 0:
            namespaces.add(term[: cut + 1])
    return sorted(namespaces)
