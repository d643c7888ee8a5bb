"""Issuers and issue dates of statements and final reports, read from title blocks of the
forms observers use (texts invented for the tests: organisations as they call themselves,
states and dates made up)."""

from __future__ import annotations

import datetime

import pytest

from normgraph.loaders.extract.head import issued_date
from normgraph.loaders.odihr.head import head_final_report
from normgraph.loaders.statement.head import read_statement_head
from normgraph.loaders.text.source import SourceText

STATEMENTS = {
    "assembly": (
        "PARLIAMENTARY ASSEMBLY OF THE COUNCIL OF EUROPE\n\n"
        "Observation of the parliamentary elections in Austria (17 December 2034)\n\n"
        "Strasbourg, 18 December 2034\n\nThe delegation observed the elections.\n",
        [("Parliamentary Assembly of the Council of Europe", "PACE")],
        datetime.date(2034, 12, 18),
    ),
    "institute": (
        "NATIONAL DEMOCRATIC INSTITUTE\nStatement of the NDI Pre-Election Delegation to Malta\n"
        "Valletta, May 10th, 2033\n\nThis statement is offered by the delegation.\n",
        [("National Democratic Institute", "NDI")],
        datetime.date(2033, 5, 10),
    ),
    "interim": (
        "INTERIM REPORT\n12 \u2013 25 March 2031\n\nODIHR Election Observation Mission\n"
        "Republic of Malta, Parliamentary Elections, 20 April 2031\n\n27.03.2031\n\n"
        "I. EXECUTIVE SUMMARY\n",
        [("ODIHR", "ODIHR")],
        datetime.date(2031, 3, 27),
    ),
    "joint": (
        "INTERNATIONAL ELECTION OBSERVATION MISSION\n"
        "Republic of Croatia \u2013 Parliamentary Elections, 5 July 2032\n\n"
        "STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS\n\n"
        "Zagreb, 6 July 2032 \u2013 The 5 July parliamentary elections were competitive. This "
        "statement is the joint work of the OSCE Office for Democratic Institutions and Human "
        "Rights (OSCE/ODIHR), the OSCE Parliamentary Assembly (OSCE PA) and the European "
        "Parliament (EP).\n",
        [
            ("OSCE Office for Democratic Institutions and Human Rights", "OSCE/ODIHR"),
            ("OSCE Parliamentary Assembly", "OSCE PA"),
            ("European Parliament", "EP"),
        ],
        datetime.date(2032, 7, 6),
    ),
}


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_statement_issuers_and_dates(name: str) -> None:
    text, issuers, issued = STATEMENTS[name]
    head = read_statement_head(SourceText(name, f"{name}.txt", text))
    assert [(c.name, c.short_name) for c in head.creators] == issuers
    assert head.issued == issued
    assert head.issued_span is not None and head.issued_span.quote.strip()


def test_a_first_sentence_about_the_elections_names_no_issuer() -> None:
    text = (
        "INTERNATIONAL ELECTION OBSERVATION MISSION\nRepublic of Malta \u2013 Local Elections\n\n"
        "Valletta, 2 June 2030 \u2013 The Electoral Commission (EC) registered 40 lists.\n"
    )
    assert read_statement_head(SourceText("x", "x.txt", text)).creators == []


@pytest.mark.parametrize(
    ("under_title", "issued"),
    [
        ("Warsaw\n20 January 2001", datetime.date(2001, 1, 20)),
        ("Warsaw, 27 February 2001", datetime.date(2001, 2, 27)),
        ("27 February 2001", datetime.date(2001, 2, 27)),
        ("Warsaw, 2001-02-27", datetime.date(2001, 2, 27)),
    ],
)
def test_final_report_issue_dates_under_the_title(under_title: str, issued: datetime.date) -> None:
    text = (
        "OSCE/ODIHR\n\nREPUBLIC OF MALTA\n\nPARLIAMENTARY ELECTIONS\n19 November 2000\n\n"
        f"OSCE/ODIHR FINAL REPORT\n\n{under_title}\n\nI. EXECUTIVE SUMMARY\n\nText.\n"
    )
    assert head_final_report(SourceText("f", "f.txt", text)).issued == issued


def test_issue_date_forms() -> None:
    assert issued_date("27th of February 2001") is not None
    assert [issued_date(t) for t in ("31.02.2001", "no date")] == [None, None]
    found = issued_date("Riga, 03/04/2030")
    assert found is not None and found[0] == datetime.date(2030, 4, 3)  # day first
