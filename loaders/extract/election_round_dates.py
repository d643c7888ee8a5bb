"""Rounds an election's own sentence dates after naming it ("The 2031 presidential election
(first round on 10 April 2031, second round on 24 April 2031) ...", "Presidential
elections, first round: 5 March 2031; second round: 19 March 2031"): each round's date
is a mention of that round. The gentle fallback for rounds listed after their election,
in brackets, after a colon or a comma, where the phrasings read only the election's year
or nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..text.dates import MONTHS
from ..text.source import Span
from .election_clauses import FULL_DATE
from .election_phrasings import VOTE_WORD, type_pattern
from .election_states import state_of_mention
from .elections import Mention, election_kind

_WINDOW = 220
"""How far after the election's name its rounds may be dated (one sentence or list line)."""
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])|\n\s*\n")
_ROUND_DATE = re.compile(
    r"\b(?P<ordinal>first|second|1st|2nd)\s+round(?:\s+(?:was\s+)?(?:held|took\s+place))?"
    rf"\s*(?:[:,\u2013-]\s*)?(?:on\s+)?{FULL_DATE}",
    re.IGNORECASE,
)

_ROUND_WORD = re.compile(r"\b(?:first|second|1st|2nd)[- ]round", re.IGNORECASE)
"""A round named before this one (its own election's), no other vote."""


@cache
def _named() -> re.Pattern[str]:
    return re.compile(rf"{type_pattern()}(?:\s+[a-z-]+)?\s+elections?\b", re.IGNORECASE)


def round_dates(
    text: str, spans_of: Callable[[int, int], list[Span]], country: str
) -> list[tuple[int, int, Mention]]:
    """(start, end, mention) of each round that the sentence naming an election dates
    after it; a round after another vote's name belongs to that vote, not this one."""
    found: list[tuple[int, int, Mention]] = []
    for named in _named().finditer(text):
        window = text[named.end() : named.end() + _WINDOW]
        stop = _SENTENCE_END.search(window)
        window = window[: stop.start()] if stop else window
        kind = election_kind(named["type"])
        state = state_of_mention(text, named.start(), named.group())
        where = state.key if state is not None else country.lower()
        for match in _ROUND_DATE.finditer(window):
            before = window[: match.start()]
            if VOTE_WORD.search(
                re.sub(r"(?:first|second|1st|2nd)[- ]round", "", before, flags=re.I)
            ):
                break  # another vote named between: its rounds, not this election's
            month = (match["month"] or match["month2"] or "").lower()
            if month not in MONTHS:
                continue
            number = 1 if match["ordinal"].lower() in ("first", "1st") else 2
            end = named.end() + match.end()
            mention = Mention(
                where,
                kind,
                int(match["year"] or match["year2"]),
                tuple(spans_of(named.start(), end)),
                MONTHS[month],
                int(match["day"] or match["day2"]),
                number,
            )
            found.append((named.start(), end, mention))
    return found


__all__ = ["round_dates"]
