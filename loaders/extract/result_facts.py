"""Result facts from a results table of any genre (read by ``result_rows``): one
``ng:CandidateResult`` per candidate or party list, with votes, shares (of valid votes and,
where given, of votes cast) and seats; the national figures as ``ng:ElectionTotals``; and a
data-quality note for each figure that does not add up.

Whether the rows are candidates or party lists is read from the table: its first header
cell ("Candidate", "Party / bloc", "Electoral list"), else seats (only lists win seats in
a results table), else the names (a person's name has no word such as "party", "union",
"bloc" or "movement").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Literal, URIRef

from normgraph.namespaces import NG, XSD

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.source import Span
from .actors import Actors
from .concepts import anomaly
from .elections import election_key
from .result_rows import Cell, ResultRow, ResultTable

_LIST_WORDS = re.compile(
    r"\b(?:part(?:y|ies)|lists?|blocs?|alliance|coalition|union|movement|front|"
    r"electoral subjects?|associations?|congress|league|forum|platform)\b",
    re.I,
)
_REGION_HEADER = re.compile(r"^\s*(?:region|oblast|district|constituency|province|county)\b", re.I)
_TOTAL_PROPS = {
    "registeredVoters": NG.registeredVoters,
    "votersParticipated": NG.votersParticipated,
    "validVotes": NG.validVotes,
    "invalidVotes": NG.invalidVotes,
    "mobileVotes": NG.mobileVotes,
    "turnout": NG.turnout,
}
Note = Callable[[URIRef, str, str, list[Span]], None]
"""Records a data-quality note: (about, anomaly kind, message, evidence)."""


class ResultNotes:
    """Collects data-quality notes for one election's results."""

    def __init__(self, extraction: Extraction, key: str) -> None:
        self.extraction, self.key, self.count = extraction, key, 0

    def add(self, about: URIRef, kind: str, message: str, evidence: list[Span]) -> None:
        self.count += 1
        note = Fact(
            iri=mint("data-quality-note", self.key, str(self.count)),
            kind=NG.DataQualityNote,
            label=message,
            evidence=list(dict.fromkeys(evidence)),
        )
        note.add(NG.flags, about).add(NG.anomalyKind, anomaly(kind)).add(NG.message, message)
        self.extraction.add(note)


def is_list_of(table: ResultTable) -> str:
    """ "party" or "candidate": what the table's rows are."""
    heading = table.heading or ""
    candidates, lists = re.search(r"candidate", heading, re.I), _LIST_WORDS.search(heading)
    if candidates and not lists:
        return "candidate"
    if lists and not candidates:
        return "party"
    # "Party / candidate": a mixed table, read from its rows (seats, list words)
    if any(row.seats is not None for row in table.rows):
        return "party"
    listish = sum(1 for row in table.rows if _LIST_WORDS.search(row.name))
    return "party" if listish * 2 >= max(len(table.rows), 1) else "candidate"


def _integer(cell: Cell) -> Literal:
    return Literal(int(cell.value), datatype=XSD.integer)


def _decimal(cell: Cell) -> Literal:
    return Literal(str(cell.value), datatype=XSD.decimal)


@dataclass(frozen=True)
class Contest:
    """The election a table reports on, and the round when it is one of two."""

    election: URIRef
    round: int | None = None

    @property
    def key(self) -> str:
        return election_key(self.election).path

    def round_iri(self, number: int) -> URIRef:
        """The round node, as ``extract.elections.resolve`` mints it."""
        return URIRef(f"{self.election}/round/{number}")


def add_table_results(
    extraction: Extraction,
    table: ResultTable,
    contest: Contest,
    actors: Actors,
    note: Note,
    known: dict[str, URIRef],
    seen: set[URIRef],
) -> list[Fact]:
    """A ``ng:CandidateResult`` per contestant row of ``table`` (and per row of a second
    round printed beside the first), the national figures, and the sums checked. A row
    already read from an earlier table of the same contest (``seen``) is not read again."""
    if _REGION_HEADER.match(table.heading) or not (table.rows or table.national):
        return []
    key = contest.key
    totals = _totals(extraction, table, contest.election, key, note) if not contest.round else None
    kind = is_list_of(table)
    facts: list[Fact] = []
    rounds = [(contest.round, table.rows)]
    if any(row.second is not None for row in table.rows):
        rounds = [(1, table.rows), (2, [row.second for row in table.rows if row.second])]
        ballot = _seated_ballot(extraction, contest, table)
        if ballot is not None:
            rounds = [(contest.round, ballot)]
    for number, rows in rounds:
        for row in rows:
            iri = mint("result", key, *([f"round-{number}"] if number else []), row.name)
            if row.votes is None or iri in seen:  # a repeated table: the first wins
                continue
            if row.seats is not None and row.votes.value < row.seats.value:
                continue  # fewer votes than seats: a row of seat counts, no votes
            seen.add(iri)
            fact = _row_fact(iri, row, contest, kind, actors, known)
            if number:
                fact.add(NG.round, _round(extraction, contest, number, row))
            for figure in (row.votes, row.seats, *(c for _, c in row.shares)):
                if figure is not None and figure.problem:
                    note(
                        iri,
                        "malformed-number",
                        f"malformed figure: {figure.problem}",
                        [figure.span],
                    )
            extraction.add(fact)
            facts.append(fact)
    if not any(row.second is not None for row in table.rows):
        _check_sums(table, key, totals, note)
    return facts


