"""The GraphQL schema: one type per class of the ontology, built from the mapping table.

Every field is made by a small factory from :mod:`.graphql_mapping` (which property it
reads, and its description from the ontology), so a type here is a list of field names.
Objects carry their resource's description (every outgoing triple, fetched for a whole
level of the answer at once by the node DataLoader), so plain values resolve without a
query; links and evidence go through the request's DataLoaders.

Regenerate the committed SDL after changing the schema or the ontology::

    python -m normgraph.api.graphql_schema api/schema.graphql
"""

from __future__ import annotations

import asyncio
import base64
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

import strawberry
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF
from rdflib.term import Node
from strawberry.fastapi import BaseContext

from ..namespaces import NG, SCHEMA
from ..queries.catalogue import expand_iri
from .graphql_filters import (
    COUNTRY_PATHS,
    ELECTION_TYPE_PATHS,
    ISSUER_PATHS,
    NORM_PATHS,
    TOPIC_PATHS,
    ListQuery,
)
from .graphql_loaders import Description, EvidenceRecord, RequestStore
from .graphql_mapping import (
    ROOT_FIELDS,
    STRUCTURAL_FIELDS,
    TYPES,
    actor_kinds,
    field_description,
    root_description,
    subclasses,
    type_description,
)
from .graphql_recurrence import is_addressed, recurring_issue_counts
from .graphql_store import PublicError

T = TypeVar("T")
MAX_PAGE = 100
DEFAULT_PAGE = 20


class GraphQLContext(BaseContext):
    """What every resolver gets: the request's store view (deadline, loaders, counter)."""

    def __init__(self, store: RequestStore) -> None:
        super().__init__()
        self.store = store


Info = strawberry.Info[GraphQLContext, None]
Builder = Callable[[URIRef, Description], Any]
BUILDERS: dict[str, Builder] = {}
"""GraphQL type name -> how to make its object from an IRI and a description."""


def first(desc: Description, predicate: URIRef) -> Node | None:
    found = desc.get(predicate, [])
    english = [v for v in found if isinstance(v, Literal) and v.language == "en"]
    return (english or found or [None])[0]


def iris(desc: Description, predicate: URIRef) -> list[URIRef]:
    return [v for v in desc.get(predicate, []) if isinstance(v, URIRef)]


def _convert(value: Node | None, kind: type) -> object:
    if value is None:
        return None
    if kind is str:
        return str(value)
    python = value.toPython() if isinstance(value, Literal) else str(value)
    if kind is bool:
        return python if isinstance(python, bool) else str(value).lower() in ("true", "1")
    try:
        return kind(python)
    except (TypeError, ValueError):
        return None


# --- Field factories -------------------------------------------------------------------


def value(type_name: str, field_name: str, kind: type = str) -> Any:
    """A plain value (string, number, boolean, date as ISO text) read from the description."""
    predicate = TYPES[type_name].fields[field_name].iri

    def resolve(root: Resource) -> object:
        return _convert(first(root.desc, predicate), kind)

    return strawberry.field(resolver=resolve, description=field_description(type_name, field_name))


async def build_many(info: Info, target: str, found: Sequence[URIRef]) -> list[Any]:
    """The objects of type ``target`` for ``found``, each built once per request."""
    store = info.context.store
    descs = await store.nodes.load_many(found)
    built = []
    for iri, desc in zip(found, descs, strict=True):
        key = (target, iri)
        if key not in store.built:
            store.built[key] = BUILDERS[target](iri, desc)
        if store.built[key] is not None:
            built.append(store.built[key])
    return built


def link(type_name: str, field_name: str, target: str) -> Any:
    """One linked resource (the first, if the data has several)."""
    predicate = TYPES[type_name].fields[field_name].iri

    async def resolve(root: Resource, info: Info) -> object:
        built = await build_many(info, target, iris(root.desc, predicate)[:1])
        return built[0] if built else None

    return strawberry.field(resolver=resolve, description=field_description(type_name, field_name))


