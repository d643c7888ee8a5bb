"""What a statement's sentence asks, and of whom: "should", "must", "could" or "needs to"
with its subject, or a verb addressing an actor ("urges the CEC to"). The recommendations
readers of statements share it."""

from __future__ import annotations

import re

from ..extract.actors import find_institutions
from ..extract.addressees import addressees
from ..text.sentences import sentences

_ASKED = re.compile(
    r"\b(?:encourages?|urges?|calls? (?:up)?on|invites?|asks?)\s+(?:the\s+)?$"
    r"|\brecommends? that\s+(?:the\s+)?$"
)
"""Words that address an actor as their object: "encourages the government to ...",
"recommends that political parties ... observe"."""
_MODAL = re.compile(r"\b(?:should|must|could|need(?:s)? to)\b")


def asks(text: str) -> bool:
    """Does ``text`` ask something of someone ("should", "urges the CEC to")?"""
    return bool(_MODAL.search(text)) or any(
        _ASKED.search(text[max(0, start - 40) : start])
        for start, _, _, _ in find_institutions(text)
    )


def asked_addressees(text: str) -> list[tuple[int, int, str, str, str | None]]:
    """Who a recommendation asks to act: the subjects of "should/must/could" (as in ODIHR
    recommendations) and the actors a verb addresses ("encourages the government to")."""
    found: list[tuple[int, int, str, str, str | None]] = []
    for begin, finish in sentences(text):
        sentence = text[begin:finish]
        if _MODAL.search(sentence):  # "debates sponsored by the CEC" asks nothing of it
            for start, end, name, kind, level in addressees(sentence):
                found.append((begin + start, begin + end, name, kind, level))
        for start, end, institution, name in find_institutions(sentence):
            if _ASKED.search(sentence[max(0, start - 40) : start]):
                at = (begin + start, begin + end)
                found.append((*at, name, institution.kind, institution.level))
    unique = {name: (start, end, name, kind, level) for start, end, name, kind, level in found}
    return sorted(unique.values())


__all__ = ["asked_addressees", "asks"]
