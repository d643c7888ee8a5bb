"""The organisations a programme report names: every "Full Name (ACRONYM)" it defines,
typed by what it is (donor, international organisation, election commission, observer
group, else civil-society organisation), and the Kazakh parties it names, one IRI per party
whatever name the report uses (the Civic Party, the Agrarian Party and the Civic/Agrarian
bloc AIST stay apart).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef

from ...namespaces import NG
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element

_ACRONYM = re.compile(
    r"(?:the )?(?P<name>(?:[A-Z][\w.'/-]*|of|for|and|the|in|on)(?: (?:[A-Z][\w.'/-]*|of|for|"
    r"and|the|in|on))*?)'?s?'? \((?P<short>[A-Z]{2,6})\)"
)
_NOT_ORGS = {"PVT", "TOT", "LYV"}
PARTIES = {
    "otan": ("Otan", r"\bOtan\b"),
    "asar": ("Asar", r"\bAsar\b"),
    "aist": ("Civic/Agrarian bloc (AIST)", r"\bAIST\b|Civic/Agrarian bloc"),
    "dck": ("Democratic Choice of Kazakhstan", r"\bDCK\b|Democratic Choice of Kazakhstan"),
    "ak-zhol": ("Ak Zhol", r"\bAk Zhol\b"),
    "civic-party": ("Civic Party", r"\bCivic(?! groups| organizations|/)(?: [Pp]arty)?\b"),
    "agrarian-party": ("Agrarian Party", r"(?<!/)\bAgrarian(?! \()(?: [Pp]arty)?\b"),
    "rnpk": ("Republican People's Party of Kazakhstan", r"\bRNPK\b"),
    "communist-party": ("Communist Party", r"\bCommunist(?! party\b(?! of))\b"),
    "azamat": ("Azamat", r"\bAzamat\b"),
    "peoples-congress": ("People's Congress", r"People's Congress"),
    "udp": ("United Democratic Party", r"\bUDP\b|United Democratic Party"),
    "patriotic-party": ("Patriotic Party", r"\bPatriotic\b"),
}
"""Kazakh parties the report names, each by the names it uses (one IRI per party)."""
_DONORS = {"USAID", "NED", "AED"}
_STATE_BODIES = {"CEC": NG.ElectionCommission}
_INTERNATIONAL = {"OSCE", "EU", "UN"}
_OBSERVERS = {"RNIM", "ENEMO", "CVU"}


@dataclass
class Organisations:
    """The organisations the report names, by acronym and by party name."""

    extraction: Extraction
    by_short: dict[str, URIRef]

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
        """Parties named in ``element.text[start:end]``, one IRI per party."""
        text = element.text[start:end]
        found: list[URIRef] = []
        for slug, (name, pattern) in PARTIES.items():
            party_match = re.search(pattern, text)
            if party_match:
                spans = element.spans(start + party_match.start(), start + party_match.end())
                party = Fact(
                    iri=mint("organisation", slug),
                    kind=NG.PoliticalParty,
                    label=name,
                    evidence=spans,
                )
                found.append(self.extraction.merge(party).iri)
        return list(dict.fromkeys(found))


def find_organisations(extraction: Extraction, document: Document) -> Organisations:
    """Organisations introduced as "Full Name (ACRONYM)", typed by what they are."""
    by_short: dict[str, URIRef] = {}
    for element in document.elements:
        for match in _ACRONYM.finditer(element.text):
            short = match.group("short")
            # "The Youth Information Service ...", "... Organizations' (ENEMO)": the name
            # without the article or the possessive.
            name = re.sub(r"^The |['\u2019]s?$", "", match.group("name").strip())
            if short in _NOT_ORGS or short in by_short or short in ("DCK", "UDP", "RNPK", "AIST"):
                continue
            if not name[:1].isupper() or len(name.split()) < 2:
                continue
            kind = _STATE_BODIES.get(short, NG.CivilSocietyOrganisation)
            extra: list[URIRef] = []
            if short in _DONORS:
                kind = NG.Donor
            elif short in _INTERNATIONAL:
                kind = NG.InternationalOrganisation
            elif short in _OBSERVERS:
                extra.append(NG.ObserverGroup)
            fact = Fact(
                iri=mint("organisation", short),
                kind=kind,
                label=name,
                evidence=element.spans(match.start("name"), match.end()),
                extra_types=extra,
            )
            fact.add(NG.shortName, short)
            by_short[short] = extraction.merge(fact).iri
    return Organisations(extraction, by_short)


__all__ = ["PARTIES", "Organisations", "find_organisations"]