def links(type_name: str, field_name: str, target: str) -> Any:
    """Every linked resource, forwards or (for an inverse mapping) backwards."""
    mapped = TYPES[type_name].fields[field_name]

    async def resolve(root: Resource, info: Info) -> object:
        if mapped.inverse is None:
            found = iris(root.desc, mapped.iri)
        else:
            key = (mapped.iri, mapped.inverse, root.iri_)
            found = await info.context.store.inverse.load(key)
        return await build_many(info, target, found)

    return strawberry.field(resolver=resolve, description=field_description(type_name, field_name))


def ordered(type_name: str, field_name: str, target: str, by: URIRef, child_of: URIRef) -> Any:
    """Resources that point here with ``child_of``, sorted by the value of ``by``."""
    cls = TYPES[target].iri

    async def resolve(root: Resource, info: Info) -> object:
        found = await info.context.store.inverse.load((child_of, cls, root.iri_))
        built: list[Resource] = await build_many(info, target, found)
        return sorted(built, key=lambda r: (_sort_value(first(r.desc, by)), r.iri_))

    return strawberry.field(resolver=resolve, description=field_description(type_name, field_name))


def _sort_value(term: Node | None) -> tuple[int, float, str]:
    if term is None:
        return (1, 0.0, "")
    python = term.toPython() if isinstance(term, Literal) else None
    if isinstance(python, int | float) and not isinstance(python, bool):
        return (0, float(python), "")
    return (0, 0.0, str(term))


def evidence_field(type_name: str) -> Any:
    async def resolve(root: Resource, info: Info) -> list[Evidence]:
        records = await info.context.store.evidence.load(root.iri_)
        return [Evidence(record=record) for record in records]

    return strawberry.field(resolver=resolve, description=field_description(type_name, "evidence"))


def iri_field() -> Any:
    def resolve(root: Resource) -> strawberry.ID:
        return strawberry.ID(str(root.iri_))

    return strawberry.field(resolver=resolve, description=STRUCTURAL_FIELDS["iri"])


# --- Types ----------------------------------------------------------------------------


@strawberry.type
class Resource:
    """Base of every domain type (not itself in the schema)."""

    iri_: strawberry.Private[URIRef]
    desc: strawberry.Private[Description]


def register(name: str, builder: Builder | None = None) -> Callable[[type[T]], type[T]]:
    def decorate(cls: type[T]) -> type[T]:
        BUILDERS[name] = builder or (lambda iri, desc: cls(iri_=iri, desc=desc))  # type: ignore[call-arg]
        return cls

    return decorate


def doc(name: str) -> str:
    return type_description(name)


