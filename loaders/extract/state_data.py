"""What the reference data knows of one state, for the loaders that read names in text:
its laws, parties and places (from ``ontology/states/{code}.ttl``), the words its reports
use for a type of election, and the donors every state's reports name.

A loader never lists a law, party or place itself: it asks for the state a report is
about and matches the names the data gives (``names_pattern``), so adding a state's
file teaches every loader its names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rdflib import Graph, URIRef
from rdflib.term import Node

from normgraph.namespaces import NG, ORG, RDF, RDFS, SCHEMA, SKOS, local_name
from normgraph.ontology import reference_vocabulary_graph, vocabularies_graph

from ..resolve.vocabulary import default_vocabulary


@dataclass(frozen=True)
class Named:
    """One thing the reference data names: its IRI, label and every name it goes by."""

    iri: URIRef
    label: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class StateData:
    """The laws, parties and places the reference data lists for one state."""

    code: str
    laws: tuple[Named, ...] = ()
    parties: tuple[Named, ...] = ()
    places: tuple[Named, ...] = ()


def _named(graph: Graph, subject: URIRef) -> Named:
    label = graph.value(subject, SKOS.prefLabel) or graph.value(subject, RDFS.label)
    names = [
        *graph.objects(subject, SKOS.prefLabel),
        *graph.objects(subject, RDFS.label),
        *graph.objects(subject, SKOS.altLabel),
    ]
    text = str(label) if label is not None else local_name(subject)
    return Named(subject, text, tuple(dict.fromkeys(str(n) for n in names)))


def _of_state(graph: Graph, kinds: Iterable[URIRef], state: Node) -> tuple[Named, ...]:
    found = {
        subject
        for kind in kinds
        for subject in graph.subjects(RDF.type, kind)
        if isinstance(subject, URIRef) and (subject, NG.country, state) in graph
    }
    return tuple(_named(graph, subject) for subject in sorted(found))


@cache
def state_data(code: str) -> StateData:
    """The reference data of the state with ISO code ``code`` (empty if it has no file)."""
    graph = reference_vocabulary_graph()
    state = next(
        (
            s
            for s in graph.subjects(NG.countryCode, None)
            if str(graph.value(s, NG.countryCode)).upper() == code.upper()
        ),
        None,
    )
    if state is None:
        return StateData(code.upper())
    return StateData(
        code.upper(),
        laws=_of_state(graph, [NG.Law], state),
        parties=_of_state(graph, [NG.PoliticalParty], state),
        places=_of_state(graph, [NG.Region, SCHEMA.Place], state),
    )


@cache
def election_type_words() -> dict[str, str]:
    """Word a report uses for a type of election (the name of the body elected) ->
    election-type slug: the hidden labels the state files give the election-type concepts."""
    words: dict[str, str] = {}
    for graph in (reference_vocabulary_graph(), vocabularies_graph()):
        for concept, word in graph.subject_objects(SKOS.hiddenLabel):
            if "/election-type/" in str(concept):
                words[str(word)] = local_name(concept)
    return words


@cache
def chambers() -> tuple[Named, ...]:
    """The chambers of parliament every state file lists (parliaments part of another),
    with the names its reports give them."""
    graph = reference_vocabulary_graph()
    found = {
        s
        for s in graph.subjects(RDF.type, NG.Parliament)
        if isinstance(s, URIRef) and graph.value(s, ORG.subOrganizationOf) is not None
    }
    return tuple(_named(graph, subject) for subject in sorted(found))


@cache
def donors() -> tuple[Named, ...]:
    """Every donor the reference data lists (any state's reports may name them)."""
    graph = reference_vocabulary_graph()
    found = {s for s in graph.subjects(RDF.type, NG.Donor) if isinstance(s, URIRef)}
    return tuple(_named(graph, subject) for subject in sorted(found))


def reference_types(name: str) -> set[URIRef]:
    """The classes the reference data gives the organisation called ``name`` (any of its
    names, as entity resolution compares them); empty if it lists none."""
    found = default_vocabulary().lookup("organisation", name)
    if found is None:
        return set()
    graph = reference_vocabulary_graph()
    return {t for t in graph.objects(found, RDF.type) if isinstance(t, URIRef)}


def names_alternation(entries: Iterable[Named]) -> str:
    """A regular-expression alternation of every name of ``entries``, longest first
    (white space flexible); empty when there are none."""
    names = sorted({n for entry in entries for n in entry.names}, key=lambda n: (-len(n), n))
    return "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)


def names_pattern(entries: Iterable[Named], ignore_case: bool = False) -> re.Pattern[str] | None:
    """A pattern for every name of ``entries``, whole words only; group ``name`` is the
    name written. None when there are no names."""
    body = names_alternation(entries)
    if not body:
        return None
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<![\w/])(?P<name>{body})(?![\w/])", flags)


def entry_named(entries: Iterable[Named], name: str) -> Named | None:
    """The entry one of whose names is ``name`` (case and spacing aside)."""
    wanted = " ".join(name.split()).casefold()
    for entry in entries:
        if any(" ".join(n.split()).casefold() == wanted for n in entry.names):
            return entry
    return None


__all__ = [
    "Named",
    "StateData",
    "chambers",
    "donors",
    "election_type_words",
    "entry_named",
    "names_alternation",
    "names_pattern",
    "reference_types",
    "state_data",
]
