"""Counts as reports write them, in digits or words: "1,204", "twelve", "a hundred"."""

from __future__ import annotations

import re

from ..text.labels import SPELT_NUMBERS

WORD_NUMBERS = {
    "no": 0,
    **{word.lower(): number for number, word in enumerate(SPELT_NUMBERS, start=1)},
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "a hundred": 100,
    "one hundred": 100,
}
"""Numbers reports spell out in words, as counts of complaints and cases."""


def number_value(text: str) -> int:
    """A count written in digits ("1,204") or words ("twelve")."""
    word = text.lower()
    return WORD_NUMBERS[word] if word in WORD_NUMBERS else int(re.sub(r"\D", "", text))


__all__ = ["WORD_NUMBERS", "number_value"]
