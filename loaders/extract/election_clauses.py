"""Elections a clause names with its kind, then a verb of holding and a full date, with
words between that the phrasings do not foresee ("A consultative referendum on the border
agreement took place on 30 September 2031", "The last parliamentary elections, held early
on 15 July 2030, ..."); and two votes a clause says were held together on one day ("The
early presidential election and a referendum on the constitution were held together on 10
January 2031"). Read after the phrasings (``election_phrasings``), only where no phrasing
matched: the gentle fallback for an election named in the body with its own kind and date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from ..text.dates import MONTHS
from ..text.source import Span, overlaps_any
from .election_phrasings import VOTE_WORD, type_pattern
from .election_states import state_of_mention
from .elections import Mention, election_kind

FULL_DATE = (
    r"(?:the\s+)?(?:(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+),?\s+(?P<year>(?:19|20)\d{2})"
    r"|(?P<month2>[A-Z][a-z]+)\s+(?P<day2>\d{1,2}),?\s+(?P<year2>(?:19|20)\d{2}))(?!\d)"
)
"""A full date, day or month first (ordinals are made plain before: ``plain_ordinals``)."""
_VERB = (
    r"(?P<verb>(?:,\s*|\s+)(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?"
    r"(?:held|took\s+place|conducted))"
    r"(?P<adverbs>(?:\s+(?:early|together|jointly|simultaneously|concurrently|also|again|"
    r"first|last|eventually|finally))*)"
    r"(?P<place>\s+(?:in|across|throughout)\s+(?![\w-]+\s+(?:elections?|referend))"
    r"(?:[\w-]+\s+){0,3}?[\w-]+)?\s+on\s+"
)
"""The verb placing the vote on its day, with the adverbs it may take ("held early on") and
where it was held ("held in 14 municipalities on", "took place across the country on")."""
_GAP = r"(?P<gap>[^.;:\d()]{0,90}?)"
"""What may stand between the kind and the verb: words, no sentence end, no figure."""
_BODY_WORD = r"(?:\s+(?!and\b|or\b)[a-z-]+)?"
"""One word for the body elected between the kind and "elections" ("municipal council")."""
_TOGETHER = re.compile(r"together|jointly|simultaneously|concurrently")
_JOINED = re.compile(r"^\s+and\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+\s+)?referendum\b")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    kind = type_pattern()
    return (
        re.compile(rf"{kind}{_BODY_WORD}\s+elections?{_GAP}{_VERB}{FULL_DATE}", re.IGNORECASE),
        re.compile(rf"\b(?P<type>referendum){_GAP}{_VERB}{FULL_DATE}", re.IGNORECASE),
    )


def clause_mentions(
    text: str,
    spans_of: Callable[[int, int], list[Span]],
    country: str,
    taken: list[tuple[int, int]],
) -> list[tuple[int, int, Mention]]:
    """(start, end, mention) of each election a clause of ``text`` names by its kind and
    dates with a verb of holding, where no span of ``taken`` (the phrasings' matches)
    overlaps it. The gap between kind and verb names no other vote, unless the verb says
    the votes were held together and the gap joins a referendum ("X and a referendum on
    ... were held together on"): both are dated."""
    found: list[tuple[int, int, Mention]] = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if overlaps_any(start, end, taken):
                continue
            gap, adverbs = match["gap"], match["adverbs"] or ""
            together = _TOGETHER.search(adverbs) is not None
            if VOTE_WORD.search(gap) and not (together and _JOINED.match(gap)):
                continue
            month_name = (match["month"] or match["month2"] or "").lower()
            if month_name not in MONTHS:
                continue
            day = int(match["day"] or match["day2"])
            year = int(match["year"] or match["year2"])
            named = state_of_mention(text, start, match.group())
            where = named.key if named is not None else country.lower()
            early = bool(match.groupdict().get("early")) or "early" in adverbs.lower()
            spans = tuple(spans_of(start, end))
            mention = Mention(
                where, election_kind(match["type"]), year, spans, MONTHS[month_name], day
            )
            found.append((start, end, _early(mention, early)))
            if together and _JOINED.match(gap):
                also = Mention(where, "referendum", year, spans, MONTHS[month_name], day)
                found.append((start, end, also))
    return found


@cache
def _year_then_day() -> re.Pattern[str]:
    return re.compile(
        rf"{type_pattern()}{_BODY_WORD}\s+elections?\s+(?:of|in)\s+(?P<year>(?:19|20)\d{{2}})"
        rf"(?!\d){_GAP}{_VERB}(?:the\s+)?(?:(?P<day>\d{{1,2}})\s+(?P<month>[A-Z][a-z]+)\b"
        r"|(?P<month2>[A-Z][a-z]+)\s+(?P<day2>\d{1,2})\b)(?!,?\s+\d)",
        re.IGNORECASE,
    )


def dated_years(
    text: str, spans_of: Callable[[int, int], list[Span]], country: str
) -> list[tuple[int, int, Mention]]:
    """(start, end, mention) of each election named by its year and then dated by a day
    of that year ("the municipal elections of 2032 were held on 14 October of that year"):
    the day and month refine the year the phrasings read (``resolve`` keeps the most
    precise date of a kind and year)."""
    found: list[tuple[int, int, Mention]] = []
    for match in _year_then_day().finditer(text):
        month_name = (match["month"] or match["month2"] or "").lower()
        if month_name not in MONTHS or VOTE_WORD.search(match["gap"]):
            continue
        named = state_of_mention(text, match.start(), match.group())
        where = named.key if named is not None else country.lower()
        day = int(match["day"] or match["day2"])
        mention = Mention(
            where,
            election_kind(match["type"]),
            int(match["year"]),
            tuple(spans_of(match.start(), match.end())),
            MONTHS[month_name],
            day,
        )
        found.append((match.start(), match.end(), _early(mention, "early" in match["adverbs"])))
    return found


def _early(mention: Mention, early: bool) -> Mention:
    return replace(mention, early=True) if early else mention


__all__ = ["FULL_DATE", "clause_mentions", "dated_years"]
