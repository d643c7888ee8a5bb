"""The issuer of an ODIHR final report whose title block opens with the state's name and
names ODIHR by its acronym only, the full name standing further down (issue 13, gen15a):
the report is ODIHR's, not the state's nor a party's whose acronym the text gives. The text
is invented: another state and layout than the fixtures'."""

from __future__ import annotations

from normgraph.loaders.odihr.head import head_final_report
from normgraph.loaders.text.source import SourceText

FINAL = """\


                                   ALBANIA

                            PARLIAMENTARY ELECTIONS
                                 25 April 2032

                 OSCE/ODIHR Election Observation Mission Final Report

                                    Warsaw
                                 2 August 2032

CONTENTS

I.    EXECUTIVE SUMMARY ........................................ 1
II.   BACKGROUND ............................................... 2
III.  ELECTION ADMINISTRATION .................................. 3
IV.   RECOMMENDATIONS .......................................... 5

I.  EXECUTIVE SUMMARY

Following an invitation, the OSCE Office for Democratic Institutions and Human Rights
deployed a mission. The Movement for a New Albania (MNA) won most seats.
"""

NETWORK = """\
Albanian Coalition for Fair Elections (ACFE)

FINAL OBSERVATION REPORT
Parliamentary Elections, 25 April 2032

Tirana, 1 July 2032

I.  SUMMARY

The coalition deployed 2,000 observers in all twelve counties.
Its observers followed the campaign for six weeks.
Voting was calm in most polling stations.
The count was slow in the larger cities.

II.  BACKGROUND

ODIHR also observed the elections, and the OSCE Office for Democratic Institutions and
Human Rights recommended changes in 2028.
"""


def test_the_acronym_in_the_title_block_makes_the_report_odihrs() -> None:
    head = head_final_report(SourceText("al", "al.txt", FINAL))
    assert [creator.short_name for creator in head.creators] == ["OSCE/ODIHR"]


def test_a_network_named_on_the_first_line_is_still_the_issuer() -> None:
    head = head_final_report(SourceText("al", "al.txt", NETWORK))
    assert [creator.name for creator in head.creators] == ["Albanian Coalition for Fair Elections"]
