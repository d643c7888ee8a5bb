"""The ontology, SKOS vocabularies and SHACL shapes, shipped as package data.

Files: ``normgraph.ttl`` (OWL classes and properties), ``vocabularies.ttl`` (SKOS concept
schemes: topics, norms, statuses, ...), ``shapes.ttl`` (SHACL shapes for everything the
loaders produce), ``reference.ttl`` (the reference vocabulary: canonical names, types and
aliases of actors, laws and elections, for entity resolution). They are parsed once per
process.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from rdflib import Graph

ONTOLOGY_FILE = "normgraph.ttl"
VOCABULARIES_FILE = "vocabularies.ttl"
SHAPES_FILE = "shapes.ttl"
REFERENCE_FILE = "reference.ttl"


def read_text(name: str) -> str:
    """The text of one of the shipped Turtle files."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@cache
def _parse(name: str) -> Graph:
    """One of the package's Turtle files, parsed once and shared."""
    graph = Graph()
    graph.parse(data=read_text(name), format="turtle")
    return graph


def ontology_graph() -> Graph:
    """The OWL ontology. Do not mutate: the graph is shared."""
    return _parse(ONTOLOGY_FILE)


def vocabularies_graph() -> Graph:
    """The SKOS concept schemes. Do not mutate: the graph is shared."""
    return _parse(VOCABULARIES_FILE)


def shapes_graph() -> Graph:
    """The SHACL shapes. Do not mutate: the graph is shared."""
    return _parse(SHAPES_FILE)


def reference_vocabulary_graph() -> Graph:
    """The reference vocabulary (canonical actors, laws, elections). Do not mutate."""
    return _parse(REFERENCE_FILE)


@cache
def reference_graph() -> Graph:
    """Ontology and vocabularies together: what SHACL needs to know about classes and concepts."""
    graph = Graph()
    for triple in ontology_graph():
        graph.add(triple)
    for triple in vocabularies_graph():
        graph.add(triple)
    return graph
