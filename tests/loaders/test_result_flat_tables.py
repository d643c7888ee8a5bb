"""A numbered results table whose names wrap before their figures, under a header wrapped
over two lines (invented table, another state's candidates), as written, with its
indentation flattened and under a left margin: a heading's last word flush left is no
contestant, and a row whose ballot number stands on the line above its figures opens its
own name (not the rest of the row above), whatever the indentation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .results_support import block_rows

TABLE = """\
FIRST ROUND, 9 March 2031

No.  Candidate                                            Votes    % votes
                                                                     valid
1    MARKOVA Lina
     (Alliance for the Coast)                          812,402      44.10
2    TAMM Erik (Forest Party)                          701,995      38.11
3    ORAV Kadri
     (Citizens' List "Open Towns")                     160,330       8.70
4    SAAR Peeter
     (Movement of the Islands)                         167,291       9.09
"""

EXPECTED = {
    "MARKOVA Lina (Alliance for the Coast)": (812402, "44.10"),
    "TAMM Erik (Forest Party)": (701995, "38.11"),
    'ORAV Kadri (Citizens\' List "Open Towns")': (160330, "8.70"),
    "SAAR Peeter (Movement of the Islands)": (167291, "9.09"),
}


def _flat(text: str) -> str:
    return "\n".join(line.lstrip() for line in text.split("\n"))


def _margin(text: str) -> str:
    return "\n".join("    " + line if line.strip() else line for line in text.split("\n"))


@pytest.mark.parametrize(
    "text", [TABLE, _flat(TABLE), _margin(TABLE)], ids=["as-written", "flattened", "margin"]
)
def test_numbered_rows_wrapped_before_their_figures(text: str) -> None:
    rows = block_rows(text)
    read = {name: (votes, share) for name, (votes, share, _) in rows.items()}
    assert read == {
        name: (Decimal(votes), Decimal(share)) for name, (votes, share) in EXPECTED.items()
    }
