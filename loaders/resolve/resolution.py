"""Entity resolution: one node per actor, law, instrument, provision, norm and election.

A pipeline stage between extraction and RDF. Reports spell the same thing many ways
(Zhogorku / Jogorku, Toqayev / Tokaev, CEC / Central Electoral Commission, Election
Law / Constitutional Law "On Elections", "September 19, 2004" / "the 2004 parliamentary
elections"); :func:`resolve` rewrites the IRIs of resolvable facts to canonical IRIs, so
every document that mentions a thing points to the same node:

1. a name is compared by its *normalised form* (:func:`normalise`: case, accents, quotes,
   a leading "the", an acronym in brackets, transliteration variants);
2. a form listed in the reference vocabulary (``ontology/reference.ttl``, plus the
   instruments, provisions and norms of ``vocabularies/*.ttl``) gives its canonical IRI,
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

from rdflib import Literal, URIRef
from rdflib.term import Node

from normgraph.namespaces import DCTERMS, FOAF, ID, NG, ORG, SKOS, XSD, local_name

from ..extract.elections import election_iri
from ..rdf.facts import Extraction, Fact, Method
from ..rdf.iris import minted, slug
from .vocabulary import (
    INTERNATIONAL_KINDS,
    PARTS,
    ReferenceVocabulary,
    as_date,
    as_year,
    country_code_of,
    default_vocabulary,
    family,
    normalise,
)

_SCOPED = frozenset({"person", "party", "organisation"})
"""Families whose unlisted names are minted under the report's state, like laws."""


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
                day = as_date(_value(fact, NG.electionDate))
                if day is not None:
                    return day
        return None

    def run(self) -> Extraction:
        facts = self.extraction.facts
        for fact in facts:
            kind = family(_types(fact))
            if kind is not None and kind not in PARTS and kind != "election":
                self._map(fact.iri, self._named(fact, kind))
        for fact in facts:
            if family(_types(fact)) == "election":
                self._map(fact.iri, self._election(fact))
        for fact in facts:
            kind = family(_types(fact))
            if kind in PARTS:
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
                code = country_code_of(_uri(_value(fact, NG.country)), self.codes)
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
            return country_code_of(self.mapping.get(owner, owner), self.codes)
        parts = minted(fact.iri)
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
            if local_name(fact.iri) == _slug_or_none(name):
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
        country = country_code_of(country_node, self.codes)
        type_node = _value(fact, NG.electionType)
        day_node = _value(fact, NG.electionDate)
        day = as_date(day_node) or as_year(day_node)
        if type_node is None or day is None:
            return None
        kind = local_name(type_node)
        found = self.vocabulary.election(country, kind, day)
        if found is not None or not isinstance(day, datetime.date) or country is None:
            return found
        return election_iri(country, kind, day.isoformat())

    def _part(self, fact: Fact, kind: str) -> URIRef | None:
        parent = _uri(_value(fact, PARTS[kind]))
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
        """An election the reference dates to the day keeps that day: a year or month given
        for it, or another day (a second round's, a misprint: ``Vocabulary.election``
        resolves those to the year's one election), would give it two dates in every query
        over the union (and an answer listing it once per date)."""
        day = self.reference_days.get(iri)
        if predicate == NG.electionDate and day is not None and as_date(value) != day:
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
    found.update(f.iri for f in facts if INTERNATIONAL_KINDS.intersection(_types(f)))
    authors: set[URIRef] = set()
    creator, head, member_of = DCTERMS.creator, NG.headOfMission, ORG.memberOf  # read once
    for fact in facts:
        for predicate, value in fact.values:
            if predicate == creator and isinstance(value, URIRef):
                authors.add(value)
            elif predicate == head and isinstance(value, URIRef):
                found.add(value)
    for fact in facts:
        member = _uri(_value(fact, ORG.member)) if fact.kind == ORG.Membership else None
        if member in people and _uri(_value(fact, ORG.organization)) in found:
            found.add(member)
        for predicate, value in fact.values:
            if predicate == member_of and isinstance(value, URIRef):
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
