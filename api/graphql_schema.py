"""The GraphQL schema: the root Query (look-ups by IRI, filtered lists, the flagship).

Each root field resolves an IRI or runs a filtered list (:mod:`.graphql_filters`) and
hands the IRIs to :mod:`.graphql_pagination`, which builds the page's objects from the
domain types of :mod:`.graphql_types`. :func:`build_schema` assembles the schema with the
router's extensions; :func:`sdl` prints it as committed.

Regenerate the committed SDL after changing the schema or the ontology::

    python -m normgraph.api.graphql_schema api/schema.graphql
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import strawberry
from rdflib import URIRef
from rdflib.namespace import RDF

from ..queries.catalogue import expand_iri
from .graphql_fields import BUILDERS, Info, build_many, iris
from .graphql_filters import (
    COUNTRY_PATHS,
    ELECTION_TYPE_PATHS,
    ISSUER_PATHS,
    NORM_PATHS,
    TOPIC_PATHS,
    ListQuery,
)
from .graphql_mapping import ROOT_FIELDS, root_description, subclasses
from .graphql_pagination import DEFAULT_PAGE, MAX_PAGE, Connection, paginate
from .graphql_recurrence import is_addressed, recurring_issue_counts
from .graphql_store import PublicError
from .graphql_types import (
    ACTOR_TYPES,
    Actor,
    Amendment,
    Complaint,
    ContestationStatement,
    Election,
    Finding,
    ImplementationAssessment,
    Instrument,
    Law,
    LegalProvision,
    Norm,
    NormStageEvent,
    ObservationMission,
    Provision,
    Recommendation,
    RecurringIssue,
    Report,
    TreatyAction,
)


def resolve_iri(text: str) -> URIRef:
    try:
        return URIRef(expand_iri(text))
    except ValueError as error:
        raise PublicError(str(error)) from None


def optional_iri(text: str | None) -> str | None:
    return None if text is None else str(resolve_iri(text))


async def lookup(info: Info, target: str, root_field: str, text: str) -> Any:
    """The resource with that IRI if it is of the field's class, else null."""
    iri = resolve_iri(text)
    desc = await info.context.store.nodes.load(iri)
    if not set(iris(desc, RDF.type)) & set(subclasses(ROOT_FIELDS[root_field])):
        return None
    return BUILDERS[target](iri, desc)


def _list_query(type_name: str, root_field: str) -> ListQuery:
    return ListQuery(type_name, ROOT_FIELDS[root_field])


