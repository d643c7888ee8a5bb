"""A results table drawn with rules (issue 13, gen15a): a rule of dots, dashes, equals signs
or box-drawing lines under the header and above the totals is layout, no row, whatever the
header says; and a name wrapped before its figures onto an indented line is one row, not a
sub-row of the row above. The texts are invented: other states and layouts than the
fixtures'."""

from __future__ import annotations

from decimal import Decimal

from normgraph.loaders.extract.result_blocks import result_blocks
from normgraph.loaders.extract.result_rows import read_result_rows
from normgraph.loaders.text.source import SourceText

DOTTED = """\
According to the preliminary figures of the commission, 48.2 per cent of voters took part.

     Party                                  Votes     % of valid
     ...................................   .......    ..........
     Coastal Renewal                         88,410        51.20
     Union of Farmers                        60,205        34.87
     Movement for a Fair and Open
       Public Administration                 24,050        13.93
     ...................................   .......    ..........
     Valid votes                            172,665       100.00

The seats will be allocated once the results are final.
"""

BOXED = """\
Final results of the presidential election

\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550\u2550
Candidate               Votes obtained     Per cent
\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
Irena Kovalenko          1 204 330        62.10
Dmytro Savchuk             734 901        37.90
======================================
Total                    1 939 231       100.00
"""


def _rows(text: str) -> dict[str, tuple[Decimal | None, Decimal | None]]:
    blocks = result_blocks(SourceText("t", "t.txt", text))
    assert len(blocks) == 1
    return {
        row.name: (
            row.votes.value if row.votes else None,
            row.share.value if row.share else None,
        )
        for row in blocks[0].table.rows
    }


def test_a_dotted_rule_under_the_header_and_over_the_totals_is_no_row() -> None:
    assert _rows(DOTTED) == {
        "Coastal Renewal": (Decimal(88410), Decimal("51.20")),
        "Union of Farmers": (Decimal(60205), Decimal("34.87")),
        "Movement for a Fair and Open Public Administration": (
            Decimal(24050),
            Decimal("13.93"),
        ),
    }


def test_a_name_wrapped_onto_an_indented_line_is_no_sub_row() -> None:
    block = result_blocks(SourceText("t", "t.txt", DOTTED))[0]
    assert block.table.sub_rows == []


def test_box_drawing_and_equals_rules_are_no_rows() -> None:
    assert _rows(BOXED) == {
        "Irena Kovalenko": (Decimal(1204330), Decimal("62.10")),
        "Dmytro Savchuk": (Decimal(734901), Decimal("37.90")),
    }


PAGED = """\
- Mission Report, Norway 2031 -                                   page 6 of 8

ANNEX: OFFICIAL RESULTS

Party                         Votes        %     Seats
Labour Alliance             801,442     31.0       54
Coastal Party               612,009     23.7       41
Green Future                181,500      7.0       12
- Mission Report, Norway 2031 -                                   page 7 of 8

Total                     2,584,300    100.0      169

- Mission Report, Norway 2031 -                                   page 8 of 8
"""


def test_a_page_footer_read_with_the_rows_is_no_row() -> None:
    table = read_result_rows(SourceText("no", "no.txt", PAGED), 0, len(PAGED))
    assert [row.name for row in table.rows] == ["Labour Alliance", "Coastal Party", "Green Future"]
