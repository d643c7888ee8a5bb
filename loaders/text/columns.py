"""A table line's column separators made plain: whatever a conversion drew between the
cells of a row (a Markdown table's bars, box-drawing verticals, bars standing between
space-aligned cells in only part of a row), read as a run of spaces, with every offset
kept. Table readers then see one kind of column gap, two spaces or more, whatever mix of
separators a row used.

>>> ruled("Unity Front      1 204 | 48.2 % | 61")
'Unity Front      1 204   48.2 %   61'
>>> ruled("\u2502 Unity Front \u2502 1 204 \u2502")
'  Unity Front   1 204  '
>>> ruled("Left|Right")
'Left|Right'
"""

from __future__ import annotations

import re

CELL_GAP = r"(?:\||\t| {2,})"
"""The gap before a cell of a row as the conversion left it, for a pattern to build on: a
bar, a tab, or two spaces or more (the tracker and status-table readers read rows whose
bars ``ruled`` has not made plain)."""
_BARS = r"[|\u2502\u2503\u2551]"
"""A column bar: the keyboard's, or a box-drawing vertical (light, heavy, double)."""
_BAR = re.compile(rf"(?:(?<=\s)|^){_BARS}(?=\s|$)")
"""A bar that stands between cells: white space (or the line's edge) on both sides, so a
bar written inside a word ("Left|Right") is no separator."""
_EDGE_BAR = re.compile(rf"^\s*{_BARS}|{_BARS}\s*$")


def ruled(text: str) -> str:
    """``text`` with its column bars as spaces (same length, same offsets): every bar with
    white space on both sides, and every bar of a line framed by bars ("|12 580 523 |")."""
    if _EDGE_BAR.search(text) and text.strip()[0] == text.strip()[-1]:
        return re.sub(_BARS, " ", text)
    return _BAR.sub(" ", text)


__all__ = ["CELL_GAP", "ruled"]
