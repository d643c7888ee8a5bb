"""Entity resolution: one node per actor, law, instrument, provision, norm and election.

A pipeline stage between extraction and RDF. Reports spell the same thing many ways
(Zhogorku / Jogorku, Toqayev / Tokaev, CEC / Central Electoral Commission, Election
Law / Constitutional Law "On Elections", "September 19, 2004" / "the 2004 parliamentary
elections"); :func:`resolve` rewrites the IRIs of resolvable facts to canonical IRIs, so
every document that mentions a thing points to the same node:

1. a name is compared by its *normalised form* (:func:`normalise`: case, accents, quotes,
   a leading "the", an acronym in brackets, transliteration variants);
2. a form listed in the reference vocabulary (``ontology/reference.ttl``, plus the
   instruments, provisions and norms of ``vocabularies.ttl``) gives its canonical IRI,
   provided the types are compatible (a person never becomes a party);
3. an unlisted name whose IRI was minted from its own spelling is re-minted from the
   normalised form, so two spellings still meet; other IRIs are kept. A person, party or
   organisation is re-minted under the report's state (``person/{code}/{name}``), so two
   states' namesakes never merge, unless it belongs to no one state (an international
   organisation or mission, its people, a report's authors: :func:`international`);
4. elections resolve by country, type and date (or year, when one election matches), and
   provisions and law articles by their resolved parent and number;
5. facts that now share an IRI are merged (values and evidence united), every reference
   to an old IRI in other facts is rewritten, and each surface form is kept as a
   ``skos:altLabel`` next to the fact's ``rdfs:label``, so each mention stays traceable
   to its quote.

>>> normalise("the Zhogorku Kenesh")
'jogorku kenesh'
>>> normalise('Law ("On Elections")') == normalise('Law "On Elections"')
True
>>> normalise("Central Election Commission (CEC)")
'central election commission'
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ...namespaces import DCTERMS, ELI, FOAF, ID, NG, ORG, RDF, RDFS, SCHEMA, SKOS, XSD
from ...ontology import reference_vocabulary_graph, vocabularies_graph
from ..rdf.facts import Extraction, Fact, Method
from ..rdf.iris import slug

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
_SCOPED = frozenset({"person", "party", "organisation"})
"""Families whose unlisted names are minted under the report's state, like laws."""
_INTERNATIONAL_KINDS = frozenset({NG.InternationalOrganisation, NG.ObservationMission})
_PARTS: dict[str, URIRef] = {"provision": NG.provisionOf, "law-article": ELI.is_part_of}
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
            if _INTERNATIONAL_KINDS.intersection(graph.objects(subject, RDF.type)):
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
            if kind in _PARTS:
                parent = graph.value(subject, _PARTS[kind])
                number = graph.value(subject, NG.number)
                if isinstance(parent, URIRef) and number is not None:
                    self.parts[(parent, str(number))] = subject
        for subject in set(graph.subjects(RDF.type, NG.Election)):
            country, kind, day = _election_key(graph, subject, self.country_codes)
            if isinstance(subject, URIRef) and country and kind and isinstance(day, datetime.date):
                self.elections.append(ReferenceElection(subject, country, kind, day))
        for membership in set(graph.subjects(RDF.type, ORG.Membership)):
            post, holder = graph.value(membership, ORG.role), graph.value(membership, ORG.member)
            start = _date(graph.value(membership, SCHEMA.startDate))
            end = _date(graph.value(membership, SCHEMA.endDate))
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


def _date(value: Node | None) -> datetime.date | None:
    if value is None:
        return None
    text = str(value)
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _year(value: Node | None) -> int | None:
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
        _country_code(country_node, codes),
        str(type_node).rstrip("/").rsplit("/", 1)[-1] if type_node is not None else None,
        _date(day_node) or _year(day_node),
    )


def _country_code(node: Node | None, codes: dict[URIRef, str]) -> str | None:
    if not isinstance(node, URIRef):
        return None
    if node in codes:
        return codes[node]
    last = str(node).rstrip("/").rsplit("/", 1)[-1]
    return last.lower() if len(last) == 2 else None


def _value(fact: Fact, predicate: URIRef) -> Node | None:
    return next((value for p, value in fact.values if p == predicate), None)


def _types(fact: Fact) -> list[URIRef]:
    return [fact.kind, *fact.extra_types]


