"""Whether one passage restates another: the share of content words they have in common.

A report repeats its recommendations: a body paragraph's in the final list, the summary's
priorities there too. The test is the same everywhere, so it lives here once.
"""

from __future__ import annotations

import re

_STOP = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "been",
        "should",
        "would",
        "could",
        "must",
        "their",
        "there",
        "which",
        "they",
        "shall",
        "also",
        "into",
        "such",
        "other",
        "than",
        "more",
        "well",
        "before",
        "after",
        "within",
        "all",
        "any",
        "each",
        "every",
        "its",
    ]
)
RESTATES = 0.6
"""Share of the shorter text's content words the other must hold to count as a restatement."""


def content_words(text: str) -> frozenset[str]:
    """The words that carry a passage's content: four letters or more, no function words."""
    return frozenset(w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP)


def overlap(first: frozenset[str], second: frozenset[str]) -> float:
    """How much of the smaller word set the other holds (0 to 1)."""
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


_VERDICT = re.compile(
    r"\s+(?:is|are|was|were|remains?)\s+[^,;.]{3,160}?\s+and\s+(?=(?:should|must|ought)\b)"
)
"""A verdict between a sentence's subject and what it asks ("The requirement ... is an undue
restriction on the right to stand and should be reviewed")."""
_ASKED_WORDS = 3
"""Content words the ask must keep without its verdict to be compared on its own."""


def asked_overlap(text: str, other: frozenset[str]) -> float:
    """How far ``text`` restates the recommendation whose words are ``other``: as a whole,
    or, where it first judges and then asks ("X is an undue restriction and should be
    reviewed"), its subject and its ask alone, so the verdict's words do not hide a
    restatement of the list's "X should be reviewed"."""
    whole = overlap(content_words(text), other)
    asked = content_words(_VERDICT.sub(" ", text, count=1))
    if len(asked) < _ASKED_WORDS or asked == content_words(text):
        return whole
    return max(whole, overlap(asked, other))


__all__ = ["RESTATES", "asked_overlap", "content_words", "overlap"]
