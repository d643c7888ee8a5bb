"""Elections as reports mention them: states, election and round facts, date conflicts.

A report names an election many ways ("the December 4, 2005 Presidential Election",
"parliamentary elections in 1999, 2002 and 2004", "the parliamentary run-off elections on
October 3, 2004", "three bi-elections to parliament on December 28, 2002"). Extractors
collect ``Mention``s (type, year, and month, day and round where stated, each with its
span); ``resolve`` groups them into one election per country, type and year, takes the
first-round date from the mentions, and records a data-quality note when mentions give
different dates for the same round instead of silently picking one.

>>> str(election_iri("kz", "presidential", "2005-12-04"))
'https://w3id.org/normgraph/id/election/kz/presidential/2005-12-04'
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from rdflib import Literal, URIRef

from ...namespaces import NG, XSD
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint, slug
from ..text.dates import MONTH_NAME, MONTHS
from ..text.source import Span
from .concepts import anomaly, election_type
from .state_data import election_type_words
from .states import participating_states, state_by_code, state_named


def country(name: str) -> tuple[str, str]:
    """ISO code and label of a state as a report writes it (a name, an adjective, a
    code); a name no state has stands for itself (its slug as code, its words as label)."""
    state = state_named(name)
    if state is None and len(name) == 2 and name.isalpha():
        try:
            state = state_by_code(name)
        except KeyError:
            state = None
    if state is None:
        return slug(name).upper(), name.title()
    return state.code, state.name


_ROUND_WORDS = {1: "first round", 2: "second round"}


def state_iri(code: str) -> URIRef:
    """The state with ISO 3166 code ``code`` (``id/state/kz``)."""
    return mint("state", code)


def state_fact(name: str, spans: Sequence[Span]) -> Fact:
    """The state a country name denotes (``id/state/{code}``)."""
    code, label = country(name)
    fact = Fact(iri=state_iri(code), kind=NG.State, label=label, evidence=list(spans))
    fact.add(NG.countryCode, code)
    return fact


def election_iri(code: str, kind: str, when: str) -> URIRef:
    """``id/election/{country code}/{type}/{date or year}``."""
    return mint("election", code.lower(), kind, when)


def election_fact(
    code: str, name: str, kind: str, when: Literal, early: bool | None = None
) -> Fact:
    """The election node every loader mints: its IRI and label, state, type and date
    (``early`` where the source says whether the election was called early)."""
    fact = Fact(
        iri=election_iri(code, kind, str(when)),
        kind=NG.Election,
        label=f"{name} {'early ' if early else ''}{kind} election {when}",
    )
    fact.add(NG.country, state_iri(code)).add(NG.electionType, election_type(kind))
    if early is not None:
        fact.add(NG.early, Literal(early))
    return fact.add(NG.electionDate, when)


def date_value(year: int, month: int | None = None, day: int | None = None) -> Literal:
    """A date, month or year literal, as precise as the source is (``ng:DateOrYear``)."""
    if month is None:
        return Literal(f"{year:04d}", datatype=XSD.gYear)
    if day is None:
        return Literal(f"{year:04d}-{month:02d}", datatype=XSD.gYearMonth)
    return Literal(datetime.date(year, month, day).isoformat(), datatype=XSD.date)


@dataclass(frozen=True)
class Mention:
    """One place a report names an election (or one of its rounds)."""

    country: str
    """Lower-case ISO 3166 code of the state ("kz")."""
    kind: str
    """Election-type slug."""
    year: int
    spans: tuple[Span, ...]
    month: int | None = None
    day: int | None = None
    round: int | None = None
    """1 or 2 when the mention names a round (or its date is a round's); None otherwise."""
    authoritative: bool = False
    """Stated in a title block: preferred when mentions disagree (and the conflict noted)."""

    @property
    def span(self) -> Span:
        return self.spans[0]

    @property
    def when(self) -> tuple[int, int | None, int | None]:
        return (self.year, self.month, self.day)


@dataclass
class Resolved:
    """One election as resolved from its mentions."""

    fact: Fact
    mentions: list[Mention]
    rounds: dict[int, Fact]


def _best(mentions: list[Mention]) -> Mention:
    """The most precise mention; title-block mentions first, then the most frequent date."""
    counts: dict[tuple[int, int | None, int | None], int] = defaultdict(int)
    for mention in mentions:
        counts[mention.when] += 1
    return max(
        mentions,
        key=lambda m: (m.day is not None, m.month is not None, m.authoritative, counts[m.when]),
    )


def resolve(
    extraction: Extraction, mentions: list[Mention], report: Fact | None = None
) -> dict[tuple[str, str, int], Resolved]:
    """One election fact (with rounds) per country, type and year; notes for conflicts.

    The first round's date is the most precise date the mentions give for it (a title
    block's date wins a tie); if mentions give different full dates for one round, or a
    month that contradicts the chosen date, a ``ng:DataQualityNote`` cites them all.
    """
    groups: dict[tuple[str, str, int], list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[(mention.country, mention.kind, mention.year)].append(mention)
    # "parliamentary elections in 1999, 2002 and 2004" where 2002 saw only by-elections:
    # a year-only parliamentary mention joins the by-election of that year.
    for where, kind, year in list(groups):
        by = (where, "by-election", year)
        year_only = all(m.month is None for m in groups[(where, kind, year)])
        if kind == "parliamentary" and by in groups and year_only:
            groups[by].extend(groups.pop((where, kind, year)))
    resolved: dict[tuple[str, str, int], Resolved] = {}
    for (where, kind, year), group in sorted(groups.items()):
        code, name = country(where)
        firsts = [m for m in group if m.round in (None, 1)]
        best = _best(firsts or group)
        if best.round == 2 and not firsts:
            value = date_value(year)
        else:
            value = date_value(year, best.month, best.day)
        fact = election_fact(code, name, kind, value)
        iri = fact.iri
        fact.evidence.extend(dict.fromkeys(s for m in group for s in m.spans))
        extraction.merge(state_fact(where, [group[0].span]))
        rounds: dict[int, Fact] = {}
        numbered = {m.round for m in group if m.round}
        if 2 in numbered:
            fact.add(NG.roundCount, Literal(2, datatype=XSD.integer))
            for number in (1, 2):
                in_round = [m for m in group if (m.round or 1) == number]
                round_fact = Fact(
                    iri=URIRef(f"{iri}/round/{number}"),
                    kind=NG.ElectionRound,
                    label=f"{fact.label}, {_ROUND_WORDS[number]}",
                    evidence=list(dict.fromkeys(s for m in in_round for s in m.spans))
                    or [group[0].span],
                )
                round_fact.add(NG.election, iri)
                round_fact.add(NG.roundNumber, Literal(number, datatype=XSD.integer))
                dated = [m for m in in_round if m.month is not None]
                if dated:
                    chosen = best if number == 1 and best in dated else _best(dated)
                    round_fact.add(NG.roundDate, date_value(year, chosen.month, chosen.day))
                rounds[number] = round_fact
        extraction.merge(fact)
        for round_fact in rounds.values():
            extraction.merge(round_fact)
        _note_conflicts(extraction, fact, [m for m in group if m.round != 2], best, report)
        resolved[(where, kind, year)] = Resolved(fact, group, rounds)
    return resolved


def _note_conflicts(
    extraction: Extraction,
    election: Fact,
    mentions: list[Mention],
    best: Mention,
    report: Fact | None,
) -> None:
    """A note when first-round mentions disagree with the chosen date."""
    disagree = [
        m
        for m in mentions
        if m.month is not None
        and (
            m.month != best.month
            or (m.day is not None and best.day is not None and m.day != best.day)
        )
    ]
    if not disagree:
        return
    written = sorted({" ".join(x.quote for x in m.spans) for m in [best, *disagree]})
    note = Fact(
        iri=URIRef(f"{election.iri}/note/date-conflict"),
        kind=NG.DataQualityNote,
        label=f"Conflicting dates for the {election.label}",
        evidence=list(dict.fromkeys(s for m in [best, *disagree] for s in m.spans)),
    )
    note.add(NG.flags, election.iri)
    note.add(NG.anomalyKind, anomaly("source-discrepancy"))
    note.add(
        NG.message,
        "The source dates this election (or its first round) differently: "
        + "; ".join(f"'{w}'" for w in written)
        + f". The election is filed under {best.span.quote!r}; check which date is right.",
    )
    if report is not None:
        note.add(NG.sourceReport, report.iri)
    extraction.merge(note)


_MONTH = MONTH_NAME
_DATE = rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
_DMY = rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH}),?\s+(?P<year>\d{{4}})"
"""A day-month-year date ("7 June 2026")."""
_EARLY = r"(?:(?:early|pre-term|extraordinary|snap|repeat)\s+)?"
_GLOSS = r"(?:\s+\([\w ]+\))?"


