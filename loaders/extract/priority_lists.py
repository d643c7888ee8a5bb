"""Priorities a report names outside its recommendations list.

Reports of every genre pick their most important recommendations in the summary: "It
considers the following three to be priorities:", "Our priority recommendations are:",
followed by bullet, dash or "(i)" items that the final list repeats. Each such item is a
recommendation in its own right that restates one of the list (the gold convention of
docs/quality.md: unnumbered, linked to what it repeats), and it is what marks the list's
recommendation as a priority when the list itself has no "priority" heading. An item
that restates nothing in the list is left alone: it may be a key finding or an aim.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from ..text.labels import SPELT_NUMBERS, spelt_value
from ..text.model import Element, ElementKind
from ..text.sentences import sentences
from .restatements import RESTATES, content_words, overlap

_URGENT = (
    r"priorit(?:y|ies)|most\s+(?:urgent|pressing)|urgent(?:ly)?|in\s+particular|"
    r"particular\s+attention|above\s+all|first\s+and\s+foremost"
)
_SELECTION_LEAD_IN = re.compile(
    rf"\b(?:{_URGENT}|key|main|principal|most\s+important)\b[^:]{{0,120}}:\s*$", re.I
)
"""A passage that ends by opening a selection of the recommendations ("... to be
priorities:", "priority recommendations are:", "Key recommendations:", "... draws
attention in particular to the following:", "three are the most urgent:")."""
PRIORITY = re.compile(rf"\b(?:{_URGENT})\b", re.I)
"""A selection that ranks its items first: priorities, the most urgent, those singled out
"in particular" or "above all"; "key" or "main" ones only summarise and are not ranked."""
_LEAD_IN_LENGTH = 600
"""A lead-in is a sentence or a short paragraph; a long one ending in a colon is body text."""


@dataclass(frozen=True)
class PriorityItem:
    """An item of a priority list and the key of the list's recommendation it restates."""

    item: Element
    restates: str
    priority: bool
    """Whether the selection calls its items priorities."""


def priority_items(
    elements: Sequence[Element], final: Mapping[str, str], listed: Collection[int]
) -> list[PriorityItem]:
    """The items of every list a priority lead-in opens that restate a recommendation of
    ``final`` (key to text), in order. The final list's own elements (their ``id`` in
    ``listed``) are not read."""
    found: list[PriorityItem] = []
    for index, element in enumerate(elements):
        text = element.text.strip()
        if element.kind is ElementKind.TABLE or len(text) > _LEAD_IN_LENGTH:
            continue
        if not _SELECTION_LEAD_IN.search(text):
            continue
        run: list[Element] = []
        for item in elements[index + 1 :]:
            if item.kind is not ElementKind.ITEM or id(item) in listed:
                break
            run.append(item)
        found.extend(restating_items(run, final, PRIORITY.search(text) is not None))
    return found


def restating_items(
    items: Sequence[Element], final: Mapping[str, str], priority: bool
) -> list[PriorityItem]:
    """The items of ``items`` that restate a recommendation of ``final`` (key to text): a
    priority list's, or a "Key recommendations" section's ahead of the full list;
    ``priority`` says whether the selection calls them priorities."""
    words = {key: content_words(text) for key, text in final.items()}
    found: list[PriorityItem] = []
    for item in items:
        if item.kind is not ElementKind.ITEM:
            continue
        mine = content_words(item.text)
        best = max(words, key=lambda key: overlap(mine, words[key]), default=None)
        if best is not None and overlap(mine, words[best]) >= RESTATES:
            found.append(PriorityItem(item, best, priority))
    return found


_FIRST = re.compile(
    rf"\bthe\s+first\s+(?P<count>{'|'.join(SPELT_NUMBERS[1:10])}|\d{{1,2}})\b"
    r"(?:\s+(?:recommendations|of\s+them|ones))?\s+(?:are|is)\s+(?:the\s+)?(?:most\s+)?"
    rf"\b(?:{_URGENT})",
    re.I,
)
"""A lead-in that ranks the first items of its list: "The first three are urgent", "the
first two recommendations are priorities"."""


def first_priorities(lead_in: str) -> int:
    """How many items, from the top of its list, a lead-in calls priorities (``_FIRST``);
    0 when it ranks none by position."""
    match = _FIRST.search(lead_in)
    if match is None:
        return 0
    count = match["count"]
    return int(count) if count.isdigit() else spelt_value(count)


_SPELT = rf"\b(?:{'|'.join(SPELT_NUMBERS)})\b"
_CODE = r"(?:[A-Z]{1,2}\.?|[#\u2116][ ]?)?\d{1,3}(?:\.\d{1,2})?"
"""A recommendation's number as its list prints it: "4", "R4", "A.1", "1.2", "#4"."""
_SIGN = re.compile(r"[#\u2116][ ]?")
"""A sign a list prints before its numbers ("#4"): the number is what it carries."""
_NUMBER = rf"(?:{_CODE}|{_SPELT})"
_NAMED = r"(?:recommendations?|recs?\.?|nos?\.)"
"""The word a list's numbers follow: "recommendation(s)", "Rec.", "No."."""
_REFERENCE = re.compile(
    rf"\b{_NAMED}(?:\s+(?:are|is)|\s*:)?\s*"
    rf"({_NUMBER}(?:\s*(?:,|and|&|to|-|\u2013)\s*(?:{_NAMED}\s*)?{_NUMBER})*)\b",
    re.I,
)
"""A reference to recommendations of the report by number: "(recommendation 4)",
"recommendations 1, 4 and 9", "recommendations 2 to 5", "Nos. 3-4", "Recommendations One
and Two" (numbers spelt as the list's labels spell them), "Priority recommendations are
R1, R3 and R5" (numbers coded as the list codes them), "Rec. 01, Rec. 05 and Rec. 10" (the
word repeated, the numbers zero-padded)."""
_RANGE = re.compile(r"(\d{1,3})\s*(?:to|-|\u2013)\s*(\d{1,3})")
_EARLIER = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:previous|earlier|past|prior|former)\b", re.I)
"""A sentence about another report's recommendations (a year, "previous", "earlier")."""


