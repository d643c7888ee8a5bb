"""A results row's contestant name as a PDF-extracted table sets it: the first column (a
ballot number or a list's letter in a column of its own set aside), where the name column
starts, and a wrapped name's lines joined."""

from __future__ import annotations

import re

from .result_headers import COLUMN_GAP
from .result_lines import Line

_BALLOT_NUMBER = re.compile(r"\d{1,3}[.)]?(?:\t|\s{2,}|[.)]\s)")
_LIST_LETTER = re.compile(r"[A-Z]{1,2}[.)]?(?:\t|[ \t]{2,})(?=\S)")
"""A list's letter (or two) in a column of its own before a second text column."""


def first_cell(label: str) -> str:
    """The label cut to its first column (after a ballot number in a column of its own):
    the contestant's name, without the text columns printed after it. A list's letter in
    a column of its own before the name ("B     Unity List") is blanked out: a code, no
    name (the offsets of what follows are kept)."""
    indent = len(label) - len(label.lstrip())
    code = _LIST_LETTER.match(label, indent)
    if code is not None:
        label = label[:indent] + " " * (code.end() - indent) + label[code.end() :]
    number = _BALLOT_NUMBER.match(label.lstrip())
    lead = len(label) - len(label.lstrip()) + (number.end() if number else 0)
    gap = COLUMN_GAP.search(label.rstrip(), lead)
    return label[: gap.start()] if gap else label


def ballot_numbered(label: str) -> bool:
    """Does a row's label open with its ballot number in a column of its own ("3    Unity")?"""
    return _BALLOT_NUMBER.match(label.lstrip()) is not None


def name_column(line: Line, label: str) -> int:
    """Where the row's name starts: after a ballot number in a column of its own ("3    Unity
    List"), so an unnumbered row under it ("     Independent candidates") is not taken for a
    sub-row by its indent."""
    number = _BALLOT_NUMBER.match(label.lstrip())
    return line.indent + (number.end() if number else 0)


def joined_name(parts: list[str]) -> str:
    """A wrapped name's lines joined: a line ending in a hyphen joins the next without a
    space ("Dusenov-" + "Abaiuly"), others with one."""
    name = ""
    for part in (p for p in parts if p):
        name += part if not name or name.endswith("-") else f" {part}"
    return name.strip()
