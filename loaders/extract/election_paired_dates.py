"""Elections dated by two days that share a year ("the presidential election of 22 April and
6 May 2007", "Elections to the National Assembly ... on 10 and 17 June 2012", "the
parliamentary elections of October 8 and 9, 2021"): read before the one-date phrasings of
``election_mentions``, which would otherwise take the second day alone or nothing.

Two days a week or more apart are the two rounds of one election (a run-off is held one to
four weeks after the first round); two days in a row are one vote held over two days,
dated by its first day, as ``election_mentions`` dates a multi-day vote.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from functools import cache

from ..text.dates import MONTH_NAME, MONTHS
from ..text.needed_words import finditer
from ..text.source import Span
from .elections import Mention, election_kind

_BODY = (
    r"elections?\s+to\s+the\s+(?P<body>(?-i:[A-Z][\w'-]+)(?:\s+(?:of\s+)?(?-i:[A-Z][\w'-]+)){0,3})"
)
"""An election named by the body it fills ("Elections to the National Assembly"): a
parliament's unless the body's words say it is a council of a town or region."""
_LOCAL_BODY = re.compile(
    r"\b(?:municipal|city|town|local|regional|provincial|district|village|county|communal)\b",
    re.I,
)
_BETWEEN = r"(?:,?\s+(?:which\s+|that\s+)?(?:[a-z]+\s+){0,4}?(?:on|of|for)\s+|\s*\(\s*|,?\s+)"
"""What stands between the election and its days: "of", "on", "held on", "were scheduled to
follow on", an opening bracket, or nothing."""
_DAYS = (
    rf"(?:(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{MONTH_NAME}))?\s+and\s+(?P<d2>\d{{1,2}})\s+"
    rf"(?P<m2>{MONTH_NAME}),?\s+(?P<y>\d{{4}})"
    rf"|(?P<m1b>{MONTH_NAME})\s+(?P<d1b>\d{{1,2}})\s+and\s+(?:(?P<m2b>{MONTH_NAME})\s+)?"
    rf"(?P<d2b>\d{{1,2}}),?\s+(?P<yb>\d{{4}}))(?!\d)"
)


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{kind}\s+elections?|{_BODY}){_BETWEEN}{_DAYS}", re.IGNORECASE)


def paired_mentions(
    text: str, spans_of: Callable[[int, int], list[Span]], country: str, kind: str
) -> list[tuple[int, int, Mention]]:
    """Each election ``text`` dates by two days, as (start, end, mention) for its first
    day (round 1 if the second day is a run-off) and, for a run-off, its second round.
    ``kind`` is the election-type alternation of ``election_mentions`` (group ``type``)."""
    found: list[tuple[int, int, Mention]] = []
    for match in finditer(_pattern(kind), text):
        groups = match.groupdict()
        body = groups.get("body")
        if body is not None:
            named = "local" if _LOCAL_BODY.search(body) else "parliamentary"
        else:
            named = election_kind(groups["type"])
        first, second = _days(groups)
        if first is None or second is None or second <= first:
            continue
        spans = tuple(spans_of(match.start(), match.end()))
        where = country.lower()
        early = bool(groups.get("early"))
        if (second - first).days == 1:
            one = Mention(where, named, first.year, spans, first.month, first.day, early=early)
            found.append((match.start(), match.end(), one))
            continue
        for number, day in ((1, first), (2, second)):
            mention = Mention(
                where, named, day.year, spans, day.month, day.day, number, early=early
            )
            found.append((match.start(), match.end(), mention))
    return found


def _days(groups: dict[str, str | None]) -> tuple[datetime.date | None, datetime.date | None]:
    """The two days a match names, the first taking the second's month when it gives none."""
    suffix = "" if groups.get("d1") else "b"
    year = int(groups[f"y{suffix}"] or 0)
    later_month = groups[f"m2{suffix}"] or groups[f"m1{suffix}"]
    first_month = groups[f"m1{suffix}"] or later_month
    try:
        first = datetime.date(
            year, MONTHS[(first_month or "").lower()], int(groups[f"d1{suffix}"] or 0)
        )
        second = datetime.date(
            year, MONTHS[(later_month or "").lower()], int(groups[f"d2{suffix}"] or 0)
        )
    except (KeyError, ValueError):
        return None, None
    return first, second


__all__ = ["paired_mentions"]
