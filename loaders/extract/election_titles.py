"""The elections a title block names when no phrasing of ``election_mentions`` reads it: the
head read from whatever it holds, an election word, the types or bodies it names and one
date, in any order ("Parliamentary Elections and Elections to Regional, District and City
Councils, 22 December 2019", "22 December 2019 - Elections to the Assembly and Local
Councils", "LOCAL AND PARLIAMENTARY / ELECTIONS / 5 May 2031").

A title is about the elections of its one day: each type or body it names is an election of
that day. A title with two or more days, or none, or no word for a vote, gives none here
(the phrasings read such titles, or the body text does).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..text.dates import DATE_PATTERN, match_to_date
from ..text.source import Span
from .election_phrasings import VOTE_WORD, type_pattern
from .elections import Mention, election_kind


@cache
def _type_word() -> re.Pattern[str]:
    return re.compile(rf"\b{type_pattern()}\b", re.IGNORECASE)


def title_mentions(
    title: str, spans_of: Callable[[int, int], list[Span]], country: str
) -> list[Mention]:
    """One authoritative mention per type ``title`` names, each on the one date it gives;
    none when it gives no date, several, or names no vote (see the module docstring)."""
    if not VOTE_WORD.search(title):
        return []
    dates = []
    for match in DATE_PATTERN.finditer(title):
        try:
            dates.append((match_to_date(match), match))
        except ValueError:
            continue
    if len({day for day, _ in dates}) != 1:
        return []
    day, dated = dates[0]
    found: dict[str, Mention] = {}
    for word in _type_word().finditer(title):
        kind = election_kind(word.group("type"))
        if kind in found:
            continue
        spans = tuple(spans_of(word.start(), word.end()) + spans_of(dated.start(), dated.end()))
        early = bool(word.groupdict().get("early"))
        found[kind] = Mention(
            country.lower(), kind, day.year, spans, day.month, day.day, None, True, early
        )
    return list(found.values())


__all__ = ["title_mentions"]
