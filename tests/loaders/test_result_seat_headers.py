"""Results tables with seats whose header says less than "Votes  %  Seats": a count column
the header calls something else ("Total", "Number", "Result") beside a share and the seats,
and a header whose second line starts at the left margin (invented tables, three states'
layouts). The counts are read as votes only when each share is its count over one common
base; a header's second line is never part of a contestant's name."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import pytest

from normgraph.namespaces import NG
from tests.case_tables import case_params

from .results_support import results_of, value_of

_ROWS = [
    ("Union of the Centre", "88 410", "31.02", "21"),
    ("Green Lakes Party", "60 115", "21.09", "9"),
    ("Farmers and Herders", "9 870", "3.46", "2"),
]


def _table(header: list[str], rows: Sequence[Sequence[str]]) -> str:
    lines = [f"{name:<31}{votes:>9}{share:>10}{seats:>9}" for name, votes, share, seats in rows]
    return (
        "FINAL RESULTS\n\nThe commission published the final results of the 10 March 2019 "
        "parliamentary elections:\n\n"
        + "\n".join([*header, *lines])
        + "\n\nThe turnout was published later by the commission on its website.\n"
    )


def _read(text: str) -> dict[str, tuple[object, object, object]]:
    _, by_name = results_of(text, ("parliamentary", "2019-03-10"))
    return {
        name: (value_of(f, NG.votes), value_of(f, NG.voteShare), value_of(f, NG.seats))
        for name, facts in by_name.items()
        for f in facts
    }


def test_a_count_column_named_otherwise_beside_a_share_and_seats() -> None:
    for word in ("Total", "Number", "Result"):
        header = [f"Party                          {word:<9}     %       Seats"]
        read = _read(_table(header, _ROWS))
        assert read["Union of the Centre"] == (88410, Decimal("31.02"), 21), word
        assert read["Farmers and Herders"] == (9870, Decimal("3.46"), 2), word


def test_mandates_and_per_cent_words_in_the_header() -> None:
    header = ["List                           Count     Per cent   Mandates"]
    read = _read(_table(header, _ROWS))
    assert read["Green Lakes Party"] == (60115, Decimal("21.09"), 9)


@pytest.mark.parametrize(
    ("header", "rows"), case_params("result_headers_without_votes", "header", "rows")
)
def test_a_count_column_that_is_no_vote_count_gives_no_result(
    header: str, rows: list[list[str]]
) -> None:
    assert _read(_table([header], rows)) == {}


def test_a_header_s_second_line_from_the_margin_is_no_part_of_a_name() -> None:
    variants = [
        [
            "                               Votes     Votes     Seats",
            "Political party                (number)  (%)       won",
        ],
        [
            "                               Valid votes  Share of  Seats",
            "List                           (number)     votes     obtained",
        ],
        [
            "Party or                       Votes     Per       Seats",
            "coalition                      received  cent      allocated",
        ],
    ]
    for header in variants:
        read = _read(_table(header, _ROWS))
        assert set(read) == {name for name, *_ in _ROWS}, header
        assert read["Union of the Centre"][0] == 88410
        assert read["Union of the Centre"][2] == 21


def _annex(body: str) -> dict[str, tuple[object, object, object]]:
    return _read(
        "ANNEX 3. RESULTS OF THE 10 MARCH 2019 PARLIAMENTARY ELECTIONS\n\n"
        + body
        + "\nSource: the commission's website, as published after the count ended.\n"
    )


def test_a_header_ending_in_the_seats_year_is_a_header() -> None:
    for header in (
        "Party                          Votes        %       Seats 2019",
        "List                           Votes        %       Mandates (2019)",
        "Party\tVotes\tShare\tSeats 2019",
    ):
        gap = "\t" if "\t" in header else "     "
        body = "\n".join(
            [
                header,
                gap.join(["Union of the Centre", "88 410", "31.02", "21"]),
                gap.join(["Green Lakes Party", "60 115", "21.09", "9"]),
            ]
        )
        read = _annex(body + "\n")
        assert read == {
            "Union of the Centre": (88410, Decimal("31.02"), 21),
            "Green Lakes Party": (60115, Decimal("21.09"), 9),
        }, header


def test_columns_of_an_earlier_year_are_never_this_election_s_figures() -> None:
    tables = [
        "Party                  Votes        %      Seats 2019   Seats 2015\n"
        "Union of the Centre    88 410     31.02       21           17\n"
        "Green Lakes Party      60 115     21.09        9           12\n",
        "Party                  Votes     % 2015    % 2019    Seats\n"
        "Union of the Centre    88 410     29.50     31.02       21\n"
        "Green Lakes Party      60 115     25.00     21.09        9\n",
        "Party                  Seats 2015   Votes     %      Seats 2019\n"
        "Union of the Centre       17        88 410   31.02      21\n"
        "Green Lakes Party         12        60 115   21.09       9\n",
    ]
    for body in tables:
        read = _annex(body)
        assert read["Union of the Centre"] == (88410, Decimal("31.02"), 21), body
        assert read["Green Lakes Party"] == (60115, Decimal("21.09"), 9), body
