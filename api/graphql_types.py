"""The GraphQL domain types of elections and their observation: reports and sections,
elections, rounds, results, recommendations, recurring issues, assessments, findings and
complaints.

Every field is made by a factory from :mod:`.graphql_fields`, so a type here is mostly a
list of field names; the few hand-written resolvers are the ones the data needs (a
recommendation's elections via its report, a recurring issue's memberships in election
order). Evidence and concepts are in :mod:`.graphql_provenance`, actors in
:mod:`.graphql_actors`, norms and law in :mod:`.graphql_norms`; those modules name the types
here through ``strawberry.lazy``.
"""

from __future__ import annotations

import asyncio

import strawberry
from rdflib import URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from normgraph.namespaces import NG

from .graphql_actors import Actor, ObservationMission, State
from .graphql_fields import (
    Info,
    LabelledResource,
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
from .graphql_loaders import Description
from .graphql_norms import Amendment, LegalResource, Norm, Provision
from .graphql_provenance import Concept, Evidence, SourceText, evidence_field
from .graphql_terms import field_description, type_description


@strawberry.type(description=type_description("Report"))
class Report(LabelledResource):
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


@strawberry.type(description=type_description("Section"))
class Section(LabelledResource):
    heading: str | None = value("Section", "heading")
    number: str | None = value("Section", "number")
    order: int | None = value("Section", "order", int)
    subsections: list[Section] = ordered(
        "Section", "subsections", "Section", NG.order, DCTERMS.isPartOf
    )
    evidence: list[Evidence] = evidence_field("Section")


@strawberry.type(description=type_description("Election"))
class Election(LabelledResource):
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


@strawberry.type(description=type_description("ElectionRound"))
class ElectionRound(LabelledResource):
    round_number: int | None = value("ElectionRound", "round_number", int)
    date: str | None = value("ElectionRound", "date")
    evidence: list[Evidence] = evidence_field("ElectionRound")


@strawberry.type(description=type_description("Region"))
class Region(LabelledResource):
    country: State | None = link("Region", "country", "Actor")
    evidence: list[Evidence] = evidence_field("Region")


@strawberry.type(description=type_description("CandidateResult"))
class CandidateResult(LabelledResource):
    candidate: Actor | None = link("CandidateResult", "candidate", "Actor")
    party: Actor | None = link("CandidateResult", "party", "Actor")
    votes: int | None = value("CandidateResult", "votes", int)
    vote_share: float | None = value("CandidateResult", "vote_share", float)
    region: Region | None = link("CandidateResult", "region", "Region")
    round: ElectionRound | None = link("CandidateResult", "round", "ElectionRound")
    evidence: list[Evidence] = evidence_field("CandidateResult")


@strawberry.type(description=type_description("ElectionTotals"))
class ElectionTotals(LabelledResource):
    registered_voters: int | None = value("ElectionTotals", "registered_voters", int)
    voters_participated: int | None = value("ElectionTotals", "voters_participated", int)
    valid_votes: int | None = value("ElectionTotals", "valid_votes", int)
    invalid_votes: int | None = value("ElectionTotals", "invalid_votes", int)
    mobile_votes: int | None = value("ElectionTotals", "mobile_votes", int)
    turnout: float | None = value("ElectionTotals", "turnout", float)
    region: Region | None = link("ElectionTotals", "region", "Region")
    round: ElectionRound | None = link("ElectionTotals", "round", "ElectionRound")
    evidence: list[Evidence] = evidence_field("ElectionTotals")


async def recommendation_elections(info: Info, recommendation: Resource) -> list[URIRef]:
    """A recommendation's elections: its own, else its source report's."""
    # The report is loaded even when not needed, so that every branch of the answer awaits
    # the same loaders in the same order and their look-ups share one batch per level.
    reports = iris(recommendation.desc, NG.sourceReport)
    descs = await info.context.store.nodes.load_many(reports)
    found = iris(recommendation.desc, NG.election)
    return found or sorted({e for desc in descs for e in iris(desc, NG.election)})


@strawberry.type(description=type_description("Recommendation"))
class Recommendation(LabelledResource):
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


@strawberry.type(description=type_description("IssueMembership"))
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


@strawberry.type(description=type_description("RecurringIssue"))
class RecurringIssue(LabelledResource):
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


@strawberry.type(description=type_description("ImplementationAssessment"))
class ImplementationAssessment(LabelledResource):
    recommendation: Recommendation | None = link(
        "ImplementationAssessment", "recommendation", "Recommendation"
    )
    issue: RecurringIssue | None = link("ImplementationAssessment", "issue", "RecurringIssue")
    assessors: list[Actor] = links("ImplementationAssessment", "assessors", "Actor")
    date: str | None = value("ImplementationAssessment", "date")
    status: Concept | None = link("ImplementationAssessment", "status", "Concept")
    source_report: Report | None = link("ImplementationAssessment", "source_report", "Report")
    confidence: float | None = value("ImplementationAssessment", "confidence", float)
    evidence: list[Evidence] = evidence_field("ImplementationAssessment")

    async def _assessors(self, info: Info) -> list[tuple[URIRef, Description]]:
        found = iris(self.desc, NG.assessor)
        return list(zip(found, await info.context.store.nodes.load_many(found), strict=True))

    @strawberry.field(description=field_description("ImplementationAssessment", "inferred"))
    async def inferred(self, info: Info) -> bool:
        """Typed ng:InferredAssessment, or (stores built before the type) judged by software:
        the same test as the saved queries'."""
        if NG.InferredAssessment in self.desc.get(RDF.type, []):
            return True
        return any(
            PROV.SoftwareAgent in d.get(RDF.type, []) for _, d in await self._assessors(info)
        )

    @strawberry.field(description=field_description("ImplementationAssessment", "judged_by"))
    async def judged_by(self, info: Info) -> str:
        if await self.inferred(info):
            return "inferred by normgraph"
        names = [
            str(first(d, SKOS.prefLabel) or first(d, RDFS.label) or iri)
            for iri, d in await self._assessors(info)
        ]
        return "stated by " + (", ".join(names) or "an unnamed assessor")


@strawberry.type(description=type_description("Finding"))
class Finding(LabelledResource):
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


@strawberry.type(description=type_description("Complaint"))
class Complaint(LabelledResource):
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
    Complaint,
):
    register(_cls.__name__)(_cls)
