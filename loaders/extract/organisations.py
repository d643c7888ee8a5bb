"""The organisations a report names: every "Full Name (ACRONYM)" it defines, typed by
what the reference data says it is (donor, international organisation, observer group),
or by the words of its name (a party, a broadcaster, a state body), else a civil-society
organisation; and the parties of the report's state it names, by the names the state's
data gives them (one IRI per party whatever name the report uses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rdflib import URIRef

from normgraph.namespaces import NG

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element
from .actor_kinds import kind_from_name
from .actors import KINDS
from .state_data import Named, reference_types, state_data

_ACRONYM = re.compile(
    r"(?:the )?(?<![\w'\u2019-])(?P<name>[A-Z][\w.'/-]*(?: (?:[A-Z][\w.'/-]*|of|for|and|the|in|"
    r"on|a))*?)'?s?'? \((?P<short>[A-Z]{2,6})\)"
)
"""A name defined with its acronym: whole words from a capitalised one ("the opposition
Harbour Alliance (HAL)" defines "Harbour Alliance", not "on Harbour Alliance")."""
_NOT_ORGS = {"PVT", "TOT", "LYV"}
_COMMISSION = re.compile(r"\bElect(?:ion|oral|ions) Commission\b")
_REFERENCE_TYPES: tuple[tuple[URIRef, URIRef, list[URIRef]], ...] = (
    (NG.Donor, NG.Donor, []),
    (NG.InternationalOrganisation, NG.InternationalOrganisation, []),
    (NG.ObserverGroup, NG.CivilSocietyOrganisation, [NG.ObserverGroup]),
)
"""Reference type -> (class, extra classes) an acronym-defined organisation gets."""


def organisation_kind(short: str, name: str) -> tuple[URIRef, list[URIRef]]:
    """The class (and extra classes) of an organisation the report defines: the reference
    data's type, else what the words of its name tell (``kind_from_name``), else a
    civil-society organisation."""
    if _COMMISSION.search(name):
        return NG.ElectionCommission, []
    types = reference_types(short) | reference_types(name)
    for reference, kind, extra in _REFERENCE_TYPES:
        if reference in types:
            return kind, list(extra)
    told = kind_from_name(name)
    if told == "observer-group":
        return NG.CivilSocietyOrganisation, [NG.ObserverGroup]
    if told is not None and told != "candidate":
        return KINDS[told], []
    return NG.CivilSocietyOrganisation, []


@dataclass
class Organisations:
    """The organisations the report names, by acronym and by party name."""

    extraction: Extraction
    by_short: dict[str, URIRef]
    country: str = ""
    """ISO code (lower case) of the report's state, whose parties are looked for."""

    def find(self, element: Element, start: int, end: int) -> list[URIRef]:
        """Organisations named in ``element.text[start:end]`` (merged with new evidence)."""
        text = element.text[start:end]
        found: list[URIRef] = []
        for short, iri in self.by_short.items():
            for match in re.finditer(rf"\b{re.escape(short)}\b", text):
                fact = self.extraction.get(iri)
                assert fact is not None
                spans = element.spans(start + match.start(), start + match.end())
                fact.evidence.extend(s for s in spans if s not in fact.evidence)
                found.append(iri)
                break
        found.extend(self.parties(element, start, end))
        return list(dict.fromkeys(found))

    def parties(self, element: Element, start: int, end: int) -> list[URIRef]:
        """Parties of the report's state named in ``element.text[start:end]``, one IRI each."""
        text = element.text[start:end]
        found: list[URIRef] = []
        for party, match in find_parties(text, self.country):
            spans = element.spans(start + match.start(), start + match.end())
            fact = Fact(iri=party.iri, kind=NG.PoliticalParty, label=party.label, evidence=spans)
            found.append(self.extraction.merge(fact).iri)
        return list(dict.fromkeys(found))


def find_parties(text: str, country: str) -> list[tuple[Named, re.Match[str]]]:
    """The first place ``text`` names each party of ``country``'s data. A one-word name
    (a short name in "the X and Y parties") counts only where no capitalised word but
    "Party", no slash and no noun it would qualify ("groups") follows it."""
    found: dict[URIRef, tuple[Named, re.Match[str]]] = {}
    for party in state_data(country).parties:
        pattern = _party_pattern(party)
        for match in pattern.finditer(text):
            if " " not in match.group() and _MODIFIES.match(text, match.end()):
                continue
            found.setdefault(party.iri, (party, match))
            break
    return sorted(found.values(), key=lambda pair: list(state_data(country).parties).index(pair[0]))


_MODIFIES = re.compile(r"/|\s+(?!Part(?:y|ies)\b)[A-Z]|\s+(?:groups?|organi[sz]ations?|society)\b")


@cache
def _party_pattern(party: Named) -> re.Pattern[str]:
    """One party's names: several words in any case, one word (a short name) as written."""
    names = sorted(party.names, key=lambda n: (-len(n), n))
    body = "|".join(
        re.escape(n).replace(r"\ ", r"\s+") if " " not in n else f"(?i:{re.escape(n)})"
        for n in names
    )
    return re.compile(rf"(?<![\w/-])(?:{body})(?![\w/-])")


def find_organisations(extraction: Extraction, document: Document, country: str) -> Organisations:
    """Organisations introduced as "Full Name (ACRONYM)", typed by what they are; the
    parties of ``country`` (its data's) are parties, not organisations."""
    parties = {n for party in state_data(country).parties for n in party.names}
    by_short: dict[str, URIRef] = {}
    for element in document.elements:
        for match in _ACRONYM.finditer(element.text):
            short = match.group("short")
            # "The Youth Information Service ...", "... Organizations' (ENMO)": the name
            # without the article or the possessive.
            name = re.sub(r"^The |['\u2019]s?$", "", match.group("name").strip())
            if short in _NOT_ORGS or short in by_short or short in parties:
                continue
            if not name[:1].isupper() or len(name.split()) < 2:
                continue
            kind, extra = organisation_kind(short, name)
            fact = Fact(
                iri=mint("organisation", short),
                kind=kind,
                label=name,
                evidence=element.spans(match.start("name"), match.end()),
                extra_types=extra,
            )
            fact.add(NG.shortName, short)
            by_short[short] = extraction.merge(fact).iri
    return Organisations(extraction, by_short, country)


__all__ = ["Organisations", "find_organisations", "find_parties", "organisation_kind"]
