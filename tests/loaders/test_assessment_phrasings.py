"""The many ways a report states the status of earlier recommendations: tallies by status
(one assessment per status), per-recommendation statements in body text ("Contrary to a
prior recommendation, ...", "As previously recommended, ..."), long-standing
recommendations, a share of earlier recommendations addressed, and a section that reviews
earlier recommendations, where a sentence need not repeat the word ("Two have been
implemented in part"; "By 2030, 3 had been fully implemented, 5 partially and 2 had not").
The single sentences and the status each states are in ``tests/cases/stated_verdicts.toml``.

The sentences are invented for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.assessment_counts import tally_verdicts
from normgraph.loaders.extract.verdict_cues import stated_verdict
from tests.case_tables import case_params
from tests.loaders.assessment_reading import assessments_in, statuses

FULLY, PARTIALLY, NOT = "fully-implemented", "partially-implemented", "not-implemented"


@pytest.mark.parametrize(
    ("sentence", "expected"), case_params("status_tallies", "sentence", "tally")
)
def test_a_tally_by_status_gives_one_verdict_per_status(
    sentence: str, expected: list[list[str]]
) -> None:
    assert [list(verdict) for verdict in tally_verdicts(sentence)] == expected


def test_a_count_without_statuses_or_recommendations_is_no_tally() -> None:
    assert tally_verdicts("Of the 12 candidates, 4 were women and 8 were men.") == []
    assert tally_verdicts(
        "Of the 9 earlier recommendations, four were implemented and five not."
    ) == [(FULLY, "four"), (NOT, "five")]
    assert tally_verdicts("In 2019, 7 of the 11 recommendations were implemented.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    case_params("stated_verdicts", "sentence", "verdict", defaults={"verdict": None}),
)
def test_a_statement_on_an_earlier_recommendation_states_its_status(
    sentence: str, expected: str | None
) -> None:
    assert stated_verdict(sentence) == expected


TEXT = """\
FOLLOW-UP OF EARLIER RECOMMENDATIONS

Of the 18 recommendations of the previous final report, 5 were fully implemented, 7 partially
and 6 not at all. Contrary to a prior recommendation, the code still bars independent
candidates.
"""


def test_a_report_tally_is_one_assessment_per_status_over_the_same_sentence() -> None:
    found = assessments_in(TEXT, "tally", "2031-05-02")
    assert statuses(found) == [[FULLY], [PARTIALLY], [NOT], [NOT]]
    assert found[0].evidence == found[1].evidence == found[2].evidence
    assert found[3].evidence != found[0].evidence


def test_a_studys_own_tally_is_one_assessment_per_status_too() -> None:
    found = assessments_in(TEXT, "tally", "2031-05-02", study=True)
    assert statuses(found) == [[FULLY], [PARTIALLY], [NOT], [NOT]]


STUDY_TEXT = """\
Method

I coded a recommendation as fully implemented when a later report said so, and we code them
as partially implemented when the law was not applied.
Our coding distinguishes recommendations that were fully implemented, partially implemented
and not implemented. Earlier studies found that previous recommendations were often ignored.
This section examines which earlier recommendations were implemented and why. Two thirds of
the earlier recommendations were implemented in part. Officials insisted that the previous
recommendations had all been implemented. The 2019
amendments to the Electoral Code implemented the long-standing recommendation to abolish the
turnout requirement.
"""


def test_a_study_reads_verdicts_not_its_categories_regularities_or_questions() -> None:
    found = assessments_in(STUDY_TEXT, "study", study=True)
    assert len(found) == 1
    assert "turnout requirement" in found[0].evidence[0].quote


LIST_TEXT = """\
RECOMMENDATIONS

Several recommendations of previous reports have not yet been addressed and are repeated
below. The commission should publish its decisions promptly.

1. The law should allow citizen observers, as previously recommended.
"""


def test_a_recommendations_section_yields_only_its_verdict_on_earlier_ones() -> None:
    found = assessments_in(LIST_TEXT, "list")
    assert len(found) == 1
    assert "not yet been addressed" in found[0].evidence[0].quote


REVIEW = """\
FOLLOW-UP OF OUR EARLIER RECOMMENDATIONS

After the 2026 elections the network made ten recommendations. By the end of 2029, 3 had been
fully implemented, 5 partially implemented and 2 had not been implemented. Only one of them
has been implemented in full. Two have been implemented in part. The new code fully
implemented the recommendation to merge the election laws, and partially implemented those on
voting abroad.

OBSERVATION OF THE CAMPAIGN

Two have been implemented in part, the minister said of the school reforms.
"""


def test_a_review_section_reads_verdicts_that_do_not_repeat_the_word_recommendation() -> None:
    assert statuses(assessments_in(REVIEW, "review")) == [
        [FULLY],
        [PARTIALLY],
        [NOT],
        [FULLY],
        [PARTIALLY],
        [FULLY],
        [PARTIALLY],
    ]
