"""Recommendations set out as table rows, selections that single some out as the most
urgent, older reports' courtesies ("It would be advisable for ..."), older and two-day
election titles, and a final report issued by another observer than ODIHR. The texts are
invented, on states and in wordings no fixture report uses."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.extract.passing_recommendations import recommends_in_passing
from normgraph.loaders.extract.recommendation_tables import table_recommendations
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import DCTERMS, NG

_T = "\t"

NETWORK_REPORT = f"""\
OPEN BALLOT COALITION

ELECTIONS TO THE STORTING
12-13 September 2045

FINAL OBSERVATION REPORT

Oslo, 30 November 2045

1. INTRODUCTION

The Open Ballot Coalition observed the elections to the Storting of the Kingdom of Norway
with 210 volunteers, who followed voting and counting in 300 polling stations on both days.
Its findings and recommendations are set out below.

2. FOLLOW-UP

Earlier recommendation{_T}Status
Publish the minutes of the National Electoral Committee{_T}Implemented
Allow observers in the counting centres{_T}Not implemented

3. RECOMMENDATIONS

The recommendations below are rated by how soon they should be acted upon.

No.{_T}Priority{_T}Recommendation
1{_T}High{_T}Give accredited citizen observers access to all stages of the
{_T}{_T}count, including the central count of advance votes.
2{_T}Low{_T}Provide ballots in easy-to-read language.
3{_T}High{_T}Regulate the campaigning of third parties and require them
{_T}{_T}to disclose their donors.

Open Ballot Coalition | Final Report | 4
"""

ANNEX_REPORT = """\
Office for Democratic Institutions and Human Rights

IRELAND

PRESIDENTIAL ELECTION
27 October 2044

ODIHR Election Expert Team Final Report

Warsaw, 2 February 2045

I.  INTRODUCTION

The ODIHR deployed an Election Expert Team to Ireland for the presidential election of
27 October 2044. The team assessed the campaign finance framework and electoral dispute
resolution, and its recommendations are listed in the annex.

II. CAMPAIGN FINANCE

Candidates report their spending only after the election, and the reports are published
months later. It would be advisable for the Standards Commission to publish the reports of
candidates within one month of election day.

ANNEX: RECOMMENDATIONS

No.   Section   Recommendation
1     II        The Standards Commission should publish the spending reports of
                candidates within one month of election day.
2     II        Candidates should be required to submit an interim report of their
                income and spending before election day.
