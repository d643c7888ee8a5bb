"""Two ODIHR final reports in layouts of other eras, written for the tests: every name,
figure and sentence is invented (no text taken from any real report).

- ``TEXT_ONLY``: a mid-2000s text-only report. The election is named only in the title
  block ("REPUBLIC OF X / PARLIAMENTARY ELECTIONS / date / OSCE/ODIHR Election Observation
  Mission Report"); headings are capitalised and unnumbered; a mixed system with repeat
  elections in some single-mandate constituencies; results with space thousands
  separators, a seats-only table and a table of seats by tier; one numbered
  RECOMMENDATIONS list.
- ``TWO_ROUNDS``: a 2010s presidential election in two rounds, named with both dates in
  the title block; one results annex per round, a candidate's name wrapped after the
  figures.
"""

from __future__ import annotations

TEXT_ONLY = """\
REPUBLIC OF LITHUANIA

PARLIAMENTARY ELECTIONS
27 February 2005

OSCE/ODIHR Election Observation Mission Report

Warsaw
12 May 2005

EXECUTIVE SUMMARY

The 27 February 2005 parliamentary elections were conducted largely in line with OSCE
commitments, although shortcomings were noted in the counting of ballots in a number of
single-mandate constituencies. Voters could choose between a broad range of political
options.

INTRODUCTION AND ACKNOWLEDGMENTS

Following an invitation from the Ministry of Foreign Affairs, the OSCE Office for
Democratic Institutions and Human Rights (OSCE/ODIHR) deployed an Election Observation
Mission on 18 January 2005. The mission was headed by Ms. Ingrid Falkbeck and consisted
of 11 experts and 16 long-term observers.

POLITICAL BACKGROUND

The previous parliamentary elections, held in October 2000, returned a coalition
government. The presidential election of 13 June 2004 was won by the incumbent.

ELECTORAL SYSTEM

The parliament has 141 members. Seventy members are elected by proportional representation
in a single nationwide constituency, with a threshold of five per cent, and 71 members in
single-mandate constituencies by majority vote.

REPEAT ELECTIONS

The Central Electoral Commission invalidated the results in four single-mandate
constituencies because of irregularities in the count. Repeat elections were held in
these constituencies on 10 April 2005.

ELECTION RESULTS

According to the final results announced by the Central Electoral Commission on
6 March 2005, 2 614 377 voters were registered and 1 203 955 voters took part, a turnout of
46.05 per cent. The Labour Union received 318 442 votes (28.44 per cent), the Homeland
Alliance 221 086 votes (19.75 per cent) and the Farmers' Party 97 310 votes (8.69 per cent).

Party                             Votes        %
Labour Union                    318 442    28.44
Homeland Alliance               221 086    19.75
Farmers' Party                   97 310     8.69

Party                  PR      SMC      Total
Labour Union           22       17         39
Homeland Alliance      14       11         25

Party                      Seats
Labour Union                  39
Homeland Alliance             25
Farmers' Party                10
Independent candidates        12
Total                        141

RECOMMENDATIONS

1. The Central Electoral Commission should issue clear instructions on the counting of
ballots in single-mandate constituencies.

2. The law should set a deadline for the announcement of repeat elections.
"""

TWO_ROUNDS = """\
SLOVAK REPUBLIC

PRESIDENTIAL ELECTION
15 and 29 March 2014

OSCE/ODIHR Election Assessment Mission Final Report

Warsaw
20 June 2014

I. EXECUTIVE SUMMARY

The presidential election was held in a pluralistic environment and respected fundamental
freedoms. As no candidate obtained a majority in the first round on 15 March, a second
round was held on 29 March between the two leading candidates.

II. INTRODUCTION AND ACKNOWLEDGMENTS

Following an invitation from the Permanent Mission of the Slovak Republic to the OSCE, the
OSCE/ODIHR deployed an Election Assessment Mission from 24 February to 3 April 2014.

III. BACKGROUND

The previous presidential election took place in 2009. The parliamentary elections of
10 March 2012 gave one party an absolute majority.

IV. ELECTION RESULTS

The State Commission announced the final results of the second round on 31 March 2014.
Turnout was 50.48 per cent.

ANNEX I: RESULTS OF THE FIRST ROUND

Candidate                          Votes        %
Marek Dolinec                     531 919    28.01
Pavol Kerner                      456 243    24.03
Jana Vrbova                       403 548    21.25
Tomas Zelenak, nominated by the   212 004    11.16
Civic Conservative Party
Ondrej Mrazik                     101 233     5.33

ANNEX II: RESULTS OF THE SECOND ROUND

Candidate                          Votes        %
Pavol Kerner                    1 307 065    59.38
Marek Dolinec                     893 841    40.61
"""
