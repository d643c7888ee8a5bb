"""A status key ("YES = implemented; NO = not implemented") says what a tracker's symbols
stand for: it states no verdict, so the assessment reader takes nothing from it, while a
real verdict beside it is still read. The texts are invented (other states, other layouts
than any fixture)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.status_keys import is_key
from tests.loaders.assessment_reading import (
    FULLY,
    NOT,
    PARTIALLY,
    assessments_in,
    statuses,
    tracker_statuses,
)

WORD_CODES = """\
5. REVIEW OF EARLIER RECOMMENDATIONS

The mission reviewed the recommendations of its 2019 report.

Compiled by the mission, May 2024. DONE = fully implemented; SOME = partly implemented;
NONE = not implemented.
"""

GLYPH_LEGEND = """\
Follow-up of previous recommendations

Legend: \u2713 = implemented; ~ = partially implemented; \u2717 = not implemented.
"""

LETTER_CODES = """\
Status of prior recommendations

Codes used below: F \u2013 fully implemented, P \u2013 partially implemented, N \u2013 not
implemented.
"""


@pytest.mark.parametrize("text", [WORD_CODES, GLYPH_LEGEND, LETTER_CODES])
def test_a_status_key_is_no_assessment(text: str) -> None:
    assert assessments_in(text, "invented-key") == []


def test_a_verdict_beside_a_key_is_still_read() -> None:
    text = (
        WORD_CODES + "\nThe recommendation to publish results by precinct has not been implemented;"
        " the one on candidate registration was partially implemented.\n"
    )
    found = statuses(assessments_in(text, "invented-key-verdict"))
    assert found == [[NOT], [PARTIALLY]]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("YES = implemented; PARTLY = implemented in part; NO = not implemented.", True),
        ("Y: implemented, N: not implemented", True),
        ("The CEC: not implemented, as the mission noted.", False),
        ("Recommendation 4 was partly implemented; recommendation 7 was not.", False),
        ("OK = implemented; KO = implemented", False),
    ],
)
def test_what_is_a_key(text: str, key: bool) -> None:
    assert is_key(text) is key


CAPTIONED = """\
4. What became of the recommendations

Table 2. Recommendations of the 2016 report repeated in later reports
----------------------------------------------------------------------
Ref.   Subject (2016 numbering)                  Status, March 2023
----------------------------------------------------------------------
R4     Appointment of commission members          Not done
R7     Publication of results by precinct          Done
R9     Access for domestic observers               Partly done
----------------------------------------------------------------------
"""


def test_a_status_column_under_a_caption_on_recommendations() -> None:
    """A table whose header says only "Status, <date>" is a tracker when its caption names
    the recommendations; "Not done" is a status like "Done" and "Partly done"."""
    assert tracker_statuses(CAPTIONED) == [NOT, FULLY, PARTIALLY]
    no_caption = CAPTIONED.replace("Recommendations of the 2016 report", "Budget lines").replace(
        "What became of the recommendations", "Spending"
    )
    assert tracker_statuses(no_caption) == []


def test_a_question_on_earlier_recommendations_judges_nothing() -> None:
    """An article's research question names earlier recommendations and a status word, and
    asks: no assessment. The answer it then gives is one."""
    text = (
        "2. Research question\n\nWhich of the 2017 recommendations had been implemented by "
        "the municipal elections of 2022? The 2017 recommendation on voter lists has been "
        "fully implemented.\n"
    )
    assert statuses(assessments_in(text, "question", study=True)) == [["fully-implemented"]]
