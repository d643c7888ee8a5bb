"""The elections a statement on general elections observes: several bodies elected on one
day ("General Elections, 9 October 2033": the presidency, the parliament, the regional and
municipal councils).

The title gives the day but no type, so the shared election reader finds no election in
it. The opening says what was elected: "voters elected the President, the members of the
parliament and the municipal councils", or "presidential, parliamentary and local
elections". Each body elected is one election of that day: presidential, parliamentary
or local (the election-type scheme has no finer level; a parliament of a region or entity
is a parliament).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..extract.elections import Mention
from ..text.dates import DATE_PATTERN, match_to_date
from ..text.sentences import sentences
from ..text.source import Span, overlaps_any

_GENERAL = re.compile(
    r"\b(?:general|harmoni[sz]ed|combined|simultaneous|joint)\s+elections\b", re.I
)
"""A title naming several elections of one day by one word."""
_DATE = re.compile(DATE_PATTERN.pattern, re.I)
"""A date, also in a title written in capitals ("12 OCTOBER 2034")."""
_ELECTED = re.compile(r"\belect(?:ed|s|ing|ions?)\b", re.I)
_LISTED = re.compile(
    r"(?:\b[\w'-]+(?:\s+[\w'-]+)?(?:,\s+|,?\s+and\s+)){1,5}(?:[\w'-]+\s+){1,2}elections\b", re.I
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
"""Types listed before "elections": "presidential, parliamentary and local elections"."""
_LOCAL = r"(?:municipal|local|city|town|cantonal|regional|county|district|provincial|communal)"
_REGIONAL = r"(?:cantonal|regional|provincial|entity|state)"
_BODIES = (
    ("presidential", re.compile(r"\bpresiden(?:t|cy|tial)\b", re.I)),
    (
        "parliamentary",
        re.compile(
            rf"\b{_REGIONAL}\s+(?:[\w-]+\s+)?(?:assembl(?:y|ies)|legislatures?|parliaments?)\b"
            r"|\b(?:national|federal)\s+council\b",
            re.I,
        ),
    ),
    (
        "local",
        re.compile(
            rf"\b{_LOCAL}\s+(?:(?!assembl|council|legislature)[\w-]+\s+)?(?:and\s+{_LOCAL}\s+)?"
            r"(?:assembl\w+|councils?|"
            r"legislatures?|elections?)|\bcouncils?\b|\bmayors?\b",
            re.I,
        ),
    ),
    (
        "parliamentary",
        re.compile(
            r"\bparliament(?:s|ary)?\b|\b(?:national|people's|state)\s+assembly\b|"
            r"\bhouse\s+of\s+(?:representatives|peoples?|commons)\b|\bsenate\b",
            re.I,
        ),
    ),
)
"""What a body elected is called, by the type of its election; the first type that claims
a stretch keeps it. The legislature of a canton, province or entity of a federal state
("the ten cantonal assemblies") is a parliament, as is a chamber called a national or
federal council; "municipal assemblies", other councils and mayors are local."""


def general_mentions(
    title: str,
    title_spans: Callable[[int, int], list[Span]],
    opening: Sequence[tuple[str, Callable[[int, int], list[Span]]]],
    country: str,
) -> list[Mention]:
    """One authoritative mention per body the ``opening`` paragraphs say is elected on the
    day a title on general elections gives (``country``: the statement's ISO code); none
    when the title names no general elections or no date, or the opening no body."""
    general = _GENERAL.search(title)
    if general is None:
        return []
    # the day is written on the title's line or the next (not the block's issue date)
    line_start = title.rfind("\n", 0, general.start()) + 1
    after = title.find("\n", general.end())
    after = len(title) if after < 0 else title.find("\n", after + 1)
    date = _DATE.search(title, line_start, len(title) if after < 0 else after)
    if date is None:
        return []
    try:
        day = match_to_date(date)
    except (ValueError, KeyError):
        return []
    marker = day.strftime("%B").lower()
    found: dict[str, Mention] = {}
    for text, spans_of in opening:
        if marker not in text.lower() and not _GENERAL.search(text):
            continue  # a paragraph about something else than the day's elections
        for start, end in sentences(text):
            sentence = text[start:end]
            elected = _ELECTED.search(sentence)
            years = {int(y) for y in _YEAR.findall(sentence)}
            if elected is None or years - {day.year}:
                continue  # no election, or earlier ones ("the 2029 presidential election")
            where = [
                (elected.end(), len(sentence)),
                *(m.span() for m in _LISTED.finditer(sentence)),
            ]
            taken: list[tuple[int, int]] = []
            for kind, words in _BODIES:
                for match in words.finditer(sentence):
                    if overlaps_any(*match.span(), taken):
                        continue
                    if not any(a <= match.start() and match.end() <= b for a, b in where):
                        continue  # a body named, not elected ("the President called ...")
                    taken.append(match.span())
                    if kind in found:
                        continue
                    spans = tuple(spans_of(start + match.start(), start + match.end()))
                    found[kind] = Mention(
                        country, kind, day.year, spans, day.month, day.day, authoritative=True
                    )
    if not found:
        return []
    whole = tuple(title_spans(date.start(), date.end()))
    return [
        Mention(country, m.kind, m.year, m.spans + whole, m.month, m.day, authoritative=True)
        for m in found.values()
    ]


__all__ = ["general_mentions"]
