"""Elections named by more than one date, or by their winner's verb: a type followed by a
run of days ("mayoral elections on 14 May 2023 and 9 June 2027"), and an office-holder
"re-elected in 2022 and again on 4 August 2026". The phrasings of
:mod:`.election_phrasings` read one date per mention; these readers take the rest of the
run, so a second date in the same breath is not lost.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable

from ..text.dates import MONTH_NAME, MONTHS
from ..text.document import Element, ElementKind
from ..text.sentences import sentences
from ..text.source import Span
from .election_phrasings import CHAMBER
from .elections import Mention
from .state_data import election_type_words

_DAY = (
    rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_NAME}),?\s+(?P<year>(?:19|20)\d{{2}})"
    rf"|(?P<month2>{MONTH_NAME})\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>(?:19|20)\d{{2}})"
    r"|(?P<day4>\d{1,2})[./](?P<mnum4>0?[1-9]|1[0-2])[./](?P<year4>(?:19|20)\d{2}))(?!\d)"
)
"""A full date, day first ("9 June 2027"), month first ("August 4, 2026") or in digits
("25.09.2027")."""
_OWN_NOUN = r"(?!,?\s+(?:[\w-]+\s+){0,2}(?:elections?|referend\w*|run-?offs?|rounds?)\b)"
"""A date that opens an election's own name ("... and 7 May 2023 local elections") is
that election's, not the run's."""
_NEXT_DAY = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:on|of)\s+)?{_DAY}{_OWN_NOUN}", re.IGNORECASE
)
"""One more date of a run after an election's date ("..., 9 June 2027 and 11 May
2031")."""
_WHEN = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)(?:(?:last|first|again)\s+)?"
    rf"(?:on\s+{_DAY}|in\s+(?:(?P<month3>{MONTH_NAME})\s+)?(?P<year3>(?:19|20)\d{{2}})(?![\d-]))",
    re.IGNORECASE,
)
"""A date or a year after a verb of election ("re-elected in 2022 and again on 4 August 2026")."""
_ELECTED = re.compile(r"\b(?:re-?elected|(?:first|last)\s+elected)\b", re.IGNORECASE)
"""A re-election, or an office-holder's first or last election ("was first elected in
February 2007"): "elected" alone is as often a rule ("The President is elected for five
years") or a past fact the report does not count among the elections it names."""
_OFFICES: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"\b(?:President|head\s+of\s+state)\b"), "presidential"),
    (re.compile(r"\bmayors?\b", re.IGNORECASE), "local"),
    (re.compile(r"\bincumbent\b", re.IGNORECASE), None),
)
"""Who was elected, as the clause names them: a president (a presidential election), a
mayor (a local one), or "the incumbent" of the office the report's own election fills."""
_ELECTED_ON = re.compile(
    r"\b(?<!re-)(?<!re)elected(?:\s+(?:by\s+(?:popular|direct|universal)\s+(?:vote|suffrage)"
    r"|directly))?(?P<object>\s+(?:the|a\s+new|their|its)\s+[^,.;:()]{3,60}?)?"
    r"(?=\s+(?:last\s+)?(?:on|in)\s+)",
    re.IGNORECASE,
)
"""A body or office "elected on <day>" ("the House of Representatives, elected on 23
September 2012", "The President, last elected by popular vote on 18 February 2013"), or
voters who "elected the <body> on <day>": with its day, or its month and year ("last
elected in February 2021"), it is an election held, no rule."""
_DATED_BEFORE = re.compile(
    rf"\b[Oo]n\s+{_DAY},?\s+(?P<who>(?:[^,.;]|\.(?=\s*[a-z]))"
    r"{3,60}?)\s+(?:was|were)\s+(?:(?:first|again|directly|narrowly)\s+)?(?:re-?)?elected\s+"
    r"(?:as\s+)?(?P<office>(?:the\s+)?[^,.;]{3,40}?)(?=\s*(?:[,.;]|$)|\s+(?:in|with|by|for|after)\b)"
)
"""The day first, then who was elected to what ("On 15 April 2031 the opposition leader was
elected President in the first round"): an election held that day, of the office named
after the verb."""
_VOTERS = re.compile(r"\b(?:voters|citizens|(?:the\s+)?electorate)\b", re.IGNORECASE)
"""Who elect a body by a popular vote ("Voters elected a new Parliament on ...")."""


def _own_words(kind: str) -> str:
    """``|`` and the words the states' reports use for the body an election of ``kind``
    elects ("<the parliament's own name> elected on ..."; data), or nothing."""
    words = sorted((w for w, k in election_type_words().items() if k == kind), key=len)
    return "".join(f"|{re.escape(word)}\\b" for word in reversed(words))


_BODIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:President|head\s+of\s+state)\b"), "presidential"),
    (re.compile(rf"\b(?:{CHAMBER}|[Pp]arliament{_own_words('parliamentary')})"), "parliamentary"),
    (
        re.compile(
            r"\b(?:local|municipal|city|town|village|district|regional|county)\s+"
            r"(?:and\s+\w+\s+)?(?:councils?|assembl(?:y|ies))\b|\bmayors?\b",
            re.IGNORECASE,
        ),
        "local",
    ),
)
"""The bodies and offices an "elected on <day>" clause may name, the nearest before the
verb being the one elected."""


