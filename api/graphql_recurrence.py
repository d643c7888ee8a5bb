"""The flagship question for GraphQL: which issues recur across elections, unaddressed.

Counts the distinct elections each recurring issue's recommendations concern, and finds
each issue's latest implementation status, so the ``recurringIssues`` list can keep the
issues that span enough elections and are not (fully or mostly) implemented.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import URIRef

from normgraph.graph import Term

from .graphql_filters import REC_ELECTION
from .graphql_store import check_iri, values

if TYPE_CHECKING:
    from .graphql_loaders import RequestStore


@dataclass(frozen=True)
class IssueCount:
    issue: URIRef
    elections: int


async def recurring_issue_counts(
    store: RequestStore, *, country: str | None, topic: str | None
) -> list[IssueCount]:
    """Every recurring issue with how many distinct elections its recommendations concern:
    each member's own election as the link stage chose it (``ng:election`` of the
    membership), not every election its report names in passing.

    Only elections in ``country`` count when it is given; ``topic`` keeps issues tagged
    with it (on the issue or on one of its recommendations).
    """
    patterns = [
        "?s a ng:RecurringIssue . ?m ng:issue ?s ; ng:recommendation ?r . "
        # A store linked before memberships carried their election: every one named.
        f"OPTIONAL {{ ?m ng:election ?own }} OPTIONAL {{ ?r {REC_ELECTION} ?named }} "
        "BIND(COALESCE(?own, ?named) AS ?e) FILTER(BOUND(?e))"
    ]
    bindings: dict[str, Term] = {}
    if country is not None:
        patterns.append("?e ng:country ?country .")
        bindings["country"] = check_iri(country)
    if topic is not None:
        patterns.append(
            "FILTER EXISTS { { ?s ng:topic ?topic } UNION "
            "{ ?m2 ng:issue ?s ; ng:recommendation/ng:topic ?topic } }"
        )
        bindings["topic"] = check_iri(topic)
    bound = " ".join(f"?{name}" for name in sorted(bindings))
    group = f"GROUP BY ?s {bound}" if bound else "GROUP BY ?s"
    rows = await store.select(
        f"SELECT ?s {bound} (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {' '.join(patterns)} }} {group}",
        bindings,
    )
    counts = [IssueCount(URIRef(str(row["s"])), int(str(row["n"]))) for row in rows]
    return sorted(counts, key=lambda c: (-c.elections, str(c.issue)))


ADDRESSED_NOTATIONS = frozenset({"1", "2"})
"""Statuses that count as addressed: fully (1) and mostly (2) implemented."""


async def latest_statuses(
    store: RequestStore, issues: Sequence[URIRef]
) -> dict[URIRef, tuple[URIRef, str] | None]:
    """Per issue, the status of its latest assessment (of it or of its recommendations).

    When several assessments share the latest date (an observer and a government
    disagreeing), the least implemented one is taken: disagreement is not addressed.
    """
    if not issues:
        return {}
    rows = await store.select(
        "SELECT ?s ?status ?date ?notation WHERE { "
        f"{values('s', issues)} "
        "{ ?a ng:issue ?s } UNION "
        "{ ?m ng:issue ?s ; ng:recommendation ?r . ?a ng:recommendation ?r } "
        "?a ng:status ?status . OPTIONAL { ?a ng:date ?date } "
        "OPTIONAL { ?status skos:notation ?notation } }"
    )
    best: dict[URIRef, tuple[str, str, URIRef]] = {}
    for row in rows:
        issue = URIRef(str(row["s"]))
        candidate = (
            str(row.get("date", "")),
            str(row.get("notation", "")),
            URIRef(str(row["status"])),
        )
        if issue not in best or candidate[:2] > best[issue][:2]:
            best[issue] = candidate
    return {
        issue: ((best[issue][2], best[issue][1]) if issue in best else None) for issue in issues
    }


def is_addressed(status: tuple[URIRef, str] | None) -> bool:
    """Addressed: the latest status is fully or mostly implemented (never assessed: not)."""
    return status is not None and status[1] in ADDRESSED_NOTATIONS


__all__ = [
    "ADDRESSED_NOTATIONS",
    "IssueCount",
    "is_addressed",
    "latest_statuses",
    "recurring_issue_counts",
]
