"""What a programme report says about the parties it names: when each was founded and
who leads it.

"<Party> (<gloss>), founded in 1999 and chaired by President <Name>" gives the party a
founding year and a chair; "Two <PARTY> leaders, <Name One> and <Name Two>" and "<Party>
party deputy chairman, <Name>" give leaders with their role. Each
leader is a person with an ``org:Membership`` in the party (its role as a comment, as the
curated facts write it); descriptions before a name ("his daughter", "presidential
supporter") are not part of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import URIRef

from normgraph.namespaces import FOAF, ORG, RDFS, SCHEMA, local_name

from ..extract.elections import date_value
from ..extract.state_data import Named, names_pattern
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Element

_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_PERSON = rf"{_NAME} {_NAME}|(?:President|Mr\.|Ms\.) {_NAME}"
_FOUNDED = re.compile(
    r"\s*(?:\([^)]*\))?,\s+founded in (?P<year>\d{4})"
    rf"(?:\s+and\s+(?:chaired|led|headed) by\s+[^;.]*?(?P<chair>{_PERSON}))?(?=[;.,]|$)"
)
_LEADERS = re.compile(
    rf"\s+(?:party\s+)?(?P<role>leaders?|chair(?:man|person)?|deputy chair(?:man|person)?)"
    rf",\s+(?P<names>(?:{_PERSON})(?:,?\s+and\s+(?:{_PERSON}))*)"
)


def add_party_profiles(
    extraction: Extraction, elements: Iterable[Element], parties: Iterable[Named]
) -> None:
    """Founding years and leaders of ``parties`` (the state's, by their names) as written."""
    parties = list(parties)
    for element in elements:
        text = element.text
        for named in parties:
            pattern = names_pattern([named])
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                party = extraction.get(named.iri)
                if party is None:
                    continue
                founded = _FOUNDED.match(text, match.end())
                if founded:
                    year = date_value(int(founded.group("year")))
                    if (SCHEMA.foundingDate, year) not in party.values:
                        party.add(SCHEMA.foundingDate, year)
                        party.evidence.extend(element.spans(match.start(), founded.end("year")))
                    if founded.group("chair"):
                        at = founded.start("chair")
                        _person(extraction, element, party.iri, founded.group("chair"), at, "chair")
                led = _LEADERS.match(text, match.end())
                if led:
                    role = re.sub(r"s$", "", led.group("role"))
                    names = led.group("names")
                    for person in re.finditer(_PERSON, names):
                        at = led.start("names") + person.start()
                        _person(extraction, element, party.iri, person.group(), at, role)


def _person(
    extraction: Extraction, element: Element, party: URIRef, name: str, at: int, role: str
) -> None:
    spans = element.spans(at, at + len(name))
    person = Fact(iri=mint("person", name), kind=FOAF.Person, label=name, evidence=list(spans))
    person.add(FOAF.name, name)
    person = extraction.merge(person)
    party_name = local_name(party)
    membership = Fact(
        iri=mint("membership", name, party_name),
        kind=ORG.Membership,
        label=f"{name} in {party_name}",
        evidence=list(spans),
    )
    membership.add(ORG.member, person.iri)
    membership.add(ORG.organization, party)
    membership.add(RDFS.comment, f"role: {role}")
    extraction.merge(membership)


__all__ = ["add_party_profiles"]