def _date_of(match: re.Match[str]) -> tuple[int, int | None, int | None]:
    """(year, month, day) of a ``_DAY`` or ``_WHEN`` match."""
    if match.groupdict().get("year3"):
        month = match.group("month3")
        return int(match.group("year3")), MONTHS[month.lower()] if month else None, None
    if match.groupdict().get("year4"):
        return int(match["year4"]), int(match["mnum4"]), int(match["day4"])
    if match.group("year"):
        return (
            int(match.group("year")),
            MONTHS[match.group("month").lower().rstrip(".")],
            int(match["day"]),
        )
    return int(match.group("year2")), MONTHS[match.group("month2").lower()], int(match["day2"])


def further_days(
    text: str, end: int, first: Mention, spans_of: Callable[[int, int], list[Span]]
) -> list[tuple[int, int, Mention]]:
    """The dates that continue a dated mention ending at ``end`` ("mayoral elections on 14
    May 2023 and 9 June 2027"): one mention of the same type each."""
    found: list[tuple[int, int, Mention]] = []
    last = first.when
    while (more := _NEXT_DAY.match(text, end)) is not None:
        year, month, day = _date_of(more)
        end = more.end()
        if _days_between(last, (year, month, day)) <= _ROUNDS_APART:
            break  # "28 September 2031 and 12 October 2031": the same election's second round
        spans = tuple(spans_of(more.start(), more.end()))
        found.append(
            (more.start(), end, Mention(first.country, first.kind, year, spans, month, day))
        )
        last = (year, month, day)
    return found


_ROUNDS_APART = 62
"""Days within which a second date of one election is its next round, not another cycle."""


def _days_between(
    one: tuple[int, int | None, int | None], other: tuple[int, int | None, int | None]
) -> int:
    """Days from one full date to another (a large number when either is partial)."""
    if None in one or None in other:
        return 10**6
    return abs((datetime.date(*other) - datetime.date(*one)).days)  # type: ignore[arg-type]


def office_elections(
    text: str, spans_of: Callable[[int, int], list[Span]], country: str, own_kind: str
) -> list[Mention]:
    """The elections an office-holder's "re-elected on <date>" names ("The President ...
    was last re-elected on 3 May 2029", "The incumbent ... was re-elected in 2022 and again
    on August 4, 2026"): typed by the office the clause names (``own_kind``, the report's own
    election's type, for "the incumbent"), one mention per date; none when it names no
    office."""
    found: list[Mention] = []
    for start, stop in sentences(text):
        for verb in _ELECTED.finditer(text, start, stop):
            clause = text[start : verb.start()]
            kind = next((k or own_kind for cue, k in _OFFICES if cue.search(clause)), None)
            if kind is None:
                continue
            at = verb.end()
            while (when := _WHEN.match(text, at, stop)) is not None:
                year, month, day = _date_of(when)
                spans = tuple(spans_of(when.start(), when.end()))
                found.append(Mention(country, kind, year, spans, month, day))
                at = when.end()
    return found


def elected_on(
    text: str, spans_of: Callable[[int, int], list[Span]], country: str
) -> list[tuple[int, int, Mention]]:
    """(start, end, mention) of each election a "<body> ... elected on <day>" clause of
    ``text`` names (``_ELECTED_ON``)."""
    found = [
        (match.start(), match.end(), Mention(country, kind, year, spans, month, day))
        for match in _DATED_BEFORE.finditer(text)
        if (kind := _office_kind(match["office"])) is not None
        for year, month, day in [_date_of(match)]
        for spans in [tuple(spans_of(match.start(), match.end()))]
    ]
    if not _ELECTED_ON.search(text):
        return found
    return found + [
        one
        for start, stop in sentences(text)
        for one in _elected_on(text, start, stop, spans_of, country)
    ]


def _office_kind(office: str) -> str | None:
    """The election type of the body or office ``office`` names, if it names one."""
    named = [(m.end(), kind) for cue, kind in _BODIES for m in cue.finditer(office)]
    return max(named)[1] if named else None


def _elected_on(
    text: str, start: int, stop: int, spans_of: Callable[[int, int], list[Span]], country: str
) -> list[tuple[int, int, Mention]]:
    """The elections of a sentence's "<body> ... elected on <day>" clauses (``_ELECTED_ON``):
    typed by the body or office named nearest before the verb within its clause, one
    mention per full date of the run after it."""
    found: list[tuple[int, int, Mention]] = []
    for verb in _ELECTED_ON.finditer(text, start, stop):
        if verb["object"] and not _VOTERS.search(text, start, verb.start()):
            continue  # "the assembly elected the President": no popular vote
        clause = verb["object"] or text[start : verb.start()]  # whom voters elected, or
        clause = clause[max(clause.rfind(";"), clause.rfind(" and "), 0) :]  # who was
        kind = _office_kind(clause)
        if kind is None:
            continue
        at = verb.end()
        while (when := _WHEN.match(text, at, stop)) is not None and (
            when.group("year3") is None or when.group("month3") is not None
        ):
            year, month, day = _date_of(when)
            spans = tuple(spans_of(when.start(), when.end()))
            found.append(
                (verb.start(), when.end(), Mention(country, kind, year, spans, month, day))
            )
            at = when.end()
    return found


def office_mentions(elements: Iterable[Element], country: str, own_kind: str) -> list[Mention]:
    """:func:`office_elections` of every paragraph and item of a document."""
    return [
        mention
        for element in elements
        if element.kind in (ElementKind.PARAGRAPH, ElementKind.ITEM)
        for mention in office_elections(element.text, element.spans, country, own_kind)
    ]


__all__ = ["elected_on", "further_days", "office_elections", "office_mentions"]
