"""A tracker table with two status columns, the second the later one ("2018 status   June
2021 status"): a header whose status column names when is a status column, and each row's
status is its last cell's; tables written for these tests (other states, other layouts)."""

from __future__ import annotations

import pytest

from tests.loaders.assessment_reading import tracker_statuses

SPACED = """\
Electoral framework

   Table 2. Selected recommendations of the 2019 and 2020 reports
   No.   Recommendation (report, number)        2020 status    March 2023 status
   ---   -------------------------------------  -------------  -----------------
   1     Independent audit of the voter         partly         fully implemented
         register (2019, 4)
   2     Sanctions for the misuse of state      not            partly implemented
         resources (2019, 7)
   3     Public sessions of the commission      -              not implemented
         (2020, 2)
"""

PIPES = """\
Annex

| # | Recommendation | Status in 2021 | Current status |
| 1 | Publish polling-station results online | partially implemented | implemented |
| 2 | Shorten the deadline for complaints | not implemented | partially implemented |
| 3 | Allow citizen observers | not implemented | not implemented |
"""

TABS = (
    "Tracker\n\nRecommendation\t2016 status\tLatest status\n"
    "Reserved seats for minorities\tnot implemented\tfully implemented\n"
    "Limits on campaign spending\tpartly implemented\tpartly implemented\n"
    "Right to appeal every decision\tfully implemented\tnot implemented\n"
)

FULLY, PARTLY, NOT = "fully-implemented", "partially-implemented", "not-implemented"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SPACED, [FULLY, PARTLY, NOT]),
        (PIPES, [FULLY, PARTLY, NOT]),
        (TABS, [FULLY, PARTLY, NOT]),
    ],
)
def test_each_row_takes_its_last_status(text: str, expected: list[str]) -> None:
    assert tracker_statuses(text) == expected
