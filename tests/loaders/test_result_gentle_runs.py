"""Results read when the layout says less than the readers wanted (issue 13, gen16a): a
sentence that says "votes" once and gives the other contestants as a count and a share in
brackets; votes "against all" that are no referendum answer; a running footer ending in
"17 / 19" read with a table's rows; and a numbered table whose names wrap onto a line of
their own, above notes that stand alone. The texts are invented: other states and layouts
than the fixtures'; the sentences whose results are checked whole are in
``tests/cases/results_said.toml``."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from normgraph.loaders.extract.result_rows import read_result_rows
from normgraph.loaders.extract.text_results import referendum_answers, text_results
from normgraph.loaders.text.source import SourceText
from tests.case_tables import case_params


def _said(text: str) -> list[tuple[str, int, Decimal | None]]:
    found = text_results(SourceText("t", "t.txt", text))
    return [(result.name, result.votes, result.share) for result in found]


@pytest.mark.parametrize(("text", "said"), case_params("results_said", "text", "said"))
def test_the_results_a_sentence_states(text: str, said: list[dict[str, Any]]) -> None:
    assert _said(text) == [(r["name"], r["votes"], Decimal(r["share"])) for r in said]


def test_votes_against_all_are_no_referendum_answer() -> None:
    text = "Some 61,220 voters (4.1 per cent) voted against all candidates in the ballot."
    assert referendum_answers(SourceText("t", "t.txt", text), 0, len(text)) == []
    answer = "In the referendum, 402,118 voters (38.0 per cent) voted against the amendment."
    found = referendum_answers(SourceText("t", "t.txt", answer), 0, len(answer))
    assert [(r.name, r.votes) for r in found] == [("Against", 402118)]


NUMBERED = """\
Mission to Georgia - Final Report, 2 November 2031                         3 / 5

The preliminary results were announced on 3 November.

No.  Party list                            Votes        %      Seats
1    Georgian Workers' and                 612 004    41.20      61
     Farmers' League
2    Coast and Mountain                    402 118    27.07      40
3    New Democrats for a European          201 500    13.56      20
     Future
     Eight other lists, each below
     3 per cent (not shown)
     Against all lists                      44 001     2.96
Mission to Georgia - Final Report, 2 November 2031                         4 / 5

Mission to Georgia - Final Report, 2 November 2031                         5 / 5
"""


def test_a_numbered_tables_wrapped_names_and_footer() -> None:
    table = read_result_rows(SourceText("ge", "ge.txt", NUMBERED), 0, len(NUMBERED))
    assert [(row.name, row.votes.value if row.votes else None) for row in table.rows] == [
        ("Georgian Workers' and Farmers' League", Decimal(612004)),
        ("Coast and Mountain", Decimal(402118)),
        ("New Democrats for a European Future", Decimal(201500)),
    ]
