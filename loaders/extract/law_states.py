"""Whose law a passage names: a law named with another state's adjective or possessive
("the <adjective> Electoral Code", "the <adjective> Federal Act on Political Rights",
"<state>'s Constitution") is that state's, cited for comparison, not a law of the report's
state.
Reports on small states compare their laws with their neighbours' often; such a law filed
under the report's state would be a wrong fact, so the law readers leave it out (a report's
graph holds the laws of its state and international instruments). Which words name a state
is data (``states.py``)."""

from __future__ import annotations

import re
from functools import cache

from .states import state_alternation, state_named


@cache
def _owner_before() -> re.Pattern[str]:
    """A state's adjective or possessive ending the words before a law's name."""
    names = state_alternation(adjectives=True, every=True)
    return re.compile(
        rf"(?<![\w.])(?P<name>{names})(?:['\u2019]s)?\s+(?-i:[A-Z][\w-]*\s+){{0,2}}$",
        re.IGNORECASE,
    )


@cache
def _owner_opening() -> re.Pattern[str]:
    """A state's adjective opening a law's name as written ("<adjective> Electoral Code")."""
    names = state_alternation(adjectives=True, every=True)
    return re.compile(rf"^(?:the\s+)?(?P<name>{names})(?:['\u2019]s)?\s+", re.IGNORECASE)


def foreign_law(text: str, start: int, written: str, country: str) -> bool:
    """Does the law named ``written`` at ``text[start:]`` belong to a state other than
    ``country`` by the adjective or possessive before or opening its name? A state's own
    adjective ("the <adjective> Electoral Code" in a report on that state) keeps it."""
    found = _owner_opening().match(written) or _owner_before().search(
        text[max(0, start - 60) : start]
    )
    if found is None:
        return False
    state = state_named(found.group("name"))
    return state is not None and state.key != country.lower()


__all__ = ["foreign_law"]
