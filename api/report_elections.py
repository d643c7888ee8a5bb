"""The one election a report's recommendations were made after, among all it names.

A report links (``ng:election``) to its own election and to every earlier or later
election its text names in passing ("the 2005 presidential election was assessed as ...").
Placing a recommendation at each of them would chart it at elections where nobody made
it, so a page that puts recommendations on an election axis takes one per report: the
election its own observation mission observed, else the one nearest the report's issue
date (a final report follows its election by weeks, a pre-election statement precedes it
by weeks; the elections it recalls lie years away), else the latest it names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from normgraph.graph import GraphStore

from .page_data import PREFIXES, preferred_label

REPORT_ELECTIONS = (
    PREFIXES
    + f"""
SELECT DISTINCT ?report ?election ?electionLabel ?electionDate ?issued ?observed
WHERE {{
  ?membership a ng:IssueMembership ; ng:recommendation/ng:sourceReport ?report .
  ?report ng:election ?election .
  OPTIONAL {{ ?report dcterms:issued ?issued }}
  {preferred_label("?election", "electionLabel")}
  OPTIONAL {{ ?election ng:electionDate ?electionDate }}
  BIND(EXISTS {{ ?mission ng:observes ?election ; ng:sourceReport ?report }} AS ?observed)
}}
"""
)
"""Every election named by a report that makes an issue member, with what picks one."""


@dataclass(frozen=True)
class Election:
    iri: str
    label: str
    date: str | None
    observed: bool = False
    """True when the report's own observation mission observed this election."""


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


def read_own_elections(store: GraphStore) -> dict[str, Election]:
    """Each issue member's report and the one election it observed."""
    _, rows = store.select(REPORT_ELECTIONS)
    named: dict[str, dict[str, Election]] = {}
    issued: dict[str, str] = {}
    for row in rows:
        report, iri = str(row["report"]), str(row["election"])
        if row.get("issued") is not None:
            issued.setdefault(report, str(row["issued"]))
        elections = named.setdefault(report, {})
        if iri not in elections:
            elections[iri] = Election(
                iri,
                str(row.get("electionLabel") or iri),
                str(row["electionDate"]) if row.get("electionDate") is not None else None,
                str(row.get("observed")).lower() == "true",
            )
    chosen = {
        report: own_election(list(elections.values()), issued.get(report))
        for report, elections in named.items()
    }
    return {report: election for report, election in chosen.items() if election is not None}
