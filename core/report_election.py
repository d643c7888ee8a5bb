"""The one election a report's recommendations were made after, among all it names.

A report links (``ng:election``) to its own election and to every earlier or later
election its text names in passing ("the 2005 presidential election was assessed as ...").
Placing a recommendation at each of them would chart it at elections where nobody made
it, date "raised again" inferences wrongly and count elections an issue was never raised
at, so every reader takes one per report: the election its own observation mission
observed, else the one nearest the report's issue date (a final report follows its
election by weeks, a pre-election statement precedes it by weeks; the elections it recalls
lie years away), else the latest it names. The link stage (:mod:`.recurrence_read`) and
the pages (``api/report_elections.py``) both choose with :func:`own_election`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Election:
    iri: str
    label: str
    date: str | None
    observed: bool = False
    """True when the report's own observation mission observed this election."""
    country: str = ""


def _day(text: str | None) -> date | None:
    """A date, year or year-month as one day (mid-year, mid-month) to measure from."""
    if not text:
        return None
    parts = text[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 7
        day = int(parts[2]) if len(parts) > 2 else (15 if len(parts) > 1 else 1)
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def own_election(named: list[Election], issued: str | None) -> Election | None:
    """The election a report with these ``named`` elections, issued on ``issued``, observed."""
    pool = [e for e in named if e.observed] or named
    if len(pool) <= 1:
        return pool[0] if pool else None
    when = _day(issued)
    if when is not None:

        def distance(election: Election) -> tuple[int, str]:
            day = _day(election.date)
            return (abs((day - when).days) if day else 10**9, election.iri)

        return min(pool, key=distance)
    return max(pool, key=lambda e: (e.date or "", e.iri))


def own_elections(rows: Iterable[Mapping[str, object]]) -> dict[str, Election]:
    """Each report's own election (:func:`own_election`), from a query's rows of a report and
    an election it names (``report``, ``election``; ``electionLabel``, ``electionDate``,
    ``country``, ``issued`` and ``observed`` where the query asks for them; an election's
    first row is its reading). The link stage and the pages read their rows with it."""
    named: dict[str, dict[str, Election]] = {}
    issued: dict[str, str] = {}
    for row in rows:
        text = {name: str(value) for name, value in row.items() if value is not None}
        report, iri = text["report"], text["election"]
        if "issued" in text:
            issued.setdefault(report, text["issued"])
        elections = named.setdefault(report, {})
        if iri not in elections:
            elections[iri] = Election(
                iri,
                text.get("electionLabel") or iri,
                text.get("electionDate") or None,
                text.get("observed", "").lower() == "true",
                text.get("country", ""),
            )
    chosen = {
        report: own_election(list(e.values()), issued.get(report)) for report, e in named.items()
    }
    return {report: election for report, election in chosen.items() if election is not None}


__all__ = ["Election", "own_election", "own_elections"]
