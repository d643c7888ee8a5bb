"""A programme report's tracker of earlier recommendations in the layouts such reports use:
a ruled table with the status first, "Status: ..." lines under each recommendation, an
annex table under a caption with the status last and a tracker's own words for progress,
and a table with the status in a middle column. Each row gives one assessment.

The reports are invented for these tests; the organisations are made up.
"""

from __future__ import annotations

import pytest

from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.rdf.facts import Fact
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

HEAD = """\
FINAL NARRATIVE REPORT

CITIZEN MONITORING OF ELECTIONS IN THE REPUBLIC OF MOLDOVA

I. PROJECT SUMMARY

From 1 March 2029 to 28 February 2031, the Civic Watch Network (CWN) implemented a project in
the Republic of Moldova with funding from the Civic Futures Fund (CFF).

"""
FULLY, PARTIALLY, NOT = "fully-implemented", "partially-implemented", "not-implemented"
LAYOUTS = {
    "status first, ruled": (
        """III. TRACKER OF EARLIER RECOMMENDATIONS

+----------------------+--------------------------------------------+-----------+
| Status               | Recommendation (2027 report)               | Addressee |
+----------------------+--------------------------------------------+-----------+
| Implemented          | Publish results by polling station         | CEC       |
| Partially implemented| Train polling staff on counting            | CEC       |
| Not implemented      | Regulate third-party campaign spending     | Parliament|
+----------------------+--------------------------------------------+-----------+
""",
        [FULLY, PARTIALLY, NOT],
    ),
    "status lines": (
        """III. FOLLOW-UP ON PREVIOUS RECOMMENDATIONS

1. The CEC should publish results by polling station.
Status: Implemented.

2. Parliament should regulate third-party campaign spending.
Status: Not implemented

3. The CEC should train polling staff on counting procedures.
Status: Partially implemented (training held in half the districts).
""",
        [FULLY, NOT, PARTIALLY],
    ),
    "captioned annex, status last": (
        """Annex 2. Implementation of the 2027 recommendations

No.  Recommendation                                   Addressee     Status
1    Publish results by polling station               CEC           Fully implemented
2    Regulate third-party campaign spending           Parliament    No progress
3    Train polling staff on counting procedures       CEC           In progress
4    Adopt a law on access to information             Parliament    Not addressed
""",
        [FULLY, NOT, PARTIALLY, NOT],
    ),
    "status in a middle column": (
        """III. RECOMMENDATIONS TRACKER

| # | Recommendation | Status | Comment |
|---|---|---|---|
| 1 | Publish results by polling station | Implemented | Done in 2030 |
| 2 | Regulate third-party spending | Not implemented | Draft stalled |
| 3 | Train polling staff | Partially implemented | Half of districts |
""",
        [FULLY, NOT, PARTIALLY],
    ),
}


def _assessments(text: str) -> list[Fact]:
    extraction = ProgrammeLoader().extract(SourceText("cwn", "cwn.txt", HEAD + text))
    return [f for f in extraction.facts if f.kind == NG.ImplementationAssessment]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_each_tracker_row_is_one_assessment_with_its_status(layout: str) -> None:
    text, expected = LAYOUTS[layout]
    found = _assessments(text)
    statuses = [str(v).rsplit("/", 1)[-1] for f in found for p, v in f.values if p == NG.status]
    assert statuses == expected


def test_a_status_line_is_evidenced_with_the_recommendation_above_it() -> None:
    found = _assessments(LAYOUTS["status lines"][0])
    quotes = [" ".join(span.quote for span in fact.evidence) for fact in found]
    assert "regulate third-party campaign spending" in quotes[1]
    assert "Status: Not implemented" in quotes[1]
    texts = [str(v) for fact in found for p, v in fact.values if p == NG.text]
    assert texts[0] == "The CEC should publish results by polling station."
