"""Complaint tables by row and outcome column whose indentation was lost (invented tables,
another state's bodies): a header's wrapped line flush left, a heading's last word alone
on a flush-left line, and a header over an empty label column moved to the margin. The
columns come from the gaps between the cells, so each outcome is still read."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_cross_tables import cross_tables

WRAPPED = """Table 4: Appeals lodged in the regional elections, by level
Level                      Lodged     Upheld in whole   Rejected    Not admitted /
or in part                 withdrawn
County boards                 28          4                17          7
Appeals Chamber                5          -                 3          2
"""

ONE_WORD = """Table 2: Complaints received by the Electoral Board, 3 March - 2 May 2029

Subject                        Received   Upheld   Rejected   Left without
consideration
Voter lists                       12          3        7           2
Campaign conduct                  20          2       11           7
Total                             32          5       18           9
"""

NO_LABEL_HEADING = """Table 5: Complaints to the Board and appeals to the Court, 2021 and 2025

Complaints   Upheld   Rejected   Dismissed
to the Board
2021                 44           5        30         9
2025                 51           8        35         8
"""


def _outcomes(text: str) -> list[tuple[int, str | None]]:
    return [(row.count, row.outcome) for table in cross_tables(text) for row in table.rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            WRAPPED,
            [
                (28, None),
                (4, "upheld"),
                (17, "rejected"),
                (7, "not-considered"),
                (5, None),
                (3, "rejected"),
                (2, "not-considered"),
            ],
        ),
        (
            ONE_WORD,
            [
                (12, None),
                (20, None),
                (32, None),
                (5, "upheld"),
                (18, "rejected"),
                (9, "not-considered"),
            ],
        ),
        (
            NO_LABEL_HEADING,
            [
                (44, None),
                (5, "upheld"),
                (30, "rejected"),
                (9, "rejected"),
                (51, None),
                (8, "upheld"),
                (35, "rejected"),
                (8, "rejected"),
            ],
        ),
    ],
    ids=["wrapped-line-flush-left", "one-word-flush-left", "header-at-the-margin"],
)
def test_outcome_columns_survive_lost_indentation(
    text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert _outcomes(text) == expected


def test_a_capitalised_line_above_the_rows_is_no_wrapped_heading() -> None:
    """A row label's first words in capitals are not read as the last column's heading:
    the table then has no header it can read, and gives nothing rather than a guess."""
    text = ONE_WORD.replace("consideration\n", "Voter lists and\n")
    assert _outcomes(text) == []
