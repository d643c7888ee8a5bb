"""Small ODIHR-style final reports written for the tests (no text taken from real reports)."""

from __future__ import annotations

# A parliamentary election; recommendations under lettered sub-headings at "XV."; no
# results annex; one recommendation split by a footnote block.
PARLIAMENTARY = """\
Office for Democratic Institutions and Human Rights

REPUBLIC OF MOLDOVA

PARLIAMENTARY ELECTIONS
14 June 2020

OSCE/ODIHR Election Observation Mission Final Report

Warsaw
30 September 2020

I. EXECUTIVE SUMMARY

The elections were competitive, but the campaign was marred by misuse of public office.

II. INTRODUCTION AND ACKNOWLEDGMENTS

Following an invitation from the authorities, the OSCE Office for Democratic Institutions \
and Human Rights (OSCE/ODIHR) on 12 May 2020 deployed an Election Observation Mission \
(EOM). The EOM was headed by Ambassador Jane Example and consisted of 12 experts and 20 \
long-term observers from 15 OSCE participating States.

III. LEGAL FRAMEWORK

Earlier OSCE/ODIHR recommendations on campaign finance remain unaddressed. Article 12.3 of \
the Electoral Code limits campaign spending.¹

¹ See Paragraph 7.7 of the 1990 OSCE Copenhagen Document.

XV. RECOMMENDATIONS

These recommendations are offered to further improve the conduct of elections.

A. PRIORITY RECOMMENDATIONS

1. The Electoral Code should be amended to give every contestant an effective remedy before

² A remedy includes a public hearing.

- a court, within short deadlines.
2. The Central Election Commission should publish all its decisions promptly.

B. OTHER RECOMMENDATIONS

Media

3. Parliament should consider decriminalising defamation.
"""

# A referendum whose title block states everything on one line; a results annex whose
# total row does not add up.
REFERENDUM = """\
Office for Democratic Institutions and Human Rights

Republic of Armenia
Constitutional Referendum 6 December 2015

OSCE/ODIHR Election Observation Mission Final Report

Warsaw
10 March 2016

I. INTRODUCTION

The mission was headed by Mr. John Sample and consisted of 10 analysts.

II. RECOMMENDATIONS

1. The authorities should ensure that voters are not pressured.

ANNEX: RESULTS

Total number of registered voters\t1,000
Total number of voters participated\t500
Total number of valid votes\t480
Total voter turnout\t50%

Region\tYes\t\tNo\t
\tVotes\t%\tVotes\t%
North\t200\t41.67\t100\t20.83
South\t100\t20.83\t80\t16.67
TOTAL\t310\t64.58%\t180\t37.50%
"""
