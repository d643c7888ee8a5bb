"""Elections a sentence says were held on the same day as a dated one it names ("the
referendum of 17 October 2004 ... was held simultaneously with parliamentary elections"),
read after the dated mentions are found (:func:`election_mentions.find_mentions`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..text.document import Element, ElementKind
from ..text.source import Span
from .elections import Mention, election_kind

_HELD_WITH = re.compile(
    r"\b(?:simultaneously|together|concurrently|jointly|alongside)\s+with\s+(?:the\s+)?"
    r"|\bon\s+the\s+same\s+day\s+as\s+(?:the\s+)?",
    re.I,
)
_KIND_AFTER = re.compile(
    r"(?:an?\s+)?(?P<type>presidential|parliamentary|local|municipal)(?:\s+[a-z-]+){0,2}?"
    r"\s+elections?|(?:an?\s+)?(?:(?:national|nationwide|constitutional|consultative|local)\s+)?"
    r"(?P<referendum>referendum)\b"
    r"|(?:elections?|those|ones?)\s+(?:to|for|of)\s+(?:the\s+)?"
    r"(?:[\w-]+(?:,\s*|\s+and\s+|\s+)){0,4}?(?P<council>councils?|mayors?)\b",
    re.I,
)
"""The undated vote held with a dated one: an election of a type (perhaps with the body it
fills between, "local council elections"), a referendum, or an election named by the
bodies it fills ("the elections for the city mayors": local)."""
_KIND_BEFORE = re.compile(
    r"\belections?\s+(?:to|for)\s+(?:(?:the\s+)?[\w-]+(?:,\s*|\s+and\s+|\s+)){0,4}?"
    r"(?:(?P<council>councils?|mayors?)|(?P<parliament>parliament|legislature))\b"
    r"|\b(?P<type>presidential|parliamentary|local|municipal)\s+elections?\b",
    re.I,
)
"""An undated election that a sentence says was held on the same day as a dated one
("Elections to regional, district and city councils were held on the same day as ...")."""


def held_with(
    text: str, spans_of: Callable[[int, int], list[Span]], found: list[tuple[int, int, Mention]]
) -> list[tuple[int, int, Mention]]:
    """An election held on the same day as a dated one of the same sentence ("the
    referendum of 17 October 2004 ... was held simultaneously with parliamentary
    elections"): a mention of that type with that date."""
    added: list[tuple[int, int, Mention]] = []
    for match in _HELD_WITH.finditer(text):
        kind = _KIND_AFTER.match(text, match.end())
        if kind is None:
            continue
        sentence_start = max(text.rfind(". ", 0, match.start()), 0)
        dated = [m for start, _, m in found if sentence_start <= start < match.start() and m.day]
        if not dated:
            added += _held_before(text, match, sentence_start, spans_of, found)
            continue
        last = dated[-1]
        spans = tuple(spans_of(match.start(), kind.end()))
        word = kind.group("type") or kind.group("referendum")
        held = election_kind(word) if word else "local"  # councils, mayors
        mention = Mention(last.country, held, last.year, spans, last.month, last.day)
        added.append((match.start(), kind.end(), mention))
    return added


def _held_before(
    text: str,
    match: re.Match[str],
    sentence_start: int,
    spans_of: Callable[[int, int], list[Span]],
    found: list[tuple[int, int, Mention]],
) -> list[tuple[int, int, Mention]]:
    """The other way round: an undated election earlier in the sentence held "on the same
    day as" the dated one that follows: a mention of that type with that date."""
    dated = [m for start, _, m in found if match.end() <= start <= match.end() + 3 and m.day]
    before = list(_KIND_BEFORE.finditer(text, sentence_start, match.start()))
    if not dated or not before:
        return []
    last = before[-1]
    if last.group("council"):
        kind = "local"
    elif last.group("parliament"):
        kind = "parliamentary"
    else:
        kind = election_kind(last.group("type"))
    if kind == dated[0].kind:
        return []
    day = dated[0]
    spans = tuple(spans_of(last.start(), last.end()))
    mention = Mention(day.country, kind, day.year, spans, day.month, day.day)
    return [(last.start(), last.end(), mention)]


_SAME_DAY = re.compile(
    r"\b(?:on\s+the\s+same\s+day|the\s+same\s+day|simultaneously|concurrently)\b"
    r"(?!\s+(?:as|with)\b(?!\s+(?:those|the\s+ones?)\b))",
    re.I,
)
"""A sentence placing a vote on the day of the report's own election, without naming a
date or another election it goes with ("On the same day, 36 states held gubernatorial
elections", "Local elections were held simultaneously"), or naming the other only by the
body it elects ("held simultaneously with those to the city councils")."""
_SAME_DAY_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("by-election", re.compile(r"\b(?:special|by|bi)[- ]elections?\b", re.I)),
    ("referendum", re.compile(r"\breferend(?:um|ums|a)\b|\bballot\s+measures?\b", re.I)),
    (
        "local",
        re.compile(
            r"\b(?:local|municipal|mayoral|regional|gubernatorial|city|county)\s+"
            r"(?:council\s+)?elections?\b"
            # "held simultaneously with those to the regional, district and city councils"
            r"|\b(?:elections?|those|ones?)\s+(?:to|for)\s+(?:the\s+)?"
            r"(?:(?:[\w-]+(?:,\s*|\s+and\s+|\s+)){0,4}?(?:councils?|mayors?)|local)\b",
            re.I,
        ),
    ),
    ("presidential", re.compile(r"\bpresidential\s+elections?\b", re.I)),
    ("parliamentary", re.compile(r"\bparliamentary\s+elections?\b", re.I)),
)
_DATED = re.compile(r"\b(?:19|20)\d{2}\b")


