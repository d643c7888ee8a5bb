"""ODIHR final reports in two other layouts, written for the tests: every name, figure and
sentence is invented (no text taken from any real report).

- ``OLDER``: a late-1990s layout. The title block names "OSCE/ODIHR" and says only
  "FINAL REPORT"; one RECOMMENDATIONS list under lettered topical headings, numbered
  afresh under each heading; results by party list with seats in an annex.
- ``MODERN``: a recent layout as a PDF conversion leaves it. Paragraphs hard-wrapped;
  an executive summary of overall conclusions; recommendations stated in the body and
  repeated in the final list (priority and other); complaints counted and told one by
  one; a results annex whose rows are not in result order, with a wrapped name, a
  sub-row, thin-space thousands separators and two percentage bases.
"""

from __future__ import annotations

THIN = "\u2009"

OLDER = """\
Organization for Security and Co-operation in Europe
Office for Democratic Institutions and Human Rights

REPUBLIC OF AZERBAIJAN

PARLIAMENTARY ELECTIONS
12 November 2000

OSCE/ODIHR FINAL REPORT

Warsaw
20 January 2001

I. EXECUTIVE SUMMARY

The parliamentary elections fell short of international standards. Although voters could \
choose between several parties, the count was marred by serious irregularities and the \
tabulation lacked transparency.

Election day was calm, and polling station staff were generally knowledgeable.

II. INTRODUCTION

The OSCE/ODIHR Election Observation Mission opened in Baku on 2 October 2000. It \
consisted of 14 experts and 30 long-term observers.

III. ELECTION ADMINISTRATION

The Central Election Commission rejected 11 complaints on party registration. Precinct \
commissions were often unaware of counting procedures.

IV. RECOMMENDATIONS

A. Legal Framework

1. The Election Law should give every party an equal number of seats on election \
commissions.
2. Parliament should adopt clear rules for the recount of ballots.

B. Election Administration

1. The Central Election Commission should train precinct commissions on counting \
procedures well before election day.

C. Media

1. State television should give all parties equal free airtime.

ANNEX: OFFICIAL RESULTS

Party                                   Votes        %      Seats
Party of National Progress            801,442     62.1        54
Democratic Union                       232,105     18.0        14
Citizens' Movement for Justice and
Equality                               129,310     10.0         8
Total                                1,162,857     90.1        76
"""

MODERN = f"""\
Office for Democratic Institutions and Human Rights

REPUBLIC OF TAJIKISTAN

PRESIDENTIAL ELECTION
11 October 2020

ODIHR Election Observation Mission
Final Report

Warsaw
20 January 2021

I. EXECUTIVE SUMMARY

The presidential election was efficiently administered but took place in a political
environment that lacked genuine competition. Fundamental freedoms of assembly and
expression remained restricted, and voters were not offered meaningful alternatives.

The Central Election Commission held open sessions and met all legal deadlines. However,
lower-level commissions did not always follow procedures during the count, and the
tabulation was not transparent.

II. INTRODUCTION AND ACKNOWLEDGMENTS

Following an invitation from the authorities, ODIHR deployed an Election Observation
Mission on 1 September 2020. The mission consisted of 11 experts and 24 long-term
observers from 19 OSCE participating States.

III. ELECTION ADMINISTRATION

The Central Election Commission (CEC) held regular sessions, which were open to
observers. Lower-level commissions received their training late.

The CEC should publish all its decisions on its website within 24 hours of adoption.

IV. COMPLAINTS AND APPEALS

In total, 46 complaints were filed with the CEC before election day, of which 31 were
rejected and 9 were left without consideration. One candidate filed a complaint with the
Supreme Court challenging the CEC decision to deny her registration; the Supreme Court
dismissed the complaint without a public hearing.

V. RECOMMENDATIONS

These recommendations are offered to further improve the conduct of elections.

A. PRIORITY RECOMMENDATIONS

1. The CEC should publish all its decisions on its website within 24 hours of
adoption.
2. Parliament should remove the restrictions on the freedoms of assembly and
expression that apply during the campaign.

B. OTHER RECOMMENDATIONS

Election Administration

3. Lower-level commissions should be trained on counting procedures well before
election day.

ANNEX: FINAL ELECTION RESULTS

Number of voters on the voter lists        4{THIN}118{THIN}902
Number of voters who took part             2{THIN}907{THIN}554
Voter turnout                              70.62 %

Candidate                        Votes     % of valid votes    % of votes cast
Olga Marenko                   612{THIN}004          21.41              21.05
Tamerlan Dusenov-
Abaiuly                      1{THIN}803{THIN}777          63.09              62.20
 - of which mobile voting       40{THIN}118           1.40               1.38
Piotr Wask                     443{THIN}553          15.50              15.27
Total                        2{THIN}859{THIN}334         100.00              98.52
"""
