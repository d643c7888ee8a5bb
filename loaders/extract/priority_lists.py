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

from ..text.model import Element, ElementKind
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


__all__ = ["PriorityItem", "priority_items", "restating_items"]
