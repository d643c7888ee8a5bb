"""Results tables left one cell per line by a PDF conversion (invented texts on other
states): header cells on lines of their own, names wrapped over lines, figures one per
line, national figures stacked above; and what is not such a table."""

from __future__ import annotations

from decimal import Decimal

from normgraph.loaders.extract.result_blocks import result_blocks
from normgraph.loaders.extract.result_stacked import read_stacked
from normgraph.loaders.text.source import SourceText

ANNEX = """ANNEX: FINAL RESULTS

Parliamentary elections, 6 October 2019, as announced by the National Election Commission

Registered voters
10 811 432
Turnout
48.57 %

List
Votes
% of valid votes
Mandates
Alliance for the
North and the Islands
1 908 036
36.34
108
Labour and Renewal
1 457 704
27.76
77
Coastal People's Party
1 884 650
35.90
45
Total
5 250 390
100.00
230
"""


def _source(text: str) -> SourceText:
    return SourceText("annex", "annex.txt", text)


def test_rows_wrapped_names_and_national_figures_are_read_from_one_cell_per_line() -> None:
    found = read_stacked(_source(ANNEX), 0, len(ANNEX))
    assert found is not None
    rows = {row.name: row for row in found.table.rows}
    assert set(rows) == {
        "Alliance for the North and the Islands",
        "Labour and Renewal",
        "Coastal People's Party",
    }
    alliance = rows["Alliance for the North and the Islands"]
    assert alliance.votes is not None and alliance.votes.value == Decimal(1908036)
    assert alliance.votes.span.quote == "1 908 036"
    assert alliance.share is not None and alliance.share.value == Decimal("36.34")
    assert alliance.seats is not None and alliance.seats.value == 108
    assert [span.quote for span in alliance.name_spans] == [
        "Alliance for the",
        "North and the Islands",
    ]
    assert [row.votes.value for row in found.table.totals if row.votes] == [Decimal(5250390)]
    assert found.table.national["registeredVoters"].value == Decimal(10811432)
    assert ANNEX[found.top :].startswith("Registered voters")


def test_the_table_is_a_block_with_the_caption_above_its_national_figures() -> None:
    blocks = result_blocks(_source(ANNEX))
    assert len(blocks) == 1
    assert "6 October 2019" in blocks[0].caption
    assert len(blocks[0].table.rows) == 3


def test_lists_that_are_no_results_or_break_the_rhythm_are_not_read() -> None:
    indicators = "Indicator\nTarget\nAchieved\nTrainings held\n40\n38\nObservers\n900\n812\n"
    assert read_stacked(_source(indicators), 0, len(indicators)) is None
    one_row = "Party\nVotes\n%\nUnity Front\n1 204 331\n60.0\nThe count went on until dawn.\n"
    assert read_stacked(_source(one_row), 0, len(one_row)) is None
