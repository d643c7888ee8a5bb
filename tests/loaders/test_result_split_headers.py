"""A results table's header printed on two lines, and a table captioned as the whole
country's constituency (issue 13, gen20c): the header names the votes only on its second
line ("Number" over "of votes"), and "the nationwide constituency" of a proportional tier
is the national contest, not one area's (a constituency's table beside it is the local
one). The texts are invented: other states and layouts than the fixtures'."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .results_support import block_rows

ROWS = """\
North Shore Alliance   512 077      48.2            41
People's Movement      301 550      28.4            22
"""
EXPECTED = {
    "North Shore Alliance": (Decimal(512077), Decimal("48.2"), Decimal(41)),
    "People's Movement": (Decimal(301550), Decimal("28.4"), Decimal(22)),
}

SPLIT_HEADERS = [
    "                       Number       Share of        Seats\n"
    "Party                  of votes     valid votes     won\n",
    "                       Number of    Percentage      Seats\n"
    "List                   votes        of votes        won\n",
    "Electoral              Votes        %               Mandates\n"
    "contestant             received     valid           allocated\n",
]


CONSTITUENCY = """\

Results in constituency No. 4

Candidate            Votes      %
Ana Rusu            12 077   58.2
Ion Popa             8 550   41.8
"""


@pytest.mark.parametrize(
    "caption",
    [
        "Results in the nationwide constituency (proportional component)",
        "Proportional tier: the single national electoral district",
        "Results of the vote in the countrywide multi-member constituency",
    ],
)
def test_the_whole_country_constituency_is_the_national_table(caption: str) -> None:
    header = "Party                  Votes        %               Seats\n"
    assert block_rows(f"{caption}\n\n{header}{ROWS}{CONSTITUENCY}") == EXPECTED


HEADERLESS = """\
North Shore Alliance   512 077      48.2 %          41
People's Movement      301 550      28.4 %          22
"""
SEAT_CAPTIONS = ["Distribution of seats", "Mandates won by each list:", "Seats in the new Assembly"]


@pytest.mark.parametrize(
    "text",
    [
        *(
            f"Final results\n\n{header}{ROWS}\nThe seats were allocated.\n"
            for header in SPLIT_HEADERS
        ),
        *(f"{caption}\n\n{HEADERLESS}" for caption in SEAT_CAPTIONS),
    ],
)
def test_a_two_line_header_or_a_caption_of_seats_opens_the_table(text: str) -> None:
    assert block_rows(text) == EXPECTED


@pytest.mark.parametrize(
    "text",
    [
        "Budget lines\n\n           Staff        Share of\nOffice     posts        budget\n"
        "Capital       12          48.2\nRegions        9          51.8\n",
        "Distribution of seats\n\nNorth Shore Alliance   41   12   53\n"
        "People's Movement      22    9   31\nTotal                  63   21   84\n",
    ],
)
def test_words_naming_no_votes_or_seats_by_tier_open_no_table(text: str) -> None:
    assert block_rows(text) == {}