"""


def _recommendations(extraction: Extraction) -> list[Fact]:
    return [fact for fact in extraction.facts if fact.kind == NG.Recommendation]


def _values(fact: Fact, predicate: URIRef) -> list[str]:
    return [str(v) for p, v in fact.values if p == predicate]


def _listed(extraction: Extraction) -> dict[str, Fact]:
    return {
        _values(fact, NG.number)[0]: fact
        for fact in _recommendations(extraction)
        if _values(fact, NG.number)
    }


def test_a_tab_separated_table_gives_one_recommendation_a_row_with_its_wrapped_text() -> None:
    extraction = OdihrLoader().extract(SourceText("no", "no.txt", NETWORK_REPORT))
    listed = _listed(extraction)
    assert sorted(listed) == ["1", "2", "3"]
    assert _values(listed["1"], NG.text) == [
        "Give accredited citizen observers access to all stages of the count, including the "
        "central count of advance votes."
    ]
    assert _values(listed["3"], NG.text) == [
        "Regulate the campaigning of third parties and require them to disclose their donors."
    ]
    assert [_values(listed[n], NG.priority) for n in "123"] == [["true"], ["false"], ["true"]]


def test_a_table_of_earlier_recommendations_and_the_lists_preamble_are_no_recommendations() -> None:
    texts = [
        text
        for fact in _recommendations(
            OdihrLoader().extract(SourceText("no", "no.txt", NETWORK_REPORT))
        )
        for text in _values(fact, NG.text)
    ]
    assert not any("minutes of the National Electoral" in text for text in texts)
    assert not any("rated by how soon" in text for text in texts)


def test_a_space_aligned_annex_table_is_read_by_its_header_columns() -> None:
    source = SourceText("ie", "ie.txt", ANNEX_REPORT)
    tables, covered = table_recommendations(parse_document(source).elements, source)
    rows = [row for found in tables.values() for row in found]
    assert [(row.number, row.category) for row in rows] == [("1", "II"), ("2", "II")]
    assert rows[1].item.text == (
        "Candidates should be required to submit an interim report of their income and "
        "spending before election day."
    )
    assert covered
    listed = _listed(OdihrLoader().extract(source))
    assert sorted(listed) == ["1", "2"]


def test_it_would_be_advisable_recommends_in_passing_and_a_past_fact_does_not() -> None:
    assert recommends_in_passing(
        "It would be advisable for the Standards Commission to publish the reports.", set()
    )
    assert recommends_in_passing("It would be desirable that the law set a deadline.", set())
    assert not recommends_in_passing("It was advisable to vote early, officials said.", set())


def test_a_network_report_names_its_own_issuer_and_a_two_day_vote_is_one_dated_election() -> None:
    extraction = OdihrLoader().extract(SourceText("no", "no.txt", NETWORK_REPORT))
    report = next(f for f in extraction.facts if _values(f, DCTERMS.creator))
    creators = [extraction.get(URIRef(iri)) for iri in _values(report, DCTERMS.creator)]
    assert [c.label for c in creators if c is not None] == ["Open Ballot Coalition"]
    election = next(f for f in extraction.facts if _values(f, NG.electionDate))
    assert _values(election, NG.electionDate) == ["2045-09-12"]
    assert _values(election, NG.roundCount) == []


OLDER_TITLE = """\
ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE
Office for Democratic Institutions and Human Rights

REPUBLIC OF CYPRUS

ELECTION OF THE PRESIDENT OF THE REPUBLIC
9 February 1998

REPORT OF THE OSCE/ODIHR OBSERVER MISSION

Warsaw, 20 March 1998

1.  SUMMARY

The election was held in a calm atmosphere. Of the recommendations set out in Section 3, the
ODIHR would draw attention in particular to the following:

  -  the law should provide expressly for non-partisan domestic observers;

2.  THE CAMPAIGN

The campaign was calm and the media covered all candidates.

3.  RECOMMENDATIONS

  1.  The law should provide expressly for non-partisan domestic observers at all stages of
      the process.
  2.  The Electoral Service should publish the results of each polling station.
"""


def test_an_older_title_an_observer_mission_and_a_selection_in_particular() -> None:
    extraction = OdihrLoader().extract(SourceText("cy", "cy.txt", OLDER_TITLE))
    election = next(f for f in extraction.facts if _values(f, NG.electionDate))
    assert _values(election, NG.electionDate) == ["1998-02-09"]
    assert any(v.endswith("/presidential") for v in _values(election, NG.electionType))
    listed = _listed(extraction)
    assert [_values(listed[n], NG.priority) for n in "12"] == [["true"], ["false"]]
    repeated = [f for f in _recommendations(extraction) if _values(f, NG.restatedAs)]
    assert len(repeated) == 1


EARLIER_CYCLE = """\
Office for Democratic Institutions and Human Rights

PORTUGUESE REPUBLIC

PARLIAMENTARY ELECTIONS
6 October 2047

ODIHR Election Assessment Mission Final Report

Warsaw, 20 December 2047

I.  INTRODUCTION

The ODIHR deployed an Election Assessment Mission for the 6 October 2047 parliamentary
elections. After the elections of 30 January 2042, ODIHR recommended that the law provide
for election observation; this recommendation remains unaddressed. The repeat elections held
on 3 November 2047 in two districts were not assessed.
"""


def test_an_earlier_cycle_named_by_its_date_alone_takes_the_reports_election_type() -> None:
    extraction = OdihrLoader().extract(SourceText("pt", "pt.txt", EARLIER_CYCLE))
    dates = sorted(date for fact in extraction.facts for date in _values(fact, NG.electionDate))
    assert dates == ["2042-01-30", "2047-10-06"]
    earlier = next(f for f in extraction.facts if _values(f, NG.electionDate) == ["2042-01-30"])
    assert any(v.endswith("/parliamentary") for v in _values(earlier, NG.electionType))


DELEGATION_STATEMENT = """\
INTERNATIONAL DEMOCRACY INSTITUTE

