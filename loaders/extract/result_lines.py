"""The lines of a results table's stretch as PDF conversion (or a Markdown conversion)
leaves them: each non-blank line with its offsets in the source and whether a blank line
stands before it; a Markdown table's bars become column gaps, its header rule a blank, and
so does any rule of dashes, dots, equals signs or box-drawing lines between the rows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.columns import ruled
from ..text.lines import split_lines
from ..text.source import SourceText


@dataclass(frozen=True)
class Line:
    """A non-blank line of the table's stretch, with its offsets in the source; a line
    after a blank one (or the first) can open a new row, not continue the one above."""

    start: int
    end: int
    text: str
    after_blank: bool

    @property
    def indent(self) -> int:
        """Leading white space, a tab counting as four (a sub-row is often tab-indented)."""
        text = self.text.expandtabs(4)
        return len(text) - len(text.lstrip())


_PIPE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")
"""The rule under a Markdown table's header ("|---|---:|")."""


_RULE = re.compile(r"^[\s\-=_.~:+*|\u2013\u2014\u2500-\u257f]*$")
"""A rule drawn across a table's columns ("-----", "......   .......", "====", box
drawing): it holds no cell, only the layout's ink."""
_RULE_MARKS = 3


def unpiped(text: str) -> str:
    """A table's line ("| Unity Front | 1 204 331 | 48.2 |", "Unity Front  1 204 | 48.2 %",
    box-drawing bars) as a line of columns (its bars become spaces, so every offset stays
    the source's, see ``text.columns``); a rule, blank."""
    if _PIPE_RULE.match(text) or (
        _RULE.match(text) and sum(not ch.isspace() for ch in text) >= _RULE_MARKS
    ):
        return " " * len(text)
    return ruled(text)


def table_lines(source: SourceText, start: int, end: int) -> list[Line]:
    """The non-blank lines of ``source.text[start:end]``, Markdown tables read as columns."""
    found: list[Line] = []
    block: int | None = None
    for line in split_lines(source.text[start:end]):
        text = unpiped(line.text)
        if not text.strip():
            continue
        found.append(Line(start + line.start, start + line.end, text, line.block != block))
        block = line.block
    return found


__all__ = ["Line", "table_lines", "unpiped"]
