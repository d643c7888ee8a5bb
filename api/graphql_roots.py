"""The query root as a table: each root field's type, kind and filters, in schema order.

A look-up by IRI and a filtered, paginated list are the same for every type, so their
resolvers are generated from this table (:mod:`.graphql_schema`); only the fields marked
``hand_written`` answer a question of their own. A list's arguments are its filters, in
the order given; each filter reaches its value by the SPARQL path
:mod:`.graphql_filters` keeps per type.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .graphql_pagination import DEFAULT_PAGE, MAX_PAGE


class Kind(Enum):
    LOOKUP = "look-up by IRI"
    LIST = "filtered list"
    HAND_WRITTEN = "hand-written"


@dataclass(frozen=True)
class Root:
    """One root field: the GraphQL type it returns and how."""

    type_name: str
    kind: Kind = Kind.LOOKUP
    filters: tuple[str, ...] = ()
    """For a list: its filters (``IRI_FILTERS`` names, ``years``, ``text``), in argument order."""
    page: int = DEFAULT_PAGE
    """For a list: the page size when ``first`` is not given."""
    note: str = ""
    """Said after the type's definition in the field's description."""


def _list(type_name: str, *filters: str, page: int = DEFAULT_PAGE) -> Root:
    return Root(type_name, Kind.LIST, filters, page)


ROOT_FIELDS: dict[str, Root] = {
    "election": Root("Election"),
    "elections": _list("Election", "country", "election_type", "years", "text"),
    "report": Root("Report"),
    "reports": _list("Report", "country", "election_type", "issuer", "years", "text"),
    "observation_mission": Root("ObservationMission"),
    "observation_missions": _list("ObservationMission", "country", "issuer", "years"),
    "recommendation": Root("Recommendation"),
    "recommendations": _list(
        "Recommendation",
        *("country", "election_type", "years", "topic", "norm", "issuer", "status"),
        *("addressee", "text"),
    ),
    "recurring_issue": Root("RecurringIssue"),
    "recurring_issues": Root(
        "RecurringIssue",
        Kind.HAND_WRITTEN,
        note="The flagship question: which recommendations recur, unaddressed, across "
        "elections, from any observer. Ordered by how many elections they span.",
    ),
    "implementation_assessment": Root("ImplementationAssessment"),
    "implementation_assessments": _list("ImplementationAssessment", "status", "issuer", "years"),
    "finding": Root("Finding"),
    "findings": _list("Finding", "country", "years", "topic", "norm", "issuer", "text"),
    "actor": Root("Actor"),
    "actors": _list("Actor", "text"),
    "norm": Root("Norm"),
    "norms": _list("Norm", "text", page=MAX_PAGE),
    "norm_trajectory": Root(
        "NormStageEvent",
        Kind.HAND_WRITTEN,
        note="Here: every such event for one norm (optionally one actor), by start date.",
    ),
    "instrument": Root("Instrument"),
    "instruments": _list("Instrument", "norm", "text"),
    "provision": Root("Provision"),
    "law": Root("Law"),
    "laws": _list("Law", "country", "text"),
    "legal_provision": Root("LegalProvision"),
    "amendment": Root("Amendment"),
    "complaint": Root("Complaint"),
    "complaints": _list("Complaint", "country", "election_type", "years", "topic", "text"),
    "treaty_action": Root("TreatyAction"),
    "treaty_actions": _list("TreatyAction", "country", "years"),
    "norm_stage_event": Root("NormStageEvent"),
    "contestation_statement": Root("ContestationStatement"),
    "contestation_statements": _list("ContestationStatement", "norm", "issuer", "years", "text"),
}
"""Query root fields (Python names), in the order the schema lists them."""
