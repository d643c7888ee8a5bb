"""Actors typed by the words of their names, and retyped when a later cue tells their
kind (invented names and sentences, no real state or body; the names typed by their words
alone: ``tests/cases/actor_name_kinds.toml``)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.actor_kinds import apposed_person, kind_from_name
from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_cases import add_document_cases, case_kind
from normgraph.loaders.extract.complaint_reader import add_complaints
from normgraph.loaders.extract.elections import election_iri
from normgraph.loaders.extract.named_actors import add_named_actors
from normgraph.loaders.extract.organisations import find_organisations
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import FOAF, NG
from tests.case_tables import case_params


@pytest.mark.parametrize(
    ("name", "kind"), case_params("actor_name_kinds", "name", "kind", defaults={"kind": None})
)
def test_kind_from_the_words_of_a_name(name: str, kind: str | None) -> None:
    assert kind_from_name(name) == kind


DEFINED = """\
BACKGROUND

The law was amended by the governing Party of Green Renewal (PGR) and the opposition
Harbour Alliance (HAL). The Northern Public Broadcaster (NPB) gave free airtime, under
the eye of the National Agency for Media Oversight (NAMO). Complaints went to the
Complaints and Appeals Commission (CAC). The Youth Vote Initiative (YVI) and the Lakeshore
Heritage Trust (LHT) trained voters.
"""


def test_defined_organisations_typed_by_their_names() -> None:
    extraction = Extraction()
    document = parse_document(SourceText("t", "t.txt", DEFINED))
    organisations = find_organisations(extraction, document, "xx")
    kinds = {
        short: extraction.get(iri).kind  # type: ignore[union-attr]
        for short, iri in organisations.by_short.items()
    }
    assert kinds == {
        "PGR": NG.PoliticalParty,
        "HAL": NG.PoliticalParty,
        "NPB": NG.MediaOutlet,
        "NAMO": NG.StateBody,
        "CAC": NG.ElectionCommission,
        "YVI": NG.CivilSocietyOrganisation,
        "LHT": NG.CivilSocietyOrganisation,
    }


RETYPED = """\
ELECTION DISPUTES

On 3 May, Vigilant Ballot filed a complaint with the district commission. The largest
citizen observer organisation, Vigilant Ballot, deployed 700 observers.
"""


def test_a_fallback_kind_gives_way_to_a_cue() -> None:
    """A complainant first read as a state body for want of a telling word becomes the
    observer group a later cue says it is; a kind a cue gave is not undone by a fallback."""
    extraction = Extraction()
    actors = Actors(extraction, "xx")
    document = parse_document(SourceText("t", "t.txt", RETYPED))
    ballot = actors.get("Vigilant Ballot", "state-body", [])
    party = actors.get("Harbour Alliance", "party", [])
    add_named_actors(document, actors)
    actors.get("Harbour Alliance", "state-body", [])
    assert actors.facts[ballot].kind == NG.ObserverGroup
    assert actors.facts[party].kind == NG.PoliticalParty
    assert len([f for f in extraction.facts if f.label == "Vigilant Ballot"]) == 1


def test_settled_names_and_kinds() -> None:
    """A fallback state body yields to a party its words name, a fallback civil-society
    organisation to the election committee its words name; a candidate given with a
    party is the person; a cue's kind and a plain candidate are kept."""
    actors = Actors(Extraction(), "xx")
    party = actors.get("the Green Dawn party", "state-body", [])
    person = actors.get("Ana Lupu, Green Alliance", "candidate", [])
    ngo = actors.get("Riverside Council of Tenants' Organisations", "ngo", [])
    plain = actors.get("Ivo Marin", "candidate", [])
    committee = actors.get("Central Electoral Committee", "ngo", [])
    assert actors.facts[party].kind == NG.PoliticalParty
    assert actors.facts[committee].kind == NG.ElectionCommission
    assert actors.facts[person].label == "Ana Lupu"
    assert actors.facts[ngo].kind == NG.CivilSocietyOrganisation
    assert actors.facts[plain].label == "Ivo Marin"
    assert actors.facts[plain].kind == FOAF.Person


COMPLAINTS = """\
ELECTION DISPUTES

The Northern Media Agency (NMA) oversees campaign coverage.
The opposition Green Dawn Movement (GDM) is the largest.

On 2 May, the NMA lodged a complaint with the Central Election Commission alleging that a
candidate had bought airtime. The Central Election Commission rejected the complaint.

On 4 May, the GDM lodged a complaint with the Central Election Commission alleging that its
rallies had been obstructed. The Central Election Commission rejected the complaint.
"""


def test_a_complainant_named_by_its_acronym_is_what_its_name_says() -> None:
    """A body the report defines by its acronym and then names by it is typed by the words
    of its full name (an agency is a state body), a party when they tell nothing else."""
    extraction = Extraction()
    source = SourceText("disputes", "disputes.txt", COMPLAINTS)
    election = election_iri("xx", "parliamentary", "2030-05-20")
    add_complaints(extraction, parse_document(source), election, Actors(extraction, "xx"), 2030)
    kinds = {str(f.label): f.kind for f in extraction.facts if f.label}
    assert kinds["Northern Media Agency"] == NG.StateBody
    assert kinds["Green Dawn Movement"] == NG.PoliticalParty


def test_a_complainant_apposed_as_a_candidate_is_a_person() -> None:
    text = (
        "ELECTION DISPUTES\n\nOn 8 October, Mirela Dovan, an independent candidate for the"
        " mayoral race, filed a complaint with the Central Election Commission about her"
        " deregistration. The Central Election Commission rejected the complaint.\n\nOn 9"
        " October, Harbour Watch, a group of volunteers, filed a complaint with the Central"
        " Election Commission about access to counts. The commission rejected it.\n"
    )
    extraction = Extraction()
    document = parse_document(SourceText("t", "t.txt", text))
    add_document_cases(extraction, document, "t", Actors(extraction, "xx"))
    kinds = {str(f.label): f.kind for f in extraction.facts if f.label}
    assert kinds["Mirela Dovan"] == FOAF.Person
    assert kinds["Harbour Watch"] == NG.ObserverGroup
    assert apposed_person("Mirela Dovan", ", a voter in district 4")
    assert not apposed_person("Green Dawn Party", ", a candidate list")


def test_one_reading_for_complaint_bodies_and_named_actors() -> None:
    """Complaints type their bodies by the same reading as every other actor."""
    assert kind_from_name("Supreme Board of Elections") == "commission"
    assert kind_from_name("the PEC No. 12") == "commission"
    assert kind_from_name("the Orhei district court") == "court"
    assert kind_from_name("Committee of Voters for Honest Elections") != "commission"
    assert case_kind("Ministry of Justice") == kind_from_name("Ministry of Justice")
    assert case_kind("the mayor's office") == "state-body"


def test_a_broadcaster_s_name_outranks_a_civil_society_fallback() -> None:
    """A complainant read as an NGO for want of a cue is the broadcaster its name says."""
    actors = Actors(Extraction(), "xx")
    outlet = actors.get("TV Upland", "ngo", [])
    union = actors.get("Upland Union of Journalists", "ngo", [])
    assert actors.facts[outlet].kind == NG.MediaOutlet
    assert actors.facts[union].kind == NG.CivilSocietyOrganisation
