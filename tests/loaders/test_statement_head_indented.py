"""A statement's title block whose lines are deeply indented, as a centred cover comes out
of a PDF: the block is read when a dateline closes it and given up at once when none does.
The block's pattern once let each line's trailing white space and the next line's indent
split in every way, so a centred cover with no dateline took minutes to give up on."""

from __future__ import annotations

import datetime

from normgraph.loaders.statement.head import read_statement_head
from normgraph.loaders.text.source import SourceText
from tests.loaders.statement_heads import title_and_dateline

_PAD = " " * 30

CENTRED = f"""\
ALBANIAN VOTERS' ALLIANCE (AVA)

{_PAD}PRELIMINARY STATEMENT

{_PAD}Observation of the Parliamentary Elections
{_PAD}of 25 April 2021

{_PAD}Tirana, 26 April 2021

The alliance deployed 1,200 observers on election day.
"""

NO_DATELINE = "\n".join(
    [
        "MONTENEGRIN WATCH FOR CLEAN ELECTIONS (MWCE)",
        "",
        *(f"{_PAD}Line {n} of a centred cover that never names its date" for n in range(1, 9)),
        "",
        "Contents",
        "  Part A   About this report",
        "",
        "The watch observed the local elections in twenty municipalities.",
    ]
)


def test_an_indented_title_block_closed_by_a_dateline_is_read() -> None:
    issued, title, dateline = title_and_dateline(CENTRED)
    assert (issued, dateline) == (datetime.date(2021, 4, 26), "Tirana, 26 April 2021")
    assert "Observation of the Parliamentary Elections" in title


def test_an_indented_cover_without_a_dateline_is_no_title_block() -> None:
    head = read_statement_head(SourceText("me", "me.txt", NO_DATELINE))
    assert head.issued is None