@strawberry.type(description="Look-ups by IRI, filtered lists and the flagship questions.")
class Query:
    @strawberry.field(description=root_description("election"))
    async def election(self, info: Info, iri: strawberry.ID) -> Election | None:
        return await lookup(info, "Election", "election", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("elections"))
    async def elections(
        self,
        info: Info,
        country: strawberry.ID | None = None,
        election_type: strawberry.ID | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        text: str | None = None,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> Connection[Election]:
        q = _list_query("Election", "elections")
        q.filter_iri(COUNTRY_PATHS, "country", optional_iri(country))
        q.filter_iri(ELECTION_TYPE_PATHS, "electionType", optional_iri(election_type))
        q.filter_years(year_from, year_to)
        q.filter_text(text)
        return await paginate(info, "Election", await q.run(info.context.store), first, after)

    @strawberry.field(description=root_description("report"))
    async def report(self, info: Info, iri: strawberry.ID) -> Report | None:
        return await lookup(info, "Report", "report", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("reports"))
    async def reports(
        self,
        info: Info,
        country: strawberry.ID | None = None,
        election_type: strawberry.ID | None = None,
        issuer: strawberry.ID | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        text: str | None = None,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> Connection[Report]:
        q = _list_query("Report", "reports")
        q.filter_iri(COUNTRY_PATHS, "country", optional_iri(country))
        q.filter_iri(ELECTION_TYPE_PATHS, "electionType", optional_iri(election_type))
        q.filter_iri(ISSUER_PATHS, "issuer", optional_iri(issuer))
        q.filter_years(year_from, year_to)
        q.filter_text(text)
        return await paginate(info, "Report", await q.run(info.context.store), first, after)

    @strawberry.field(description=root_description("observation_mission"))
    async def observation_mission(
        self, info: Info, iri: strawberry.ID
    ) -> ObservationMission | None:
        return await lookup(info, "ObservationMission", "observation_mission", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("observation_missions"))
    async def observation_missions(
        self,
        info: Info,
        country: strawberry.ID | None = None,
        issuer: strawberry.ID | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> Connection[ObservationMission]:
        q = _list_query("ObservationMission", "observation_missions")
        q.filter_iri(COUNTRY_PATHS, "country", optional_iri(country))
        q.filter_iri(ISSUER_PATHS, "issuer", optional_iri(issuer))
        q.filter_years(year_from, year_to)
        return await paginate(
            info, "ObservationMission", await q.run(info.context.store), first, after
        )

    @strawberry.field(description=root_description("recommendation"))
    async def recommendation(self, info: Info, iri: strawberry.ID) -> Recommendation | None:
        return await lookup(info, "Recommendation", "recommendation", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("recommendations"))
    async def recommendations(
        self,
        info: Info,
        country: strawberry.ID | None = None,
        election_type: strawberry.ID | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        topic: strawberry.ID | None = None,
        norm: strawberry.ID | None = None,
        issuer: strawberry.ID | None = None,
        status: strawberry.ID | None = None,
        addressee: strawberry.ID | None = None,
        text: str | None = None,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> Connection[Recommendation]:
        q = _list_query("Recommendation", "recommendations")
        q.filter_iri(COUNTRY_PATHS, "country", optional_iri(country))
        q.filter_iri(ELECTION_TYPE_PATHS, "electionType", optional_iri(election_type))
        q.filter_years(year_from, year_to)
        q.filter_iri(TOPIC_PATHS, "topic", optional_iri(topic))
        q.filter_iri(NORM_PATHS, "norm", optional_iri(norm))
        q.filter_iri(ISSUER_PATHS, "issuer", optional_iri(issuer))
        q.filter_iri(
            {"Recommendation": "^ng:recommendation/ng:status"}, "status", optional_iri(status)
        )
        q.filter_iri({"Recommendation": "ng:addressee"}, "addressee", optional_iri(addressee))
        q.filter_text(text)
        found = await q.run(info.context.store)
        return await paginate(info, "Recommendation", found, first, after)

    @strawberry.field(description=root_description("recurring_issue"))
    async def recurring_issue(self, info: Info, iri: strawberry.ID) -> RecurringIssue | None:
        return await lookup(info, "RecurringIssue", "recurring_issue", iri)  # type: ignore[no-any-return]

    @strawberry.field(
        description=(
            root_description("recurring_issues")
            + " The flagship question: which recommendations recur, unaddressed, across "
            "elections, from any observer. Ordered by how many elections they span."
        )
    )
    async def recurring_issues(
        self,
        info: Info,
        country: strawberry.ID | None = None,
        min_elections: int = 2,
        unaddressed_only: bool = True,
        topic: strawberry.ID | None = None,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> Connection[RecurringIssue]:
        store = info.context.store
        counts = await recurring_issue_counts(
            store, country=optional_iri(country), topic=optional_iri(topic)
        )
        found = [c.issue for c in counts if c.elections >= min_elections]
        if unaddressed_only:
            statuses = await store.statuses.load_many(found)
            found = [i for i, s in zip(found, statuses, strict=True) if not is_addressed(s)]
        return await paginate(info, "RecurringIssue", found, first, after)

    @strawberry.field(description=root_description("implementation_assessment"))
    async def implementation_assessment(
        self, info: Info, iri: strawberry.ID
    ) -> ImplementationAssessment | None:
        return await lookup(info, "ImplementationAssessment", "implementation_assessment", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("implementation_assessments"))
    async def implementation_assessments(
        self,
        info: Info,
        status: strawberry.ID | None = None,
        issuer: strawberry.ID | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> Connection[ImplementationAssessment]:
        q = _list_query("ImplementationAssessment", "implementation_assessments")
        q.filter_iri({"ImplementationAssessment": "ng:status"}, "status", optional_iri(status))
        q.filter_iri(ISSUER_PATHS, "issuer", optional_iri(issuer))
        q.filter_years(year_from, year_to)
        found = await q.run(info.context.store)
        return await paginate(info, "ImplementationAssessment", found, first, after)

    @strawberry.field(description=root_description("finding"))
    async def finding(self, info: Info, iri: strawberry.ID) -> Finding | None:
        return await lookup(info, "Finding", "finding", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("findings"))
    async def findings(
        self,
        info: Info,
        country: strawberry.ID | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        topic: strawberry.ID | None = None,
        norm: strawberry.ID | None = None,
        issuer: strawberry.ID | None = None,
        text: str | None = None,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> Connection[Finding]:
        q = _list_query("Finding", "findings")
        q.filter_iri(COUNTRY_PATHS, "country", optional_iri(country))
        q.filter_years(year_from, year_to)
        q.filter_iri(TOPIC_PATHS, "topic", optional_iri(topic))
        q.filter_iri(NORM_PATHS, "norm", optional_iri(norm))
        q.filter_iri(ISSUER_PATHS, "issuer", optional_iri(issuer))
        q.filter_text(text)
        return await paginate(info, "Finding", await q.run(info.context.store), first, after)

    @strawberry.field(description=root_description("actor"))
    async def actor(self, info: Info, iri: strawberry.ID) -> Actor | None:
        return await lookup(info, "Actor", "actor", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("actors"))
    async def actors(
        self,
        info: Info,
        text: str | None = None,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> Connection[Actor]:
        q = _list_query("Actor", "actors")
        q.filter_text(text)
        return await paginate(info, "Actor", await q.run(info.context.store), first, after)

    @strawberry.field(description=root_description("norm"))
    async def norm(self, info: Info, iri: strawberry.ID) -> Norm | None:
        return await lookup(info, "Norm", "norm", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("norms"))
    async def norms(
        self,
        info: Info,
        text: str | None = None,
        first: int = MAX_PAGE,
        after: str | None = None,
    ) -> Connection[Norm]:
        q = _list_query("Norm", "norms")
        q.filter_text(text)
        return await paginate(info, "Norm", await q.run(info.context.store), first, after)

    @strawberry.field(
        description=root_description("norm_trajectory")
        + " Here: every such event for one norm (optionally one actor), by start date."
    )
    async def norm_trajectory(
        self, info: Info, norm: strawberry.ID, actor: strawberry.ID | None = None
    ) -> list[NormStageEvent]:
        q = _list_query("NormStageEvent", "norm_trajectory")
        q.filter_iri(NORM_PATHS, "norm", optional_iri(norm))
        q.filter_iri({"NormStageEvent": "ng:actor"}, "actor", optional_iri(actor))
        found = await q.run(info.context.store)
        return await build_many(info, "NormStageEvent", found)

    @strawberry.field(description=root_description("instrument"))
    async def instrument(self, info: Info, iri: strawberry.ID) -> Instrument | None:
        return await lookup(info, "Instrument", "instrument", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("instruments"))
    async def instruments(
        self,
        info: Info,
        norm: strawberry.ID | None = None,
        text: str | None = None,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> Connection[Instrument]:
        q = _list_query("Instrument", "instruments")
        q.filter_iri(NORM_PATHS, "norm", optional_iri(norm))
        q.filter_text(text)
        return await paginate(info, "Instrument", await q.run(info.context.store), first, after)

    @strawberry.field(description=root_description("provision"))
    async def provision(self, info: Info, iri: strawberry.ID) -> Provision | None:
        return await lookup(info, "Provision", "provision", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("law"))
    async def law(self, info: Info, iri: strawberry.ID) -> Law | None:
        return await lookup(info, "Law", "law", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("laws"))
    async def laws(
        self,
        info: Info,
        country: strawberry.ID | None = None,
        text: str | None = None,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> Connection[Law]:
        q = _list_query("Law", "laws")
        q.filter_iri(COUNTRY_PATHS, "country", optional_iri(country))
        q.filter_text(text)
        return await paginate(info, "Law", await q.run(info.context.store), first, after)

    @strawberry.field(description=root_description("legal_provision"))
    async def legal_provision(self, info: Info, iri: strawberry.ID) -> LegalProvision | None:
        return await lookup(info, "LegalProvision", "legal_provision", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("amendment"))
    async def amendment(self, info: Info, iri: strawberry.ID) -> Amendment | None:
        return await lookup(info, "Amendment", "amendment", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("complaint"))
    async def complaint(self, info: Info, iri: strawberry.ID) -> Complaint | None:
        return await lookup(info, "Complaint", "complaint", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("complaints"))
    async def complaints(
        self,
        info: Info,
        country: strawberry.ID | None = None,
        election_type: strawberry.ID | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        topic: strawberry.ID | None = None,
        text: str | None = None,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> Connection[Complaint]:
        q = _list_query("Complaint", "complaints")
        q.filter_iri(COUNTRY_PATHS, "country", optional_iri(country))
        q.filter_iri(ELECTION_TYPE_PATHS, "electionType", optional_iri(election_type))
        q.filter_years(year_from, year_to)
        q.filter_iri(TOPIC_PATHS, "topic", optional_iri(topic))
        q.filter_text(text)
        return await paginate(info, "Complaint", await q.run(info.context.store), first, after)

    @strawberry.field(description=root_description("treaty_action"))
    async def treaty_action(self, info: Info, iri: strawberry.ID) -> TreatyAction | None:
        return await lookup(info, "TreatyAction", "treaty_action", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("treaty_actions"))
    async def treaty_actions(
        self,
        info: Info,
        country: strawberry.ID | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> Connection[TreatyAction]:
        q = _list_query("TreatyAction", "treaty_actions")
        q.filter_iri(COUNTRY_PATHS, "country", optional_iri(country))
        q.filter_years(year_from, year_to)
        return await paginate(info, "TreatyAction", await q.run(info.context.store), first, after)

    @strawberry.field(description=root_description("norm_stage_event"))
    async def norm_stage_event(self, info: Info, iri: strawberry.ID) -> NormStageEvent | None:
        return await lookup(info, "NormStageEvent", "norm_stage_event", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("contestation_statement"))
    async def contestation_statement(
        self, info: Info, iri: strawberry.ID
    ) -> ContestationStatement | None:
        return await lookup(info, "ContestationStatement", "contestation_statement", iri)  # type: ignore[no-any-return]

    @strawberry.field(description=root_description("contestation_statements"))
    async def contestation_statements(
        self,
        info: Info,
        norm: strawberry.ID | None = None,
        issuer: strawberry.ID | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        text: str | None = None,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> Connection[ContestationStatement]:
        q = _list_query("ContestationStatement", "contestation_statements")
        q.filter_iri(NORM_PATHS, "norm", optional_iri(norm))
        q.filter_iri(ISSUER_PATHS, "issuer", optional_iri(issuer))
        q.filter_years(year_from, year_to)
        q.filter_text(text)
        found = await q.run(info.context.store)
        return await paginate(info, "ContestationStatement", found, first, after)


EXTRA_TYPES: list[type] = [*ACTOR_TYPES.values(), Law, LegalProvision, Amendment]


def build_schema(extensions: Sequence[Any] = ()) -> strawberry.Schema:
    """The schema, with the given extensions (limits, error masking) installed."""
    return strawberry.Schema(query=Query, types=EXTRA_TYPES, extensions=list(extensions))


def sdl() -> str:
    """The schema in GraphQL SDL, as committed in ``api/schema.graphql``."""
    return build_schema().as_str() + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write the SDL to the path given (stdout if none); ``--check`` fails if it differs."""
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    paths = [a for a in args if a != "--check"]
    text = sdl()
    if not paths:
        sys.stdout.write(text)
        return 0
    target = Path(paths[0])
    if check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            sys.stderr.write(f"{target} is out of date; regenerate it with this command\n")
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
