"""How GraphQL maps onto the ontology: one declarative table, type -> class, field -> property.

The schema's descriptions (:mod:`.graphql_terms`), the SPARQL the resolvers run and the
test that every GraphQL type and field has an ontology counterpart all read this table, so
the API cannot drift from the ontology silently. A field maps to

- a property read forwards (``Field(NG.country)``: the election's ``ng:country``);
- a property read backwards, restricted to subjects of one class
  (``Field(NG.election, inverse=NG.ElectionRound)``: the rounds whose ``ng:election`` is
  this election);
- or, for derived fields, the property whose values they summarise (``electionCount``
  counts ``ng:election`` values).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDFS, SKOS

from normgraph.namespaces import ELI, NG, OA, SCHEMA


@dataclass(frozen=True)
class Field:
    """One GraphQL field: the property it reads, forwards or (``inverse``) backwards."""

    iri: URIRef
    inverse: URIRef | None = None
    """For a backwards read: the class whose instances point here with ``iri``."""
    note: str = ""
    """Said after the definition: how a derived field uses its property."""


@dataclass(frozen=True)
class TypeMap:
    """One GraphQL type: the class it shows and its fields."""

    iri: URIRef
    fields: dict[str, Field] = field(default_factory=dict)


def _fields(**pairs: Field | URIRef) -> dict[str, Field]:
    return {name: (v if isinstance(v, Field) else Field(v)) for name, v in pairs.items()}


def _fact(cls: URIRef, **pairs: Field | URIRef) -> TypeMap:
    """A type for a fact: a label, the given fields and its evidence annotations."""
    return TypeMap(cls, _fields(label=RDFS.label, **pairs, evidence=NG.evidence))


_ACTOR_FIELDS = _fields(
    label=RDFS.label,
    name=FOAF.name,
    evidence=NG.evidence,
    asked_by=Field(NG.addressee, inverse=NG.Recommendation),
    complaints=Field(NG.complainant, inverse=NG.Complaint),
)
_ACTOR_KINDS: dict[str, URIRef] = {
    "ElectionCommission": NG.ElectionCommission,
    "Court": NG.Court,
    "Parliament": NG.Parliament,
    "StateBody": NG.StateBody,
    "State": NG.State,
    "PoliticalParty": NG.PoliticalParty,
    "CivilSocietyOrganisation": NG.CivilSocietyOrganisation,
    "InternationalOrganisation": NG.InternationalOrganisation,
    "ObserverGroup": NG.ObserverGroup,
    "MediaOutlet": NG.MediaOutlet,
    "Donor": NG.Donor,
    "ObservationMission": NG.ObservationMission,
    "Person": FOAF.Person,
    "Organisation": ORG.Organization,
}
"""Actor kinds, most specific first where one is a subclass of another (used to pick a type)."""

TYPES: dict[str, TypeMap] = {
    "Evidence": TypeMap(
        OA.Annotation,
        _fields(
            quote=OA.exact,
            prefix=OA.prefix,
            suffix=OA.suffix,
            start=OA.start,
            end=OA.end,
            document=OA.hasSource,
            method=NG.method,
            loader=PROV.wasAttributedTo,
        ),
    ),
    "SourceText": TypeMap(
        NG.SourceText,
        _fields(
            label=RDFS.label,
            file_name=NG.fileName,
            sha256=NG.sha256,
            character_count=NG.characterCount,
            report=Field(NG.sourceText, inverse=NG.Report),
        ),
    ),
    "Loader": TypeMap(NG.Loader, _fields(label=RDFS.label)),
    "Concept": TypeMap(
        SKOS.Concept,
        _fields(
            pref_label=SKOS.prefLabel,
            definition=SKOS.definition,
            notation=SKOS.notation,
            scheme=SKOS.inScheme,
        ),
    ),
    "Report": _fact(
        NG.Report,
        title=DCTERMS.title,
        genre=NG.genre,
        creators=DCTERMS.creator,
        publishers=DCTERMS.publisher,
        issued=DCTERMS.issued,
        language=DCTERMS.language,
        source_text=NG.sourceText,
        elections=NG.election,
        sections=Field(DCTERMS.hasPart, note="Its top-level sections, in order."),
        recommendations=Field(NG.sourceReport, inverse=NG.Recommendation),
        findings=Field(NG.sourceReport, inverse=NG.Finding),
    ),
    "Section": _fact(
        NG.Section,
        heading=NG.heading,
        number=NG.number,
        order=NG.order,
        subsections=Field(DCTERMS.hasPart, note="Its subsections, in order."),
    ),
    "Election": _fact(
        NG.Election,
        country=NG.country,
        election_type=NG.electionType,
        date=NG.electionDate,
        early=NG.early,
        round_count=NG.roundCount,
        rounds=Field(NG.election, inverse=NG.ElectionRound),
        results=Field(NG.election, inverse=NG.CandidateResult),
        totals=Field(NG.election, inverse=NG.ElectionTotals),
        missions=Field(NG.observes, inverse=NG.ObservationMission),
        reports=Field(NG.election, inverse=NG.Report),
        recommendations=Field(NG.election, inverse=NG.Recommendation),
        findings=Field(NG.election, inverse=NG.Finding),
        complaints=Field(NG.election, inverse=NG.Complaint),
    ),
    "ElectionRound": _fact(NG.ElectionRound, round_number=NG.roundNumber, date=NG.roundDate),
    "CandidateResult": _fact(
        NG.CandidateResult,
        candidate=NG.candidate,
        party=NG.party,
        votes=NG.votes,
        vote_share=NG.voteShare,
        region=NG.region,
        round=NG.round,
    ),
    "ElectionTotals": _fact(
        NG.ElectionTotals,
        registered_voters=NG.registeredVoters,
        voters_participated=NG.votersParticipated,
        valid_votes=NG.validVotes,
        invalid_votes=NG.invalidVotes,
        mobile_votes=NG.mobileVotes,
        turnout=NG.turnout,
        region=NG.region,
        round=NG.round,
    ),
    "Region": _fact(NG.Region, country=NG.country),
    "ObservationMission": TypeMap(
        NG.ObservationMission,
        _ACTOR_FIELDS
        | _fields(
            observes=NG.observes,
            deployed_by=NG.deployedBy,
            head_of_mission=NG.headOfMission,
            start_date=SCHEMA.startDate,
            end_date=SCHEMA.endDate,
            observer_count=NG.observerCount,
            long_term_observer_count=NG.longTermObserverCount,
            short_term_observer_count=NG.shortTermObserverCount,
            core_team_size=NG.coreTeamSize,
        ),
    ),
    "Recommendation": _fact(
        NG.Recommendation,
        text=NG.text,
        number=NG.number,
        priority=NG.priority,
        category_heading=NG.categoryHeading,
        source_report=NG.sourceReport,
        section=NG.reportPart,
        elections=Field(
            NG.election, note="Taken from the source report when not stated on the item."
        ),
        topics=NG.topic,
        addressees=NG.addressee,
        norms=NG.invokesNorm,
        provisions=NG.invokesProvision,
        laws=NG.concernsLaw,
        memberships=Field(NG.recommendation, inverse=NG.IssueMembership),
        assessments=Field(NG.recommendation, inverse=NG.ImplementationAssessment),
        answered_by=Field(NG.respondsTo, inverse=NG.Amendment),
    ),
    "RecurringIssue": _fact(
        NG.RecurringIssue,
        text=NG.text,
        topics=NG.topic,
        norms=NG.invokesNorm,
        memberships=Field(
            NG.issue, inverse=NG.IssueMembership, note="Ordered by election date, then observer."
        ),
        elections=Field(NG.election, note="The elections of its recommendations, by date."),
        election_count=Field(
            NG.election, note="How many distinct elections its recommendations concern."
        ),
        assessments=Field(NG.issue, inverse=NG.ImplementationAssessment),
        status=Field(
            NG.status,
            note=(
                "Here: the status of the latest assessment of the issue or of its "
                "recommendations (the least implemented if several share the latest "
                "date); null if never assessed."
            ),
        ),
    ),
    "IssueMembership": TypeMap(
        NG.IssueMembership,
        _fields(
            recommendation=NG.recommendation,
            issue=NG.issue,
            reason=NG.reason,
            confidence=NG.confidence,
            elections=Field(NG.election, note="The recommendation's elections."),
            observers=Field(
                DCTERMS.creator, note="Here: the creators of the recommendation's report."
            ),
        ),
    ),
    "ImplementationAssessment": _fact(
        NG.ImplementationAssessment,
        recommendation=NG.recommendation,
        issue=NG.issue,
        assessors=NG.assessor,
        date=NG.date,
        status=NG.status,
        source_report=NG.sourceReport,
        confidence=Field(NG.confidence, note="Null for a status an observer stated."),
        inferred=Field(
            NG.InferredAssessment,
            note="Here: true when the assessment is one (or its assessor is software).",
        ),
        judged_by=Field(
            NG.assessor,
            note=(
                "Here: who judged, in the words of the saved queries: 'inferred by normgraph' "
                "or 'stated by <the assessor's name>'."
            ),
        ),
    ),
    "Finding": _fact(
        NG.Finding,
        text=NG.text,
        polarity=NG.polarity,
        topics=NG.topic,
        source_report=NG.sourceReport,
        section=NG.reportPart,
        elections=NG.election,
        norms=NG.invokesNorm,
        provisions=NG.invokesProvision,
        laws=NG.concernsLaw,
    ),
    "Actor": TypeMap(FOAF.Agent, dict(_ACTOR_FIELDS)),
    **{
        name: TypeMap(iri, _ACTOR_FIELDS | _fields(country_code=NG.countryCode))
        if name == "State"
        else TypeMap(iri, dict(_ACTOR_FIELDS))
        for name, iri in _ACTOR_KINDS.items()
        if name != "ObservationMission"
    },
    "Norm": TypeMap(
        NG.Norm,
        _fields(
            pref_label=SKOS.prefLabel,
            definition=SKOS.definition,
            stated_by=Field(NG.states, inverse=NG.Provision),
            stated_by_instruments=Field(NG.states, inverse=NG.Instrument),
            invoked_by=Field(NG.invokesNorm, inverse=NG.Recommendation),
            trajectory=Field(
                NG.norm, inverse=NG.NormStageEvent, note="Ordered by start date: the trajectory."
            ),
            statements=Field(NG.norm, inverse=NG.ContestationStatement),
        ),
    ),
    "Instrument": TypeMap(
        NG.Instrument,
        _fields(
            label=RDFS.label,
            title=DCTERMS.title,
            issued=DCTERMS.issued,
            kind=NG.instrumentKind,
            norms=NG.states,
            provisions=Field(NG.provisionOf, inverse=NG.Provision),
            actions=Field(NG.treaty, inverse=NG.TreatyAction),
        ),
    ),
    "Provision": TypeMap(
        NG.Provision,
        _fields(label=RDFS.label, number=NG.number, instrument=NG.provisionOf, norms=NG.states),
    ),
    "LegalResource": _fact(ELI.LegalResource),
    "Law": _fact(
        NG.Law,
        country=NG.country,
        adopted=ELI.date_document,
        articles=Field(ELI.is_part_of, inverse=NG.LawArticle),
        amendments=Field(ELI.amends, inverse=NG.Amendment),
    ),
    "LegalProvision": _fact(NG.LawArticle, number=NG.number, law=ELI.is_part_of),
    "Amendment": _fact(
        NG.Amendment, adopted=ELI.date_document, amends=ELI.amends, responds_to=NG.respondsTo
    ),
    "Complaint": _fact(
        NG.Complaint,
        complainants=NG.complainant,
        filed_with=NG.filedWith,
        respondents=NG.respondent,
        subject_matter=NG.subjectMatter,
        date=NG.date,
        decision_date=NG.decisionDate,
        outcome=NG.outcome,
        election=NG.election,
        topics=NG.topic,
    ),
    "TreatyAction": _fact(
        NG.TreatyAction, kind=NG.actionKind, treaty=NG.treaty, actors=NG.actor, date=NG.date
    ),
    "NormStageEvent": _fact(
        NG.NormStageEvent,
        norms=NG.norm,
        stage=NG.stage,
        actors=NG.actor,
        start_date=SCHEMA.startDate,
        end_date=SCHEMA.endDate,
        source_report=NG.sourceReport,
    ),
    "ContestationStatement": _fact(
        NG.ContestationStatement,
        quote=NG.quote,
        speakers=NG.speaker,
        speaker_role=NG.speakerRole,
        stance=NG.stance,
        stage=NG.stage,
        norms=NG.norm,
        date=NG.date,
        source_report=NG.sourceReport,
    ),
}
"""Every domain type of the API; keys are GraphQL type names, field keys Python names."""


def actor_kinds() -> dict[str, URIRef]:
    """GraphQL actor type name -> class, most specific first."""
    return dict(_ACTOR_KINDS)


__all__ = ["TYPES", "Field", "TypeMap", "actor_kinds"]
