"""Elections of several types held on one day and named together ("the presidential and
parliamentary elections of 3 March 2030", "the parliamentary, regional and local elections
held on 9 May 2027", "local elections and a referendum held on 2 June 2030"): one mention
per type, each with that date. Read before the one-type
phrasings of ``election_mentions``, which would date only the type next to "elections".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..text.dates import MONTH_NAME, MONTHS
from ..text.needed_words import finditer
from ..text.source import Span
from .election_paired_dates import paired_mentions
from .elections import Mention, election_kind

_DAY_FIRST = rf"(?P<day>\d{{1,2}})(?:\s*[-\u2013]\s*\d{{1,2}})?\s+(?P<month>{MONTH_NAME}),?\s+"
_MONTH_FIRST = rf"(?P<month2>{MONTH_NAME})\s+(?P<day2>\d{{1,2}}),?\s+"
_ON = (
    r"(?:,?\s+(?:which\s+|that\s+)?(?:(?:(?:are|is|were|was|had\s+been|have\s+been)\s+)?"
    r"(?:already\s+|[a-z]+ly\s+)?(?:held|took\s+place|called|scheduled|set|due)\s+)?"
    r"(?:on|of|for)\s+"
    r"|\s*(?:--?|\u2013|\u2014)\s*)"
)
"""What stands between the list and its date: "of", "held on", "were called for", "already
called for", "(that were) originally scheduled for"; in a title, a dash ("Parliamentary
Elections and Referendum -- 3 April 2022")."""
_UNTYPED_BODY = r"European(?:\s+Parliament(?:ary)?)?"
"""A body elected the same day that has no election type of a state's ("local and European
elections"): a member of the list, no mention of its own."""
_OTHER_WORD = r"(?-i:[a-z][a-z-]{2,})"
"""A member of the list that is no type the readers know ("parliamentary, cantonal and
local elections"): it holds the list together and gives no election; the type next to
"elections" must be a known one."""


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    one = re.sub(r"\(\?P<\w+>", "(?:", kind)  # the type alternation without its groups
    any_ = rf"(?:{one}|{_UNTYPED_BODY})"
    member = rf"(?:{any_}|{_OTHER_WORD})"
    return re.compile(
        rf"\b(?:(?P<types>{member}(?:\s*,\s*{member})*,?\s+and\s+{any_})\s+elections"
        # elections of a type held with a referendum: "parliamentary elections and referendum"
        rf"|(?P<with>{any_})\s+elections?\s+and\s+(?:an?\s+|the\s+)?referendums?"
        rf"(?:\s+on\s+(?!\d)(?:the\s+)?[\w-]+(?:\s+[\w-]+){{0,3}}?)?){_ON}"
        rf"(?:{_DAY_FIRST}|{_MONTH_FIRST})(?P<year>\d{{4}})(?!\d)",
        re.IGNORECASE,
    )


@cache
def _type_word(kind: str) -> re.Pattern[str]:
    return re.compile(kind, re.IGNORECASE)


def listed_mentions(
    text: str, spans_of: Callable[[int, int], list[Span]], country: str, kind: str
) -> list[tuple[int, int, Mention]]:
    """(start, end, mention) for each type of each list of election types ``text`` dates;
    ``kind`` is the election-type alternation of ``election_mentions`` (group ``type``)."""
    found: list[tuple[int, int, Mention]] = []
    for match in finditer(_pattern(kind), text):
        month = MONTHS.get((match.group("month") or match.group("month2") or "").lower())
        day = int(match.group("day") or match.group("day2") or 0)
        if month is None or not 1 <= day <= 31:
            continue
        spans = tuple(spans_of(match.start(), match.end()))
        types = match.group("types") or match.group("with")
        kinds = [election_kind(m.group("type")) for m in _type_word(kind).finditer(types)]
        kinds += ["referendum"] if match.group("with") else []
        for named in dict.fromkeys(kinds):
            mention = Mention(country.lower(), named, int(match.group("year")), spans, month, day)
            found.append((match.start(), match.end(), mention))
    return found


def grouped_mentions(
    text: str, spans_of: Callable[[int, int], list[Span]], country: str, kind: str
) -> list[tuple[int, int, Mention]]:
    """The elections ``text`` names with two days (``election_paired_dates``) or several
    types (above): read first, so that the one-day, one-type phrasings do not take a part."""
    return [
        *paired_mentions(text, spans_of, country, kind),
        *listed_mentions(text, spans_of, country, kind),
    ]


__all__ = ["grouped_mentions", "listed_mentions"]
