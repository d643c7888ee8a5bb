"""A parliamentary delegation's report on an election it observed, invented for this test
(another state, an invented assembly): a document number over the date, the title under
it, "Election observation report" over the committee, a rapporteur, and an opening that says
which body set the committee up. It is filed as a statement, issued by that body."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.genres import Genre, detect_genre
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import DCTERMS, NG, VOCAB
from tests.loaders.fact_lookup import facts, texts, value

DELEGATION = """\
                                                                   Doc. 20417
                                                                 3 April 2029

Observation of the early parliamentary elections in Portugal (18 March 2029)

Election observation report
Ad hoc Committee of the Bureau
Rapporteur: Ms Aino LEHTINEN, Finland, Socialist Group

1. Introduction

1. On 26 January 2029, the Bureau of the Inter-Parliamentary Assembly of the Atlantic Union
(IPAAU) decided to set up an ad hoc committee of ten members to observe the early
parliamentary elections in Portugal, and appointed me as its rapporteur.

2. The ad hoc committee found that the elections were competitive and well administered.

2. Legal framework

3. The electoral law was adopted in 1979. It contains no limits on campaign expenditure.

4. The law was last amended in 2027.
"""


def test_a_delegation_report_is_a_statement_of_the_body_that_set_up_the_delegation() -> None:
    assert detect_genre(DELEGATION) is Genre.PRELIMINARY_STATEMENT
    extraction = StatementLoader().extract(SourceText("deleg", "deleg.txt", DELEGATION))
    (report,) = facts(extraction, NG.Report)
    assert texts(report, NG.genre) == [str(VOCAB["genre/statement"])]
    creators = [extraction.get(URIRef(iri)) for iri in texts(report, DCTERMS.creator)]
    assert [c.label for c in creators if c is not None] == [
        "Inter-Parliamentary Assembly of the Atlantic Union"
    ]
    assert texts(report, DCTERMS.issued) == ["2029-04-03"]
    assert (
        report.label
        == "Observation of the early parliamentary elections in Portugal (18 March 2029)"
    )


def test_a_delegation_reports_judging_paragraphs_are_findings_under_sentence_case_headings() -> (
    None
):
    extraction = StatementLoader().extract(SourceText("deleg", "deleg.txt", DELEGATION))
    judged = {
        str(value(f, NG.text)): str(value(f, NG.polarity)).rsplit("/", 1)[-1]
        for f in facts(extraction, NG.Finding)
    }
    assert judged == {
        "The ad hoc committee found that the elections were competitive and well administered.": (
            "positive"
        ),
        "The electoral law was adopted in 1979. It contains no limits on campaign expenditure.": (
            "problem"
        ),
    }


def test_a_committee_s_report_under_its_chair_is_a_statement() -> None:
    """An invented assembly committee's report: "Report of the ad hoc Committee ..." and a
    "Chairperson:" line make it a statement, not a mission's preliminary statement."""
    text = (
        "Parliamentary Assembly\n\nDoc. 9102\n3 May 2031\n\n"
        "Observation of the parliamentary elections in Estonia (6 March 2031)\n\n"
        "Report of the ad hoc Committee of the Bureau\n"
        "Chairperson: Ms Ida Berg, Norway, Socialist Group\n\n"
        "The Committee observed the parliamentary elections held on 6 March 2031.\n"
    )
    extraction = StatementLoader().extract(SourceText("c", "c.txt", text))
    [report] = facts(extraction, NG.Report)
    assert value(report, NG.genre) == VOCAB["genre/statement"]
