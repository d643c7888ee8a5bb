"""Who judges an earlier recommendation: the mission, else the organisation that issued
the report, never the report itself (a report is the evidence of a verdict, not its judge)."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import DCTERMS, NG
from tests.loaders.odihr_fixtures import PARLIAMENTARY, title_page

# An invented report whose introduction says nothing about the mission (no figures, head
# or deployment date), the layout of the synthetic scale reports; its body states verdicts.
NO_MISSION = (
    title_page("REPUBLIC OF MOLDOVA", "PRESIDENTIAL ELECTION", "3 March 2019", "20 June 2019")
    + """\
I. EXECUTIVE SUMMARY

The election was competitive and fundamental freedoms were generally respected.

II. INTRODUCTION AND ACKNOWLEDGMENTS

The mission wishes to thank the authorities for their co-operation.

III. LEGAL FRAMEWORK

The recommendation to shorten the deadlines for complaints, made in the previous final \
report, remains unaddressed. Previous recommendations on campaign finance were partially \
addressed by amendments in 2018.

IV. RECOMMENDATIONS

1. The Electoral Code should be amended to shorten the deadlines for complaints.
"""
)


def load(text: str) -> Extraction:
    return OdihrLoader().extract(SourceText("fixture", "fixture.txt", text))


def assessors(extraction: Extraction) -> list[URIRef]:
    return [
        v
        for fact in extraction.facts
        if fact.kind == NG.ImplementationAssessment
        for p, v in fact.values
        if p == NG.assessor and isinstance(v, URIRef)
    ]


def report_of(extraction: Extraction) -> Fact:
    (report,) = [fact for fact in extraction.facts if fact.kind == NG.Report]
    return report


def test_without_a_described_mission_the_issuing_organisation_judges() -> None:
    extraction = load(NO_MISSION)
    report = report_of(extraction)
    creators = {v for p, v in report.values if p == DCTERMS.creator}
    assert not [f for f in extraction.facts if f.kind == NG.ObservationMission]
    found = assessors(extraction)
    assert len(found) == 2
    assert report.iri not in found
    assert set(found) <= creators and creators
    organisations = {f.iri for f in extraction.facts if f.iri in creators}
    assert set(found) <= organisations, "the assessor is a node the extraction describes"


def test_with_a_described_mission_the_mission_judges() -> None:
    extraction = load(PARLIAMENTARY)
    (mission,) = [f for f in extraction.facts if f.kind == NG.ObservationMission]
    assert assessors(extraction) == [mission.iri]
