"""Counts as reports write them, in digits or words: "1,204", "twelve", "a hundred"."""

from __future__ import annotations

import re

WORD_NUMBERS = {
    "no": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
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
