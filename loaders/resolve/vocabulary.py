"""The reference vocabulary that entity resolution matches names against: canonical IRIs by
family of classes and normalised name (ontology/reference.ttl, the states' files, the
instruments, provisions and norms of vocabularies/*.ttl), reference elections, parts and
post holders.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from rdflib import Graph, URIRef
from rdflib.term import Node

from normgraph.namespaces import DCTERMS, ELI, FOAF, NG, ORG, RDF, RDFS, SCHEMA, SKOS, local_name
from normgraph.ontology import reference_vocabulary_graph, vocabularies_graph

# Families of classes: a match needs the same family. Each family's segment is where an
# unlisted name is minted (``id/{segment}/{normalised name}``).
_FAMILIES: dict[URIRef, str] = {
    FOAF.Person: "person",
    NG.PoliticalParty: "party",
    NG.State: "state",
    ORG.Organization: "organisation",
    ORG.FormalOrganization: "organisation",
    NG.StateBody: "organisation",
    NG.ElectionCommission: "organisation",
    NG.Court: "organisation",
    NG.Parliament: "organisation",
    NG.CivilSocietyOrganisation: "organisation",
    NG.InternationalOrganisation: "organisation",
    NG.ObserverGroup: "organisation",
    NG.MediaOutlet: "organisation",
    NG.Donor: "organisation",
    NG.Law: "law",
    NG.Instrument: "instrument",
    NG.Treaty: "instrument",
    NG.Norm: "norm",
    ORG.Post: "post",
    NG.Election: "election",
    NG.Provision: "provision",
    NG.LawArticle: "law-article",
}


INTERNATIONAL_KINDS = frozenset({NG.InternationalOrganisation, NG.ObservationMission})
PARTS: dict[str, URIRef] = {"provision": NG.provisionOf, "law-article": ELI.is_part_of}
"""Families resolved through their parent (an instrument, a law) and their number."""

_QUOTES = re.compile("[\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb]")
_ACRONYM_SUFFIX = re.compile(r"\s*\(\s*[A-Z][A-Za-z/.&-]{1,9}\s*\)\s*$")
_TITLES = {"mr", "mrs", "ms", "dr", "prof", "ambassador"}


def normalise(name: str) -> str:
    """The form two spellings of one name share: folded, unquoted, transliteration-neutral.

    Transliterations of Turkic and Russian names differ in a few regular ways (zh/j,
    kh/h, a "y" between vowels, a word-initial "ye"); they are made equal here, so
    Boriyev and Boriev, Zhandos and Jandos have one form.

    >>> normalise("Boriyev") == normalise("Boriev")
    True
    >>> normalise("Mr. Yeleusizov")
    'eleusizov'
    """
    text = _ACRONYM_SUFFIX.sub("", name)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _QUOTES.sub("", text.lower())
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    while words and (words[0] == "the" or words[0] in _TITLES):
        words = words[1:]
    key = " ".join(words)
    key = key.replace("zh", "j").replace("kh", "h")
    key = re.sub(r"(?<=[aeiou])y(?=[aeiou])", "", key)
    key = re.sub(r"\bye", "e", key)
    return key


def family(types: Iterable[Node]) -> str | None:
    """The resolvable family of a fact's classes, or None if it is not resolvable."""
    for kind in types:
        found = _FAMILIES.get(kind) if isinstance(kind, URIRef) else None
        if found is not None:
            return found
    return None


@dataclass(frozen=True)
class ReferenceElection:
    iri: URIRef
    country: str
    type: str
    date: datetime.date


@dataclass(frozen=True)
class Tenure:
    """Who held a post, from when to when (for "the incumbent")."""

    holder: URIRef
    start: datetime.date
    end: datetime.date | None