class _Resolver:
    def __init__(self, extraction: Extraction, vocabulary: ReferenceVocabulary) -> None:
        self.extraction = extraction
        self.vocabulary = vocabulary
        self.mapping: dict[URIRef, URIRef] = {}
        self.codes = dict(vocabulary.country_codes)
        for fact in extraction.facts:
            code = _value(fact, NG.countryCode)
            if code is not None:
                self.codes[fact.iri] = str(code).lower()
        self.election_day = self._document_election_day()
        self.document_country = self._document_country()
        self.reference_days = {e.iri: e.date for e in vocabulary.elections}
        self.international = international(extraction.facts, vocabulary.international)

    def _document_election_day(self) -> datetime.date | None:
        for fact in self.extraction.facts:
            if fact.kind == NG.Election:
                day = _date(_value(fact, NG.electionDate))
                if day is not None:
                    return day
        return None

    def run(self) -> Extraction:
        facts = self.extraction.facts
        for fact in facts:
            kind = family(_types(fact))
            if kind is not None and kind not in _PARTS and kind != "election":
                self._map(fact.iri, self._named(fact, kind))
        for fact in facts:
            if family(_types(fact)) == "election":
                self._map(fact.iri, self._election(fact))
        for fact in facts:
            kind = family(_types(fact))
            if kind in _PARTS:
                self._map(fact.iri, self._part(fact, kind))
        facts = _merge([self._rewrite(fact) for fact in facts])
        return Extraction(facts=facts, agents=list(self.extraction.agents))

    def _map(self, old: URIRef, new: URIRef | None) -> None:
        if new is not None and new != old:
            self.mapping[old] = new

    def _document_country(self) -> str | None:
        """The state the document is about: its first election's, else its first state's
        (None when it names neither: then any entry may match, as before states mattered)."""
        for fact in self.extraction.facts:
            if fact.kind == NG.Election:
                code = _country_code(_uri(_value(fact, NG.country)), self.codes)
                if code:
                    return code
        for fact in self.extraction.facts:
            if fact.kind == NG.State and fact.iri in self.codes:
                return self.codes[fact.iri]
        return None

    def _country_of(self, fact: Fact) -> str | None:
        """The state a fact belongs to: its ``ng:country``, else the code its IRI carries
        (``id/law/{code}/...``)."""
        owner = _uri(_value(fact, NG.country))
        if owner is not None:
            return _country_code(self.mapping.get(owner, owner), self.codes)
        parts = str(fact.iri).removeprefix(str(ID)).split("/")
        if len(parts) > 2 and len(parts[1]) == 2 and parts[1].isalpha():
            return parts[1].lower()
        return None

    def _named(self, fact: Fact, kind: str) -> URIRef | None:
        names = [n for n in (fact.label, _literal(fact, FOAF.name)) if n]
        country = self._country_of(fact) or self.document_country
        for name in names:
            found = self.vocabulary.lookup(kind, name, country)
            if found is not None:
                return found
        if kind == "person" and self.election_day is not None:
            for name in names:
                post = self.vocabulary.lookup("post", name, self.document_country)
                holder = self.vocabulary.holder(post, self.election_day) if post else None
                if holder is not None:
                    return holder
        for name in names:
            if str(fact.iri).rsplit("/", 1)[-1] == _slug_or_none(name):
                key = _slug_or_none(normalise(name))
                if key and kind == "law" and country:
                    return ID[f"law/{country}/{key}"]  # a law stays its state's
                if key and kind in _SCOPED and country and fact.iri not in self.international:
                    return ID[f"{kind}/{country}/{key}"]  # namesakes of two states stay two
                return ID[f"{kind}/{key}"] if key else None
        return None

    def _election(self, fact: Fact) -> URIRef | None:
        country_node = _uri(_value(fact, NG.country))
        if country_node is not None:
            country_node = self.mapping.get(country_node, country_node)
        country = _country_code(country_node, self.codes)
        type_node = _value(fact, NG.electionType)
        day_node = _value(fact, NG.electionDate)
        day = _date(day_node) or _year(day_node)
        if type_node is None or day is None:
            return None
        kind = str(type_node).rstrip("/").rsplit("/", 1)[-1]
        found = self.vocabulary.election(country, kind, day)
        if found is not None or not isinstance(day, datetime.date) or country is None:
            return found
        return ID[f"election/{country}/{kind}/{day.isoformat()}"]

    def _part(self, fact: Fact, kind: str) -> URIRef | None:
        parent = _uri(_value(fact, _PARTS[kind]))
        number = _value(fact, NG.number)
        if parent is None or number is None:
            return None
        new_parent = self.mapping.get(parent, parent)
        found = self.vocabulary.parts.get((new_parent, str(number)))
        if found is not None or new_parent == parent:
            return found
        old = str(fact.iri)
        if old.startswith(str(parent) + "/"):
            return URIRef(str(new_parent) + old[len(str(parent)) :])
        return None

    def _rewrite(self, fact: Fact) -> Fact:
        new_iri = self.mapping.get(fact.iri, fact.iri)
        values = [
            (p, self.mapping.get(v, v) if isinstance(v, URIRef) else self._dated(new_iri, p, v))
            for p, v in fact.values
        ]
        resolved = Fact(
            iri=new_iri,
            kind=fact.kind,
            evidence=list(fact.evidence),
            values=values,
            extra_types=list(fact.extra_types),
            method=fact.method,
            agent=fact.agent,
            label=fact.label,
        )
        if family(_types(fact)) is not None and fact.label:
            canonical = self.vocabulary.labels.get(new_iri)
            if fact.label != canonical:
                resolved.add(SKOS.altLabel, Literal(fact.label))
        return resolved

    def _dated(self, iri: URIRef, predicate: URIRef, value: Node) -> Node:
        """A year or month given for an election the reference dates to the day becomes
        that day: otherwise every query over the union would find two dates for it."""
        day = self.reference_days.get(iri)
        if predicate == NG.electionDate and day is not None and _date(value) is None:
            return Literal(day.isoformat(), datatype=XSD.date)
        return value


