"""Where a report's text names an election: the phrasings (a date before or after the type,
years listed, rounds, the state's own name for the body elected, two days sharing a year in
``election_paired_dates``) as patterns, each match a Mention for elections.resolve to group."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache

from normgraph.namespaces import NG

from ..rdf.facts import Extraction, Fact
from ..text.dates import MONTH_NAME, MONTHS, NUMERIC_DATE
from ..text.document import Document, ElementKind
from ..text.sentences import sentences
from ..text.source import Span
from .election_mentions_cued import cued_kind, cued_mentions
from .election_same_day import held_with
from .election_type_lists import grouped_mentions
from .elections import Mention, election_kind, resolve
from .state_data import election_type_words
from .states import participating_states, state_named

_MONTH = MONTH_NAME
_DAYS = r"(?:\s*[-\u2013]\s*\d{1,2})?"
"""The last day of a vote held over several days ("17-19 September"): the election is
dated by its first day."""
_DATE = rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}){_DAYS}(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
_DMY = rf"(?P<day>\d{{1,2}}){_DAYS}\s+(?P<month>{_MONTH}),?\s+(?P<year>\d{{4}})"
"""A day-month-year date ("7 June 2026", "17-19 September 2021")."""
_EARLY = r"(?:(?P<early>early|pre-term|extraordinary|snap)\s+|repeat\s+)?"
"""An election called before its term ("early", "snap", "pre-term", "extraordinary"); a
"repeat" election is held again, not early."""
_GLOSS = r"(?:\s+\([\w ]+\))?"


def _alternatives(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: -len(w))
    )


_HELD = (
    r"(?:,?\s+(?:which\s+|that\s+)?(?:held|took\s+place|were\s+held|was\s+held)"
    r"|\s+(?:(?:is|are|was|were)\s+)?(?:due|scheduled|planned|expected)"
    r"(?:\s+to\s+(?:be\s+held|take\s+place))?)?"
)
"""What may stand between an election and the month or year it was held in ("the
previous parliamentary elections, held in October 2000"), or is to be held in ("the next
presidential election is due in 2019", "the presidential election scheduled for
November 2001")."""
_IN_PLACE = r"(?:\s+in\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})?"
"""Where an election was held, between it and its date ("local elections in England on
4 May 2023")."""
_MEMBERS = (
    r"(?P<type>deputies|members)\s+(?:of|to)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}"
)
"""Elections named by whom they elect to a body named in capitals ("elections of deputies
of the National Council"): a parliament's, as local councils are not named so."""
_BY = r"(?P<type>by|bi)-elections?"
"""A by-election, of any body ("the mayoral by-election", "a by-election to parliament")."""
_BY_PLACE = r"(?:\s+(?:in|for)\s+[^\W\d]+(?:[\s-][^\W\d]+){0,3})?"
"""Where a by-election was held, between it and its date ("by-election in Durres, 8 May")."""
_YEARS = r"(?P<years>\d{4}(?:(?:,\s*(?:and\s+)?|\s+and\s+)\d{4})+)"
"""A run of two or more years ("1999, 2005 and 2011", "2004, 2007, and 2012")."""
_HAPPENED = r"(?:(?:was|were)\s+held|took\s+place|followed)\s+on\s+"
"""A verb saying a vote took place on a day ("A referendum followed on 30 April 2023")."""


_VOTE_WORD = re.compile(r"election|referendum|run-?off|second[- ]round", re.IGNORECASE)
"""A word every pattern of :func:`_patterns` needs: a text without one is not scanned."""


@cache
def _body() -> str:
    """``|`` and the words a state's reports use for the body elected, or nothing."""
    bodies = _alternatives(list(election_type_words()))
    return f"|{bodies}" if bodies else ""


@cache
def _kind() -> str:
    """An election's type, perhaps called early ("early presidential")."""
    return (
        rf"{_EARLY}(?P<type>presidential|national parliamentary|parliamentary|general|"
        r"legislative|congressional|"
        rf"local council|local legislative|local|municipal|mayoral|regional|city{_body()})"
    )


@cache
def _lead_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """Where every match of ``pattern`` must start, when its text opens with an election
    type or a month: the places that lead matches at, found once per text for all the
    patterns that share it (eight open with the type, six with a month), which are then
    tried there only instead of at every character."""
    for lead in (_kind(), f"(?P<month>{_MONTH})"):
        if pattern.pattern.startswith(lead):
            return _lookahead(lead)
    return None


@cache
def _lookahead(lead: str) -> re.Pattern[str]:
    return re.compile(f"(?={lead})", re.IGNORECASE)


def _matches(
    pattern: re.Pattern[str], text: str, starts: dict[re.Pattern[str], list[int]]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``; a pattern with a lead is tried only where its lead
    matches (``starts`` keeps those places per lead for the other patterns)."""
    lead = _lead_of(pattern)
    if lead is None:
        yield from pattern.finditer(text)
        return
    if lead not in starts:
        starts[lead] = [match.start() for match in lead.finditer(text)]
    resume = 0
    for start in starts[lead]:
        if start < resume:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            resume = max(match.end(), start + 1)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], int | None], ...]:
    """Ways a report names an election; the number is the round the date belongs to. The
    words a state's reports use for an election type (the body elected) and the states'
    adjectives ("the <adjective> presidential election") come from the data. Each pattern
    must need a word of ``_VOTE_WORD`` (texts without one skip them all)."""
    body, kind = _body(), _kind()
    also = r"\s+and\s+(?P<type2>presidential|parliamentary|local|municipal|mayoral|regional)"
    adjectives = _alternatives([a for s in participating_states() for a in s.adjectives])
    patterns: tuple[tuple[str, int | None], ...] = (
        (rf"{_DATE},?\s+{kind}{_GLOSS}\s+elections?", None),
        (rf"{_DMY},?\s+{kind}{_GLOSS}\s+elections?", None),
        (rf"{_DMY},?\s+{kind}{also}\s+elections?", None),
        (rf"(?<![\d-])(?P<year>\d{{4}})\s+{kind}{also}\s+elections?", None),
        # a run of years, after the type in brackets or before it ("4 presidential
        # elections (1999, 2005 and 2011)", "the 2004, 2007 and 2012 parliamentary elections")
        (rf"{kind}\s+elections\s*\(\s*{_YEARS}\s*\)", None),
        (rf"(?<![\d-])(?<!between\s)(?<!from\s){_YEARS}\s+{kind}\s+elections", None),
        (
            rf"{kind}{_GLOSS}\s+elections?{_IN_PLACE}(?:,?\s+|\s*\(\s*)(?:of\s+|on\s+|held\s+on\s+|"
            rf"(?:took\s+place|were\s+held|was\s+held)\s+on\s+)?{_DMY}",
            None,
        ),
        (rf"\belections?\s+of\s+(?:the\s+)?{_MEMBERS},?\s+(?:of|on|held\s+on)\s+{_DMY}", None),
        (rf"{kind}{_GLOSS}\s+elections?,?\s+(?:of|on|held\s+on)\s+{NUMERIC_DATE}", None),
        (rf"{NUMERIC_DATE},?\s+{kind}{_GLOSS}\s+elections?", None),
        (
            rf"{kind}\s+(?:run-?off|second[- ]round)(?:\s+elections?)?\s+(?:on|of|held\s+on)\s+"
            rf"{_DMY}",
            2,
        ),
        (rf"{_DATE}\s+elections\s+to\s+(?P<type>parliament{body})", None),
        (
            r"(?P<type>by|bi)-elections?\s+(?:to|for)\s+parliament\s+(?:on|in)\s+"
            rf"(?:{_DATE}|(?P<y2>\d{{4}}))",
            None,
        ),
        (rf"(?P<type>parliamentary)\s+run-off\s+elections?\s+on\s+{_DATE}", 2),
        (rf"{_DMY},?\s+(?:[\w-]+\s+){{0,2}}{_BY}", None),
        (rf"{_DATE},?\s+(?:[\w-]+\s+){{0,2}}{_BY}", None),
        (rf"{_BY}{_BY_PLACE},?\s+(?:(?:of|on|held\s+on)\s+)?{_DMY}", None),
        (rf"{_BY}{_BY_PLACE},?\s+(?:(?:of|on|held\s+on)\s+)?{_DATE}", None),
        (
            rf"(?P<type>parliamentary)\s+elections\s+on\s+(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})"
            rf"\s+and\s+(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}),\s+(?P<year>\d{{4}})",
            1,
        ),
        (rf"(?P<month>{_MONTH})\s+(?P<year>\d{{4}})\s+{kind}{_GLOSS}\s+elections?", None),
        (
            rf"{kind}{_GLOSS}\s+elections?\s+(?:of|on|held\s+on|(?:took\s+place|were\s+held|"
            rf"was\s+held)\s+on)\s+{_DATE}",
            None,
        ),
        (rf"(?<![\d-])(?P<year>\d{{4}})\s+{kind}\s+elections?", None),
        # "no municipal elections have been held since 2008": the last were in 2008
        (
            rf"{kind}\s+elections?\s+(?:have|has|had)\s+been\s+held\s+since\s+(?P<year>\d{{4}})",
            None,
        ),
        (
            rf"{kind}\s+elections?{_IN_PLACE}{_HELD}\s+(?:in|of|for)\s+(?P<month>{_MONTH})\s+"
            r"(?P<year>\d{4})",
            None,
        ),
        (
            rf"{kind}\s+elections?{_HELD}\s+(?:in|of)\s+"
            rf"(?P<years>\d{{4}}(?:(?:,\s*(?:and\s+)?|\s+and\s+)\d{{4}})*)",
            None,
        ),
        (
            rf"elections\s+to\s+(?P<type>local\s+legislatures|parliament{body}){_GLOSS}\s+in\s+"
            rf"(?:(?P<month>{_MONTH})\s+)?(?P<year>\d{{4}})",
            None,
        ),
        (rf"(?<!\d )(?P<month>{_MONTH})\s+{kind}{_GLOSS}\s+elections", None),
        (rf"(?P<country>{adjectives})\s+(?P<type>presidential)\s+election", None),
        (rf"(?P<type>referendum)\s+(?:of|on|held\s+on)\s+{_DATE}", None),
        (rf"(?P<type>referendum)\s+(?:of|on|held\s+on)\s+{_DMY}", None),
        # "the referendum on membership of the Union of 23 June 2016"
        (rf"(?P<type>referendum)\s+on\s+(?:[\w'-]+\s+){{1,8}}?(?:of|held\s+on)\s+{_DMY}", None),
        (
            rf"(?P<type>referendum)\s+(?:of|in|held\s+in)\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}})",
            None,
        ),
        (rf"(?P<type>referendum)\s+{_HAPPENED}{_DMY}", None),
        (rf"(?P<type>referendum)\s+{_HAPPENED}{_DATE}", None),
        (rf"{_DATE}\s+(?:constitutional\s+)?(?P<type>referendum)", None),
        (rf"{_DMY}\s+(?:constitutional\s+)?(?P<type>referendum)", None),
        (
            r"(?<![\d-])(?P<year>\d{4})\s+(?:constitutional\s+|national\s+)?(?P<type>referendum)",
            None,
        ),
        # no type: "the elections of 17 December 2023" (``resolve`` files it under the one
        # typed election of that year, if there is exactly one)
        (rf"(?<!-)\belections?\s+(?:of|on|held\s+on)\s+{_DMY}", None),
        (rf"(?<!-)\belections?\s+(?:of|on|held\s+on)\s+{_DATE}", None),
        (rf"(?P<month>{_MONTH})\s+(?P<year>\d{{4}})\s+elections?\b", None),
    )
    return tuple((re.compile(p, re.IGNORECASE), n) for p, n in patterns)


_SECOND_ROUND = re.compile(
    rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})\s+second\s+round\s+of\s+these\s+elections"
)
_BOTH_ROUNDS = re.compile(r"first and second rounds of the elections?")
UNTYPED = ""
"""The kind of a mention that names no type ("the elections of 17 December 2023")."""
_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d{2}(?![\d-])")


_LAW_TITLE = re.compile(
    r"\b(?:Law|Code|Act|Decree|Resolution|Regulations?|Rules)\s+(?:on|of|for)\s+(?:the\s+)?$"
)
"""A law's title ending where an untyped election would begin ("Law on Elections of ...")."""


def _typed_by_sentence(text: str, at: int, taken: list[tuple[int, int]]) -> str | None:
    """The type the sentence around ``at`` gives an election it names by its day alone ("In
    the elections of 22 July 2007 the party won 341 seats"): a dated election is one event,
    and what its sentence says it elected (seats, a president) is its type. The words of
    elections already read (``taken``) are theirs ("The 19 November parliamentary elections
    and the repeat elections held on 14 January ..." does not type the second)."""
    for start, end in taken:
        text = text[:start] + " " * (end - start) + text[end:]
    bounds = sentences(text)
    sentence = next((text[s:e] for s, e in bounds if s <= at < e), "")
    return cued_kind(sentence)


def find_mentions(
    text: str,
    spans_of: Callable[[int, int], list[Span]],
    country: str,
    year: int | None = None,
    *,
    by_context: bool = False,
) -> list[Mention]:
    """The elections ``text`` names, in order. ``spans_of(start, end)`` gives the source
    spans of a stretch of ``text``; ``country`` is the ISO code of the report's state (a
    mention naming another state by its adjective is that state's); ``year`` is the
    running year for a mention that gives none ("the September parliamentary elections"):
    the last year written before it wins. ``by_context`` also reads an election named by a
    year alone and typed by its sentence or paragraph ("the 2005 election"), as discursive
    texts (scholarship) name them; reports name the type, and their bare years are often an
    earlier cycle whose type the context does not settle.
    """
    found = grouped_mentions(text, spans_of, country, _kind()) if _VOTE_WORD.search(text) else []
    taken, starts = [(start, end) for start, end, _ in found], dict[re.Pattern[str], list[int]]()
    for pattern, round_number in _patterns() if _VOTE_WORD.search(text) else ():
        for match in _matches(pattern, text, starts):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            groups = match.groupdict()
            kind = election_kind(groups["type"]) if groups.get("type") else UNTYPED
            named = state_named(groups["country"]) if groups.get("country") else None
            where = named.key if named is not None else country.lower()
            spans = tuple(spans_of(match.start(), match.end()))
            month = MONTHS[groups["month"].lower()] if groups.get("month") else None
            if groups.get("mnum"):
                month = int(groups["mnum"])
                if not 1 <= month <= 12:
                    continue
            day = int(groups["day"]) if groups.get("day") else None
            if kind == UNTYPED and _LAW_TITLE.search(
                text, max(0, match.start() - 40), match.start()
            ):
                continue  # "the Law on Elections of 25 December 2015" is a law's date
            if kind == UNTYPED and day is not None:
                kind = _typed_by_sentence(text, match.start(), taken) or UNTYPED
            early = bool(groups.get("early"))
            years = [int(y) for y in _YEAR.findall(groups.get("years") or "")]
            stated = groups.get("year") or groups.get("y2")
            if stated:
                years = [int(stated)]
            if not years:
                before = _YEAR.findall(text[: match.start()])
                context = int(before[-1]) if before else year
                if context is None:
                    continue
                years = [context]
            for one in years:
                found.append(
                    (
                        match.start(),
                        match.end(),
                        Mention(where, kind, one, spans, month, day, round_number, early=early),
                    )
                )
            if groups.get("type2"):
                other = election_kind(groups["type2"])
                for one in years:
                    also_held = Mention(where, other, one, spans, month, day, round_number)
                    found.append((match.start(), match.end(), also_held))
            if groups.get("m2"):
                second = Mention(
                    where, kind, years[0], spans, MONTHS[groups["m2"].lower()], int(groups["d2"]), 2
                )
                found.append((match.start(), match.end(), second))
            taken.append((match.start(), match.end()))
    if by_context:
        found += cued_mentions(text, spans_of, country.lower(), taken)
    found.sort(key=lambda item: item[0])
    found += held_with(text, spans_of, found)
    found.sort(key=lambda item: item[0])
    mentions = [mention for _, _, mention in found]
    for regex, both in ((_SECOND_ROUND, False), (_BOTH_ROUNDS, True)):
        for match in regex.finditer(text):
            previous = [m for start, _, m in found if start < match.start()]
            if not previous:
                continue
            last = previous[-1]
            spans = tuple(spans_of(match.start(), match.end()))
            if both:
                mentions.append(Mention(last.country, last.kind, last.year, spans, round=1))
                mentions.append(Mention(last.country, last.kind, last.year, spans, round=2))
            else:
                month = MONTHS[match.group("month").lower()]
                day = int(match.group("day"))
                mentions.append(Mention(last.country, last.kind, last.year, spans, month, day, 2))
    return mentions


def link_mentioned_elections(
    extraction: Extraction, document: Document, report: Fact, main: Fact | None, country: str
) -> list[Fact]:
    """The other elections of the report's state that its text names in passing ("the
    1995 parliamentary elections were assessed as ..."), linked to the report. Mentions of
    the report's own election (same type and year), and undated-type mentions of its
    year, are left to ``main``; ``country`` is the report's ISO code."""
    country = country.lower()
    skip: tuple[str, int] | None = None
    if main is not None:
        kind = str(main.iri).split("/id/election/", 1)[-1].split("/")[1]
        date = next((str(v) for p, v in main.values if p == NG.electionDate), "")
        skip = (kind, int(date[:4])) if date[:4].isdigit() else None
    mentions = [
        mention
        for element in document.elements
        if element.kind in (ElementKind.PARAGRAPH, ElementKind.ITEM)
        for mention in find_mentions(element.text, element.spans, country)
        if mention.country == country
        and (skip is None or (mention.kind, mention.year) != skip)
        and (skip is None or mention.kind or mention.year != skip[1])
    ]
    if skip is not None:
        mentions = _of_the_same_body(mentions, *skip)
    linked = []
    for found in resolve(extraction, mentions, report).values():
        if (NG.election, found.fact.iri) not in report.values:
            report.add(NG.election, found.fact.iri)
            linked.append(found.fact)
    return linked


def _of_the_same_body(mentions: list[Mention], kind: str, year: int) -> list[Mention]:
    """Dated elections of an earlier year named without a type ("After the elections of
    20-21 October 2017 we made nine recommendations") take the type of the report's
    election: a report names an earlier cycle of the body it observes so, and says the type
    of any other. A year some mention types settles it instead; a later date is a repeat
    vote or a round of the report's own election, not another cycle."""
    typed = {mention.year for mention in mentions if mention.kind}
    return [
        replace(mention, kind=kind)
        if not mention.kind
        and mention.day is not None
        and mention.year < year
        and mention.year not in typed
        else mention
        for mention in mentions
    ]
