"""Invented reports (no real text) in layouts the fixtures lack, for document identification:
an interim report dated by its period, a two-author working paper with a series line, and a
mission statement that recommends only in passing."""

INTERIM = """\
ODIHR Election Observation Mission
Republic of Latvia \u2013 Presidential Election, 9 March 2031

INTERIM REPORT No. 1
3 \u2013 17 February 2031

20 February 2031

I. SUMMARY

• The election is called for 9 March by a decree of the parliament.
• The Central Election Commission has met regularly and in public.
• Eleven candidates were registered; two applicants were refused.

II. INTRODUCTION

1. Following an invitation from the authorities, the OSCE Office for Democratic Institutions
and Human Rights (ODIHR) deployed an Election Observation Mission (EOM) on 3 February.
2. The EOM consists of a core team of 12 experts based in the capital.
"""

WORKING_PAPER = """\
Centre for Regional Governance Studies
Working Paper Series, No. 12

PROMISES ON PAPER:
Election Observation Recommendations and Their Uptake in Slovenia, 2010-2030

Anna Veldt and Tomas Brenner

Anna Veldt, Department of Politics, University of Eastland
Tomas Brenner, Centre for Regional Governance Studies

May 2032

Abstract
This paper asks why some recommendations of observers are adopted and others are not.

I. INTRODUCTION

Observers have issued more than two hundred recommendations since 2010 [1].
"""

IN_PASSING = """\
INTERNATIONAL ELECTION OBSERVATION MISSION
Republic of Croatia \u2013 General Elections, 4 October 2031

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

Zagreb, 5 October 2031 \u2013 This Statement of Preliminary Findings and Conclusions is the result
of a common endeavour involving the OSCE Office for Democratic Institutions and Human Rights
(ODIHR) and the Parliamentary Assembly of the Council of Europe (PACE).

PRELIMINARY CONCLUSIONS

The elections were competitive and fundamental freedoms were respected.

Election Administration

The Central Election Commission worked transparently. The commission met in public sessions.
ODIHR recommends that the commission publish its decisions within one day.
The ballot design was discussed at length in the commission.

Media

Public television gave equal free airtime to all contestants. It is recommended that the
rules on paid advertising be clarified before the next elections.
Several observers noted that the campaign had been recommended to voters as calm.
"""