def _alternatives(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: -len(w))
    )


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], int | None], ...]:
    """Ways a report names an election; the number is the round the date belongs to. The
    words a state's reports use for an election type (the body elected) and the states'
    adjectives ("the <adjective> presidential election") come from the data."""
    bodies = _alternatives(list(election_type_words()))
    body = f"|{bodies}" if bodies else ""
    kind = (
        r"(?P<type>presidential|national parliamentary|parliamentary|local council|"
        rf"local legislative|local|municipal|city{body})"
    )
    adjectives = _alternatives([a for s in participating_states() for a in s.adjectives])
    patterns: tuple[tuple[str, int | None], ...] = (
        (rf"{_DATE},?\s+{kind}{_GLOSS}\s+elections?", None),
        (rf"{_DMY},?\s+{_EARLY}{kind}{_GLOSS}\s+elections?", None),
        (rf"{_EARLY}{kind}{_GLOSS}\s+elections?,?\s+(?:of\s+|on\s+)?{_DMY}", None),
        (rf"{_DATE}\s+elections\s+to\s+(?P<type>parliament{body})", None),
        (
            r"(?P<type>by|bi)-elections?\s+(?:to|for)\s+parliament\s+(?:on|in)\s+"
            rf"(?:{_DATE}|(?P<y2>\d{{4}}))",
            None,
        ),
        (rf"(?P<type>parliamentary)\s+run-off\s+elections?\s+on\s+{_DATE}", 2),
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
        (
            rf"{kind}\s+elections\s+(?:in|of)\s+(?P<years>\d{{4}}(?:(?:,\s*|\s+and\s+)\d{{4}})*)",
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
        (rf"{_DATE}\s+(?:constitutional\s+)?(?P<type>referendum)", None),
    )
    return tuple((re.compile(p, re.IGNORECASE), n) for p, n in patterns)


_SECOND_ROUND = re.compile(
    rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})\s+second\s+round\s+of\s+these\s+elections"
)
_BOTH_ROUNDS = re.compile(r"first and second rounds of the elections?")
_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d{2}(?![\d-])")


