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
from tests.case_tables import case_params


@pytest.mark.parametrize(
    ("text", "issuers", "issued"),
    case_params("statement_title_blocks", "text", "issuers", "issued"),
)
def test_statement_issuers_and_dates(
    text: str, issuers: list[list[str]], issued: datetime.date
) -> None:
    head = read_statement_head(SourceText("statement", "statement.txt", text))
    assert [[c.name, c.short_name] for c in head.creators] == issuers
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


def test_issue_dates_in_words_or_digits_day_first_and_none_when_impossible() -> None:
    assert issued_date("27th of February 2001") is not None
    assert [issued_date(t) for t in ("31.02.2001", "no date")] == [None, None]
    found = issued_date("Riga, 03/04/2030")
    assert found is not None and found[0] == datetime.date(2030, 4, 3)  # day first
