"""Priorities a report names in its summary and recommendations its body makes first: the
summary's priority list marks which recommendations of the final list are priorities and is
read as repeated recommendations; a statement's addressee headings ("To the Storting") are
categories, and its body sentences the list restates are linked to the item. Invented texts,
on states and wordings no fixture uses."""

from __future__ import annotations

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import first_text

FINAL = """\
Office for Democratic Institutions and Human Rights

PORTUGUESE REPUBLIC

PARLIAMENTARY ELECTIONS
6 October 2030

ODIHR Election Assessment Mission Final Report

Warsaw
12 January 2031

I. EXECUTIVE SUMMARY

The elections were competitive and well administered. ODIHR offers a number of
recommendations. Of these, ODIHR regards the following two as its priorities:

\u2022\tThe electoral law should be consolidated into a single code well ahead of the next
elections.
\u2022\tThe National Election Commission should publish its decisions within one day.

II. LEGAL FRAMEWORK

The electoral law is scattered across many acts, some dating from the 1970s. The electoral
law should be consolidated into a single code well ahead of the next elections.

III. RECOMMENDATIONS

1. The electoral law should be consolidated into a single code well ahead of the next
elections.
2. Voters abroad should be able to vote in person at consulates.
3. The National Election Commission should publish its decisions within one day.
"""

STATEMENT = """\
CIVIC ELECTION WATCH NORDIC
Pre-Election Assessment Mission to the Kingdom of Norway

Parliamentary Elections, 13 September 2032

PRE-ELECTION STATEMENT

Oslo, 1 September 2032

SUMMARY

The campaign is open and lively. Our priority recommendations are:
(i) The Storting should give observers a legal right of access to counting centres.

FINDINGS

Observers may attend counting only with the consent of each municipality. The Storting
should give observers a legal right of access to counting centres.

RECOMMENDATIONS

To the Storting
1. The Storting should give observers a legal right of access to counting centres.
2. The Storting should lower the deposit for independent lists.

To municipal election boards
3. Municipal election boards should publish results by polling district.
"""


def _recommendations(extraction: Extraction) -> list[Fact]:
    return [fact for fact in extraction.facts if fact.kind == NG.Recommendation]


def _by_number(found: list[Fact]) -> dict[str, Fact]:
    return {number: f for f in found if (number := first_text(f, NG.number)) is not None}


def test_the_summary_priority_list_marks_the_final_lists_priorities() -> None:
    found = _recommendations(OdihrLoader().extract(SourceText("pt", "pt.txt", FINAL)))
    numbered = _by_number(found)
    assert {n: first_text(f, NG.priority) for n, f in numbered.items()} == {
        "1": "true",
        "2": "false",
        "3": "true",
    }
    repeated = [f for f in found if first_text(f, NG.restatedAs) is not None]
    targets = sorted(first_text(f, NG.restatedAs) or "" for f in repeated)
    # two summary bullets and one body sentence, each linked to what it repeats
    assert targets == sorted(
        [str(numbered["1"].iri), str(numbered["3"].iri), str(numbered["1"].iri)]
    )


def test_a_statements_addressee_headings_are_categories_and_body_restatements_linked() -> None:
    found = _recommendations(StatementLoader().extract(SourceText("no", "no.txt", STATEMENT)))
    texts = [first_text(f, NG.text) or "" for f in found]
    assert not any(text.startswith("To ") for text in texts)
    numbered = _by_number(found)
    assert sorted(numbered) == ["1", "2", "3"]
    assert first_text(numbered["3"], NG.categoryHeading) == "To municipal election boards"
    assert {n: first_text(f, NG.priority) for n, f in numbered.items()} == {
        "1": "true",
        "2": "false",
        "3": "false",
    }
    repeated = [first_text(f, NG.restatedAs) for f in found if first_text(f, NG.restatedAs)]
    assert repeated == [str(numbered["1"].iri), str(numbered["1"].iri)]


def test_a_pre_election_statement_is_a_statement_about_the_coming_election() -> None:
    extraction = StatementLoader().extract(SourceText("no", "no.txt", STATEMENT))
    report = next(f for f in extraction.facts if f.kind == NG.Report)
    assert first_text(report, NG.genre) == "https://w3id.org/normgraph/vocab/genre/statement"
    elections = [str(v) for p, v in report.values if p == NG.election]
    assert [e.split("/election/", 1)[1] for e in elections] == ["no/parliamentary/2032-09-13"]
