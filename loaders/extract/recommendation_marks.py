"""Marks by which a list rates some of its recommendations as priorities in the item
itself, whatever the genre: a word opening the item after its number ("3.  PRIORITY - The
CEC should ...", "(Priority) ...", "High priority: ..."). The marker is no part of the
recommendation's text; the list's items without it are not priorities."""

from __future__ import annotations

import re

LEADING_PRIORITY = re.compile(
    r"\s*(?:[(\[]\s*(?:high\s+)?priority\s*[)\]]\s*[:\u2013\u2014-]?"
    r"|(?:high\s+)?priority\s*[:\u2013\u2014-]|(?-i:PRIORITY)(?=\s+[A-Z]))\s*",
    re.I,
)
"""A marker opening an item; "Priority should be given to ..." is a sentence, not one."""


def leading_priority(text: str, start: int = 0) -> re.Match[str] | None:
    """The priority marker opening ``text`` at ``start``, or None."""
    return LEADING_PRIORITY.match(text, start)


__all__ = ["LEADING_PRIORITY", "leading_priority"]
