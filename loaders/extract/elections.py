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
>>> election_key(election_iri("KZ", "presidential", "2005-12-04"))
ElectionKey(state='kz', kind='presidential', when='2005-12-04')
>>> election_key(election_iri("kz", "presidential", "2005-12-04")).path
'kz/presidential/2005-12-04'
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rdflib import Literal, URIRef

from normgraph.namespaces import NG, XSD

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint, minted_parts, slug
from ..text.source import Span
from .concepts import anomaly, election_type
from .election_apart import apart
from .election_phrasings import CHAMBER
from .state_data import election_type_words
from .states import state_by_code, state_named


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


class ElectionKey(NamedTuple):
    """The parts an election's IRI was minted from (:func:`election_iri`), as slugged."""

    state: str
    """Lower-case ISO 3166 code ("kz")."""
    kind: str
    """Election-type slug."""
    when: str
    """Date or year of the (first round of the) election."""

    @property
    def path(self) -> str:
        """``{state}/{type}/{date or year}``: the key other IRIs of the election extend."""
        return "/".join(self)


def election_key(iri: str) -> ElectionKey:
    """The key of an election IRI :func:`election_iri` minted (a ValueError for any other)."""
    parts = minted_parts(iri, "election")
    if len(parts) != len(ElectionKey._fields):
        raise ValueError(f"{iri} is not an election IRI (id/election/state/type/date)")
    return ElectionKey(*parts)


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


def round_fact(election: Fact, number: int, when: Literal | None, evidence: list[Span]) -> Fact:
    """One round of a two-round election: a node of the election, not an election of its
    own (the election is dated by its first round)."""
    fact = Fact(
        iri=URIRef(f"{election.iri}/round/{number}"),
        kind=NG.ElectionRound,
        label=f"{election.label}, {_ROUND_WORDS[number]}",
        evidence=evidence,
    )
    fact.add(NG.election, election.iri)
    fact.add(NG.roundNumber, Literal(number, datatype=XSD.integer))
    fact.add(NG.roundDate, when)
    return fact


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
    early: bool = False
    """The mention calls the election early ("early", "snap", "pre-term")."""

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


def _the_body_elected(
    groups: Mapping[tuple[str, str, int], list[Mention]], where: str
) -> str | None:
    """The one type of election (not a referendum, which no text calls "elections") a
    text's typed mentions of a state give, when they give one: the type of the elections
    it names by their day alone in a year no typed mention settles ("the elections of 8
    April 2018" in a text on parliamentary elections)."""
    kinds = {kind for country, kind, _ in groups if country == where and kind != "referendum"}
    return kinds.pop() if len(kinds) == 1 else None


def _near(groups: Mapping[tuple[str, str, int], list[Mention]], mention: Mention) -> bool:
    """Does a typed election of the mention's state fall within a year of it? A vote named
    by its day alone so close to one is a repeat vote or a round of it, not another cycle."""
    return any(
        c == mention.country and k != "referendum" and abs(y - mention.year) <= 1
        for c, k, y in groups
    )


def _no_referendum(mention: Mention, key: tuple[str, str, int]) -> bool:
    """Is ``key`` a referendum that an untyped mention calling its vote "elections" cannot
    be? A text says "the elections of 3 April" of what was elected that day, so such a
    mention is typed by the body the text's elections elect, not by a same-day referendum."""
    words = " ".join(span.quote for span in mention.spans)
    return key[1] == "referendum" and re.search(r"(?i)\belections?\b", words) is not None


