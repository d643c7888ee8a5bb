"""Marks by which a list rates some of its recommendations as priorities in the item
itself, whatever the genre: a word opening the item after its number ("3.  PRIORITY - The
CEC should ...", "(Priority) ...", "High priority: ..."). The marker is no part of the
recommendation's text; the list's items without it are not priorities."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text.lines import GLYPHS
from ..text.model import Element, ElementKind
from ..text.source import SourceText

LEADING_PRIORITY = re.compile(
    r"\s*(?:[(\[]\s*(?:high\s+)?priority\s*[)\]]\s*[:\u2013\u2014-]?"
    r"|(?:high\s+)?priority\s*[:\u2013\u2014-]|(?-i:PRIORITY)(?=\s+[A-Z]))\s*",
    re.I,
)
"""A marker opening an item; "Priority should be given to ..." is a sentence, not one."""


def leading_priority(text: str, start: int = 0) -> re.Match[str] | None:
    """The priority marker opening ``text`` at ``start``, or None."""
    return LEADING_PRIORITY.match(text, start)


def _written_label(element: Element, source: SourceText) -> str:
    """What stands on an item's first line before its own text ("\u25ba 1.", "4.*")."""
    if not element.pieces:
        return ""
    start = element.pieces[0].start
    return source.text[source.text.rfind("\n", 0, start) + 1 : start]


_MARKS = {*GLYPHS, "*"}
"""What may mark an item by its number: a bullet glyph, or an asterisk."""


def glyph_marked(elements: Iterable[Element], source: SourceText) -> set[int]:
    """The ids of the numbered items whose number a glyph precedes ("\u25ba 3.", "\u25ba12.")
    or an asterisk follows ("1.*"), where some of the list's numbered items carry
    it and others do not: the marked ones are what the lead-in calls its priorities. A
    glyph by every number is decoration."""
    numbered = [e for e in elements if e.kind is ElementKind.ITEM and e.label]
    marked = {id(e) for e in numbered if set(_written_label(e, source)) & _MARKS}
    return marked if len(marked) < len(numbered) else set()


__all__ = ["LEADING_PRIORITY", "glyph_marked", "leading_priority"]
