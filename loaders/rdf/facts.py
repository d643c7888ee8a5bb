"""Facts with evidence: what a genre extractor hands to the RDF stage.

A fact is a resource (an IRI minted from its content), its classes, its property values
and the spans of the source that say so. Extractors build facts; only ``triples.py`` turns
them into triples, so evidence is attached the same way for every genre.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from rdflib import Literal, URIRef
from rdflib.term import Node

from normgraph.namespaces import local_name

from ..text.source import Span

_ORGANIZATION = URIRef("http://www.w3.org/ns/org#Organization")
"""The class of an organisation nothing more is known of (a report's issuer)."""


class Method(Enum):
    """How a fact was obtained: read by code from the text's structure, or by a person."""

    EXTRACTED = "extracted"
    CURATED = "curated"


@dataclass
class Fact:
    """One resource stated by a report, with the quotes that state it.

    ``kind`` is the fact's main class (used for counts); ``extra_types`` any others.
    ``values`` holds (predicate, object) pairs; an object that is itself a fact is
    referred to by its IRI.
    """

    iri: URIRef
    kind: URIRef
    evidence: list[Span] = field(default_factory=list)
    values: list[tuple[URIRef, Node]] = field(default_factory=list)
    extra_types: list[URIRef] = field(default_factory=list)
    method: Method = Method.EXTRACTED
    label: str | None = None
    agent: URIRef | None = None
    """Who the fact is attributed to; None means the loader that produced the extraction
    (curated facts name their curation file's agent, see ``resolve/curation.py``)."""

    def add(self, predicate: URIRef, value: Node | str | int | None) -> Fact:
        """Add one property value (plain Python values become literals); None is skipped."""
        if value is None:
            return self
        term = value if isinstance(value, Node) else Literal(value)
        self.values.append((predicate, term))
        return self

    def absorb(self, other: Fact) -> None:
        """Take in ``other``'s evidence and values that this fact does not have yet, and its
        classes when it says more: a report's issuer, first known only as an organisation,
        becomes the civil society or international organisation the text defines."""
        if self.kind == _ORGANIZATION and other.kind != _ORGANIZATION:
            self.kind = other.kind
        for kind in other.extra_types:
            if kind not in self.extra_types and kind != self.kind:
                self.extra_types.append(kind)
        for span in other.evidence:
            if span not in self.evidence:
                self.evidence.append(span)
        for pair in other.values:
            if pair not in self.values:
                self.values.append(pair)


@dataclass(frozen=True)
class Agent:
    """An agent other than the loader that facts are attributed to (e.g. a curation file)."""

    iri: URIRef
    label: str
    types: tuple[URIRef, ...]
    values: tuple[tuple[URIRef, Node], ...] = ()


@dataclass
class Extraction:
    """Everything one loader read from one source document."""

    facts: list[Fact] = field(default_factory=list)
    agents: list[Agent] = field(default_factory=list)
    """Agents besides the loader that some facts are attributed to."""

    def add(self, fact: Fact) -> Fact:
        self.facts.append(fact)
        return fact

    def get(self, iri: URIRef) -> Fact | None:
        """The fact already extracted for ``iri``, if any (to merge rather than repeat)."""
        return next((fact for fact in self.facts if fact.iri == iri), None)

    def merge(self, fact: Fact) -> Fact:
        """Add ``fact``, or fold its evidence and new values into the one with its IRI."""
        known = self.get(fact.iri)
        if known is None:
            return self.add(fact)
        known.absorb(fact)
        return known

    def counts_by_kind(self) -> dict[str, int]:
        """How many facts of each main class, keyed by the class's local name."""
        counts: dict[str, int] = {}
        for fact in self.facts:
            name = local_name(fact.kind)
            counts[name] = counts.get(name, 0) + 1
        return dict(sorted(counts.items()))

    def counts_by_method(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for fact in self.facts:
            counts[fact.method.value] = counts.get(fact.method.value, 0) + 1
        return dict(sorted(counts.items()))
