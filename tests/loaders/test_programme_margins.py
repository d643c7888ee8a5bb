"""A programme report's cover fields and coded work plan under another left margin
(invented texts, their grantee and codes made up): the page indented as a whole, its
indentation flattened, or tabs. A label over its value and a coded row are read relative
to the page's margin, and a row's wrapped cells whose indentation was lost stay in its
table."""

from __future__ import annotations

import pytest

from normgraph.loaders.programme.coded_rows import coded_rows
from normgraph.loaders.programme.summary import read_summary
from normgraph.loaders.text.source import SourceText

COVER = """\
FINAL NARRATIVE REPORT

GRANTEE
    Lakeside Civic Monitors (LCM)
GRANT NUMBER
    LF-2031-014
DONOR
    Lake Fund for Democracy

Code    Activity                               Period              Status
MON-1   Long-term monitoring of the district   2031-02 to          completed
        commissions
                                               2031-06
MON-2   Polling-day observation                2031-05             completed
EDU-1   Voter information for young voters     2031-01 to 2031-04  partly completed
"""


def _margin(text: str, pad: str) -> str:
    return "\n".join(pad + line if line.strip() else line for line in text.split("\n"))


def _flat(text: str) -> str:
    return "\n".join(line.lstrip(" \t") for line in text.split("\n"))


LAYOUTS = {
    "as-written": COVER,
    "margin": _margin(COVER, "      "),
    "tab-margin": _margin(COVER, "\t"),
    "flattened": _flat(COVER),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_cover_fields_are_read_whatever_the_margin(layout: str) -> None:
    fields = read_summary(SourceText("t", "t.txt", LAYOUTS[layout]))
    assert fields["implementer"].value == "Lakeside Civic Monitors (LCM)"
    assert fields["donor"].value == "Lake Fund for Democracy"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_coded_rows_are_read_whatever_the_margin(layout: str) -> None:
    rows = coded_rows(SourceText("t", "t.txt", LAYOUTS[layout]))
    assert [row.code for row in rows] == ["MON-1", "MON-2", "EDU-1"]
    assert rows[1].name == "Polling-day observation"
    assert rows[0].name.startswith("Long-term monitoring of the district")


def test_a_flattened_label_needs_a_value_that_is_no_label() -> None:
    text = "GRANTEE\nDONOR\nLake Fund for Democracy\n"
    fields = read_summary(SourceText("t", "t.txt", text))
    assert "implementer" not in fields
    assert fields["donor"].value == "Lake Fund for Democracy"