@dataclass
class ReferenceVocabulary:
    """Canonical IRIs by family and normalised name, plus elections, parts and posts."""

    names: dict[tuple[str, str], list[URIRef]] = field(default_factory=dict)
    owners: dict[URIRef, URIRef] = field(default_factory=dict)
    """Lower-case ISO code of the state an entry belongs to (its ``ng:country``)."""
    labels: dict[URIRef, str] = field(default_factory=dict)
    elections: list[ReferenceElection] = field(default_factory=list)
    parts: dict[tuple[URIRef, str], URIRef] = field(default_factory=dict)
    country_codes: dict[URIRef, str] = field(default_factory=dict)
    tenures: dict[URIRef, list[Tenure]] = field(default_factory=dict)
    international: set[URIRef] = field(default_factory=set)
    """Entries typed as an international organisation or observation mission."""

    @classmethod
    def from_graphs(cls, *graphs: Graph) -> ReferenceVocabulary:
        vocabulary = cls()
        for graph in graphs:
            vocabulary._read(graph)
        return vocabulary

    def _read(self, graph: Graph) -> None:
        for subject in set(graph.subjects(RDF.type, None)):
            if not isinstance(subject, URIRef):
                continue
            kind = family(graph.objects(subject, RDF.type))
            if kind is None:
                continue
            if INTERNATIONAL_KINDS.intersection(graph.objects(subject, RDF.type)):
                self.international.add(subject)
            names = [
                *graph.objects(subject, SKOS.prefLabel),
                *graph.objects(subject, RDFS.label),
                *graph.objects(subject, SKOS.altLabel),
                *graph.objects(subject, DCTERMS.title),
            ]
            for name in names:
                listed = self.names.setdefault((kind, normalise(str(name))), [])
                if subject not in listed:
                    listed.append(subject)
            owner = graph.value(subject, NG.country) or graph.value(subject, ORG.postIn)
            if isinstance(owner, URIRef):
                self.owners[subject] = owner
            preferred = graph.value(subject, SKOS.prefLabel) or graph.value(subject, RDFS.label)
            if preferred is not None:
                self.labels[subject] = str(preferred)
            code = graph.value(subject, NG.countryCode)
            if code is not None:
                self.country_codes[subject] = str(code).lower()
            if kind in PARTS:
                parent = graph.value(subject, PARTS[kind])
                number = graph.value(subject, NG.number)
                if isinstance(parent, URIRef) and number is not None:
                    self.parts[(parent, str(number))] = subject
        for subject in set(graph.subjects(RDF.type, NG.Election)):
            country, kind, day = _election_key(graph, subject, self.country_codes)
            if isinstance(subject, URIRef) and country and kind and isinstance(day, datetime.date):
                self.elections.append(ReferenceElection(subject, country, kind, day))
        for membership in set(graph.subjects(RDF.type, ORG.Membership)):
            post, holder = graph.value(membership, ORG.role), graph.value(membership, ORG.member)
            start = as_date(graph.value(membership, SCHEMA.startDate))
            end = as_date(graph.value(membership, SCHEMA.endDate))
            if isinstance(post, URIRef) and isinstance(holder, URIRef) and start is not None:
                self.tenures.setdefault(post, []).append(Tenure(holder, start, end))

    def lookup(self, kind: str, name: str, country: str | None = None) -> URIRef | None:
        """The entry of ``kind`` called ``name``; with ``country`` (a lower-case ISO code)
        only one of that state or of none: another state's law is never this one's."""
        for found in self.names.get((kind, normalise(name)), []):
            owner = self.owners.get(found)
            code = self.country_codes.get(owner) if owner is not None else None
            if country is None or code is None or code == country:
                return found
        return None

    def election(self, country: str | None, kind: str, day: datetime.date | int) -> URIRef | None:
        """The one reference election of that country and type on that date, or in that
        year when the date is not exact (a second round, a misprint) or only a year."""
        candidates = [
            e
            for e in self.elections
            if e.type == kind and (country is None or e.country == country)
        ]
        if isinstance(day, datetime.date):
            exact = [e for e in candidates if e.date == day]
            if len(exact) == 1:
                return exact[0].iri
        year = day.year if isinstance(day, datetime.date) else day
        same_year = [e for e in candidates if e.date.year == year]
        return same_year[0].iri if len(same_year) == 1 else None

    def holder(self, post: URIRef, day: datetime.date) -> URIRef | None:
        for tenure in self.tenures.get(post, []):
            if tenure.start <= day and (tenure.end is None or day <= tenure.end):
                return tenure.holder
        return None


@cache
def default_vocabulary() -> ReferenceVocabulary:
    """The shipped reference vocabulary together with the vocabularies' instruments and norms."""
    return ReferenceVocabulary.from_graphs(reference_vocabulary_graph(), vocabularies_graph())


def as_date(value: Node | None) -> datetime.date | None:
    if value is None:
        return None
    text = str(value)
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        return None


def as_year(value: Node | None) -> int | None:
    if value is None:
        return None
    match = re.match(r"\d{4}", str(value))
    return int(match.group()) if match else None


def _election_key(
    graph: Graph, subject: Node, codes: dict[URIRef, str]
) -> tuple[str | None, str | None, datetime.date | int | None]:
    country_node = graph.value(subject, NG.country)
    type_node = graph.value(subject, NG.electionType)
    day_node = graph.value(subject, NG.electionDate)
    return (
        country_code_of(country_node, codes),
        local_name(type_node) if type_node is not None else None,
        as_date(day_node) or as_year(day_node),
    )


def country_code_of(node: Node | None, codes: dict[URIRef, str]) -> str | None:
    if not isinstance(node, URIRef):
        return None
    if node in codes:
        return codes[node]
    last = local_name(node)
    return last.lower() if len(last) == 2 else None
