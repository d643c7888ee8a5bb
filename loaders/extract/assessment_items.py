"""Verdicts stated item by item, where a report does not phrase each as a sentence: a list
of earlier recommendations, each item "<the ask>: <status>" ("-- audit of the voter
register:  partially implemented"), under a lead-in that names earlier recommendations ("Of
our own 2029 recommendations:") or in a section reviewing them, is one assessment per item,
with the bare status after its colon and the ask as its text.

(A verdict on several that names them, "Several prior recommendations were addressed,
including on X and on Y", stays one assessment of the several: the tune half's readers mark
the general verdict seven times to once the named items.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.document import Document, ElementKind

_BARE_STATUS = re.compile(
    r":\s+(?P<status>(?:(?:fully|partially|partly|largely|mostly|not(?:\s+yet)?|in\s+part)\s+)?"
    r"(?:implemented|addressed|done|met)|outstanding|pending|unaddressed|unimplemented"
    r"|no\s+(?:action|progress))\s*(?=[(;.,]|$)",
    re.I,
)
"""A bare status after an item's colon ("...:  partially implemented (an audit began ...);")."""
_FIELD = re.compile(r"^\W*(?:status|assessment|progress|implementation|follow-?up)\b", re.I)
"""A tracker's field ("Status: implemented"): ``extract.tracker``'s to read."""


def bare_status(text: str) -> tuple[int, str] | None:
    """(where the ask ends, status) of an item "<ask>: <status>" whose ask has three words
    or more; None for any other text."""
    match = _BARE_STATUS.search(text)
    if match is None or _FIELD.match(text) or len(text[: match.start()].split()) < 3:
        return None
    words = match["status"].lower()
    if re.search(r"\bnot\b|\bun|outstanding|pending|\bno\b", words):
        return match.start(), "not-implemented"
    if re.search(r"partial|partly|in\s+part|largely|mostly", words):
        return match.start(), "partially-implemented"
    return match.start(), "fully-implemented"


_MADE = re.compile(
    r"\brecommendations\b[^.:;]{0,60}?\b(?:made|issued|offered|put forward|gave|given)\b", re.I
)
"""Recommendations a lead-in says were made ("Of the recommendations we made in 2029:"):
earlier ones."""


def items_under_review(document: Document, reviews: Callable[[str], bool]) -> set[int]:
    """The ids of the list items that follow a lead-in paragraph ending in a colon that
    names earlier recommendations (``reviews``, or recommendations it says were made), up
    to the next paragraph or heading."""
    found: set[int] = set()
    open_list = False
    for element in document.elements:
        if element.kind is ElementKind.ITEM:
            if open_list:
                found.add(id(element))
            continue
        text = element.text.rstrip()
        open_list = (
            element.kind is ElementKind.PARAGRAPH
            and text.endswith(":")
            and (reviews(text) or _MADE.search(text) is not None)
        )
    return found


__all__ = ["bare_status", "items_under_review"]
