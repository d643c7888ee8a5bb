"""Result facts from the results tables of a report of any genre.

A statement prints the preliminary results, a programme report appends the official
results of the elections it supported, a final report quotes a table in its body. Each
table (``result_blocks``) is filed under one of the elections the report is about: the
one whose date (or a round's date) its caption gives (of two votes held that day, the
one of the type it names), else the one its caption's type
and year single out, else the report's latest election, since reports print the results
of the election they have just followed (of a national and a local vote held that day,
the national one). A caption naming the second round ("Second
round", "run-off", "repeat voting") files the rows under that round; a table printing
two rounds side by side gives both (see ``result_rows``). Results stated in a sentence
with their vote count (``text_results``) go under the report's latest election; a
referendum's answer ("7,765,573 voters voted 'Yes'") under its referendum, a candidate's
or a list's votes under an election that is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from rdflib import URIRef

from normgraph.namespaces import NG

from ..rdf.facts import Extraction, Fact
from ..text.dates import DATE_PATTERN, NUMERIC_DATE, match_to_date
from ..text.source import SourceText
from .actors import Actors
from .elections import election_key, election_kind
from .result_blocks import national_blocks, result_blocks, round_named
from .result_facts import Contest, ResultNotes, add_table_results
from .result_prose import listed_results, paragraph_start
from .result_rows import Cell, ResultRow, ResultTable
from .text_results import TextResult, text_results

_NUMERIC_DATE = re.compile(rf"\b{NUMERIC_DATE}\b")
_ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})\b")
_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d{2}(?![\d.,/-])")
_TYPES = re.compile(
    r"\b(?P<type>presidential|parliamentary|legislative|local|municipal|mayoral|regional|"
    r"referendum|by(?=-elections?\b))",
    re.I,
)
"""The election types a caption names ("legislative" is read as parliamentary, "by" as a
by-election)."""


@dataclass(frozen=True)
class _Election:
    """One of the report's elections, with what a caption can single it out by."""

    iri: URIRef
    kind: str
    date: str
    """ISO date, year-month or year, as the election node states it."""
    rounds: dict[str, int]
    """Round dates (ISO) to round numbers, where the report gives them."""


def add_report_results(
    extraction: Extraction, source: SourceText, report: Fact, actors: Actors
) -> list[Fact]:
    """Result facts for every results table in ``source``, each under the election of
    ``report`` it reports on; nothing when the report is about no election."""
    elections = _elections(extraction, report)
    if not elections:
        return []
    facts: list[Fact] = []
    seen: dict[URIRef, set[URIRef]] = {}
    notes: dict[URIRef, ResultNotes] = {}
    for block in national_blocks(result_blocks(source)):
        hint = f"{block.caption} {block.table.heading}"
        chosen, number = _contest(hint, elections)
        contest = Contest(chosen.iri, number)
        note = notes.setdefault(chosen.iri, ResultNotes(extraction, contest.key))
        facts += add_table_results(
            extraction,
            block.table,
            contest,
            actors,
            note.add,
            {},
            seen.setdefault(chosen.iri, set()),
        )
    for stated in [*text_results(source), *listed_results(source)]:
        hint = stated.sentence
        if not _singles_out(hint):  # the paragraph's opening names the contest
            opening = paragraph_start(source.text, stated.name_span.start)
            hint = source.text[opening : stated.votes_span.end]
        chosen, number = _contest(hint, _stated_in(stated, elections))
        if _read_before(stated, facts, Contest(chosen.iri, number)):
            continue  # the sentence repeats a contestant or a figure a table gave
        contest = Contest(chosen.iri, number)
        note = notes.setdefault(chosen.iri, ResultNotes(extraction, contest.key))
        seen_here = seen.setdefault(chosen.iri, set())
        facts += add_text_results(extraction, [stated], contest, actors, note, seen_here)
    return facts


def add_text_results(
    extraction: Extraction,
    stated: list[TextResult],
    contest: Contest,
    actors: Actors,
    notes: ResultNotes,
    seen: set[URIRef] | None = None,
) -> list[Fact]:
    """Result facts for results stated in sentences (``text_results``), under ``contest``;
    a contestant already read from a table (``seen``) is not read again, and a referendum's
    answer only under a referendum."""
    facts: list[Fact] = []
    referendum = election_key(contest.election).kind == election_kind("referendum")
    for one in stated:
        if one.answer and not referendum:
            continue
        votes = Cell(Decimal(one.votes), one.votes_span)
        row = ResultRow(one.name, [one.name_span], votes=votes)
        if one.seats is not None and one.seats_span is not None:
            row.seats = Cell(Decimal(one.seats), one.seats_span)
        if one.share is not None and one.share_span is not None:
            row.shares.append(("", Cell(one.share, one.share_span)))
        table = ResultTable(rows=[row])
        facts += add_table_results(
            extraction, table, contest, actors, notes.add, {}, seen if seen is not None else set()
        )
    return facts


