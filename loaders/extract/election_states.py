"""Which state an election a report names in passing belongs to, when the words around it
say so: a report compares with neighbours and names their elections ("the <adjective>
parliamentary elections of 2032", "<State>'s parliamentary elections of 3 April 2034", "In
neighbouring <State>, the presidential election of 2016 ...", "presidential elections in
<State> on ..."). Such an election is that state's, not the report's own; without such
words, it is the report's state's (:func:`.election_mentions.find_mentions`).
"""

from __future__ import annotations

import re
from functools import cache

from .states import State, state_alternation, state_named

_LOOK_BACK = 100
"""How far before a mention its state may be named (the clause that opens with it)."""
_BETWEEN = r"(?:(?:the|a|an|\d{4}|early|snap|recent|last|previous|next|first|latest)\s+){0,3}"
"""Words that may stand between a state's adjective and the election it qualifies ("the
<adjective> 2032 parliamentary elections", "<State>'s last parliamentary elections")."""


@cache
def _before() -> re.Pattern[str]:
    names = state_alternation(adjectives=True)
    return re.compile(
        rf"(?<![\w-])(?P<adjective>{names})(?:['\u2019]s)?\s+{_BETWEEN}$"
        rf"|(?<![\w-])In\s+(?:neighbou?ring\s+)?(?:the\s+)?(?P<clause>{names}),\s+[^,.;:()]{{0,60}}$",
        re.IGNORECASE,
    )


@cache
def _inside() -> re.Pattern[str]:
    return re.compile(
        rf"\belections?\s+in\s+(?:the\s+)?(?P<name>{state_alternation()})(?![\w])", re.IGNORECASE
    )


def state_of_mention(text: str, start: int, mention: str) -> State | None:
    """The state the words around an election mention (``mention``, at ``start`` of
    ``text``) give it, or None when they name none: an adjective or possessive right before
    it, a clause opening "In <State>, ...", or "elections in <State>" within it."""
    before = _before().search(text, max(0, start - _LOOK_BACK), start)
    if before is not None:
        return state_named(before.group("adjective") or before.group("clause"))
    inside = _inside().search(mention)
    return state_named(inside.group("name")) if inside is not None else None


__all__ = ["state_of_mention"]
