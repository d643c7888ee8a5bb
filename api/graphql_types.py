"""The GraphQL domain types: one per class of the ontology, built from the mapping table.

Every field is made by a factory from :mod:`.graphql_fields`, so a type here is mostly a
list of field names; the few hand-written resolvers are the ones the data needs (actor
kinds picked from ``rdf:type``, a recommendation's elections via its report, a recurring
issue's memberships in election order). The types stay in one module because they name
each other in their annotations, which strawberry resolves in the module that declares them.
"""

from __future__ import annotations

import asyncio
from typing import Any

import strawberry
from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF

from ..namespaces import NG, SCHEMA
from .graphql_fields import (
    BUILDERS,
    Info,
    Resource,
    build_many,
    first,
    iri_field,
    iris,
    link,
    links,
    ordered,
    register,
    value,
)
from .graphql_loaders import Description, EvidenceRecord
from .graphql_mapping import (
    STRUCTURAL_FIELDS,
    TYPES,
    actor_kinds,
    field_description,
    type_description,
)


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


def evidence_field(type_name: str) -> Any:
    """A fact's evidence annotations (the factory sits beside the type it builds)."""

    async def resolve(root: Resource, info: Info) -> list[Evidence]:
        records = await info.context.store.evidence.load(root.iri_)
        return [Evidence(record=record) for record in records]

    return strawberry.field(resolver=resolve, description=field_description(type_name, "evidence"))


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
    section: Section | None = link("Recommendation", "section", "Section")
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
    section: Section | None = link("Finding", "section", "Section")
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
