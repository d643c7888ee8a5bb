"""Results tables whose header names columns the reader gives no role (tiers of seats of a
mixed system, counts of districts): each figure is read by the column it stands under, and
an unnamed column's figure is never read as seats or votes (invented tables)."""

from __future__ import annotations

from decimal import Decimal

from normgraph.loaders.extract.result_header_columns import (
    HeaderColumn,
    column_roles,
    header_columns,
)

from .results_support import read_table, row_figures

MIXED = """\
  List                          Votes      %      Districts   Compensatory   Seats
  Union of the Centre           88 410   31.02        21             0          21
  Green Lakes Party             60 115   21.09         0             9           9
  Farmers and Herders            9 870    3.46         2             0           2
  Independent candidates           ---     ---         3           ---           3
  Other lists (6)               14 002    4.91         0             0           0
  Total                        285 000  100.00        30            15          45
"""

TIERS_FIRST = """\
Party                    Lists   Votes    %       Seats
Northern Coast Alliance    12    410321   44.1    52
Movement for the Valleys    9    301777   32.4    38
Total                      21    712098   76.5    90
"""

DASHED_AND_BLANK = """\
Bloc                            Votes cast   Share   Single-member   Party list   Seats
Dawn of Reform                     1,204,511   48.20          30            31        61
People's Front                       702,011   28.09                        21        21
Civic Platform of the
Southern Provinces                   310,880   12.44           4             —         4
"""

SPLIT_VOTES_COLUMNS = """\
Candidate          Votes    %      Regions won
Rasa Volkaite      51230   55.10       7
Ilmar Sepp         41744   44.90       3
"""


def test_seats_come_from_the_seats_column_not_the_first_tier() -> None:
    figures = row_figures(read_table(MIXED))
    assert figures["Union of the Centre"] == (Decimal(88410), Decimal("31.02"), Decimal(21))
    assert figures["Green Lakes Party"] == (Decimal(60115), Decimal("21.09"), Decimal(9))
    assert figures["Farmers and Herders"] == (Decimal(9870), Decimal("3.46"), Decimal(2))


def test_independents_without_votes_are_lumped_and_the_total_kept_apart() -> None:
    table = read_table(MIXED)
    assert "Independent candidates" not in row_figures(table)
    assert [row.name for row in table.others] == ["Independent candidates", "Other lists (6)"]
    assert [row.seats.value for row in table.totals if row.seats] == [Decimal(45)]


def test_an_unnamed_column_before_the_votes_is_not_read_as_votes() -> None:
    figures = row_figures(read_table(TIERS_FIRST))
    assert figures["Northern Coast Alliance"] == (
        Decimal(410321),
        Decimal("44.1"),
        Decimal(52),
    )
    assert figures["Movement for the Valleys"][0] == Decimal(301777)


def test_blank_and_dashed_cells_are_placed_by_their_column() -> None:
    figures = row_figures(read_table(DASHED_AND_BLANK))
    assert figures["Dawn of Reform"] == (Decimal(1204511), Decimal("48.20"), Decimal(61))
    assert figures["People's Front"] == (Decimal(702011), Decimal("28.09"), Decimal(21))
    assert figures["Civic Platform of the Southern Provinces"][2] == Decimal(4)


def test_a_trailing_unnamed_column_is_never_seats() -> None:
    figures = row_figures(read_table(SPLIT_VOTES_COLUMNS))
    assert figures["Rasa Volkaite"] == (Decimal(51230), Decimal("55.10"), None)
    assert figures["Ilmar Sepp"][2] is None


def test_headers_whose_columns_all_have_roles_keep_the_count_reading() -> None:
    assert header_columns("Party   Votes   %   Seats") == []
    assert header_columns("Party   Votes 2019   %   Votes 2023   %   Districts") == []


def test_unclear_alignment_reads_only_the_leading_named_columns() -> None:
    columns = [
        HeaderColumn(10, 15, ("votes", "")),
        HeaderColumn(18, 19, ("share", "valid")),
        HeaderColumn(24, 33, None),
        HeaderColumn(36, 41, ("seats", "")),
    ]
    # two figures under one column: no column is sure, only the leading ones are read
    assert column_roles(columns, [(10, 15), (12, 15), (30, 33)]) == [
        ("votes", ""),
        ("share", "valid"),
        None,
    ]


TWO_TIERS_NAMED = """\
Party                      Votes      %     List seats   District seats   Total
Coastal Democrats         310,442   41.20       22             9            31
Union of the Islands      201,007   26.68       14             2            16
"""

NUMBERED_WITH_DASHES = """\
No.  List of candidates            Votes        %       Seats
1    Forward Together             1 341 870    38.32     17
2    Mountain Greens                 87 224     2.49      -
"""


def test_two_seats_columns_keep_the_count_reading() -> None:
    # two columns of one role: which is the row's seats is the count reading's (the first)
    assert row_figures(read_table(TWO_TIERS_NAMED))["Coastal Democrats"] == (
        Decimal(310442),
        Decimal("41.20"),
        Decimal(22),
    )


def test_a_ballot_number_column_is_no_figure_column() -> None:
    figures = row_figures(read_table(NUMBERED_WITH_DASHES))
    assert figures["Forward Together"] == (Decimal(1341870), Decimal("38.32"), Decimal(17))
    assert figures["Mountain Greens"][:2] == (Decimal(87224), Decimal("2.49"))


def test_a_header_line_over_the_figures_only_is_not_read_by_columns() -> None:
    assert header_columns("                 Votes     % of      List    District") == []
