"""ODIHR final reports in recommendation layouts the other fixtures do not have, written for
the tests: every name, figure and sentence is invented.

- ``PAGED``: a list whose items are numbered "1)" and "(3)" under "priority" and "other"
  headings, then lettered ("a.") under a topical heading; one item is followed by the
  page's footnote rule, its note, the footer with the page number and the next page's
  running header; its footnote marker is a plain digit glued to the full stop.
- ``BROKEN``: an older list under lettered headings, numbered once through, where one
  recommendation runs on over a page break (rule, note, footer, header) and another is
  cut by a centred page number.
- ``CONCLUDED``: a 2000s report whose list closes a "CONCLUSIONS AND RECOMMENDATIONS"
  section, after a preamble that asks for nothing.
- ``BULLETED``: an expert team's report whose recommendations are bullets (a bullet or an en dash
  followed by a tab) under topical headings.
"""

from __future__ import annotations

from tests.loaders.odihr_heads import final_report_head

PAGED = (
    final_report_head(
        "REPUBLIC OF ICELAND",
        "PRESIDENTIAL ELECTION",
        "9 March 2031",
        "Election Assessment Mission",
        "14 June 2031",
    )
    + """\
I. EXECUTIVE SUMMARY

The presidential election was well run and offered voters a genuine choice.

II. RECOMMENDATIONS

These recommendations are offered with a view to further improving the conduct of elections.

A. PRIORITY RECOMMENDATIONS

1) The legal framework should be amended to allow citizen observers to follow all stages of the
process, including the tabulation of results.

2) The National Electoral Board should publish all its decisions online within 24 hours of
their adoption.3
_______________________
3 See also paragraph 19 of the 2014 Report.
Iceland, Presidential Election, 9 March 2031                                    Page 12
ODIHR EAM Final Report

B. OTHER RECOMMENDATIONS

Campaign Finance

(3) Contestants should be required to disclose their campaign donations and expenditures
before election day.

(4) The oversight body should be given the mandate and the resources to audit
campaign finance reports.

Media

a. The public broadcaster should provide equal free airtime to all candidates.

b. Private broadcasters should be required to publish their rates for paid advertising.
"""
)

BROKEN = """\
OSCE/ODIHR

REPUBLIC OF PORTUGAL

PARLIAMENTARY ELECTIONS
4 May 2003

OSCE/ODIHR FINAL REPORT

Warsaw
1 August 2003

I. EXECUTIVE SUMMARY

The elections were conducted in line with commitments. Voters had a genuine choice.

VIII. RECOMMENDATIONS

A. ELECTION ADMINISTRATION

1. The Central Election Commission should adopt its decisions in open sessions and publish
them without delay, so that contestants can challenge them before the courts within the
_______________________
4 The law sets a deadline of three days.
Portugal, Parliamentary Elections, 4 May 2003 - Page 14
OSCE/ODIHR Final Report
deadlines the law sets.
2. Lower-level commissions should receive training on the counting procedures, including
on the determination of the validity of ballots.

B. MEDIA

3. The law should oblige the public broadcaster to cover the campaign of all contestants
in a fair and balanced manner, and the media regulator should monitor its
                                                              - 15 -
compliance throughout the campaign.

4. Journalists should be protected from intimidation and violence.
"""

BULLETED = """\
Office for Democratic Institutions and Human Rights

REPUBLIC OF FINLAND

LOCAL ELECTIONS
2 April 2028

ODIHR Election Expert Team Final Report

Warsaw
30 June 2028

I. EXECUTIVE SUMMARY

The local elections were pluralistic and well organised.

II. RECOMMENDATIONS

The following recommendations are offered for consideration by the authorities.

Election Administration

\u2022\tThe election administration should publish the minutes of its sessions.
\u2022\tMunicipal commissions should be trained on the handling of postal votes.

Voting Rights

\u2013\tRestrictions on the voting rights of persons with disabilities should be removed.
\u2013\tThe authorities should consider measures to facilitate voting by citizens abroad.
"""

CONCLUDED = """\
OSCE/ODIHR

REPUBLIC OF SLOVENIA

PRESIDENTIAL ELECTION
6 November 2005

OSCE/ODIHR Election Observation Mission Report

Warsaw, 20 January 2006

I. EXECUTIVE SUMMARY

The election was held in a calm atmosphere.

XII. CONCLUSIONS AND RECOMMENDATIONS

The election largely met commitments. The following recommendations are offered.

1. The Election Law should be amended to allow citizen observation.

2. The Central Election Commission should publish results by polling station.
"""
