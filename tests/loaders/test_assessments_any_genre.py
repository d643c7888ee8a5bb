"""Statements on earlier recommendations in any genre: a monitoring network's statement and
a programme report with an attached delegation statement yield the same assessment facts
the ODIHR loader does (status, assessor, date, the sentence as evidence), and a share of
recommendations adopted ("7 of the 11 recommendations ..., including A and B") gives one
assessment for the share and one per named ask.

The texts are invented for these tests; the state and names are made up or generic.
"""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.assessment_counts import named_asks
from normgraph.loaders.extract.verdict_cues import stated_verdict
from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.namespaces import NG
from tests.loaders.extraction_fixtures import text_extraction

STATEMENT = """\
Civic Vote Monitoring Network (CVMN)

INTERNATIONAL ELECTION OBSERVATION MISSION
REPUBLIC OF MOLDOVA - PARLIAMENTARY ELECTIONS, 12 OCTOBER 2031

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

Chisinau, 13 October 2031

The Civic Vote Monitoring Network (CVMN) deployed a mission for the 12 October 2031
parliamentary elections.

PRELIMINARY FINDINGS

Legal Framework

The legal framework was amended in March 2031. The recommendation to lower the number of
supporting signatures for independent candidates was partially addressed by the amendments,
which halved the number but kept the verification rules. CVMN's earlier recommendation to
publish the decisions of district commissions online has not been implemented.

Election Administration

The commission implemented 4 of the 6 recommendations made by CVMN after the 2027 elections,
including the training of polling staff on counting procedures and the recruitment of
commission members by open competition.

PRELIMINARY RECOMMENDATIONS

1. The commission should publish its decisions promptly.
"""

PROGRAMME = """\
FINAL REPORT

STRENGTHENING CIVIC PARTICIPATION IN THE REPUBLIC OF MOLDOVA

I. SUMMARY

From March 1, 2029 to February 28, 2032, the Institute for Civic Dialogue (ICD) implemented a
program in the Republic of Moldova to strengthen citizen participation in the electoral process,
with funding from the Civic Futures Fund (CFF).

II. RESULTS

Electoral reform. Parliament adopted all of the 5 recommendations of ICD's 2028 assessment
mission. The recommendation to introduce a register of complaints was implemented in 2030.
"""


statement = text_extraction(StatementLoader, "cvmn", STATEMENT)
programme = text_extraction(ProgrammeLoader, "icd", PROGRAMME)


def _assessments(extraction: Extraction) -> list[Fact]:
    return [f for f in extraction.facts if f.kind == NG.ImplementationAssessment]


def _status(fact: Fact) -> str:
    return next(str(v).rsplit("/", 1)[-1] for p, v in fact.values if p == NG.status)


def _one(fact: Fact, prop: URIRef) -> str | None:
    return next((str(v) for p, v in fact.values if p == prop), None)


def _quote(source: str, fact: Fact) -> str:
    return " ".join(" ".join(source[s.start : s.end].split()) for s in fact.evidence)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The board adopted 3 of the 8 recommendations of the 2019 mission.", "partially"),
        ("The board adopted all of the 8 recommendations of the 2019 mission.", "fully"),
        ("The board adopted 8 of the 8 recommendations of the 2019 mission.", "fully"),
        ("The board implemented none of the earlier recommendations.", "not"),
        ("The recommendation to widen access to the count was not implemented.", "not"),
        ("The board adopted new rules on the count.", None),
        ("The reform addressed a long-standing recommendation to open the count.", "fully"),
        ("The panel's previous recommendations remain largely unaddressed.", "not"),
    ],
)
def test_a_share_of_adopted_recommendations_states_a_status(
    sentence: str, status: str | None
) -> None:
    verdict = stated_verdict(sentence)
    assert (verdict.split("-")[0] if verdict else None) == status


def test_the_named_asks_of_a_share_are_split_at_commas_and_at_a_new_noun_phrase() -> None:
    sentence = (
        "The court followed 5 of the 9 recommendations of the panel, including the hearing of "
        "appeals in public, the publication of rulings and the use of plain language and fees."
    )
    assert [sentence[a:b] for a, b in named_asks(sentence)] == [
        "the hearing of appeals in public",
        "the publication of rulings",
        "the use of plain language and fees",
    ]
    assert named_asks("The court followed 5 of the 9 recommendations of the panel.") == []


def test_a_statement_yields_one_assessment_per_verdict_and_per_named_ask(
    statement: Extraction,
) -> None:
    found = [
        (_status(a), _one(a, NG.text), _quote(STATEMENT, a)[:40]) for a in _assessments(statement)
    ]
    assert found == [
        ("partially-implemented", None, "The recommendation to lower the number o"),
        ("not-implemented", None, "CVMN's earlier recommendation to publish"),
        ("partially-implemented", None, "The commission implemented 4 of the 6 re"),
        (
            "fully-implemented",
            "the training of polling staff on counting procedures",
            "The commission implemented 4 of the 6 re",
        ),
        (
            "fully-implemented",
            "the recruitment of commission members by open competition",
            "The commission implemented 4 of the 6 re",
        ),
    ]


def test_the_statement_judges_its_verdicts_not_the_report(statement: Extraction) -> None:
    report = next(f for f in statement.facts if f.kind == NG.Report)
    for assessment in _assessments(statement):
        judge = _one(assessment, NG.assessor)
        assert judge is not None and judge != str(report.iri)
        judged_by = statement.get(URIRef(judge))
        assert judged_by is not None and judged_by.kind != NG.Report
        assert _one(assessment, NG.sourceReport) == str(report.iri)
        assert _one(assessment, NG.date) == "2031-10-13"


def test_a_programme_report_reads_its_own_verdicts_judged_by_its_implementer(
    programme: Extraction,
) -> None:
    assessments = _assessments(programme)
    assert [(_status(a), _quote(PROGRAMME, a)[:30]) for a in assessments] == [
        ("fully-implemented", "Parliament adopted all of the "),
        ("fully-implemented", "The recommendation to introduc"),
    ]
    implementer = next(_one(f, NG.implementer) for f in programme.facts if f.kind == NG.Programme)
    assert implementer is not None
    assert {_one(a, NG.assessor) for a in assessments} == {implementer}
