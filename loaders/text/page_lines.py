"""Page furniture inside a table as PDF extraction leaves it: a running header or footer
printed between two rows (a line that says "page" or ends in a page's number, repeated on
three pages or more, its numbers aside), and lines a text repeats word for word."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

__all__ = ["page_line", "repeated_lines"]


_RUNNING = 3
"""A line printed this often, word for word, is a page's running header or footer."""


_PAGE_WORD = re.compile(r"\bpage\b", re.I)


_PAGE_TAIL = re.compile(r"(?:#\s*(?:/|of)\s*#|[-\u2013\u2014|]\s*#\s*[-\u2013\u2014]?)\s*$")
"""A page's number closing a line, its digits masked: "17 / 19", "17 of 19", "- 17 -", "| 17"."""


def _paged(line: str) -> bool:
    """A line that says "page" or ends in a page's number: what a running footer is."""
    return bool(_PAGE_WORD.search(line) or _PAGE_TAIL.search(_masked(line)))


def page_line(line: str, text: str) -> bool:
    """A page's running footer or header: it says "page" or ends in a page's number, and
    the text prints it on three pages or more, its numbers aside ("Final Report, 2007 -
    page 17 of 17", "EOM Report - 7 May 2031   17 / 19")."""
    return _paged(line) and _masked(line) in _repeated_masked(text)


def _masked(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()))


@lru_cache(maxsize=4)
def _repeated_masked(text: str) -> frozenset[str]:
    """The lines ``text`` repeats but for their numbers, each as :func:`_masked` gives it."""
    counts = Counter(_masked(line) for line in text.splitlines() if _paged(line))
    return frozenset(line for line, count in counts.items() if count >= _RUNNING)


@lru_cache(maxsize=4)
def repeated_lines(text: str) -> frozenset[str]:
    """The lines ``text`` repeats word for word (page furniture), stripped."""
    counts = Counter(stripped for line in text.splitlines() if (stripped := line.strip()))
    return frozenset(line for line, count in counts.items() if count >= _RUNNING)
