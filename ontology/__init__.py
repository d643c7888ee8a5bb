"""The ontology, SKOS vocabularies and SHACL shapes, shipped as package data.

Files: ``normgraph.ttl`` (OWL classes and properties), ``vocabularies.ttl`` (SKOS concept
schemes: topics, norms, statuses, ...), ``shapes/*.ttl`` (SHACL shapes for everything the
loaders produce, one file per area), ``reference.ttl`` (the reference vocabulary: canonical
names, types and aliases of actors and instruments that belong to no one state) with
``states/{code}.ttl`` (one file per state: its laws, parties, election bodies, places,
people and elections), for entity resolution, and ``participating-states.toml`` (the OSCE
participating States and the names and adjectives reports give them). They are parsed once
per process.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from rdflib import Graph

ONTOLOGY_FILE = "normgraph.ttl"
VOCABULARIES_FILE = "vocabularies.ttl"
SHAPES_DIRECTORY = "shapes"
REFERENCE_FILE = "reference.ttl"
STATES_DIRECTORY = "states"
PARTICIPATING_STATES_FILE = "participating-states.toml"


def read_text(name: str) -> str:
    """The text of one of the shipped Turtle files."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def _parse(name: str) -> Graph:
    graph = Graph()
    graph.parse(data=read_text(name), format="turtle")
    return graph


def turtle_files(directory: str) -> list[str]:
    """The Turtle files of one shipped folder (``states/kz.ttl`` ...), sorted by name."""
    folder = resources.files(__name__).joinpath(directory)
    return sorted(
        f"{directory}/{entry.name}" for entry in folder.iterdir() if entry.name.endswith(".ttl")
    )


def state_files() -> list[str]:
    """The per-state reference files (``states/kz.ttl`` ...), sorted by name."""
    return turtle_files(STATES_DIRECTORY)


def shape_files() -> list[str]:
    """The SHACL shape files (``shapes/actors.ttl`` ...), one per area, sorted by name."""
    return turtle_files(SHAPES_DIRECTORY)


@cache
def ontology_graph() -> Graph:
    """The OWL ontology. Do not mutate: the graph is shared."""
    return _parse(ONTOLOGY_FILE)


@cache
def vocabularies_graph() -> Graph:
    """The SKOS concept schemes. Do not mutate: the graph is shared."""
    return _parse(VOCABULARIES_FILE)


@cache
def shapes_graph() -> Graph:
    """The SHACL shapes of every ``shapes/*.ttl``. Do not mutate: the graph is shared."""
    graph = Graph()
    for name in shape_files():
        graph.parse(data=read_text(name), format="turtle")
    return graph


@cache
def reference_vocabulary_graph() -> Graph:
    """The reference vocabulary (canonical actors, laws, elections): ``reference.ttl`` and
    every ``states/*.ttl``, so adding a state's data is adding a file. Do not mutate."""
    graph = _parse(REFERENCE_FILE)
    for name in state_files():
        try:
            graph.parse(data=read_text(name), format="turtle")
        except SyntaxError as error:  # rdflib's Turtle parser raises BadSyntax, a SyntaxError
            raise ValueError(f"ontology/{name}: not valid Turtle ({error})") from error
    return graph


@cache
def reference_graph() -> Graph:
    """Ontology and vocabularies together: what SHACL needs to know about classes and concepts."""
    graph = Graph()
    for triple in ontology_graph():
        graph.add(triple)
    for triple in vocabularies_graph():
        graph.add(triple)
    return graph
