"""Knowledge is data, never code: no name of an OSCE participating State, of its capital,
or of a party, person, place or non-governmental organisation the reference data lists,
appears in the code of loaders/ or core/ (docstrings and comments included).

The names come from the data themselves (``ontology/participating-states.toml`` through
``normgraph.loaders.extract.states``, and ``ontology/reference.ttl`` with
``ontology/states/*.ttl``), so a name added to the data is checked from then on. A
failure lists file:line and name.
"""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import URIRef

from normgraph.loaders.extract.states import participating_states
from normgraph.namespaces import FOAF, NG, RDF, RDFS, SCHEMA, SKOS
from normgraph.ontology import reference_vocabulary_graph

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("loaders", "core")

SCANNED_CLASSES = (
    NG.PoliticalParty,
    NG.CivilSocietyOrganisation,
    NG.ObserverGroup,
    NG.Donor,
    NG.Region,
    SCHEMA.Place,
    FOAF.Person,
)
"""Whose every name is proper to it. State bodies and laws are named generically
("Central Election Commission", "Civil Code") and international organisations (OSCE,
ODIHR) define the genres the loaders read; their state-specific names carry the state's
name, which is checked anyway."""

GENERIC = {
    "Agrarian Party",
    "Civic Party",
    "Communist Party",
    "Communist People's Party",
    "Party of Patriots",
    "Patriotic Party",
    "People's Congress",
    "United Democratic Party",
}
"""Party names that are ordinary English phrases any state's party may bear."""


def _reference_names() -> set[str]:
    graph = reference_vocabulary_graph()
    names: set[str] = set()
    for kind in SCANNED_CLASSES:
        for subject in graph.subjects(RDF.type, kind):
            for predicate in (SKOS.prefLabel, RDFS.label, SKOS.altLabel):
                names.update(str(name) for name in graph.objects(subject, predicate))
    for subject, word in graph.subject_objects(SKOS.hiddenLabel):
        if isinstance(subject, URIRef):
            names.add(str(word))  # words a state's reports use for its bodies ("Majilis")
    for subject in graph.subjects(RDF.type, NG.Parliament):
        for name in graph.objects(subject, SKOS.altLabel):
            if " " not in str(name) and str(name) not in ("Parliament", "Senate"):
                names.add(str(name))
    return names


def forbidden_names() -> set[str]:
    """Every name the code must not contain."""
    names: set[str] = set()
    for state in participating_states():
        names.update(state.names)
        names.update(state.capitals)
        names.update(a for a in state.adjectives if a not in LANGUAGES)
    names.update(_reference_names())
    return {n for n in names if n not in GENERIC and len(n) > 2}


LANGUAGES = {"Russian", "English", "French", "German", "Spanish"}
"""Adjectives that also name a language a loader may detect a text in."""


def _pattern(names: set[str]) -> re.Pattern[str]:
    ordered = sorted(names, key=lambda n: (-len(n), n))
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")


def violations() -> list[str]:
    pattern = _pattern(forbidden_names())
    found = []
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                for match in pattern.finditer(line):
                    where = path.relative_to(ROOT)
                    found.append(f"{where}:{number}: {match.group()!r}")
    return found


def test_the_names_to_look_for_come_from_the_data() -> None:
    names = forbidden_names()
    for expected in ("Kazakhstan", "Kyrgyz Republic", "Tbilisi", "Kazakh", "NDI", "USAID"):
        assert expected in names, expected
    assert {"Nazarbayev", "Nur Otan", "Almaty", "Astana", "Majilis", "ENEMO"} <= names


def test_no_state_organisation_person_or_place_is_named_in_code() -> None:
    found = violations()
    assert not found, "names in code (move them to data):\n" + "\n".join(found)
