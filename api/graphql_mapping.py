"""How GraphQL maps onto the ontology: one declarative table, type -> class, field -> property.

The schema's descriptions, the SPARQL the resolvers run and the test that every GraphQL
type and field has an ontology counterpart all read this table, so the API cannot drift
from the ontology silently. A field maps to

- a property read forwards (``Field(NG.country)``: the election's ``ng:country``);
- a property read backwards, restricted to subjects of one class
  (``Field(NG.election, inverse=NG.ElectionRound)``: the rounds whose ``ng:election`` is
  this election);
- or, for derived fields, the property whose values they summarise (``electionCount``
  counts ``ng:election`` values).

Descriptions come from the ontology's ``skos:definition`` of the mapped term. Standard
terms the ontology reuses without defining (the Web Annotation selectors, ``rdfs:label``)
are described in :data:`REUSED_TERMS`; once the ontology defines one, its definition wins.
Pagination machinery (connections, edges, page info) and the ``iri`` of every resource are
GraphQL's, not the domain's, and are listed in :data:`STRUCTURAL_FIELDS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDFS, SKOS

from ..namespaces import ELI, NG, OA, SCHEMA
from ..ontology import ontology_graph, vocabularies_graph


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


REUSED_TERMS: dict[URIRef, str] = {
    RDFS.label: "A human-readable name of the resource.",
    OA.Annotation: (
        "Evidence for a fact: the exact quote in a source text, where it is, how the fact "
        "was obtained and by which loader (a W3C Web Annotation)."
    ),
    OA.exact: "The exact text quoted from the source (Web Annotation TextQuoteSelector).",
    OA.prefix: "Up to 32 characters of the source just before the quote.",
    OA.suffix: "Up to 32 characters of the source just after the quote.",
    OA.start: (
        "Where the quote starts in the source text, in Unicode code points from 0 "
        "(Web Annotation TextPositionSelector)."
    ),
    OA.end: (
        "Where the quote ends (exclusive): slicing the source text at start:end gives the quote."
    ),
    OA.hasSource: "The source text the quote was taken from.",
    PROV.wasAttributedTo: "The loader (or person) that produced the fact.",
    SKOS.Concept: "A value from one of normgraph's SKOS concept schemes (topics, statuses...).",
    SKOS.prefLabel: "The preferred English label of the concept.",
    SKOS.definition: "What the concept means, in a sentence.",
    SKOS.notation: "The concept's position in an ordered scheme, such as '1' for the first stage.",
    SKOS.inScheme: "The IRI of the concept scheme the concept belongs to.",
    FOAF.Agent: (
        "An actor: a state, state body, commission, court, party, candidate, NGO, international "
        "organisation, observer group, mission, media outlet or person."
    ),
    FOAF.Person: "A person, such as a candidate, an official or a head of mission.",
    ORG.Organization: "An organisation of a kind normgraph does not distinguish further.",
    ELI.LegalResource: "A law, a part of a law, or an amendment.",
}


def _fields(**pairs: Field | URIRef) -> dict[str, Field]:
    return {name: (v if isinstance(v, Field) else Field(v)) for name, v in pairs.items()}


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
    "Report": TypeMap(
        NG.Report,
        _fields(
            label=RDFS.label,
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
            evidence=NG.evidence,
        ),
    ),
    "Section": TypeMap(
        NG.Section,
        _fields(
            label=RDFS.label,
            heading=NG.heading,
            number=NG.number,
            order=NG.order,
            subsections=Field(DCTERMS.hasPart, note="Its subsections, in order."),
            evidence=NG.evidence,
        ),
    ),
    "Election": TypeMap(
        NG.Election,
        _fields(
            label=RDFS.label,
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
            evidence=NG.evidence,
        ),
    ),
    "ElectionRound": TypeMap(
        NG.ElectionRound,
        _fields(
            label=RDFS.label,
            round_number=NG.roundNumber,
            date=NG.roundDate,
            evidence=NG.evidence,
        ),
    ),
    "CandidateResult": TypeMap(
        NG.CandidateResult,
        _fields(
            label=RDFS.label,
            candidate=NG.candidate,
            party=NG.party,
            votes=NG.votes,
            vote_share=NG.voteShare,
            region=NG.region,
            round=NG.round,
            evidence=NG.evidence,
        ),
    ),
    "ElectionTotals": TypeMap(
        NG.ElectionTotals,
        _fields(
            label=RDFS.label,
            registered_voters=NG.registeredVoters,
            voters_participated=NG.votersParticipated,
            valid_votes=NG.validVotes,
            invalid_votes=NG.invalidVotes,
            mobile_votes=NG.mobileVotes,
            turnout=NG.turnout,
            region=NG.region,
            round=NG.round,
            evidence=NG.evidence,
        ),
    ),
    "Region": TypeMap(
        NG.Region, _fields(label=RDFS.label, country=NG.country, evidence=NG.evidence)
    ),
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
    "Recommendation": TypeMap(
        NG.Recommendation,
        _fields(
            label=RDFS.label,
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
            evidence=NG.evidence,
        ),
    ),
    "RecurringIssue": TypeMap(
        NG.RecurringIssue,
        _fields(
            label=RDFS.label,
            text=NG.text,
            topics=NG.topic,
            norms=NG.invokesNorm,
            memberships=Field(
                NG.issue,
                inverse=NG.IssueMembership,
                note="Ordered by election date, then observer.",
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
            evidence=NG.evidence,
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
    "ImplementationAssessment": TypeMap(
        NG.ImplementationAssessment,
        _fields(
            label=RDFS.label,
            recommendation=NG.recommendation,
            issue=NG.issue,
            assessors=NG.assessor,
            date=NG.date,
            status=NG.status,
            source_report=NG.sourceReport,
            evidence=NG.evidence,
        ),
    ),
    "Finding": TypeMap(
        NG.Finding,
        _fields(
            label=RDFS.label,
            text=NG.text,
            polarity=NG.polarity,
            topics=NG.topic,
            source_report=NG.sourceReport,
            section=NG.reportPart,
            elections=NG.election,
            norms=NG.invokesNorm,
            provisions=NG.invokesProvision,
            laws=NG.concernsLaw,
            evidence=NG.evidence,
        ),
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
    "LegalResource": TypeMap(ELI.LegalResource, _fields(label=RDFS.label, evidence=NG.evidence)),
    "Law": TypeMap(
        NG.Law,
        _fields(
            label=RDFS.label,
            evidence=NG.evidence,
            country=NG.country,
            adopted=ELI.date_document,
            articles=Field(ELI.is_part_of, inverse=NG.LawArticle),
            amendments=Field(ELI.amends, inverse=NG.Amendment),
        ),
    ),
    "LegalProvision": TypeMap(
        NG.LawArticle,
        _fields(label=RDFS.label, evidence=NG.evidence, number=NG.number, law=ELI.is_part_of),
    ),
    "Amendment": TypeMap(
        NG.Amendment,
        _fields(
            label=RDFS.label,
            evidence=NG.evidence,
            adopted=ELI.date_document,
            amends=ELI.amends,
            responds_to=NG.respondsTo,
        ),
    ),
    "Complaint": TypeMap(
        NG.Complaint,
        _fields(
            label=RDFS.label,
            complainants=NG.complainant,
            filed_with=NG.filedWith,
            respondents=NG.respondent,
            subject_matter=NG.subjectMatter,
            date=NG.date,
            decision_date=NG.decisionDate,
            outcome=NG.outcome,
            election=NG.election,
            topics=NG.topic,
            evidence=NG.evidence,
        ),
    ),
    "TreatyAction": TypeMap(
        NG.TreatyAction,
        _fields(
            label=RDFS.label,
            kind=NG.actionKind,
            treaty=NG.treaty,
            actors=NG.actor,
            date=NG.date,
            evidence=NG.evidence,
        ),
    ),
    "NormStageEvent": TypeMap(
        NG.NormStageEvent,
        _fields(
            label=RDFS.label,
            norms=NG.norm,
            stage=NG.stage,
            actors=NG.actor,
            start_date=SCHEMA.startDate,
            end_date=SCHEMA.endDate,
            source_report=NG.sourceReport,
            evidence=NG.evidence,
        ),
    ),
    "ContestationStatement": TypeMap(
        NG.ContestationStatement,
        _fields(
            label=RDFS.label,
            quote=NG.quote,
            speakers=NG.speaker,
            speaker_role=NG.speakerRole,
            stance=NG.stance,
            stage=NG.stage,
            norms=NG.norm,
            date=NG.date,
            source_report=NG.sourceReport,
            evidence=NG.evidence,
        ),
    ),
}
"""Every domain type of the API; keys are GraphQL type names, field keys Python names."""

ROOT_FIELDS: dict[str, URIRef] = {
    "election": NG.Election,
    "elections": NG.Election,
    "report": NG.Report,
    "reports": NG.Report,
    "observation_mission": NG.ObservationMission,
    "observation_missions": NG.ObservationMission,
    "recommendation": NG.Recommendation,
    "recommendations": NG.Recommendation,
    "recurring_issue": NG.RecurringIssue,
    "recurring_issues": NG.RecurringIssue,
    "implementation_assessment": NG.ImplementationAssessment,
    "implementation_assessments": NG.ImplementationAssessment,
    "finding": NG.Finding,
    "findings": NG.Finding,
    "actor": FOAF.Agent,
    "actors": FOAF.Agent,
    "norm": NG.Norm,
    "norms": NG.Norm,
    "norm_trajectory": NG.NormStageEvent,
    "instrument": NG.Instrument,
    "instruments": NG.Instrument,
    "provision": NG.Provision,
    "law": NG.Law,
    "laws": NG.Law,
    "legal_provision": NG.LawArticle,
    "amendment": NG.Amendment,
    "complaint": NG.Complaint,
    "complaints": NG.Complaint,
    "treaty_action": NG.TreatyAction,
    "treaty_actions": NG.TreatyAction,
    "norm_stage_event": NG.NormStageEvent,
    "contestation_statement": NG.ContestationStatement,
    "contestation_statements": NG.ContestationStatement,
}
"""Query root fields: a look-up by IRI or a list, each of the class it returns."""

STRUCTURAL_FIELDS: dict[str, str] = {
    "iri": "The resource's IRI: stable across rebuilds, usable in any look-up by IRI.",
    "total_count": "How many items match, over all pages.",
    "page_info": "Where this page sits: whether more follow and the cursor to ask for them.",
    "edges": "The items of this page, each with its cursor.",
    "nodes": "The items of this page.",
    "cursor": "An opaque position: pass it as `after` to get the items that follow.",
    "node": "The item.",
    "has_next_page": "True if more items follow this page.",
    "end_cursor": "The cursor of the last item of this page (pass it as `after`).",
}
"""Pagination machinery and identifiers: GraphQL's own, with no ontology counterpart."""