def election_kind(word: str) -> str:
    """The election-type slug for the word a report uses ("presidential", "bi", the name
    of the body elected as the state's data gives it)."""
    word = word.lower()
    bodies = {w.lower(): kind for w, kind in election_type_words().items()}
    if word in bodies:
        return bodies[word]
    if word.endswith("referendum"):
        return "referendum"
    if word in ("by", "bi"):
        return "by-election"
    if word.startswith("presidential"):
        return "presidential"
    if word in ("parliament", "parliamentary", "national parliamentary"):
        return "parliamentary"
    return "local"


def find_mentions(
    text: str,
    spans_of: Callable[[int, int], list[Span]],
    country: str,
    year: int | None = None,
) -> list[Mention]:
    """The elections ``text`` names, in order. ``spans_of(start, end)`` gives the source
    spans of a stretch of ``text``; ``country`` is the ISO code of the report's state (a
    mention naming another state by its adjective is that state's); ``year`` is the
    running year for a mention that gives none ("the September parliamentary elections"):
    the last year written before it wins.
    """
    found: list[tuple[int, int, Mention]] = []
    taken: list[tuple[int, int]] = []
    for pattern, round_number in _patterns():
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            groups = match.groupdict()
            kind = election_kind(groups["type"])
            named = state_named(groups["country"]) if groups.get("country") else None
            where = named.key if named is not None else country.lower()
            spans = tuple(spans_of(match.start(), match.end()))
            month = MONTHS[groups["month"].lower()] if groups.get("month") else None
            day = int(groups["day"]) if groups.get("day") else None
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
                        Mention(where, kind, one, spans, month, day, round_number),
                    )
                )
            if groups.get("m2"):
                second = Mention(
                    where, kind, years[0], spans, MONTHS[groups["m2"].lower()], int(groups["d2"]), 2
                )
                found.append((match.start(), match.end(), second))
            taken.append((match.start(), match.end()))
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


__all__ = [
    "Mention",
    "Resolved",
    "country",
    "date_value",
    "election_fact",
    "election_iri",
    "election_kind",
    "find_mentions",
    "resolve",
    "state_fact",
    "state_iri",
]
