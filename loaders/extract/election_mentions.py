"""Where a report's text names an election: the phrasings (a date before or after the type,
years listed, rounds, the state's own name for the body elected; two days sharing a year or
several types with one date in ``election_type_lists``) as patterns, each match a Mention
for elections.resolve to group.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from normgraph.namespaces import NG

from ..rdf.facts import Extraction, Fact
from ..text.dates import MONTH_NAME, MONTHS
from ..text.document import Document, ElementKind
from ..text.ordinal_dates import plain_ordinals
from ..text.sentences import sentences
from ..text.source import Span, overlaps_any
from .election_clauses import clause_mentions, dated_years
from .election_mentions_cued import cued_kind, cued_mentions
from .election_phrasings import VOTE_WORD, matches, phrasings, type_pattern
from .election_round_dates import round_dates
from .election_runs import elected_on, further_days, office_mentions
from .election_same_day import held_with, same_day_mentions
from .election_states import state_of_mention
from .election_type_lists import grouped_mentions
from .elections import Mention, election_key, election_kind, resolve
from .states import state_named

_SECOND_ROUND = re.compile(
    rf"(?P<month>{MONTH_NAME})\s+(?P<day>\d{{1,2}})\s+second\s+round\s+of\s+these\s+elections"
)
_BOTH_ROUNDS = re.compile(r"first and second rounds of the elections?")
UNTYPED = ""
"""The kind of a mention that names no type ("the elections of 17 December 2023")."""
_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d{2}(?![\d-])")


_LAW_TITLE = re.compile(
    r"\b(?:Law|Code|Act|Decree|Resolution|Regulations?|Rules)\s+(?:on|of|for)\s+(?:the\s+)?$"
)
"""A law's title ending where an untyped election would begin ("Law on Elections of ...")."""

_INSTITUTION = re.compile(
    r"\b(?:introduc\w*|reintroduc\w*|abolish\w*|abolition)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:(?:direct|popular|indirect)\s+)?$",
    re.I,
)
"""Words that make a kind of election an institution, not one vote ("since the introduction
of direct presidential elections in 1993", "abolished mayoral elections in 2014")."""


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
    text = plain_ordinals(text)  # "the 3rd of May": "3 May"
    found = (
        grouped_mentions(text, spans_of, country, type_pattern()) if VOTE_WORD.search(text) else []
    )
    taken = [(start, end) for start, end, _ in found]
    starts: dict[re.Pattern[str], list[int]] = {}
    for pattern, round_number in phrasings() if VOTE_WORD.search(text) else ():
        for match in matches(pattern, text, starts):
            if overlaps_any(*match.span(), taken):
                continue
            groups = match.groupdict()
            kind = election_kind(groups["type"]) if groups.get("type") else UNTYPED
            named = state_named(groups["country"]) if groups.get("country") else None
            named = named or state_of_mention(text, match.start(), match.group())
            where = named.key if named is not None else country.lower()
            spans = tuple(spans_of(match.start(), match.end()))
            month = MONTHS[groups["month"].lower().rstrip(".")] if groups.get("month") else None
            if groups.get("mnum"):
                month = int(groups["mnum"])
                if not 1 <= month <= 12:
                    continue
            day = int(groups["day"]) if groups.get("day") else None
            if kind == UNTYPED and _LAW_TITLE.search(
                text, max(0, match.start() - 40), match.start()
            ):
                continue  # "the Law on Elections of 25 December 2015" is a law's date
            if _INSTITUTION.search(text, max(0, match.start() - 40), match.start()):
                continue  # "the introduction of direct presidential elections in 1993"
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
            if day is not None and groups.get("year") and match.end("year") == match.end():
                first = Mention(where, kind, years[0], spans, month, day, round_number)
                run = further_days(text, match.end(), first, spans_of)
                found += run
                taken += [(start, end) for start, end, _ in run]
            if groups.get("type2"):
                other = election_kind(groups["type2"])
                for one in years:
                    also_held = Mention(where, other, one, spans, month, day, round_number)
                    found.append((match.start(), match.end(), also_held))
            if groups.get("m2"):
                second = Mention(
                    where,
                    kind,
                    years[0],
                    spans,
                    MONTHS[groups["m2"].lower().rstrip(".")],
                    int(groups["d2"]),
                    2,
                )
                found.append((match.start(), match.end(), second))
            taken.append((match.start(), match.end()))
    if VOTE_WORD.search(text):
        found += clause_mentions(text, spans_of, country, taken)
        found += dated_years(text, spans_of, country)
        found += round_dates(text, spans_of, country)
    found += [
        one
        for one in elected_on(text, spans_of, country.lower())
        if not overlaps_any(one[0], one[1], taken)
    ]
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
                month = MONTHS[match.group("month").lower().rstrip(".")]
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
        kind = election_key(main.iri).kind
        date = next((str(v) for p, v in main.values if p == NG.electionDate), "")
        skip = (kind, int(date[:4])) if date[:4].isdigit() else None
    elements = [e for e in document.elements if e.kind in (ElementKind.PARAGRAPH, ElementKind.ITEM)]
    offices = office_mentions(elements, country, election_key(main.iri).kind) if main else []
    mentions = [
        mention
        for mention in [
            *(found for e in elements for found in find_mentions(e.text, e.spans, country)),
            *offices,
        ]
        if mention.country == country
        and (skip is None or (mention.kind, mention.year) != skip)
        and (skip is None or mention.kind or mention.year != skip[1])
    ]
    own = _main_mention(main, country)
    if own is not None:
        mentions += same_day_mentions(elements, own)
    if skip is not None:
        mentions = of_the_same_body(mentions, *skip)
    linked = []
    for found in resolve(extraction, mentions, report).values():
        if (NG.election, found.fact.iri) not in report.values:
            report.add(NG.election, found.fact.iri)
            linked.append(found.fact)
    return linked


def _main_mention(main: Fact | None, country: str) -> Mention | None:
    """The report's own election as a mention (its type and full date), or None when it has
    no full date: the day other votes "on the same day" take."""
    if main is None:
        return None
    kind = election_key(main.iri).kind
    date = next((str(v) for p, v in main.values if p == NG.electionDate), "")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return None
    year, month, day = (int(part) for part in date.split("-"))
    return Mention(country, kind, year, (), month, day)


def of_the_same_body(mentions: list[Mention], kind: str, year: int) -> list[Mention]:
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