def referenced_priorities(
    elements: Sequence[Element], numbers: Collection[str], listed: Collection[int]
) -> set[str]:
    """The numbers of the list's recommendations (``numbers``) that a sentence outside the
    list calls priorities by reference: "It considers three of them a priority: voter
    registration (recommendation 1), ... (recommendation 4)", "Recommendations 2 to 4 are
    the most urgent". Reports of every issuer point from the summary to the list this way
    instead of repeating the text. A sentence on another report's recommendations (a year,
    "previous") is left alone, and so is a table or the list's own elements (``id`` in
    ``listed``)."""
    chosen: set[str] = set()
    for element in elements:
        if element.kind is ElementKind.TABLE or id(element) in listed:
            continue
        text = element.text
        if not PRIORITY.search(text) or not _REFERENCE.search(text):
            continue
        for start, end in sentences(text):
            sentence = text[start:end]
            if PRIORITY.search(sentence) and not _earlier(sentence):
                chosen.update(_referenced(sentence) & set(numbers))
    return chosen


_OF_YEAR = 16
"""Characters after a reference that may still date it ("recommendations 1-3 of 2003")."""


def _earlier(sentence: str) -> bool:
    """Does the sentence speak of another report's recommendations: a year or "previous"
    before its reference or right after it? A later date ("... implemented before the
    elections due in 2027") speaks of when to act on them."""
    last = [match.end() for match in _REFERENCE.finditer(sentence)]
    return bool(last and _EARLIER.search(sentence[: last[-1] + _OF_YEAR]))


def _referenced(sentence: str) -> set[str]:
    """Every recommendation number a sentence refers to, ranges spelt out."""
    found: set[str] = set()
    for match in _REFERENCE.finditer(sentence):
        group = re.sub(
            _SPELT,
            lambda word: str(spelt_value(word[0])),
            _SIGN.sub("", match.group(1)),
            flags=re.I,
        )
        for low, high in _RANGE.findall(group):
            if int(low) <= int(high) <= int(low) + 30:
                found.update(str(n) for n in range(int(low), int(high) + 1))
        codes = re.findall(_CODE, re.sub(rf"\b{_NAMED}\s*", " ", group, flags=re.I))
        found.update(codes)
        found.update(str(int(code)) for code in codes if code.isdigit())  # "05" is 5
    return found


__all__ = [
    "PriorityItem",
    "first_priorities",
    "priority_items",
    "referenced_priorities",
    "restating_items",
]
