"""The fate of an earlier recommendation read from the role it has in a sentence (issue 14
step 3, issue 13; status16): the gate (``names_earlier``: does a sentence name an earlier
recommendation without asking anew) apart from the grade (``fate``), and both through the
assessments of an invented report. Invented sentences on a subject no fixture uses (ferry
polling stations, postal ballots of sailors)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.verdict_fate import fate
from normgraph.loaders.extract.verdict_scope import names_earlier
from normgraph.loaders.text.needed_words import Folded
from tests.loaders.assessment_reading import FULLY, NOT, PARTIALLY, assessments_in, statuses


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("As the delegation had recommended, ferries carried polling stations.", True),
        ("The ferry stations, which the 2019 mission had recommended keeping, were closed.", True),
        ("Contrary to the advice of 2018, sailors could not vote by post.", True),
        ("Recommendation 6 (2020) - postal ballots for sailors: not implemented.", True),
        ("The harbour authority's recommendation to moor ferries at night was heeded.", True),
        ("Nothing was done about the recommendation to ferry ballots at dawn.", True),
        ("The mission recommends that sailors vote by post.", False),
        ("As recommended earlier, the commission should open ferry stations.", False),
        ("Ferries carried polling stations to the islands.", False),
        ("The mission's recommendations on ferries are listed in the annex.", False),
    ],
)
def test_the_gate_names_an_earlier_recommendation_by_its_role(sentence: str, named: bool) -> None:
    assert names_earlier(sentence, Folded(sentence)) is named


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("As the delegation had recommended, ferries carried polling stations.", FULLY),
        (
            "Following a prior recommendation, sailors voted by post, but only on two ships.",
            PARTIALLY,
        ),
        ("Sailors still cannot vote by post, despite the 2019 recommendation.", NOT),
        (
            "The postal ballot, which the mission had recommended introducing, was introduced.",
            FULLY,
        ),
        (
            "The ferry rule, which observers had recommended lifting, was relaxed but not lifted.",
            PARTIALLY,
        ),
        ("Following an earlier recommendation, the senate debated ferry stations.", None),
        ("Following an earlier recommendation, ferry stations may be opened.", None),
    ],
)
def test_the_fate_is_read_from_the_frame_and_the_deed(sentence: str, status: str | None) -> None:
    assert fate(sentence) == status


REPORT = """\
IV. FOLLOW-UP OF EARLIER RECOMMENDATIONS

As the delegation had recommended after the 2027 elections, ferries carried polling stations to
the outer islands. Sailors at sea still could not vote, despite the 2027 recommendation to
introduce postal ballots for crews. The harbour rules were revised in 2028, reflecting some
previous recommendations, including one on night mooring.
"""


def test_a_report_states_one_assessment_per_fate_and_none_for_a_change_described() -> None:
    found = assessments_in(REPORT, "ferry-followup")
    assert [row for row in statuses(found)] == [[FULLY], [NOT]]
    assert "ferries carried" in found[0].evidence[0].quote
    assert "postal ballots" in found[1].evidence[0].quote
