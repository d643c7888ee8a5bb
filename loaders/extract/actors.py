"""Actors an ODIHR report names, typed: commissions, courts, state bodies, parties,
candidates, NGOs and observer groups, media outlets, international organisations.

``INSTITUTIONS`` recognises the bodies every election has under their generic names
(a central election commission, a supreme court, a prosecutor's office...). ``Actors``
collects one fact per actor for an extraction, so that recommendations, complaints and
the actor pass all point to the same IRI, each mention adding its evidence.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

from rdflib import URIRef

from normgraph.namespaces import FOAF, NG, ORG
from normgraph.ontology import read_text

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element
from ..text.source import Span
from .actor_kinds import kind_from_name
from .state_data import Named, chambers

KINDS: dict[str, URIRef] = {
    "commission": NG.ElectionCommission,
    "court": NG.Court,
    "state-body": NG.StateBody,
    "party": NG.PoliticalParty,
    "candidate": FOAF.Person,
    "ngo": NG.CivilSocietyOrganisation,
    "observer-group": NG.ObserverGroup,
    "media": NG.MediaOutlet,
    "international": NG.InternationalOrganisation,
    "parliament": NG.Parliament,
}
"""Actor kinds and their classes; all but candidates (people) are ``org:Organization``s too."""
_FALLBACKS = frozenset({NG.StateBody, NG.CivilSocietyOrganisation})
"""The classes readers give a body when nothing in the text tells its kind."""


@dataclass(frozen=True)
class Institution:
    pattern: re.Pattern[str]
    name: str
    kind: str
    level: str | None = None


def _institution(pattern: str, name: str, kind: str, level: str | None = None) -> Institution:
    return Institution(re.compile(pattern), name, kind, level)


_GENERIC_CHAMBERS = re.compile(r"Parliament|Senate|Assembly|Council|House")


def _own_words(chamber: Named) -> list[str]:
    """The one-word names a state's data gives a chamber beyond the generic ones."""
    return [n for n in chamber.names if " " not in n and not _GENERIC_CHAMBERS.fullmatch(n)]


def _chamber(chamber: Named) -> Institution:
    """A chamber by its own names (the state's data gives them)."""
    names = "|".join(re.escape(n) for n in _own_words(chamber))
    return _institution(rf"\b(?:{names})\b", chamber.label, "parliament")


