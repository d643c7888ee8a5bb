"""Dates written with ordinals ("the 4th of October 1991", "October 4th, 1991") made
readable by the plain date patterns without moving any offset: the article, the ordinal's
suffix and "of" become spaces ("    4     October 1991"), so a reader that quotes the
source by offset quotes it unchanged."""

from __future__ import annotations

import re

from .dates import MONTH_NAME

_ORDINAL_DAY_FIRST = re.compile(
    rf"\b(?P<the>the\s+)?(?P<day>\d{{1,2}})(?P<suffix>st|nd|rd|th)(?P<of>\s+of)?"
    rf"(?=\s+(?:{MONTH_NAME})\b)",
    re.IGNORECASE,
)
_ORDINAL_MONTH_FIRST = re.compile(
    rf"\b(?:{MONTH_NAME})\s+(?P<day>\d{{1,2}})(?P<suffix>(?:st|nd|rd|th),?)(?=\s+\d{{4}})",
    re.IGNORECASE,
)


def plain_ordinals(text: str) -> str:
    """``text`` with each ordinal date's extra words blanked (same length, same offsets)."""
    if not re.search(r"\d(?:st|nd|rd|th)\b", text):
        return text
    chars = list(text)
    for pattern in (_ORDINAL_DAY_FIRST, _ORDINAL_MONTH_FIRST):
        for match in pattern.finditer(text):
            for group in ("the", "suffix", "of"):
                if group in pattern.groupindex and match.group(group):
                    start, end = match.span(group)
                    chars[start:end] = " " * (end - start)
    return "".join(chars)


__all__ = ["plain_ordinals"]