STRUCTURAL_TYPE_SUFFIXES = ("Connection", "Edge", "PageInfo")


@cache
def reference() -> Graph:
    """The ontology and vocabularies: where definitions are read from."""
    graph = Graph()
    for triple in ontology_graph():
        graph.add(triple)
    for triple in vocabularies_graph():
        graph.add(triple)
    return graph


def definition(term: URIRef) -> str | None:
    """The ontology's English definition of a term, else the reused-term text, else None."""
    graph = reference()
    texts = [str(o) for o in graph.objects(term, SKOS.definition)]
    english = [
        str(o) for o in graph.objects(term, SKOS.definition) if getattr(o, "language", None) == "en"
    ]
    if english or texts:
        return (english or texts)[0]
    return REUSED_TERMS.get(term)


def label(term: URIRef) -> str:
    graph = reference()
    found = graph.value(term, RDFS.label) or graph.value(term, SKOS.prefLabel)
    return str(found) if found is not None else str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def type_description(type_name: str) -> str:
    """The GraphQL description of a type: its class's definition."""
    return definition(TYPES[type_name].iri) or ""


def field_description(type_name: str, field_name: str) -> str:
    """The GraphQL description of a field, from the definition of what it maps to.

    A backwards field is described by the class it lists and the property that links
    back; a derived field adds its note.
    """
    if field_name in STRUCTURAL_FIELDS:
        return STRUCTURAL_FIELDS[field_name]
    is_evidence = field_name == "evidence"
    mapped = Field(NG.evidence) if is_evidence else TYPES[type_name].fields[field_name]
    if mapped.inverse is not None:
        text = (
            f"{definition(mapped.inverse) or ''} Listed here: those whose "
            f"'{label(mapped.iri)}' is this {label(TYPES[type_name].iri)}."
        )
    else:
        text = definition(mapped.iri) or ""
    return f"{text} {mapped.note}".strip()


def root_description(field_name: str) -> str:
    """A root field is described by the class it returns."""
    return definition(ROOT_FIELDS[field_name]) or ""


def actor_kinds() -> dict[str, URIRef]:
    """GraphQL actor type name -> class, most specific first."""
    return dict(_ACTOR_KINDS)


def subclasses(iri: URIRef) -> list[URIRef]:
    """The class and its subclasses per the ontology, sorted (for ``VALUES`` in queries)."""
    graph = reference()
    found = {iri}
    frontier = [iri]
    while frontier:
        current = frontier.pop()
        for sub in graph.subjects(RDFS.subClassOf, current):
            if isinstance(sub, URIRef) and sub not in found:
                found.add(sub)
                frontier.append(sub)
    return sorted(found)


__all__ = [
    "REUSED_TERMS",
    "ROOT_FIELDS",
    "STRUCTURAL_FIELDS",
    "STRUCTURAL_TYPE_SUFFIXES",
    "TYPES",
    "Field",
    "TypeMap",
    "actor_kinds",
    "definition",
    "field_description",
    "label",
    "reference",
    "root_description",
    "subclasses",
    "type_description",
]
