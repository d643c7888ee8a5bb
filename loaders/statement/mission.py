"""The mission or delegation an observer statement describes: its size (short- and
long-term observers, delegation members), the polling stations it observed, its period,
the regions it covered, the network member organisations and delegation members named
with their country, and the states they come from.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef

from normgraph.namespaces import FOAF, NG, ORG, SCHEMA, XSD, local_name

from ..extract.elections import date_value, state_fact
from ..extract.states import state_alternation, state_named
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.dates import MONTHS
from ..text.document import Document, Element, ElementKind
from ..text.hyphenation import prose_text
from ..text.source import Span

_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_NUMBER = r"(?P<n>\d+|" + "|".join(_NUMBERS) + r")"
_REGIONS = r"(?:oblast|region|province|district|county|marz|rayon)"
"""Words for a state's first-level regions, as "in six <word>s of <state>" lists them."""


def number(word: str) -> int:
    """A count written in digits or words ("310", "Thirty")."""
    return int(word.replace(",", "")) if word[0].isdigit() else _NUMBERS[word.lower()]


def _org(extraction: Extraction, slug: str, name: str, kind: URIRef, spans: list[Span]) -> Fact:
    fact = Fact(iri=mint("organisation", slug), kind=kind, label=name, evidence=list(spans))
    return extraction.merge(fact)


def front_matter(document: Document) -> Element | None:
    """The lines before the first section (a statement's opening paragraphs, when its
    title block runs straight into them) as one element, so they can be read and cited."""
    if not document.title_block:
        return None
    clean = prose_text(document.source, document.title_block)
    return Element(ElementKind.PARAGRAPH, list(document.title_block), document.root, _clean=clean)


def add_mission(
    extraction: Extraction, document: Document, report: Fact, issuer: URIRef
) -> Fact | None:
    """The mission or delegation: size, observers, dates, regions, members."""
    fact = Fact(
        iri=mint("mission", local_name(report.iri)),
        kind=NG.ObservationMission,
        label=f"{report.label} - mission",
    )
    fact.add(NG.deployedBy, issuer)

    front = front_matter(document)
    elements = ([front] if front is not None else []) + document.elements

    def first(pattern: str, flags: int = 0) -> tuple[Element, re.Match[str]] | None:
        for element in elements:
            match = re.search(pattern, element.text, flags)
            if match:
                return element, match
        return None

    figures = (
        (NG.shortTermObserverCount, rf"\b{_NUMBER} short-term (?:\w+ )?(?:monitors|observers)"),
        (NG.longTermObserverCount, rf"\b{_NUMBER} long-term (?:\w+ )?(?:monitors|observers)"),
        (
            NG.pollingStationsObserved,
            rf"observed [^.]*?at (?:more than )?{_NUMBER} polling stations",
        ),
        (
            NG.observerCount,
            rf"\b{_NUMBER}[ -]member (?:international )?(?:pre-election )?delegation",
        ),
        (NG.participatingStateCount, rf"member organizations of \w+ from {_NUMBER} countries"),
    )
    for prop, pattern in figures:
        hit = first(pattern, re.IGNORECASE)
        if hit:
            element, match = hit
            fact.add(prop, Literal(number(match.group("n").lower()), datatype=XSD.integer))
            fact.evidence.extend(element.spans(match.start(), match.end()))
    period = first(
        r"from (?P<m1>[A-Z][a-z]+) (?P<d1>\d{1,2}) to (?P<m2>[A-Z][a-z]+) (?P<d2>\d{1,2}), "
        r"(?P<y>\d{4})"
        r"|from (?P<m3>[A-Z][a-z]+) (?P<d3>\d{1,2})-(?P<d4>\d{1,2}), (?P<y2>\d{4})"
    )
    if period:
        element, match = period
        if match.group("m1"):
            y = int(match.group("y"))
            begin = date_value(y, MONTHS[match.group("m1").lower()], int(match.group("d1")))
            end = date_value(y, MONTHS[match.group("m2").lower()], int(match.group("d2")))
        else:
            y = int(match.group("y2"))
            month = MONTHS[match.group("m3").lower()]
            begin = date_value(y, month, int(match.group("d3")))
            end = date_value(y, month, int(match.group("d4")))
        fact.add(SCHEMA.startDate, begin)
        fact.add(SCHEMA.endDate, end)
        fact.evidence.extend(element.spans(match.start(), match.end()))
    regions = first(rf"in \w+ {_REGIONS}s of (?:the )?(?P<state>{state_alternation()})")
    named = state_named(regions[1].group("state")) if regions else None
    if regions and named is not None:
        element, match = regions
        for region in re.finditer(
            rf"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)? {_REGIONS}) \((?P<cities>[^()]+)\)",
            element.text[match.end() :],
        ):
            at = match.end() + region.start("name")
            spans = element.spans(at, match.end() + region.end())
            state = extraction.merge(state_fact(named.code, spans))
            area = Fact(
                iri=mint("region", named.key, region.group("name")),
                kind=NG.Region,
                label=region.group("name"),
                evidence=spans,
            )
            area.add(NG.country, state.iri)
            extraction.merge(area)
            fact.add(NG.region, area.iri)
    _members(extraction, elements, fact, issuer)
    _delegates(extraction, elements, fact)
    if not fact.evidence:
        return None
    extraction.add(fact)
    return fact


