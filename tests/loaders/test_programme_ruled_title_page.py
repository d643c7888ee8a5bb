"""A programme report whose title page is a ruled two-column table ("| Donor | ... |") and
whose programme is named only by the title block's line under "FINAL NARRATIVE REPORT":
no sentence states the programme, no "Key:" line exists. Its activities carry three-level
codes (outcome.output.activity). The text is invented (state, grantee and donor made up);
what a careful reader marks is asserted below.
"""

from __future__ import annotations

import pytest
from rdflib import DCTERMS, Literal, URIRef

from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA, XSD
from tests.loaders.fact_lookup import facts, value, values

TEXT = """\
                         FINAL NARRATIVE REPORT

          Voters First: Citizen Oversight of Elections (VFC), Phase II

+----------------------------+--------------------------------------------------+
| Financing agreement        | BRF-2019/112                                     |
| Lead organisation          | Baltic Civic Monitor (BCM), Vilnius              |
| Donor                      | Amber Rights Foundation (ARF)                    |
| Duration                   | 1 March 2019 - 28 February 2021 (24 months)      |
| Report date                | 30 April 2021                                    |
+----------------------------+--------------------------------------------------+

1   SUMMARY

Baltic Civic Monitor (BCM) observed the parliamentary elections of 11 October 2020 in
Lithuania with a grant of the Amber Rights Foundation (ARF).

2   PROGRESS AGAINST THE LOGFRAME

Outcome 1  Informed voters

Output 1.1  Voter information

Activity 1.1.1 Voter guides. In May 2020 BCM printed 40,000 voter guides in two languages.

Activity 1.1.2 Town hall meetings. BCM held 22 town hall meetings with candidates.

Outcome 2  Citizen observation

Output 2.1  Election-day observation

Activity 2.1.1 Observer training. In September 2020 BCM trained 800 observers.
"""


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return ProgrammeLoader().extract(SourceText("ruled-title-page", "ruled.txt", TEXT))


def _label(extraction: Extraction, iri: object) -> str:
    fact = extraction.get(iri) if isinstance(iri, URIRef) else None
    assert fact is not None
    return str(fact.label)


def test_the_report_is_issued_by_the_lead_organisation_on_the_report_date(
    extraction: Extraction,
) -> None:
    [report] = facts(extraction, NG.Report)
    assert [_label(extraction, c) for c in values(report, DCTERMS.creator)] == [
        "Baltic Civic Monitor"
    ]
    assert values(report, DCTERMS.issued) == [Literal("2021-04-30", datatype=XSD.date)]


def test_the_programme_is_read_from_the_ruled_table_and_the_title_line(
    extraction: Extraction,
) -> None:
    [programme] = facts(extraction, NG.Programme)
    assert programme.label == "Voters First: Citizen Oversight of Elections (VFC), Phase II"
    assert [_label(extraction, v) for v in values(programme, NG.implementer)] == [
        "Baltic Civic Monitor"
    ]
    assert [_label(extraction, v) for v in values(programme, NG.donor)] == [
        "Amber Rights Foundation"
    ]
    assert [str(v) for v in values(programme, NG.fundingReference)] == ["BRF-2019/112"]
    assert str(value(programme, SCHEMA.startDate)) == "2019-03-01"
    assert str(value(programme, SCHEMA.endDate)) == "2021-02-28"
    assert str(value(programme, NG.country)).endswith("/state/lt")


def test_three_level_activity_codes_are_activities(extraction: Extraction) -> None:
    numbers = sorted(str(value(a, NG.number)) for a in facts(extraction, NG.ProgrammeActivity))
    assert numbers == ["1.1.1", "1.1.2", "2.1.1"]