def _seated_ballot(
    extraction: Extraction, contest: Contest, table: ResultTable
) -> list[ResultRow] | None:
    """Of two votes groups printed side by side in an election of one round (no second
    round known: two ballots of one vote, as a mixed system's "first" and "second" votes),
    the group that carries the seats, which allocates them; None when both or neither do,
    or the election has a second round."""
    election = extraction.get(contest.election)
    if extraction.get(contest.round_iri(2)) is not None or (
        election is not None and any(p == NG.roundCount for p, _ in election.values)
    ):
        return None
    seconds = [row.second for row in table.rows if row.second is not None]
    first_seated = any(row.seats is not None for row in table.rows)
    second_seated = any(row.seats is not None for row in seconds)
    if first_seated == second_seated:
        return None
    return table.rows if first_seated else seconds


_NOMINATOR = re.compile(r"\s*\([^()]*\)\s*$")
"""A bracket closing a candidate's row: the party or bloc that nominated the candidate."""


def _row_fact(
    iri: URIRef,
    row: ResultRow,
    contest: Contest,
    kind: str,
    actors: Actors,
    known: dict[str, URIRef],
) -> Fact:
    fact = Fact(iri=iri, kind=NG.CandidateResult, label=row.name)
    fact.evidence.extend(row.spans)
    fact.add(NG.election, contest.election)
    if kind == "party" and not (row.group and re.search("candidate", row.group, re.I)):
        fact.add(NG.party, actors.get(row.name, "party", row.name_spans[:1]))
    else:
        # "Vida Ozola (Unity List)": the bracket names who nominated the candidate (not
        # a referendum's option, 'FOR ("ZA")': a person has two names or more)
        person = _NOMINATOR.sub("", row.name)
        person = person if len(person.split()) >= 2 else row.name
        surname = person.split()[-1]
        who = known.get(surname) or actors.get(person, "candidate", row.name_spans[:1])
        fact.add(NG.candidate, who)
    assert row.votes is not None
    fact.add(NG.votes, _integer(row.votes))
    only_cast = all(base == "cast" for base, _ in row.shares[:2])
    for base, cell in row.shares[:2]:
        # the share of votes cast is the share where the table gives no other base
        prop = NG.voteShareOfVotesCast if base == "cast" and not only_cast else NG.voteShare
        if not any(p == prop for p, _ in fact.values):
            fact.add(prop, _decimal(cell))
    if row.seats is not None:
        fact.add(NG.seats, _integer(row.seats))
    return fact


def _round(extraction: Extraction, contest: Contest, number: int, row: ResultRow) -> URIRef:
    """The round a result belongs to; the round node is added if the report's mentions
    did not already give it."""
    iri = contest.round_iri(number)
    if extraction.get(iri) is None:
        fact = Fact(iri=iri, kind=NG.ElectionRound, label=f"{contest.key}, round {number}")
        fact.evidence.extend(row.name_spans[:1])
        fact.add(NG.election, contest.election)
        fact.add(NG.roundNumber, Literal(number, datatype=XSD.integer))
        extraction.add(fact)
    return iri


def _totals(
    extraction: Extraction, table: ResultTable, election: URIRef, key: str, note: Note
) -> URIRef | None:
    if not table.national:
        return None
    iri = mint("result", key)
    known = extraction.get(iri)
    stated = {p for p, _ in known.values} if known is not None else set()
    fact = Fact(iri=iri, kind=NG.ElectionTotals, label=f"Results {key}")
    fact.add(NG.election, election)
    for name, cell in table.national.items():
        prop = _TOTAL_PROPS[name]
        if prop in stated:  # a later table's figure: the first stated wins
            continue
        fact.add(prop, _decimal(cell) if prop == NG.turnout else _integer(cell))
        fact.evidence.append(cell.span)
        if cell.problem:
            note(iri, "malformed-number", f"malformed figure: {cell.problem}", [cell.span])
    extraction.merge(fact)
    return iri


def _check_sums(table: ResultTable, key: str, about: URIRef | None, note: Note) -> None:
    """The contestants' votes against the "Total" row, and each share against its votes
    over the valid votes (or over the Total row, when that row's share is 100%)."""
    rows = [row for row in table.rows if row.votes is not None]
    total = next((row for row in table.totals if row.votes is not None), None)
    if not rows:
        return
    if total is not None and total.votes is not None:
        counted = [*rows, *(row for row in table.others if row.votes is not None)]
        summed = sum((row.votes.value for row in counted if row.votes), Decimal(0))
        if summed != total.votes.value:
            spans = [total.votes.span, *(row.votes.span for row in counted if row.votes)]
            message = f"the rows' votes sum to {summed}, the total row says {total.votes.value}"
            note(about or mint("result", key, rows[0].name), "sum-mismatch", message, spans)
    base = table.national.get("validVotes")
    whole = total.share if total is not None else None
    if base is None and total is not None and (whole is None or whole.value == 100):
        base = total.votes
    if base is None or not base.value:
        return
    for row in rows:
        share = row.share
        if share is None or row.votes is None:
            continue
        computed = row.votes.value * 100 / base.value
        if abs(computed - share.value) > Decimal("0.06"):
            note(
                mint("result", key, row.name),
                "share-mismatch",
                f"share {share.value}% does not match {row.votes.value} of {base.value} "
                f"({computed:.2f}%)",
                [row.votes.span, share.span, base.span],
            )


__all__ = [
    "Contest",
    "Note",
    "ResultNotes",
    "ResultRow",
    "add_table_results",
    "is_list_of",
]