def international(facts: list[Fact], bodies: set[URIRef]) -> set[URIRef]:
    """IRIs of actors that belong to no one state, so are not scoped by the report's:
    international organisations and missions (by type, or ``bodies`` of the reference),
    the people who head them or are their members (an organisation in an international
    network is still its state's), and a report's authors with the organisations they are
    members of (a scholar is not an actor of the state studied)."""
    people = {f.iri for f in facts if f.kind == FOAF.Person}
    found = set(bodies)
    found.update(f.iri for f in facts if _INTERNATIONAL_KINDS.intersection(_types(f)))
    authors: set[URIRef] = set()
    for fact in facts:
        for predicate, value in fact.values:
            if predicate == DCTERMS.creator and isinstance(value, URIRef):
                authors.add(value)
            elif predicate == NG.headOfMission and isinstance(value, URIRef):
                found.add(value)
    for fact in facts:
        member = _uri(_value(fact, ORG.member)) if fact.kind == ORG.Membership else None
        if member in people and _uri(_value(fact, ORG.organization)) in found:
            found.add(member)
        for predicate, value in fact.values:
            if predicate == ORG.memberOf and isinstance(value, URIRef):
                if value in found and fact.iri in people:
                    found.add(fact.iri)
                elif fact.iri in authors:
                    found.add(value)
    return found | authors


def _literal(fact: Fact, predicate: URIRef) -> str | None:
    value = _value(fact, predicate)
    return str(value) if isinstance(value, Literal) else None


def _uri(node: Node | None) -> URIRef | None:
    return node if isinstance(node, URIRef) else None


def _slug_or_none(text: str) -> str | None:
    try:
        return slug(text)
    except ValueError:
        return None


def _merge(facts: list[Fact]) -> list[Fact]:
    """Facts with one IRI (and one method) become one, in first-seen order."""
    merged: dict[tuple[URIRef, Method], Fact] = {}
    for fact in facts:
        key = (fact.iri, fact.method)
        first = merged.get(key)
        if first is None:
            merged[key] = fact
            continue
        for kind in _types(fact):
            if kind not in _types(first):
                first.extra_types.append(kind)
        first.absorb(fact)
        if first.label is None:
            first.label = fact.label
    return list(merged.values())


def resolve(extraction: Extraction, vocabulary: ReferenceVocabulary | None = None) -> Extraction:
    """The extraction with resolvable facts on canonical IRIs, merged, references rewritten.

    Facts of other kinds (recommendations, findings, complaints...) keep their IRIs; only
    their references to resolved facts change.
    """
    return _Resolver(extraction, vocabulary or default_vocabulary()).run()