_CHAMBERS = tuple(_chamber(chamber) for chamber in chambers() if _own_words(chamber))
"""Chambers by the one-word names the states' data give them."""
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b(?!(?:The|A|An)\b)[A-Z][\w'\u2019-]*\s+$")
"""A capitalised word (not an article) just before a match: the match is part of a longer
name (a two-word chamber name is not the one-word chamber of another state's data)."""

INSTITUTIONS_FILE = "institutions.toml"


def read_institutions(text: str) -> tuple[Institution, ...]:
    """The institutions of ``ontology/institutions.toml``, in file order, the states'
    one-word chambers where its ``chambers`` entry stands. A malformed entry is an error
    naming it, not an institution silently never found."""
    found: list[Institution] = []
    for n, entry in enumerate(tomllib.loads(text).get("institution", []), start=1):
        if entry.get("chambers") is True:
            found.extend(_CHAMBERS)
            continue
        pattern, name, kind = entry.get("pattern"), entry.get("name"), entry.get("kind")
        level = entry.get("level")
        if not (isinstance(pattern, str) and isinstance(name, str) and kind in KINDS) or not (
            level is None or isinstance(level, str)
        ):
            raise ValueError(
                f"{INSTITUTIONS_FILE}: institution {n} needs a pattern, a name and a kind "
                f"of {sorted(KINDS)}"
            )
        try:
            found.append(_institution(pattern, name, kind, level))
        except re.error as error:
            raise ValueError(f"{INSTITUTIONS_FILE}: institution {n} ({name}): {error}") from error
    return tuple(found)


INSTITUTIONS = read_institutions(read_text(INSTITUTIONS_FILE))
"""Generic institutions; an empty name means "the matched words are the name"."""


def any_institution(institutions: tuple[Institution, ...]) -> re.Pattern[str]:
    """One alternation of every institution's pattern: it matches somewhere in a text
    exactly when one of them does (their patterns refer to no group by number, and are
    compiled without flags: ``tests/loaders/test_pattern_prefilters.py``), so one scan
    tells a sentence that names none (most of a report's) from the rest."""
    return re.compile("|".join(f"(?:{i.pattern.pattern})" for i in institutions))


_ANY_INSTITUTION = any_institution(INSTITUTIONS)


def find_institutions(text: str) -> list[tuple[int, int, Institution, str]]:
    """Non-overlapping institution mentions in ``text``: (start, end, institution, name)."""
    found: list[tuple[int, int, Institution, str]] = []
    if not _ANY_INSTITUTION.search(text):
        return found
    taken: list[tuple[int, int]] = []
    for institution in INSTITUTIONS:
        for match in institution.pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if institution in _CHAMBERS and _NAME_BEFORE.search(text[: match.start()][-40:]):
                continue
            taken.append((match.start(), match.end()))
            name = institution.name or match.group()
            found.append((match.start(), match.end(), institution, name))
    return sorted(found, key=lambda item: item[0])


def settled(name: str, kind: str) -> tuple[str, str]:
    """The name and kind to mint an actor under. A reader's fallback kind (a state body)
        yields to what the words of the name tell ("the People's Voice party" filing a
        complaint is a party), and a civil-society fallback to an election body's or a
    broadcaster's name ("TV X" appealing); a
        candidate given with a party ("Ana Lupu, Green Alliance") is the person."""
    if kind == "candidate":
        person, _, rest = name.partition(", ")
        if rest and kind_from_name(rest) == "party":
            return person, kind
        return name, kind
    if kind == "state-body":
        return name, kind_from_name(name) or kind
    if kind == "ngo" and kind_from_name(name) in ("commission", "media"):
        return name, str(kind_from_name(name))  # a civic "Union" stays what the reader said
    return name, kind


class Actors:
    """The actor facts of one extraction, keyed by IRI; each mention adds evidence."""

    def __init__(self, extraction: Extraction, country: str) -> None:
        self.extraction = extraction
        self.country = country
        self.facts: dict[URIRef, Fact] = {}

    def iri(self, name: str, kind: str) -> URIRef:
        if kind == "candidate":
            return mint("person", name)
        if kind == "international":
            return mint("organisation", name)
        return mint("organisation", self.country, name)

    def person(self, name: str, evidence: list[Span]) -> URIRef:
        """A person named in the report (not a candidate): ``foaf:Person``."""
        iri = mint("person", name)
        fact = self.facts.get(iri)
        if fact is None:
            fact = Fact(iri=iri, kind=FOAF.Person, label=name)
            fact.add(FOAF.name, name)
            self.facts[iri] = fact
            self.extraction.add(fact)
        fact.evidence.extend(s for s in evidence if s not in fact.evidence)
        return iri

    def placeholder(self, iri: URIRef, label: str, evidence: list[Span]) -> URIRef:
        """An agent the report mentions without naming ("an NGO"): ``foaf:Agent``."""
        fact = Fact(iri=iri, kind=FOAF.Agent, label=label, evidence=list(evidence))
        self.facts[iri] = fact
        self.extraction.add(fact)
        return iri

    def get(self, name: str, kind: str, evidence: list[Span], level: str | None = None) -> URIRef:
        """The actor's IRI, creating its fact on first mention (under the name and kind
        ``settled`` reads). A fact first typed by a
        reader's fallback (a complainant read as a state body, a body as an NGO, for want
        of a telling word) takes the kind a later mention's cue gives it."""
        name, kind = settled(name, kind)
        iri = self.iri(name, kind)
        fact = self.facts.get(iri)
        if fact is not None and fact.kind in _FALLBACKS and KINDS[kind] not in _FALLBACKS:
            fact.kind = KINDS[kind]
        if fact is None:
            extra = [] if kind == "candidate" else [ORG.Organization]
            fact = Fact(iri=iri, kind=KINDS[kind], label=name, extra_types=extra)
            fact.add(FOAF.name, name)
            self.facts[iri] = fact
            self.extraction.add(fact)
        for span in evidence:
            if span not in fact.evidence:
                fact.evidence.append(span)
        return iri


@dataclass(frozen=True)
class Candidate:
    """A candidate as the report introduces them, with the party they lead or stand for;
    offsets are into the clean text of ``element``."""

    name: str
    name_at: tuple[int, int]
    party: str | None
    party_at: tuple[int, int] | None
    element: Element


_CANDIDATE = re.compile(
    r"(?:Mr\.|Ms\.|Mrs\.|Dr\.)\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3})"
    r"(?P<rest>[^;]*)"
)
_AFFILIATION = re.compile(
    r"(?:leader of|chairperson of|of|nominated by)\s+(?:the\s+)?"
    r"(?P<party>(?:[A-Z][\w'-]*|'[^']+')(?:\s+(?:[A-Z][\w'-]*|of|'[^']+'))*"
    r"(?:\s+\([A-Z]{2,}\))?)"
)


def find_candidates(elements: list[Element]) -> list[Candidate]:
    """Candidates from a sentence such as "Four candidates participated in this election:
    Mr. A, leader of X; Mr. B of the Y Party (YP); and Mr. C, chairperson of Z"."""
    found: list[Candidate] = []
    for element in elements:
        text = element.text
        lead = re.search(r"\bcandidates (?:participated|were registered|stood)[^:.]*:", text)
        if lead is None:
            continue
        end = lead.end()
        while True:
            end = text.find(".", end + 1)
            if end < 0 or not re.search(r"(?:Mr|Ms|Mrs|Dr)$", text[:end]):
                break
        listing = text[lead.end() : end if end > 0 else len(text)]
        for part in re.finditer(r"[^;]+", listing):
            match = _CANDIDATE.search(part.group())
            if match is None:
                continue
            base = lead.end() + part.start()
            party, party_at = None, None
            affiliation = _AFFILIATION.search(match.group("rest"))
            if affiliation:
                party = affiliation.group("party").strip()
                start = base + match.start("rest") + affiliation.start("party")
                party_at = (start, start + len(party))
            name_at = (base + match.start("name"), base + match.end("name"))
            found.append(Candidate(match["name"], name_at, party, party_at, element))
    return found


_REFUSED = re.compile(
    r"(?P<a>[A-Z][\w-]+ [A-Z][\w-]+), (?:a|the) [^.;]*?\bcandidate\b[^.;]*? was "
    r"(?:denied|refused) registration"
    r"|\brejected (?:candidates?|nominees?),\s+(?P<b>[A-Z][\w-]+ [A-Z][\w-]+),"
)


def find_refused(document: Document) -> list[tuple[str, list[Span]]]:
    """Nominees the report says were refused registration ("X, a self-nominated candidate
    ..., was denied registration"; "one of the rejected candidates, X,"), in the body or
    a footnote: (name, spans of the name)."""
    found: list[tuple[str, list[Span]]] = []
    for sentence in document.sentences():
        for match in _REFUSED.finditer(sentence.text):
            group = "a" if match.group("a") else "b"
            found.append((match.group(group), sentence.spans(*match.span(group))))
    return found


_ITEM = (
    r"(?:[Tt]he\s+)?(?:unregistered\s+|ruling\s+)?"
    r"(?P<n>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of))*?(?:\s+[A-Z][\w'-]*)?)"
    r"(?:\s+\([A-Z]{2,}\))?(?:\s+party\b)?"
)
_SEPARATOR = r"(?:,\s+(?:and\s+)?|\s+and\s+)"
_LISTING = re.compile(rf"{_ITEM}(?:{_SEPARATOR}{_ITEM})+".replace("?P<n>", ""))


def find_listed_parties(text: str, known: dict[str, str]) -> list[tuple[str, int, int]]:
    """Parties named beside a known party in one enumeration ("SDP, Freedom, Bright Path,
    the Labour Party and the unregistered Forward party"): (name, start, end) of each item
    that is not yet known and names no institution. An enumeration with no known party
    in it (regions, outlets, people) yields nothing."""
    found: list[tuple[str, int, int]] = []
    for listing in _LISTING.finditer(text):
        items = [
            (m.group("n"), listing.start() + m.start("n"), listing.start() + m.end("n"))
            for m in re.finditer(_ITEM, listing.group())
        ]
        if not any(name in known for name, _, _ in items):
            continue
        for name, start, end in items:
            if name in known or find_institutions(name) or len(name) < 3:
                continue
            if re.match(r"(?:Mr|Ms|Mrs|Dr|In|On|At|By|For|While|Some|Both)\b", name):
                continue
            found.append((name, start, end))
    return found


_TITLED = re.compile(
    r"\b(?:Mr|Ms|Mrs|Dr)\.\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})"
    r"|(?P<apposed>[A-Z][\w-]+\s+[A-Z][\w-]+),\s+(?:a|the)\s+(?:[\w-]+\s+)?candidate\b"
    r"|\bcandidates?,\s+(?P<named>[A-Z][\w-]+\s+[A-Z][\w-]+),"
)
_NOT_GIVEN_NAMES = {"President", "Ambassador", "Senator", "Head", "Mr", "Ms", "The"}


def add_people(document: Document, actors: Actors) -> None:
    """People the report names ("Mr. Tonino Picula", "Mr. Duambekov", "One of the rejected
    candidates, Salim Oten,"): one ``foaf:Person`` each, a surname alone joined to the one
    person already known by it (a candidate, the head of mission), else to a full name the
    text gives elsewhere, else kept as the surname."""
    for sentence in document.sentences():
        for match in _TITLED.finditer(sentence.text):
            group = next(g for g in ("name", "apposed", "named") if match.group(g))
            name = match.group(group)
            if name.split()[0] in _NOT_GIVEN_NAMES:
                continue
            spans = sentence.spans(match.start(group), match.end(group))
            actors.person(_full_name(document, actors, name), spans)


def _full_name(document: Document, actors: Actors, name: str) -> str:
    if " " in name:
        return name
    known = {
        str(f.label)
        for f in actors.facts.values()
        if f.kind == FOAF.Person and str(f.label).split()[-1] == name
    }
    if len(known) == 1:
        return known.pop()
    given = {
        m.group()
        for m in re.finditer(rf"\b[A-Z][\w-]+ {re.escape(name)}\b", document.source.text)
        if m.group().split()[0] not in _NOT_GIVEN_NAMES
    }
    return given.pop() if len(given) == 1 else name
