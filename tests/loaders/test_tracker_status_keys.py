"""A tracker whose status cells are symbols a key line explains ("●", "✓", "~", one-letter
codes): each row's status is its symbol's meaning, wherever the key stands (above, below,
words before or after the symbol); without a key a symbol says nothing. The tables are
invented for these tests (other states, other layouts than any fixture)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.status_keys import read_key
from tests.loaders.assessment_reading import tracker_statuses

FULLY, PARTLY, NOT = "fully-implemented", "partially-implemented", "not-implemented"

GLYPHS_BELOW = """\
Following the earlier advice

Table 3  Where the 2022 recommendations stand (June 2025)

No.   Recommendation                                          Status
R1    Candidate deposits refunded above two per cent            ●
R2    Polling-station results published within a day            ◐
R3    Complaints decided by the court within five               ○
      days of filing
R4    Observers admitted to the tabulation                      ●

Key: ● implemented  ◐ partly implemented  ○ not implemented.

The coding follows the mission's own wording.
"""

TICKS_LEGEND_ABOVE = """\
Annex B

Legend: \u2713 = implemented; ~ = partially implemented; \u2717 = not implemented

| # | Recommendation | Follow-up |
| 1 | Publish the minutes of every commission session | \u2713 |
| 2 | Audit the voter register before each election | ~ |
| 3 | Lift the ban on voting by persons in pre-trial detention | \u2717 |
"""

LETTER_CODES = (
    "Status of previous recommendations\n\n"
    "Status codes: F \u2013 fully implemented, P \u2013 partially implemented, "
    "N \u2013 not implemented\n\n"
    "Recommendation\tStatus\n"
    "Regulate third-party campaigning\tN\n"
    "Shorten the period for recounts\tF\n"
    "Train precinct boards on accessibility\tP\n"
)

WORDS_BEFORE = """\
Recommendations revisited

   Recommendation (2023 report)                       Assessment
   Limits on donations by legal entities                  \u25d1
   Open sessions of the district boards                   \u25cf
   Mobile voting for voters in hospitals                  \u25cb

   Implemented (\u25cf), partly implemented (\u25d1), not implemented (\u25cb).
"""

NO_KEY = """\
Table 1  Recommendations and status

No.   Recommendation                                          Status
1     Candidate deposits refunded above two per cent            \u25cf
2     Polling-station results published within a day            \u25cb
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GLYPHS_BELOW, [FULLY, PARTLY, NOT, FULLY]),
        (TICKS_LEGEND_ABOVE, [FULLY, PARTLY, NOT]),
        (LETTER_CODES, [NOT, FULLY, PARTLY]),
        (WORDS_BEFORE, [PARTLY, FULLY, NOT]),
    ],
)
def test_each_row_takes_the_meaning_its_symbol_has_in_the_key(
    text: str, expected: list[str]
) -> None:
    assert tracker_statuses(text) == expected


def test_symbols_without_a_key_say_nothing() -> None:
    assert tracker_statuses(NO_KEY) == []


def test_a_line_is_a_key_only_when_it_explains_twotracker_statuses() -> None:
    def words(text: str) -> str | None:
        return {"implemented": FULLY, "not implemented": NOT}.get(text.lower())

    assert read_key("Key: \u25cf implemented  \u25cb not implemented", words) == {
        "\u25cf": FULLY,
        "\u25cb": NOT,
    }
    assert read_key("Seats \u25cf implemented  \u25cb implemented", words) == {}
    assert read_key("Turnout rose by 5 % to 61 % in 2024", words) == {}
