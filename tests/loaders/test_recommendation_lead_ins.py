"""Lists that a lead-in opens inside a recommendations section: "The OSCE/ODIHR concludes
that:" opens conclusions (numbered, but no recommendations), "recommends that:" opens
recommendations whose items need no "should"; in a statement, "To political parties:"
headings are categories, and a "Key recommendations" section ahead of the full list marks
its priorities. Invented texts on states and wordings no fixture uses."""

from __future__ import annotations

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Fact
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import first_text

NINETIES = """\
                 OSCE Office for Democratic Institutions and Human Rights

                         REPUBLIC OF SLOVENIA
                 ELECTIONS TO THE NATIONAL ASSEMBLY
                          10 November 1996

                               FINAL REPORT

                           Warsaw, 20 January 1997

I. INTRODUCTION

The OSCE/ODIHR observed the elections to the National Assembly held on 10 November 1996.

II. ELECTION LAW

The election law provides that polling boards should have four members. The law should be
amended to allow non-partisan domestic observers.

III. CONCLUSIONS AND RECOMMENDATIONS

The OSCE/ODIHR concludes that:

1. The elections were conducted in a calm atmosphere.
2. The election administration acted impartially.

The OSCE/ODIHR recommends that:

- the election law be amended to allow non-partisan domestic observers;
- the Electoral Commission issue clear instructions against group voting.
"""

STATEMENT = """\
EUROPEAN CITIZENS' ELECTION WATCH
International Election Observation Mission, Republic of Malta, General Elections, 6 May 2029

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

Valletta, 7 May 2029

PRIORITY RECOMMENDATIONS

1. The Electoral Commission should publish all its decisions online.

ELECTION ADMINISTRATION

The Electoral Commission worked transparently.

RECOMMENDATIONS

To the Electoral Commission:
1. The Electoral Commission should publish all its decisions online.
2. The Electoral Commission should train polling staff on counting.

To political parties:
3. Parties should disclose their campaign expenditure before election day.
"""


def _recommendations(facts: list[Fact]) -> list[Fact]:
    return [fact for fact in facts if fact.kind == NG.Recommendation]


def test_concluded_items_are_no_recommendations_and_recommended_items_are() -> None:
    found = _recommendations(OdihrLoader().extract(SourceText("si", "si.txt", NINETIES)).facts)
    listed = [f for f in found if first_text(f, NG.restatedAs) is None]
    assert [(first_text(f, NG.number), first_text(f, NG.text)) for f in listed] == [
        (None, "the election law be amended to allow non-partisan domestic observers;"),
        (None, "the Electoral Commission issue clear instructions against group voting."),
    ]
    body = [f for f in found if first_text(f, NG.restatedAs) is not None]
    assert [first_text(f, NG.text) for f in body] == [
        "The law should be amended to allow non-partisan domestic observers."
    ]


def test_key_recommendations_mark_the_full_lists_priorities_and_headings_are_categories() -> None:
    found = _recommendations(StatementLoader().extract(SourceText("mt", "mt.txt", STATEMENT)).facts)
    numbered = {n: f for f in found if (n := first_text(f, NG.number)) is not None}
    assert {n: first_text(f, NG.priority) for n, f in numbered.items()} == {
        "1": "true",
        "2": "false",
        "3": "false",
    }
    assert first_text(numbered["3"], NG.categoryHeading) == "To political parties"
    repeated = [first_text(f, NG.restatedAs) for f in found if first_text(f, NG.restatedAs)]
    assert repeated == [str(numbered["1"].iri)]


IN_PASSING = """\
                 OSCE Office for Democratic Institutions and Human Rights

                         REPUBLIC OF LITHUANIA
                         PRESIDENTIAL ELECTION
                          21 December 1997

                               FINAL REPORT

                           Warsaw, 2 March 1998

1. ELECTION ADMINISTRATION

The Central Electoral Committee performed its duties well. However, its decisions were not
published in time. The OSCE/ODIHR recommends that all decisions of the Central Electoral
Committee be published within 48 hours.

2. MEDIA

State television gave candidates equal free airtime. In 1993, the OSCE/ODIHR recommended that
the media law be revised. Consideration should be given to extending free airtime to the
second round.
"""


def test_a_report_without_a_list_recommends_in_passing_but_not_in_the_past() -> None:
    facts = OdihrLoader().extract(SourceText("lt", "lt.txt", IN_PASSING)).facts
    texts = [" ".join((first_text(f, NG.text) or "").split()) for f in _recommendations(facts)]
    assert texts == [
        "The OSCE/ODIHR recommends that all decisions of the Central Electoral Committee be"
        " published within 48 hours.",
        "Consideration should be given to extending free airtime to the second round.",
    ]