def _members(
    extraction: Extraction, elements: list[Element], mission: Fact, issuer: URIRef
) -> None:
    """Member organisations named with their country: "Name One" and "Name Two" (<state>)."""
    for element in elements:
        if not re.search(r"member organizations of \w+ from", element.text):
            continue
        text = element.text
        for name in re.finditer(r'"(?P<name>[^"]+)"', text):
            country = re.compile(r"\((?P<c>[A-Z][a-z]+)\)").search(text, name.end())
            if country is None or state_named(country.group("c")) is None:
                continue
            spans = element.spans(name.start("name"), name.end("name"))
            state = extraction.merge(
                state_fact(country.group("c"), element.spans(country.start(), country.end()))
            )
            org = _org(
                extraction,
                name.group("name"),
                name.group("name"),
                NG.CivilSocietyOrganisation,
                spans,
            )
            if (NG.country, state.iri) not in org.values:
                org.add(NG.country, state.iri)
            membership = Fact(
                iri=mint("membership", name.group("name"), local_name(issuer)),
                kind=ORG.Membership,
                label=f"{name.group('name')} in {str(issuer).rsplit('/', 1)[-1].upper()}",
                evidence=spans,
            )
            membership.add(ORG.member, org.iri)
            membership.add(ORG.organization, issuer)
            extraction.add(membership)
            if (NG.participatingState, state.iri) not in mission.values:
                mission.add(NG.participatingState, state.iri)


def _delegates(extraction: Extraction, elements: list[Element], mission: Fact) -> None:
    """Delegation members listed as "Name (Country), role; ..."."""
    for element in elements:
        lead = re.search(r"The delegation included:\s*", element.text)
        if not lead:
            continue
        for person in re.finditer(
            r"(?P<name>[A-Z][a-z]+ [A-Z][a-z]+) \((?P<c>[^)]+)\)", element.text[lead.end() :]
        ):
            at = lead.end()
            spans = element.spans(at + person.start(), at + person.end())
            fact = Fact(
                iri=mint("person", person.group("name")),
                kind=FOAF.Person,
                label=person.group("name"),
                evidence=spans,
            )
            extraction.merge(fact)
            membership = Fact(
                iri=mint("membership", person.group("name"), local_name(mission.iri)),
                kind=ORG.Membership,
                label=f"{person.group('name')} in the delegation",
                evidence=spans,
            )
            membership.add(ORG.member, fact.iri)
            membership.add(ORG.organization, mission.iri)
            extraction.add(membership)
            country = person.group("c")
            if state_named(country) is not None:
                state = extraction.merge(state_fact(country, spans))
                if (NG.participatingState, state.iri) not in mission.values:
                    mission.add(NG.participatingState, state.iri)


__all__ = ["add_mission", "front_matter", "number"]