def add_run_off_text_results(
    extraction: Extraction,
    source: SourceText,
    election: URIRef,
    actors: Actors,
    notes: ResultNotes,
    tabled: list[Fact],
) -> list[Fact]:
    """Results a sentence gives for a second round no table printed ("In the second round,
    held on 6 May, X received 18 000 668 votes (51,64 per cent) and Y ..."): a report often
    tabulates the first round in its annex and tells the run-off in its text. Only the words
    before the figures say which round a sentence is about."""
    contest = Contest(election, 2)
    if any((NG.round, contest.round_iri(2)) in fact.values for fact in tabled):
        return []
    stated = [one for one in text_results(source) if round_named(one.sentence) == 2]
    return add_text_results(extraction, stated, contest, actors, notes, set())


def _read_before(stated: TextResult, facts: list[Fact], contest: Contest) -> bool:
    """A table already gave this result for ``contest``: the same vote count, or a row
    whose name holds the sentence's contestant (or is held in it); the table's figures
    are the exact ones, a sentence often rounds them. A result of another round of the
    election is no repeat."""
    name = f" {stated.name.lower()} "
    for fact in facts:
        if (NG.election, contest.election) not in fact.values:
            continue
        rounds = {value for p, value in fact.values if p == NG.round}
        if contest.round and rounds and contest.round_iri(contest.round) not in rounds:
            continue
        if any(p == NG.votes and int(str(v)) == stated.votes for p, v in fact.values):
            return True
        label = f" {str(fact.label).lower()} "
        if fact.label and (name in label or label in name):
            return True
    return False


def _stated_in(stated: TextResult, elections: list[_Election]) -> list[_Election]:
    """The elections a sentence's result can be of: a referendum's answer is a
    referendum's, a candidate's or a list's votes are not (where the report has both)."""
    referendum = election_kind("referendum")
    same = [e for e in elections if (e.kind == referendum) == stated.answer]
    return same or elections


def _elections(extraction: Extraction, report: Fact) -> list[_Election]:
    found: list[_Election] = []
    iris = list(dict.fromkeys(v for p, v in report.values if p == NG.election))
    for iri in iris:
        fact = extraction.get(iri) if isinstance(iri, URIRef) else None
        if fact is None:
            continue
        date = next((str(v) for p, v in fact.values if p == NG.electionDate), "")
        rounds = {
            str(value): int(str(number))
            for round_fact in extraction.facts
            if round_fact.kind == NG.ElectionRound and (NG.election, iri) in round_fact.values
            for p, value in round_fact.values
            if p == NG.roundDate
            for q, number in round_fact.values
            if q == NG.roundNumber
        }
        found.append(_Election(fact.iri, election_key(fact.iri).kind, date, rounds))
    return found


def _dates(text: str) -> list[str]:
    dates = [match_to_date(m).isoformat() for m in DATE_PATTERN.finditer(text)]
    for pattern in (_NUMERIC_DATE, _ISO_DATE):
        for m in pattern.finditer(text):
            day, month = int(m.group("day")), int(m.group("mnum"))
            if 1 <= day <= 31 and 1 <= month <= 12:
                dates.append(f"{m.group('year')}-{month:02d}-{day:02d}")
    return dates


def _singles_out(hint: str) -> bool:
    """The text names a date, a year, an election type or a round: a contest of its own."""
    return bool(_dates(hint) or _YEAR.search(hint) or _TYPES.search(hint) or round_named(hint))


def _contest(hint: str, elections: list[_Election]) -> tuple[_Election, int | None]:
    """The election (and round) a table's caption points to; see the module docstring."""
    number = round_named(hint)
    kinds = {
        election_kind("parliamentary" if t == "legislative" else t)
        for t in _TYPES.findall(hint.lower())
    }
    typed = [e for e in elections if e.kind in kinds]
    for date in _dates(hint):  # of two votes held on one day, the one the caption names
        for election in [*typed, *elections]:
            if election.date == date:
                return election, number
            if date in election.rounds:
                return election, election.rounds[date]
    candidates = elections
    if kinds:
        candidates = [e for e in candidates if e.kind in kinds] or candidates
    years = set(_YEAR.findall(hint))
    if years:
        candidates = [e for e in candidates if e.date[:4] in years] or candidates
    local = election_kind("local")
    # of two votes held on one day, a table that names neither is the national one's: a
    # report tabulates the national contest and leaves a day's many local councils aside
    return max(candidates, key=lambda e: (e.date, e.kind != local)), number


__all__ = ["add_report_results", "add_run_off_text_results", "add_text_results"]