Pre-Election Assessment Mission to Malta
Statement of the Delegation

Valletta, 14 September 2044

The International Democracy Institute (IDI) conducted a pre-election assessment mission to
Malta from 10 to 14 September 2044, ahead of the 5 October 2044 parliamentary elections.
The delegation met election officials, party leaders, civil society and journalists.

The delegation's assessment was based on:
1. meetings with the Electoral Commission and the courts;
2. a review of the legal framework;
3. visits to two localities.

FINDINGS

Election administration. The Electoral Commission enjoys broad confidence. However, its
budget was approved late, and several county offices lacked staff. Voters should be able to
check their registration online, but the register is still being digitised.

Campaign environment. Parties campaign freely. Online disinformation was a concern raised
by most interlocutors.

RECOMMENDATIONS

In the spirit of international cooperation, the delegation offers the following
recommendations:

To the Electoral Commission:
• Publish the budget and staffing plan of each county office.
• Complete the digitisation of the register before election day.

To Parliament:
• Adopt rules on political advertising online.

The delegation hopes these recommendations will be useful. IDI will continue to follow the
electoral process and will deploy an observation mission for election day.

ABOUT THE DELEGATION

The delegation was led by Ms. Anna Berg and comprised four members.
"""


def test_a_statements_closing_paragraph_beside_its_bullets_is_no_recommendation() -> None:
    extraction = StatementLoader().extract(SourceText("mt", "mt.txt", DELEGATION_STATEMENT))
    texts = [t for fact in _recommendations(extraction) for t in _values(fact, NG.text)]
    assert texts == [
        "Publish the budget and staffing plan of each county office.",
        "Complete the digitisation of the register before election day.",
        "Adopt rules on political advertising online.",
    ]


ISSUES_LEAD_IN = """\
                OSCE Office for Democratic Institutions and Human Rights

                                REPUBLIC OF LUXEMBOURG

                        PARLIAMENTARY ELECTIONS, 8 MAY 1999

                                   FINAL REPORT

                             Warsaw, 20 July 1999

I.  INTRODUCTION

The OSCE/ODIHR observed the parliamentary elections of 8 May 1999 in Luxembourg with a
mission of 12 experts and 40 short-term observers from 15 OSCE participating States.

II. EXECUTIVE SUMMARY

The elections were conducted in accordance with the OSCE commitments. The main
shortcomings concern the apportionment of seats and the absence of provisions on
observers. The recommendations at the end of this report address these issues.

III. LEGAL FRAMEWORK

The Election Act regulates the elections. The apportionment of seats between the
constituencies gives the votes of some voters twice the weight of others.

IV. CONCLUSIONS AND RECOMMENDATIONS

The elections marked a further step in the consolidation of democratic practice. The
election administration performed well, and voters could choose freely.

However, the following issues should be addressed before the next elections:

Legal Framework

1.  The apportionment of seats should be reviewed so that each vote carries a similar
    weight.
2.  The law should provide for non-partisan and international observers.

Election Administration

3.  The National Electoral Board should publish its decisions on its website.

The OSCE/ODIHR stands ready to assist the authorities of Luxembourg in the implementation of
these recommendations.
"""


def test_a_paragraph_that_opens_the_numbered_list_is_no_recommendation() -> None:
    extraction = OdihrLoader().extract(SourceText("lu", "lu.txt", ISSUES_LEAD_IN))
    found = _recommendations(extraction)
    assert [_values(f, NG.number) for f in found] == [["1"], ["2"], ["3"]]