def held_on_the_day(
    text: str, spans_of: Callable[[int, int], list[Span]], main: Mention
) -> list[Mention]:
    """Votes a sentence of ``text`` places "on the same day" as the report's own election
    (``main``) while naming no year of its own: one mention per type it names, dated as
    ``main``; the main election's own type is left to it."""
    found: list[Mention] = []
    for sentence in re.finditer(r"[^.]*(?:\.(?=\S)[^.]*)*\.?", text):
        at = _after_own(sentence.group(), main)
        if at is None and (
            not _SAME_DAY.search(sentence.group()) or _DATED.search(sentence.group())
        ):
            continue
        for kind, pattern in _SAME_DAY_KINDS:
            named = pattern.search(sentence.group(), at or 0)
            if named is None or kind == main.kind:
                continue
            spans = tuple(
                spans_of(sentence.start() + named.start(), sentence.start() + named.end())
            )
            found.append(Mention(main.country, kind, main.year, spans, main.month, main.day))
    return found


_SAME_DAY_AS = re.compile(
    r"\b(?:on\s+the\s+same\s+day|simultaneously|concurrently)\s+(?:as|with)\s+", re.I
)


def _after_own(sentence: str, main: Mention) -> int | None:
    """Where the other vote begins in a sentence that holds the report's own election "on
    the same day as" it ("The 2031 parliamentary elections were held on the same day as
    elections to the local councils"): the words before name the own election's type and
    no year but its own. None for any other sentence."""
    same = _SAME_DAY_AS.search(sentence)
    if same is None or any(int(year) != main.year for year in _DATED.findall(sentence)):
        return None
    own = dict(_SAME_DAY_KINDS).get(main.kind)
    if own is None or not own.search(sentence, 0, same.start()):
        return None
    return same.end()


def same_day_mentions(elements: Iterable[Element], main: Mention) -> list[Mention]:
    """:func:`held_on_the_day` of every paragraph and item of a document."""
    return [
        mention
        for element in elements
        if element.kind in (ElementKind.PARAGRAPH, ElementKind.ITEM)
        for mention in held_on_the_day(element.text, element.spans, main)
    ]
