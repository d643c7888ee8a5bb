"""Activities under topical headings that the layout left at the level of the activities
section (invented report, its institute and partner made up): unnumbered headings in
capitals with sentence-case topics after "ACTIVITIES AND RESULTS", in three numbering
styles. Every topic's coded activities are read, not only the first topic's."""

from __future__ import annotations

import pytest

from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import facts, value

REPORT = """\
LAKELAND INSTITUTE FOR CIVIC LIFE

FINAL PROGRAM REPORT
Support to Electoral Integrity, 2029-2031

{n1}EXECUTIVE SUMMARY

The Lakeland Institute for Civic Life (LICL) implemented the program in Montenegro with a
grant of the Harbour Foundation between March 2029 and February 2031.

{n2}ACTIVITIES AND RESULTS

Objective A: Stronger Election Administration

A.1 Training of polling staff. LICL trained 1,200 polling staff in six regions in April 2030.

A.2 Review of the voter list. LICL supported an audit of the voter list in May 2030.

Objective B: Citizen Observation

B.1 Long-term observation. Observers followed the campaign in all districts from June 2030.

B.2 Parallel vote tabulation. A sample of 400 polling stations was observed on election day.

{n3}LESSONS LEARNED

Cooperation with the election administration was good throughout the program.
"""

STYLES = {
    "numbered": ("1. ", "2. ", "3. "),
    "unnumbered": ("", "", ""),
    "roman": ("I. ", "II. ", "III. "),
}


@pytest.mark.parametrize("style", STYLES)
def test_every_topics_activities_are_read(style: str) -> None:
    n1, n2, n3 = STYLES[style]
    text = REPORT.format(n1=n1, n2=n2, n3=n3)
    extraction = ProgrammeLoader().extract(SourceText("t", "t.txt", text))
    numbers = sorted(str(value(a, NG.number)) for a in facts(extraction, NG.ProgrammeActivity))
    assert numbers == ["A.1", "A.2", "B.1", "B.2"]
