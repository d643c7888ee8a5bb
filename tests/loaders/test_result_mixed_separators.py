"""A results table is read from its columns whatever separates them (issue 13, gen20c): bars
between only part of a row's cells ("Name   1 204 | 48.2 % | 61"), box-drawing verticals,
a row printed as a name line over a figures line, national figures framed in bars above
the table (its caption is the title over them), and a table that names no contest filed
under the national vote of a day that also held local ones. The texts are invented:
other states and layouts than the fixtures'."""

from __future__ import annotations

from decimal import Decimal

from normgraph.loaders.extract.elections import election_key
from normgraph.loaders.extract.result_blocks import result_blocks
from normgraph.loaders.text.columns import ruled
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

from .results_support import block_rows, results_of, value_of

MIXED = """\
Preliminary results

Party                    | Votes     | %      | Seats
Green Union      412 077 | 38.2 %  | 31
Civic Forum      301 550 | 27.9 %  | 22
"""

BOXED = """\
Results of the vote

\u2502 List         \u2502 Votes   \u2502 %    \u2502 Mandates \u2502
\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524
\u2502 Green Union  \u2502 412 077 \u2502 38.2 \u2502 31       \u2502
\u2502 Civic Forum  \u2502 301 550 \u2502 27.9 \u2502 22       \u2502
"""

TWO_LINE_ROWS = """\
The commission published the votes of each nominating party as follows:

Nominating party
     votes | share of votes | seats
Green Union of the Northern
Lowlands
     412 077 | 38.20 % | 31
Civic Forum
     301 550 | 27.90 % | 22
Total
     713 627 | 100.00 % | 53
"""

FRAMED_FIGURES = """\
First round, 5 April 2015

| Candidate        | Votes     |     % |
|------------------|-----------|-------|
| Ilse Varga       | 1 300 000 | 52.00 |
| Tomas Reiner     | 1 200 000 | 48.00 |

Second round, 19 April 2015

| Voters on the main and supplementary lists | 4 100 310 |
| Turnout                                    |   58.4 %  |

| Candidate        | Votes     |     % |
|------------------|-----------|-------|
| Tomas Reiner     | 1 250 000 | 51.00 |
| Ilse Varga       | 1 201 000 | 49.00 |
"""


def test_a_bar_between_spaced_cells_is_a_column_gap_and_a_bar_in_a_word_is_not() -> None:
    assert ruled("Green Union  1 204 | 48.2 % | 61") == "Green Union  1 204   48.2 %   61"
    assert ruled("Left|Right  12") == "Left|Right  12"


def test_a_row_mixing_spaces_and_bars_gives_every_figure() -> None:
    assert block_rows(MIXED) == {
        "Green Union": (Decimal(412077), Decimal("38.2"), Decimal(31)),
        "Civic Forum": (Decimal(301550), Decimal("27.9"), Decimal(22)),
    }


def test_box_drawing_verticals_are_column_gaps() -> None:
    assert block_rows(BOXED) == {
        "Green Union": (Decimal(412077), Decimal("38.2"), Decimal(31)),
        "Civic Forum": (Decimal(301550), Decimal("27.9"), Decimal(22)),
    }


def test_a_name_line_over_a_barred_figures_line_is_one_row() -> None:
    blocks = result_blocks(SourceText("t", "t.txt", TWO_LINE_ROWS))
    assert len(blocks) == 1
    assert block_rows(TWO_LINE_ROWS) == {
        "Green Union of the Northern Lowlands": (Decimal(412077), Decimal("38.20"), Decimal(31)),
        "Civic Forum": (Decimal(301550), Decimal("27.90"), Decimal(22)),
    }
    assert [row.votes.value for row in blocks[0].table.totals if row.votes] == [713627]


def test_the_title_over_framed_national_figures_is_the_table_caption() -> None:
    blocks = result_blocks(SourceText("t", "t.txt", FRAMED_FIGURES))
    assert [(block.round, [row.name for row in block.table.rows]) for block in blocks] == [
        (1, ["Ilse Varga", "Tomas Reiner"]),
        (2, ["Tomas Reiner", "Ilse Varga"]),
    ]


def test_a_table_naming_no_contest_goes_to_the_national_vote_of_its_day() -> None:
    _, facts = results_of(TWO_LINE_ROWS, ("local", "2018-03-25"), ("parliamentary", "2018-03-25"))
    fact = facts["Civic Forum"][0]
    elected = value_of(fact, NG.election)
    assert election_key(elected).kind == "parliamentary"  # type: ignore[arg-type]
    assert value_of(fact, NG.seats) == 22


def test_a_running_footer_drawn_with_bars_is_no_row() -> None:
    footer = "page {} | Observer Mission Final Report | Testland, Elections to the Assembly"
    prose = "The commission met weekly and published its decisions on its website in time.\n"
    pages = "".join(f"{prose}\n{footer.format(n)}\n\n" for n in (3, 4))
    text = pages + "Results\n\nParty             Votes       %\nGreen Union     412 077    57.7\n"
    text += f"{footer.format(5)}\nCivic Forum     301 550    42.3\n"
    assert set(block_rows(text)) == {"Green Union", "Civic Forum"}