def resolve(
    extraction: Extraction, mentions: list[Mention], report: Fact | None = None
) -> dict[tuple[str, str, int], Resolved]:
    """One election fact (with rounds) per country, type and year (and one more per vote
    of that type and year months away, ``election_apart``); notes for conflicts.

    The first round's date is the most precise date the mentions give for it (a title
    block's date wins a tie); if mentions give different full dates for one round, or a
    month that contradicts the chosen date, a ``ng:DataQualityNote`` cites them all.
    """
    groups: dict[tuple[str, str, int], list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.kind:
            groups[(mention.country, mention.kind, mention.year)].append(mention)
    typed = dict(groups)
    for mention in mentions:  # "the elections of 17 December 2023": the year's one election
        same_year = [
            k
            for k in typed
            if k[0] == mention.country and k[2] == mention.year and not _no_referendum(mention, k)
        ]
        if not mention.kind and len(same_year) == 1:
            groups[same_year[0]].append(mention)
        elif not mention.kind and mention.day is not None and not _near(typed, mention):
            body = _the_body_elected(typed, mention.country)
            if body is not None:  # an earlier or later cycle of the body the text is about
                groups[(mention.country, body, mention.year)].append(mention)
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
        best = _best([m for m in group if m.round in (None, 1)] or group)
        group, votes = apart(group, best)
        for vote in votes:  # another vote of this kind and year, months away: its own node
            own, early = _best(vote), True if any(m.early for m in vote) else None
            other = election_fact(code, name, kind, date_value(year, own.month, own.day), early)
            other.evidence.extend(dict.fromkeys(s for m in vote for s in m.spans))
            extraction.merge(other)
            if report is not None:
                report.add(NG.election, other.iri)
        firsts = [m for m in group if m.round in (None, 1)]
        best = _best(firsts or group)
        if best.round == 2 and not firsts:
            value = date_value(year)
        else:
            value = date_value(year, best.month, best.day)
        fact = election_fact(code, name, kind, value, True if any(m.early for m in group) else None)
        fact.evidence.extend(dict.fromkeys(s for m in group for s in m.spans))
        extraction.merge(state_fact(where, [group[0].span]))
        rounds: dict[int, Fact] = {}
        numbered = {m.round for m in group if m.round}
        if 2 in numbered:
            fact.add(NG.roundCount, Literal(2, datatype=XSD.integer))
            for number in (1, 2):
                in_round = [m for m in group if (m.round or 1) == number]
                dated = [m for m in in_round if m.month is not None]
                when = None
                if dated:
                    chosen = best if number == 1 and best in dated else _best(dated)
                    when = date_value(year, chosen.month, chosen.day)
                evidence = list(dict.fromkeys(s for m in in_round for s in m.spans))
                rounds[number] = round_fact(fact, number, when, evidence or [group[0].span])
        extraction.merge(fact)
        for round_ in rounds.values():
            extraction.merge(round_)
        _note_conflicts(extraction, fact, [m for m in group if m.round != 2], best, report)
        resolved[(where, kind, year)] = Resolved(fact, group, rounds)
    return resolved


def link_own_elections(
    report: Fact, mentions: list[Mention], resolved: Mapping[tuple[str, str, int], object]
) -> None:
    """Link ``report`` to every resolved election that one of its own ``mentions`` names
    (the earlier elections a statement refers to in passing), once each; ``resolved`` may
    also hold elections that only a host report names."""
    for mention in mentions:
        found = resolved.get((mention.country, mention.kind, mention.year))
        iri = getattr(found, "fact", None)
        if isinstance(iri, Fact) and (NG.election, iri.iri) not in report.values:
            report.add(NG.election, iri.iri)


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


__all__ = [
    "Mention",
    "Resolved",
    "country",
    "date_value",
    "election_fact",
    "election_iri",
    "link_own_elections",
    "resolve",
    "state_fact",
    "state_iri",
]


def election_kind(word: str) -> str:
    """The election-type slug for the word a report uses ("presidential", "bi", the name
    of the body elected as the state's data gives it)."""
    if re.fullmatch(CHAMBER, " ".join(word.split())):
        return "parliamentary"  # "the House of Representatives", "the National Assembly"
    word = word.lower()
    bodies = {w.lower(): kind for w, kind in election_type_words().items()}
    if word in bodies:
        return bodies[word]
    if word.endswith("referendum"):
        return "referendum"
    if word in ("by", "bi", "special"):
        return "by-election"  # "special election": one held to fill a vacant seat
    if word.startswith("presidential"):
        return "presidential"
    if word in ("parliament", "parliamentary", "national parliamentary", "general"):
        return "parliamentary"  # general elections elect the whole parliament (and more)
    if word in ("legislative", "congressional", "federal") or word.startswith(
        ("mid-term", "midterm")
    ):
        return "parliamentary"  # a presidential or federal system's name for parliament's
    if word in ("deputies", "members"):
        return "parliamentary"  # of a body named in capitals (see _MEMBERS)
    return "local"
