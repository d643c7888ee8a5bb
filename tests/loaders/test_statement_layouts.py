"""The statement loader on layouts other than the corpus's: a network's statement whose
title block has blank lines and a mixed-case issuer line, numbered conclusions, findings
under title-case topic headings, and numbered recommendations followed by closing matter;
an interim report told from a statement by its title.

The text is invented for these tests; the state and names are made up or generic.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import facts, value

NETWORK = """\
Network of Independent Poll Watchers (NIPW)

INTERNATIONAL ELECTION OBSERVATION MISSION
REPUBLIC OF MOLDOVA - EARLY PARLIAMENTARY ELECTIONS, 5 MAY 2030

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

Chisinau, 6 May 2030

The Network of Independent Poll Watchers (NIPW) deployed a mission for the 5 May 2030 early
parliamentary elections.

PRELIMINARY CONCLUSIONS

1. The mission commends the calm conduct of the elections.

2. The legal framework was improved. However, observers noted a lack of remedies for voters.

PRELIMINARY FINDINGS

Election Administration

The open sessions of the commission were an improvement.

The commission was composed of nine members.

Election Day

Observers noted serious irregularities in the count in 9 polling stations.

ABOUT THE MISSION

The mission was composed of observers from nine countries, who noted problems of access.

PRELIMINARY RECOMMENDATIONS

The mission offers the following preliminary recommendations:

1. The commission should publish its decisions promptly.

2. Parliament should adopt rules on the use of public resources.

The mission wishes to thank the authorities for their co-operation.

For further information: the mission's press office.
"""


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return StatementLoader().extract(SourceText("network", "network.txt", NETWORK))


def _text(fact: Fact) -> str:
    return next(str(v) for p, v in fact.values if p == NG.text)


def _polarity(fact: Fact) -> str:
    return next(str(v).rsplit("/", 1)[-1] for p, v in fact.values if p == NG.polarity)


def test_the_election_is_read_from_a_title_block_with_a_day_first_date(
    extraction: Extraction,
) -> None:
    elections = [str(f.iri) for f in facts(extraction, NG.Election)]
    assert elections == ["https://w3id.org/normgraph/id/election/md/parliamentary/2030-05-05"]
    report = facts(extraction, NG.Report)[0]
    assert (NG.election, URIRef(elections[0])) in report.values


def test_only_the_numbered_recommendations_are_recommendations(extraction: Extraction) -> None:
    recommendations = facts(extraction, NG.Recommendation)
    assert [_text(r) for r in recommendations] == [
        "The commission should publish its decisions promptly.",
        "Parliament should adopt rules on the use of public resources.",
    ]


def test_findings_come_from_conclusions_and_topic_sections_only(extraction: Extraction) -> None:
    findings = {_text(f): _polarity(f) for f in facts(extraction, NG.Finding)}
    assert findings == {
        "The mission commends the calm conduct of the elections.": "positive",
        "The legal framework was improved.": "positive",
        "However, observers noted a lack of remedies for voters.": "problem",
        "The open sessions of the commission were an improvement.": "positive",
        "Observers noted serious irregularities in the count in 9 polling stations.": "problem",
    }


COMPLAINTS = """\
Complaints and Appeals

In Moldova, on 3 April 2030, the Green Future Party filed a complaint with the CEC alleging that a
minister had campaigned during an official visit. The CEC rejected the complaint. The party
appealed to the Supreme Court, which declined to consider the appeal.

On 9 April 2030, the Voters' Rights Association lodged a complaint with TEC No. 4 concerning
the removal of its observers. The TEC upheld the complaint.
"""


def test_individual_complaints_with_complainant_body_subject_and_outcome() -> None:
    extraction = StatementLoader().extract(SourceText("c", "complaints.txt", COMPLAINTS))
    labels = {str(fact.iri): fact.label for fact in extraction.facts}

    def read(fact: Fact) -> tuple[str | None, ...]:
        def one(p: URIRef) -> str | None:
            value = next((str(v) for q, v in fact.values if q == p), None)
            return None if value is None else labels.get(value) or value.rsplit("/", 1)[-1]

        return tuple(one(p) for p in (NG.complainant, NG.filedWith, NG.outcome, NG.date))

    complaints = [read(fact) for fact in facts(extraction, NG.Complaint)]
    assert complaints == [
        ("Green Future Party", "CEC", "rejected", "2030-04-03"),
        ("Green Future Party", "Supreme Court", "not-considered", None),
        ("Voters' Rights Association", "TEC No. 4", "upheld", "2030-04-09"),
    ]


def test_an_interim_report_is_filed_as_one_a_statement_as_a_statement() -> None:
    interim = (Path(__file__).parent / "report_texts" / "interim_report.txt").read_text("utf-8")
    (report,) = facts(StatementLoader().extract(SourceText("i", "interim.txt", interim)), NG.Report)
    assert str(value(report, NG.genre)).endswith("/genre/interim-report")
    statement = interim.replace("INTERIM REPORT", "STATEMENT OF PRELIMINARY FINDINGS")
    (report,) = facts(StatementLoader().extract(SourceText("s", "s.txt", statement)), NG.Report)
    assert str(value(report, NG.genre)).endswith("/genre/preliminary-statement")
