"""A donor narrative report of a domestic observer network, invented for this test (its
state, network and donor are made up; the layout is the one such reports use): a ruled
PROJECT SUMMARY block instead of a sentence stating the programme, a dated title page,
logframe-coded activities (A1.1), unnumbered recommendations under addressee headings, and
a tracker of earlier recommendations with a status column. What a careful reader marks is
asserted below.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import DCTERMS, Literal, URIRef

from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA, XSD
from tests.loaders.fact_lookup import facts, value, values

TEXT = Path(__file__).parent / "programme_texts" / "summary_block.txt"


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return ProgrammeLoader().extract(
        SourceText("programme-report", TEXT.name, TEXT.read_text(encoding="utf-8"))
    )


def _report(extraction: Extraction) -> Fact:
    [report] = facts(extraction, NG.Report)
    return report


def _label(extraction: Extraction, iri: object) -> str:
    fact = extraction.get(iri) if isinstance(iri, URIRef) else None
    assert fact is not None
    return str(fact.label)


def test_the_report_is_identified_by_its_grantee_and_dated_title_page(
    extraction: Extraction,
) -> None:
    report = _report(extraction)
    assert [_label(extraction, c) for c in values(report, DCTERMS.creator)] == ["Civic Vote Watch"]
    assert values(report, DCTERMS.issued) == [Literal("2024-04-15", datatype=XSD.date)]


def test_the_programme_is_read_from_the_summary_block(extraction: Extraction) -> None:
    [programme] = facts(extraction, NG.Programme)
    assert programme.label == "Citizens Watching the Vote"
    assert [_label(extraction, v) for v in values(programme, NG.implementer)] == [
        "Civic Vote Watch"
    ]
    assert [_label(extraction, v) for v in values(programme, NG.donor)] == [
        "Nordic Fund for Democratic Governance"
    ]
    assert [str(v) for v in values(programme, NG.fundingReference)] == ["NFDG-2023-045"]
    assert str(value(programme, SCHEMA.startDate)) == "2023-03-01"
    assert str(value(programme, SCHEMA.endDate)) == "2024-02-28"
    assert str(value(programme, NG.country)).endswith("/state/bg")


def test_logframe_coded_activities_are_activities(extraction: Extraction) -> None:
    numbers = sorted(str(value(a, NG.number)) for a in facts(extraction, NG.ProgrammeActivity))
    assert numbers == ["A1.1", "A1.2", "A2.1"]


def test_bullets_under_an_addressee_heading_address_it(extraction: Extraction) -> None:
    recommendations = sorted(
        facts(extraction, NG.Recommendation), key=lambda f: int(str(value(f, NG.order)))
    )
    addressed = [[_label(extraction, a) for a in values(r, NG.addressee)] for r in recommendations]
    assert addressed == [
        ["Central Election Commission"],
        ["Central Election Commission"],
        ["Parliament"],
    ]
    assert str(value(recommendations[1], NG.text)) == (
        "Train polling staff on the secrecy of the vote."
    )


def test_tracker_rows_and_follow_up_sentences_are_assessments(extraction: Extraction) -> None:
    statuses = sorted(
        str(value(a, NG.status)).rsplit("/", 1)[-1]
        for a in facts(extraction, NG.ImplementationAssessment)
    )
    assert statuses == [
        "fully-implemented",
        "fully-implemented",
        "not-implemented",
        "not-implemented",
        "partially-implemented",
    ]
    texts = {str(value(a, NG.text)) for a in facts(extraction, NG.ImplementationAssessment)}
    assert "Publish the voter list for public scrutiny" in texts
