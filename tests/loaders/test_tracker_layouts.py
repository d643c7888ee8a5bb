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
    "names wrapped, status qualified": (
        """Annex 3. Follow-up of the 2026 recommendations

Recommendation (year, number)                              Status
Candidates should be able to stand without a party         Fully implemented since
nomination (2026, No. 3)                                   the 2029 amendments
The register of voters should be checked in the            Partially implemented
regions (2026, No. 8)
Public funding should be extended to                       Not implemented
independent candidates (2026, No. 12)
""",
        [FULLY, PARTIALLY, NOT],
    ),
    "numbered rows, names wrapped": (
        """IV. STATUS OF PREVIOUS RECOMMENDATIONS

No.  Recommendation                                   Status
1    Broadcasters should give free airtime to all     Implemented
     contestants on equal terms
2    Observers should be admitted to the              Not implemented
     tabulation at every level
""",
        [FULLY, NOT],
    ),
}
WRAPPED = {
    "names wrapped, status qualified": [
        "Candidates should be able to stand without a party nomination (2026, No. 3)",
        "The register of voters should be checked in the regions (2026, No. 8)",
        "Public funding should be extended to independent candidates (2026, No. 12)",
    ],
    "numbered rows, names wrapped": [
        "Broadcasters should give free airtime to all contestants on equal terms",
        "Observers should be admitted to the tabulation at every level",
    ],
}


@pytest.mark.parametrize("layout", sorted(WRAPPED))
def test_a_wrapped_recommendation_continues_its_row(layout: str) -> None:
    found = _assessments(LAYOUTS[layout][0])
    assert [str(v) for f in found for p, v in f.values if p == NG.text] == WRAPPED[layout]
    last_lines = [f.evidence[-1].quote.split("  ")[0].strip() for f in found]
    assert all(line[:1].islower() for line in last_lines), last_lines


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
