"""The ontology, SKOS vocabularies and SHACL shapes, shipped as package data.

Files: ``owl/*.ttl`` (OWL classes and properties), ``vocabularies/*.ttl`` (SKOS concept
schemes: topics, norms, statuses, ..., and the instruments), ``shapes/*.ttl`` (SHACL shapes
for everything the loaders produce, one file per area), ``reference.ttl`` (the reference
vocabulary: canonical names, types and aliases of actors and instruments that belong to no
one state) with ``states/{code}.ttl`` (one file per state: its laws, parties, election
bodies, places, people and elections), for entity resolution, and ``participating-
states.toml`` (the OSCE participating States and the names and adjectives reports give
them). They are parsed once per process.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from rdflib import Graph

ONTOLOGY_DIRECTORY = "owl"
VOCABULARIES_DIRECTORY = "vocabularies"
SHAPES_DIRECTORY = "shapes"
REFERENCE_FILE = "reference.ttl"
STATES_DIRECTORY = "states"
PARTICIPATING_STATES_FILE = "participating-states.toml"


def read_text(name: str) -> str:
    """The text of one of the shipped Turtle files."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def _parse_all(names: list[str]) -> Graph:
    """One graph of several shipped Turtle files; a file that does not parse is named."""
    graph = Graph()
    for name in names:
        try:
            graph.parse(data=read_text(name), format="turtle")
        except SyntaxError as error:  # rdflib's Turtle parser raises BadSyntax, a SyntaxError
            raise ValueError(f"ontology/{name}: not valid Turtle ({error})") from error
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


def ontology_files() -> list[str]:
    """The OWL ontology's files (``owl/core.ttl`` ...), one per area, sorted by name."""
    return turtle_files(ONTOLOGY_DIRECTORY)


def vocabulary_files() -> list[str]:
    """The SKOS schemes' and instruments' files (``vocabularies/norms.ttl`` ...)."""
    return turtle_files(VOCABULARIES_DIRECTORY)


def ontology_turtle() -> str:
    """The whole OWL ontology as one Turtle document (its files one after the other: each
    declares its own prefixes, and none uses blank node labels)."""
    return "\n".join(read_text(name) for name in ontology_files())


def shape_files() -> list[str]:
    """The SHACL shape files (``shapes/actors.ttl`` ...), one per area, sorted by name."""
    return turtle_files(SHAPES_DIRECTORY)


@cache
def ontology_graph() -> Graph:
    """The OWL ontology. Do not mutate: the graph is shared."""
    return _parse_all(ontology_files())


@cache
def vocabularies_graph() -> Graph:
    """The SKOS concept schemes. Do not mutate: the graph is shared."""
    return _parse_all(vocabulary_files())


@cache
def shapes_graph() -> Graph:
    """The SHACL shapes of every ``shapes/*.ttl``. Do not mutate: the graph is shared."""
    return _parse_all(shape_files())


@cache
def reference_vocabulary_graph() -> Graph:
    """The reference vocabulary (canonical actors, laws, elections): ``reference.ttl`` and
    every ``states/*.ttl``, so adding a state's data is adding a file. Do not mutate."""
    return _parse_all([REFERENCE_FILE, *state_files()])


@cache
def reference_graph() -> Graph:
    """Ontology and vocabularies together: what SHACL needs to know about classes and concepts."""
    graph = Graph()
    for triple in ontology_graph():
        graph.add(triple)
    for triple in vocabularies_graph():
        graph.add(triple)
    return graph
