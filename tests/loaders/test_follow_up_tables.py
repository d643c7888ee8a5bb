"""Statements on earlier recommendations in a final report's own words: a change made "as
recommended in the report on the 2019 elections", a revision "taking into account a number
of" recommendations, a prose tally with
adverbs between the verbs and "outstanding" for what was not done ("six have now been
implemented, five in part, and four remain outstanding"), and a follow-up table whose
column is headed "Progress" or "Follow-up by <year>" and whose cells open with the status
before a comment ("Addressed. The 2018 Act ..."), its rows split by the conversion into
paragraphs. Invented texts, on states and wordings no fixture uses."""

from __future__ import annotations

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.assessment_reading import assessments_in, statuses

FULLY, PARTIALLY, NOT = "fully-implemented", "partially-implemented", "not-implemented"

TALLY = """\
I. INTRODUCTION

The Office observed the 2012 elections. Of the 15 recommendations of its 2012 report, six
have now been implemented, five in part, and four remain outstanding.
"""

FINAL = """\
Office for Democratic Institutions and Human Rights

PRINCIPALITY OF ANDORRA

PARLIAMENTARY ELECTIONS
7 April 2035

ODIHR Election Expert Team Final Report

Warsaw
30 June 2035

I. EXECUTIVE SUMMARY

The elections were well run and enjoyed the trust of all contestants.

II. RECOMMENDATIONS

1. The General Council should regulate the financing of campaigns by third parties.

ANNEX 1: FOLLOW-UP OF THE 2031 RECOMMENDATIONS

Ref.  Recommendation of the 2031 report          Progress
----  -----------------------------------------  ------------------------------------------
1     Allow citizen observers at all stages of    Addressed. The 2033 amendments provide
      the process.                                for their accreditation.
2     Publish the minutes of the electoral        Outstanding.
      board's sessions.
3     Give voters abroad a choice of voting       Addressed in part. Voting by post is
      methods.                                    possible, voting in consulates is not.
"""


def test_a_tally_with_adverbs_and_outstanding_gives_one_assessment_per_status() -> None:
    found = assessments_in(TALLY, "ad-intro")
    assert statuses(found) == [[FULLY], [PARTIALLY], [NOT]]
    assert [(fact.label or "").split()[0] for fact in found] == ["six", "five", "four"]


def test_a_follow_up_table_headed_progress_gives_one_assessment_per_row() -> None:
    extraction = OdihrLoader().extract(SourceText("ad", "ad.txt", FINAL))
    found = [f for f in extraction.facts if f.kind == NG.ImplementationAssessment]
    assert sorted(statuses(found)) == [[FULLY], [NOT], [PARTIALLY]]


def test_a_change_made_as_an_earlier_report_recommended_and_one_taking_some_into_account() -> None:
    done = (
        "I. INTRODUCTION\n\nThe parliament lowered the deposit for candidates, as recommended"
        " in the OSCE/ODIHR report on the 2019 elections.\n"
    )
    asked = (
        "I. INTRODUCTION\n\nThe deposit for candidates should be lowered, as recommended in"
        " the OSCE/ODIHR report on the 2019 elections.\n"
    )
    some = (
        "I. INTRODUCTION\n\nThe Electoral Code was revised in 2022, taking into account a"
        " number of OSCE/ODIHR and Venice Commission recommendations.\n"
    )
    assert [statuses(assessments_in(text, "al")) for text in (done, asked, some)] == [
        [[FULLY]],
        [],
        [[PARTIALLY]],
    ]