@register("Loader")
@strawberry.type(description=doc("Loader"))
class Loader(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("Loader", "label")


@register("Concept")
@strawberry.type(description=doc("Concept"))
class Concept(Resource):
    iri: strawberry.ID = iri_field()
    pref_label: str | None = value("Concept", "pref_label")
    definition: str | None = value("Concept", "definition")
    notation: str | None = value("Concept", "notation")
    scheme: strawberry.ID | None = value("Concept", "scheme")


@register("SourceText")
@strawberry.type(description=doc("SourceText"))
class SourceText(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("SourceText", "label")
    file_name: str | None = value("SourceText", "file_name")
    sha256: str | None = value("SourceText", "sha256")
    character_count: int | None = value("SourceText", "character_count", int)

    @strawberry.field(description=field_description("SourceText", "report"))
    async def report(self, info: Info) -> Report | None:
        found = await info.context.store.inverse.load((NG.sourceText, NG.Report, self.iri_))
        built = await build_many(info, "Report", found[:1])
        return built[0] if built else None


@strawberry.type(description=doc("Evidence"))
class Evidence:
    record: strawberry.Private[EvidenceRecord]

    @strawberry.field(description=STRUCTURAL_FIELDS["iri"])
    def iri(self) -> strawberry.ID:
        return strawberry.ID(str(self.record.annotation))

    @strawberry.field(description=field_description("Evidence", "quote"))
    def quote(self) -> str:
        return self.record.quote

    @strawberry.field(description=field_description("Evidence", "prefix"))
    def prefix(self) -> str | None:
        return self.record.prefix

    @strawberry.field(description=field_description("Evidence", "suffix"))
    def suffix(self) -> str | None:
        return self.record.suffix

    @strawberry.field(description=field_description("Evidence", "start"))
    def start(self) -> int:
        return self.record.start

    @strawberry.field(description=field_description("Evidence", "end"))
    def end(self) -> int:
        return self.record.end

    @strawberry.field(description=field_description("Evidence", "document"))
    async def document(self, info: Info) -> SourceText | None:
        built = await build_many(info, "SourceText", [self.record.source])
        return built[0] if built else None

    @strawberry.field(description=field_description("Evidence", "method"))
    async def method(self, info: Info) -> Concept | None:
        found = [self.record.method] if self.record.method else []
        built = await build_many(info, "Concept", found)
        return built[0] if built else None

    @strawberry.field(description=field_description("Evidence", "loader"))
    async def loader(self, info: Info) -> Loader | None:
        found = [self.record.loader] if self.record.loader else []
        built = await build_many(info, "Loader", found)
        return built[0] if built else None


# Actors: an interface and one type per kind; the kind is picked from rdf:type.


@strawberry.interface(description=doc("Actor"))
class Actor(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("Actor", "label")
    name: str | None = value("Actor", "name")
    evidence: list[Evidence] = evidence_field("Actor")
    asked_by: list[Recommendation] = links("Actor", "asked_by", "Recommendation")
    complaints: list[Complaint] = links("Actor", "complaints", "Complaint")


def make_actor(iri: URIRef, desc: Description) -> Any:
    types = set(iris(desc, RDF.type))
    for name, cls in actor_kinds().items():
        if cls in types:
            return ACTOR_TYPES[name](iri_=iri, desc=desc)
    return ACTOR_TYPES["Organisation"](iri_=iri, desc=desc)


BUILDERS["Actor"] = make_actor


def _actor_type(name: str) -> type[Actor]:
    return strawberry.type(type(name, (Actor,), {"__annotations__": {}}), description=doc(name))


@strawberry.type(description=doc("State"))
class State(Actor):
    country_code: str | None = value("State", "country_code")


ACTOR_TYPES: dict[str, type[Actor]] = {
    name: (State if name == "State" else _actor_type(name))
    for name in actor_kinds()
    if name != "ObservationMission"
}


@strawberry.type(description=doc("Report"))
class Report(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("Report", "label")
    title: str | None = value("Report", "title")
    genre: Concept | None = link("Report", "genre", "Concept")
    creators: list[Actor] = links("Report", "creators", "Actor")
    publishers: list[Actor] = links("Report", "publishers", "Actor")
    issued: str | None = value("Report", "issued")
    language: str | None = value("Report", "language")
    source_text: SourceText | None = link("Report", "source_text", "SourceText")
    elections: list[Election] = links("Report", "elections", "Election")
    sections: list[Section] = ordered("Report", "sections", "Section", NG.order, DCTERMS.isPartOf)
    recommendations: list[Recommendation] = links("Report", "recommendations", "Recommendation")
    findings: list[Finding] = links("Report", "findings", "Finding")
    evidence: list[Evidence] = evidence_field("Report")


@strawberry.type(description=doc("Section"))
class Section(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("Section", "label")
    heading: str | None = value("Section", "heading")
    number: str | None = value("Section", "number")
    order: int | None = value("Section", "order", int)
    subsections: list[Section] = ordered(
        "Section", "subsections", "Section", NG.order, DCTERMS.isPartOf
    )
    evidence: list[Evidence] = evidence_field("Section")


@strawberry.type(description=doc("Election"))
class Election(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("Election", "label")
    country: State | None = link("Election", "country", "Actor")
    election_type: Concept | None = link("Election", "election_type", "Concept")
    date: str | None = value("Election", "date")
    early: bool | None = value("Election", "early", bool)
    round_count: int | None = value("Election", "round_count", int)
    rounds: list[ElectionRound] = links("Election", "rounds", "ElectionRound")
    results: list[CandidateResult] = links("Election", "results", "CandidateResult")
    totals: list[ElectionTotals] = links("Election", "totals", "ElectionTotals")
    missions: list[ObservationMission] = links("Election", "missions", "ObservationMission")
    reports: list[Report] = links("Election", "reports", "Report")
    recommendations: list[Recommendation] = links("Election", "recommendations", "Recommendation")
    findings: list[Finding] = links("Election", "findings", "Finding")
    complaints: list[Complaint] = links("Election", "complaints", "Complaint")
    evidence: list[Evidence] = evidence_field("Election")


@strawberry.type(description=doc("ElectionRound"))
class ElectionRound(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("ElectionRound", "label")
    round_number: int | None = value("ElectionRound", "round_number", int)
    date: str | None = value("ElectionRound", "date")
    evidence: list[Evidence] = evidence_field("ElectionRound")


@strawberry.type(description=doc("Region"))
class Region(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("Region", "label")
    country: State | None = link("Region", "country", "Actor")
    evidence: list[Evidence] = evidence_field("Region")


@strawberry.type(description=doc("CandidateResult"))
class CandidateResult(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("CandidateResult", "label")
    candidate: Actor | None = link("CandidateResult", "candidate", "Actor")
    party: Actor | None = link("CandidateResult", "party", "Actor")
    votes: int | None = value("CandidateResult", "votes", int)
    vote_share: float | None = value("CandidateResult", "vote_share", float)
    region: Region | None = link("CandidateResult", "region", "Region")
    round: ElectionRound | None = link("CandidateResult", "round", "ElectionRound")
    evidence: list[Evidence] = evidence_field("CandidateResult")


@strawberry.type(description=doc("ElectionTotals"))
class ElectionTotals(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("ElectionTotals", "label")
    registered_voters: int | None = value("ElectionTotals", "registered_voters", int)
    voters_participated: int | None = value("ElectionTotals", "voters_participated", int)
    valid_votes: int | None = value("ElectionTotals", "valid_votes", int)
    invalid_votes: int | None = value("ElectionTotals", "invalid_votes", int)
    mobile_votes: int | None = value("ElectionTotals", "mobile_votes", int)
    turnout: float | None = value("ElectionTotals", "turnout", float)
    region: Region | None = link("ElectionTotals", "region", "Region")
    round: ElectionRound | None = link("ElectionTotals", "round", "ElectionRound")
    evidence: list[Evidence] = evidence_field("ElectionTotals")


@strawberry.type(description=doc("ObservationMission"))
class ObservationMission(Actor):
    observes: list[Election] = links("ObservationMission", "observes", "Election")
    deployed_by: list[Actor] = links("ObservationMission", "deployed_by", "Actor")
    head_of_mission: list[Actor] = links("ObservationMission", "head_of_mission", "Actor")
    start_date: str | None = value("ObservationMission", "start_date")
    end_date: str | None = value("ObservationMission", "end_date")
    observer_count: int | None = value("ObservationMission", "observer_count", int)
    long_term_observer_count: int | None = value(
        "ObservationMission", "long_term_observer_count", int
    )
    short_term_observer_count: int | None = value(
        "ObservationMission", "short_term_observer_count", int
    )
    core_team_size: int | None = value("ObservationMission", "core_team_size", int)


ACTOR_TYPES["ObservationMission"] = ObservationMission
BUILDERS["ObservationMission"] = make_actor


async def recommendation_elections(info: Info, recommendation: Resource) -> list[URIRef]:
    """A recommendation's elections: its own, else its source report's."""
    # The report is loaded even when not needed, so that every branch of the answer awaits
    # the same loaders in the same order and their look-ups share one batch per level.
    reports = iris(recommendation.desc, NG.sourceReport)
    descs = await info.context.store.nodes.load_many(reports)
    found = iris(recommendation.desc, NG.election)
    return found or sorted({e for desc in descs for e in iris(desc, NG.election)})


@strawberry.type(description=doc("Recommendation"))
class Recommendation(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("Recommendation", "label")
    text: str | None = value("Recommendation", "text")
    number: str | None = value("Recommendation", "number")
    priority: bool | None = value("Recommendation", "priority", bool)
    category_heading: str | None = value("Recommendation", "category_heading")
    source_report: Report | None = link("Recommendation", "source_report", "Report")
    topics: list[Concept] = links("Recommendation", "topics", "Concept")
    addressees: list[Actor] = links("Recommendation", "addressees", "Actor")
    norms: list[Norm] = links("Recommendation", "norms", "Norm")
    provisions: list[Provision] = links("Recommendation", "provisions", "Provision")
    laws: list[LegalResource] = links("Recommendation", "laws", "LegalResource")
    memberships: list[IssueMembership] = links("Recommendation", "memberships", "IssueMembership")
    assessments: list[ImplementationAssessment] = links(
        "Recommendation", "assessments", "ImplementationAssessment"
    )
    answered_by: list[Amendment] = links("Recommendation", "answered_by", "Amendment")
    evidence: list[Evidence] = evidence_field("Recommendation")

    @strawberry.field(description=field_description("Recommendation", "elections"))
    async def elections(self, info: Info) -> list[Election]:
        found = await recommendation_elections(info, self)
        return await build_many(info, "Election", found)


@strawberry.type(description=doc("IssueMembership"))
class IssueMembership(Resource):
    iri: strawberry.ID = iri_field()
    recommendation: Recommendation | None = link(
        "IssueMembership", "recommendation", "Recommendation"
    )
    issue: RecurringIssue | None = link("IssueMembership", "issue", "RecurringIssue")
    reason: str | None = value("IssueMembership", "reason")
    confidence: float | None = value("IssueMembership", "confidence", float)

    async def _recommendation(self, info: Info) -> Recommendation | None:
        built = await build_many(info, "Recommendation", iris(self.desc, NG.recommendation)[:1])
        return built[0] if built else None

    @strawberry.field(description=field_description("IssueMembership", "elections"))
    async def elections(self, info: Info) -> list[Election]:
        recommendation = await self._recommendation(info)
        if recommendation is None:
            return []
        return await build_many(
            info, "Election", await recommendation_elections(info, recommendation)
        )

    @strawberry.field(description=field_description("IssueMembership", "observers"))
    async def observers(self, info: Info) -> list[Actor]:
        recommendation = await self._recommendation(info)
        if recommendation is None:
            return []
        reports = await info.context.store.nodes.load_many(
            iris(recommendation.desc, NG.sourceReport)
        )
        creators = sorted({c for desc in reports for c in iris(desc, DCTERMS.creator)})
        return await build_many(info, "Actor", creators)

    async def sort_key(self, info: Info) -> tuple[str, str]:
        elections = await self.elections(info)
        dates = sorted(str(first(e.desc, NG.electionDate) or "") for e in elections)
        return (dates[0] if dates else "~", str(self.iri_))


@strawberry.type(description=doc("RecurringIssue"))
class RecurringIssue(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("RecurringIssue", "label")
    text: str | None = value("RecurringIssue", "text")
    topics: list[Concept] = links("RecurringIssue", "topics", "Concept")
    norms: list[Norm] = links("RecurringIssue", "norms", "Norm")
    assessments: list[ImplementationAssessment] = links(
        "RecurringIssue", "assessments", "ImplementationAssessment"
    )
    evidence: list[Evidence] = evidence_field("RecurringIssue")

    @strawberry.field(description=field_description("RecurringIssue", "memberships"))
    async def memberships(self, info: Info) -> list[IssueMembership]:
        found = await info.context.store.inverse.load((NG.issue, NG.IssueMembership, self.iri_))
        built: list[IssueMembership] = await build_many(info, "IssueMembership", found)
        keys = await asyncio.gather(*(m.sort_key(info) for m in built))
        return [m for _, m in sorted(zip(keys, built, strict=True), key=lambda p: p[0])]

    @strawberry.field(description=field_description("RecurringIssue", "elections"))
    async def elections(self, info: Info) -> list[Election]:
        memberships = await self.memberships(info)
        lists = await asyncio.gather(*(m.elections(info) for m in memberships))
        unique = {e.iri_: e for found in lists for e in found}
        return sorted(unique.values(), key=lambda e: (str(first(e.desc, NG.electionDate)), e.iri_))

    @strawberry.field(description=field_description("RecurringIssue", "election_count"))
    async def election_count(self, info: Info) -> int:
        return len(await self.elections(info))

    @strawberry.field(description=field_description("RecurringIssue", "status"))
    async def status(self, info: Info) -> Concept | None:
        latest = await info.context.store.statuses.load(self.iri_)
        if latest is None:
            return None
        built = await build_many(info, "Concept", [latest[0]])
        return built[0] if built else None


@strawberry.type(description=doc("ImplementationAssessment"))
class ImplementationAssessment(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("ImplementationAssessment", "label")
    recommendation: Recommendation | None = link(
        "ImplementationAssessment", "recommendation", "Recommendation"
    )
    issue: RecurringIssue | None = link("ImplementationAssessment", "issue", "RecurringIssue")
    assessors: list[Actor] = links("ImplementationAssessment", "assessors", "Actor")
    date: str | None = value("ImplementationAssessment", "date")
    status: Concept | None = link("ImplementationAssessment", "status", "Concept")
    source_report: Report | None = link("ImplementationAssessment", "source_report", "Report")
    evidence: list[Evidence] = evidence_field("ImplementationAssessment")


@strawberry.type(description=doc("Finding"))
class Finding(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("Finding", "label")
    text: str | None = value("Finding", "text")
    polarity: Concept | None = link("Finding", "polarity", "Concept")
    topics: list[Concept] = links("Finding", "topics", "Concept")
    source_report: Report | None = link("Finding", "source_report", "Report")
    elections: list[Election] = links("Finding", "elections", "Election")
    norms: list[Norm] = links("Finding", "norms", "Norm")
    provisions: list[Provision] = links("Finding", "provisions", "Provision")
    laws: list[LegalResource] = links("Finding", "laws", "LegalResource")
    evidence: list[Evidence] = evidence_field("Finding")


@strawberry.type(description=doc("Norm"))
class Norm(Resource):
    iri: strawberry.ID = iri_field()
    pref_label: str | None = value("Norm", "pref_label")
    definition: str | None = value("Norm", "definition")
    stated_by: list[Provision] = links("Norm", "stated_by", "Provision")
    stated_by_instruments: list[Instrument] = links("Norm", "stated_by_instruments", "Instrument")
    invoked_by: list[Recommendation] = links("Norm", "invoked_by", "Recommendation")
    trajectory: list[NormStageEvent] = ordered(
        "Norm", "trajectory", "NormStageEvent", SCHEMA.startDate, NG.norm
    )
    statements: list[ContestationStatement] = links("Norm", "statements", "ContestationStatement")


@strawberry.type(description=doc("Instrument"))
class Instrument(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("Instrument", "label")
    title: str | None = value("Instrument", "title")
    issued: str | None = value("Instrument", "issued")
    kind: Concept | None = link("Instrument", "kind", "Concept")
    norms: list[Norm] = links("Instrument", "norms", "Norm")
    provisions: list[Provision] = ordered(
        "Instrument", "provisions", "Provision", NG.number, NG.provisionOf
    )
    actions: list[TreatyAction] = links("Instrument", "actions", "TreatyAction")


@strawberry.type(description=doc("Provision"))
class Provision(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("Provision", "label")
    number: str | None = value("Provision", "number")
    instrument: Instrument | None = link("Provision", "instrument", "Instrument")
    norms: list[Norm] = links("Provision", "norms", "Norm")


@strawberry.interface(description=doc("LegalResource"))
class LegalResource(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("LegalResource", "label")
    evidence: list[Evidence] = evidence_field("LegalResource")


@strawberry.type(description=doc("Law"))
class Law(LegalResource):
    country: State | None = link("Law", "country", "Actor")
    adopted: str | None = value("Law", "adopted")
    articles: list[LegalProvision] = ordered(
        "Law", "articles", "LegalProvision", NG.number, TYPES["Law"].fields["articles"].iri
    )
    amendments: list[Amendment] = links("Law", "amendments", "Amendment")


@strawberry.type(description=doc("LegalProvision"))
class LegalProvision(LegalResource):
    number: str | None = value("LegalProvision", "number")
    law: Law | None = link("LegalProvision", "law", "LegalResource")


@strawberry.type(description=doc("Amendment"))
class Amendment(LegalResource):
    adopted: str | None = value("Amendment", "adopted")
    amends: list[LegalResource] = links("Amendment", "amends", "LegalResource")
    responds_to: list[Recommendation] = links("Amendment", "responds_to", "Recommendation")


def make_legal(iri: URIRef, desc: Description) -> Any:
    types = set(iris(desc, RDF.type))
    for cls, kind in ((NG.Amendment, Amendment), (NG.LawArticle, LegalProvision)):
        if cls in types:
            return kind(iri_=iri, desc=desc)
    return Law(iri_=iri, desc=desc)


for _name in ("LegalResource", "Law", "LegalProvision", "Amendment"):
    BUILDERS[_name] = make_legal


@strawberry.type(description=doc("Complaint"))
class Complaint(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("Complaint", "label")
    complainants: list[Actor] = links("Complaint", "complainants", "Actor")
    filed_with: list[Actor] = links("Complaint", "filed_with", "Actor")
    respondents: list[Actor] = links("Complaint", "respondents", "Actor")
    subject_matter: str | None = value("Complaint", "subject_matter")
    date: str | None = value("Complaint", "date")
    decision_date: str | None = value("Complaint", "decision_date")
    outcome: Concept | None = link("Complaint", "outcome", "Concept")
    election: Election | None = link("Complaint", "election", "Election")
    topics: list[Concept] = links("Complaint", "topics", "Concept")
    evidence: list[Evidence] = evidence_field("Complaint")


@strawberry.type(description=doc("TreatyAction"))
class TreatyAction(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("TreatyAction", "label")
    kind: Concept | None = link("TreatyAction", "kind", "Concept")
    treaty: Instrument | None = link("TreatyAction", "treaty", "Instrument")
    actors: list[Actor] = links("TreatyAction", "actors", "Actor")
    date: str | None = value("TreatyAction", "date")
    evidence: list[Evidence] = evidence_field("TreatyAction")


@strawberry.type(description=doc("NormStageEvent"))
class NormStageEvent(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("NormStageEvent", "label")
    norms: list[Norm] = links("NormStageEvent", "norms", "Norm")
    stage: Concept | None = link("NormStageEvent", "stage", "Concept")
    actors: list[Actor] = links("NormStageEvent", "actors", "Actor")
    start_date: str | None = value("NormStageEvent", "start_date")
    end_date: str | None = value("NormStageEvent", "end_date")
    source_report: Report | None = link("NormStageEvent", "source_report", "Report")
    evidence: list[Evidence] = evidence_field("NormStageEvent")


@strawberry.type(description=doc("ContestationStatement"))
class ContestationStatement(Resource):
    iri: strawberry.ID = iri_field()
    label: str | None = value("ContestationStatement", "label")
    quote: str | None = value("ContestationStatement", "quote")
    speakers: list[Actor] = links("ContestationStatement", "speakers", "Actor")
    speaker_role: str | None = value("ContestationStatement", "speaker_role")
    stance: Concept | None = link("ContestationStatement", "stance", "Concept")
    stage: Concept | None = link("ContestationStatement", "stage", "Concept")
    norms: list[Norm] = links("ContestationStatement", "norms", "Norm")
    date: str | None = value("ContestationStatement", "date")
    source_report: Report | None = link("ContestationStatement", "source_report", "Report")
    evidence: list[Evidence] = evidence_field("ContestationStatement")


for _cls in (
    Report,
    Section,
    Election,
    ElectionRound,
    Region,
    CandidateResult,
    ElectionTotals,
    Recommendation,
    IssueMembership,
    RecurringIssue,
    ImplementationAssessment,
    Finding,
    Norm,
    Instrument,
    Provision,
    Complaint,
    TreatyAction,
    NormStageEvent,
    ContestationStatement,
):
    register(_cls.__name__)(_cls)


# --- Pagination -------------------------------------------------------------------------


@strawberry.type(description="Where a page sits in a list.")
class PageInfo:
    has_next_page: bool = strawberry.field(description=STRUCTURAL_FIELDS["has_next_page"])
    end_cursor: str | None = strawberry.field(description=STRUCTURAL_FIELDS["end_cursor"])


@strawberry.type(description="One item of a page, with its cursor.")
class Edge(Generic[T]):
    cursor: str = strawberry.field(description=STRUCTURAL_FIELDS["cursor"])
    node: T = strawberry.field(description=STRUCTURAL_FIELDS["node"])


@strawberry.type(description="One page of a list, with the total count over all pages.")
class Connection(Generic[T]):
    total_count: int = strawberry.field(description=STRUCTURAL_FIELDS["total_count"])
    page_info: PageInfo = strawberry.field(description=STRUCTURAL_FIELDS["page_info"])
    edges: list[Edge[T]] = strawberry.field(description=STRUCTURAL_FIELDS["edges"])
    nodes: list[T] = strawberry.field(description=STRUCTURAL_FIELDS["nodes"])


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode("ascii")


def decode_cursor(cursor: str | None) -> int:
    """The offset after ``cursor`` (0 for none); PublicError for a cursor we did not make."""
    if cursor is None:
        return 0
    try:
        kind, _, number = base64.urlsafe_b64decode(cursor.encode("ascii")).decode().partition(":")
        if kind == "offset" and number.isdigit():
            return int(number) + 1
    except (ValueError, UnicodeError):
        pass
    raise PublicError(f"after: {cursor!r} is not a cursor this API gave out")


async def paginate(
    info: Info, target: str, found: Sequence[URIRef], first: int, after: str | None
) -> Connection[Any]:
    if not 0 <= first <= MAX_PAGE:
        raise PublicError(f"first: between 0 and {MAX_PAGE}")
    start = decode_cursor(after)
    page = list(found[start : start + first])
    nodes = await build_many(info, target, page)
    edges = [Edge(cursor=encode_cursor(start + i), node=n) for i, n in enumerate(nodes)]
    return Connection(
        total_count=len(found),
        page_info=PageInfo(
            has_next_page=start + first < len(found),
            end_cursor=edges[-1].cursor if edges else None,
        ),
        edges=edges,
        nodes=nodes,
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


def root(name: str, resolver: Callable[..., Awaitable[Any]]) -> Any:
    return strawberry.field(resolver=resolver, description=root_description(name))


IRI_HELP = "An IRI, absolute or prefixed (id:, vocab:, ng: ...)."
Arg = strawberry.argument


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
