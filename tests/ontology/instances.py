"""Valid instances of every class the shapes check, built the way loaders build them.

``Instances`` wraps one document graph (:mod:`.instance_graph`): a synthetic source text,
its loader and, on demand, one complete instance per class (every property the shapes know
about is set, so a test can delete or spoil any one of them). Actors, elections and
documents are built by the layers below it; the facts about them here. ``BUILDERS`` maps
each node shape's local name to the instance it should be tested on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from rdflib import Literal, URIRef

from normgraph.namespaces import (
    DCTERMS,
    ELI,
    FOAF,
    ID,
    NG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    VOCAB,
    XSD,
)

from .instance_graph import INSTRUMENT, built_once, concept, integer
from .instances_elections import ElectionInstances


class Instances(ElectionInstances):
    """Every fact class the shapes check, on top of actors, elections and documents."""

    # -- evidence ---------------------------------------------------------------------

    def annotation(self) -> URIRef:
        return self.evidence(self.election())

    def target(self) -> URIRef:
        return URIRef(f"{self.annotation()}#target")

    def quote_selector(self) -> URIRef:
        return URIRef(f"{self.annotation()}#quote")

    def position_selector(self) -> URIRef:
        return URIRef(f"{self.annotation()}#position")

    # -- laws -------------------------------------------------------------------------

    @built_once
    def law(self) -> URIRef:
        iri = self.fact(NG.Law, "law/tl/election-law", "Test Election Law")
        self.add(iri, NG.country, self.state())
        self.add(iri, ELI.date_document, Literal(date(1995, 9, 28)))
        return iri

    @built_once
    def law_article(self) -> URIRef:
        iri = self.fact(NG.LawArticle, "law/tl/election-law/article/44")
        self.add(iri, ELI.is_part_of, self.law())
        self.add(iri, NG.number, Literal("44"))
        return iri

    @built_once
    def amendment(self) -> URIRef:
        iri = self.fact(NG.Amendment, "law/tl/amendment/2002", "Test amendment")
        self.add(iri, ELI.amends, self.law_article())
        self.add(iri, ELI.date_document, Literal(date(2002, 4, 1)))
        self.add(iri, NG.respondsTo, self.recommendation())
        return iri

    # -- findings and recommendations -------------------------------------------------

    def _statement_links(self, iri: URIRef) -> None:
        self.add(iri, NG.sourceReport, self.report())
        self.add(iri, NG.topic, concept("topic", "media"))
        self.add(iri, NG.election, self.election())
        self.add(iri, NG.invokesNorm, concept("norm", "freedom-of-expression"))
        self.add(iri, NG.invokesProvision, INSTRUMENT + "osce-copenhagen-document/paragraph/9.1")
        self.add(iri, NG.concernsLaw, self.law_article())
        self.add(iri, NG.reportPart, self.paragraph())

    @built_once
    def finding(self) -> URIRef:
        iri = self.fact(NG.Finding, "report/test-doc/finding/1")
        self._statement_links(iri)
        self.add(iri, NG.polarity, concept("finding-polarity", "problem"))
        self.add(iri, NG.text, Literal("A synthetic finding."))
        return iri

    @built_once
    def recommendation(self) -> URIRef:
        iri = self.fact(NG.Recommendation, "report/test-doc/recommendation/1")
        self._statement_links(iri)
        self.add(iri, NG.text, Literal("A synthetic recommendation."))
        self.add(iri, NG.number, Literal("1"))
        self.add(iri, NG.priority, Literal(True))
        self.add(iri, NG.categoryHeading, Literal("Test category"))
        self.add(iri, NG.addressee, self.parliament())
        return iri

    @built_once
    def recurring_issue(self) -> URIRef:
        iri = ID["issue/test-issue"]
        self.add(iri, RDF.type, NG.RecurringIssue)
        self.add(iri, RDFS.label, Literal("Test recurring issue"))
        self.add(iri, NG.text, Literal("Reports keep asking for the same change."))
        self.add(iri, NG.topic, concept("topic", "media"))
        self.add(iri, NG.invokesNorm, concept("norm", "freedom-of-expression"))
        self.add(iri, PROV.wasAttributedTo, self.loader)
        return iri

    @built_once
    def issue_membership(self) -> URIRef:
        iri = ID["issue/test-issue/member/1"]
        self.add(iri, RDF.type, NG.IssueMembership)
        self.add(iri, NG.issue, self.recurring_issue())
        self.add(iri, NG.recommendation, self.recommendation())
        self.add(iri, NG.reason, Literal("Asks for the same change."))
        self.add(iri, NG.confidence, Literal(Decimal("0.5")))
        self.add(iri, PROV.wasAttributedTo, self.loader)
        return iri

    @built_once
    def assessment(self) -> URIRef:
        iri = self.fact(NG.ImplementationAssessment, "report/test-doc/assessment/1")
        self.add(iri, NG.assessor, self.organisation())
        self.add(iri, NG.status, concept("implementation-status", "partially-implemented"))
        self.add(iri, NG.date, Literal(date(2001, 3, 1)))
        self.add(iri, NG.recommendation, self.recommendation())
        self.add(iri, NG.issue, self.recurring_issue())
        self.add(iri, NG.sourceReport, self.report())
        return iri

    def inferred_assessment(self) -> URIRef:
        def build() -> URIRef:
            rule = ID["rule/test-rule"]
            self.add(rule, RDF.type, PROV.SoftwareAgent, FOAF.Agent)
            self.add(rule, RDFS.label, Literal("test rule"))
            iri = self.fact(NG.ImplementationAssessment, "report/test-doc/inferred/1")
            self.add(iri, RDF.type, NG.InferredAssessment)
            self.add(iri, NG.assessor, rule)
            self.add(iri, PROV.wasAttributedTo, rule)
            self.add(iri, NG.status, concept("implementation-status", "not-implemented"))
            self.add(iri, NG.date, Literal(date(2001, 3, 1)))
            self.add(iri, NG.recommendation, self.recommendation())
            self.add(iri, NG.sourceReport, self.report())
            self.add(iri, NG.confidence, Literal(Decimal("0.80")))
            return iri

        return self.once("inferred-assessment", build)

    # -- norms and instruments --------------------------------------------------------

    @built_once
    def instrument(self) -> URIRef:
        iri = INSTRUMENT + "test-convention"
        self.add(iri, RDF.type, NG.Treaty)
        self.add(iri, RDFS.label, Literal("Test Convention", lang="en"))
        self.add(iri, DCTERMS.title, Literal("Test Convention on Elections", lang="en"))
        self.add(iri, DCTERMS.issued, Literal("1999", datatype=XSD.gYear))
        self.add(iri, NG.instrumentKind, concept("instrument-kind", "treaty"))
        self.add(iri, NG.states, self.norm())
        return iri

    @built_once
    def provision(self) -> URIRef:
        iri = INSTRUMENT + "test-convention/article/1"
        self.add(iri, RDF.type, NG.Provision)
        self.add(iri, RDFS.label, Literal("Test Convention, article 1", lang="en"))
        self.add(iri, NG.provisionOf, self.instrument())
        self.add(iri, NG.number, Literal("1"))
        self.add(iri, NG.states, self.norm())
        return iri

    @built_once
    def norm(self) -> URIRef:
        iri = concept("norm", "test-norm")
        self.add(iri, RDF.type, SKOS.Concept, NG.Norm)
        self.add(iri, SKOS.inScheme, VOCAB.norm)
        self.add(iri, SKOS.prefLabel, Literal("test norm", lang="en"))
        return iri

    def stated_instrument(self) -> URIRef:
        """An instrument of our own, with a provision of it stating the same norm."""
        self.provision()
        return self.instrument()

    def stated_norm(self) -> URIRef:
        """A norm of our own, with a provision and an instrument stating it."""
        self.provision()
        return self.norm()

    # -- complaints and treaties ------------------------------------------------------

    def _complaint(self, kind: URIRef, slug: str, body: URIRef) -> URIRef:
        iri = self.fact(kind, slug)
        self.add(iri, NG.filedWith, body)
        self.add(iri, NG.complainant, self.party())
        self.add(iri, NG.respondent, self.commission())
        self.add(iri, NG.subjectMatter, Literal("refusal to register a candidate"))
        self.add(iri, NG.date, Literal(date(2001, 1, 2)))
        self.add(iri, NG.decisionDate, Literal(date(2001, 1, 4)))
        self.add(iri, NG.outcome, concept("complaint-outcome", "rejected"))
        self.add(iri, NG.election, self.election())
        self.add(iri, NG.topic, concept("topic", "complaints-and-appeals"))
        return iri

    @built_once
    def complaint(self) -> URIRef:
        return self._complaint(NG.Complaint, "complaint/test-doc/1", self.commission())

    @built_once
    def appeal(self) -> URIRef:
        iri = self._complaint(NG.Appeal, "complaint/test-doc/2", self.court())
        self.add(iri, NG.appealOf, self.complaint())
        return iri

    @built_once
    def complaint_figure(self) -> URIRef:
        iri = self.fact(NG.ComplaintFigure, "complaint-figure/test-doc/1")
        self.add(iri, NG.complaintCount, integer(14))
        self.add(iri, NG.filedWith, self.commission())
        self.add(iri, NG.outcome, concept("complaint-outcome", "rejected"))
        self.add(iri, NG.election, self.election())
        return iri

    @built_once
    def treaty_action(self) -> URIRef:
        iri = self.fact(NG.TreatyAction, "treaty-action/tl/iccpr/ratification")
        self.add(iri, NG.actionKind, concept("treaty-action", "ratification"))
        self.add(iri, NG.treaty, INSTRUMENT + "iccpr")
        self.add(iri, NG.date, Literal(date(2000, 1, 1)))
        self.add(iri, NG.actor, self.state())
        return iri

    # -- programmes -------------------------------------------------------------------

    def _programme_links(self, iri: URIRef) -> None:
        self.add(iri, NG.implementer, self.ngo())
        self.add(iri, NG.donor, self.donor())
        self.add(iri, NG.partner, self.party())
        self.add(iri, SCHEMA.startDate, Literal(date(1999, 7, 1)))
        self.add(iri, SCHEMA.endDate, Literal(date(2000, 6, 30)))

    @built_once
    def programme(self) -> URIRef:
        iri = self.fact(NG.Programme, "programme/test-programme", "Test programme")
        self._programme_links(iri)
        self.add(iri, NG.fundingReference, Literal("TEST-0001"))
        self.add(iri, NG.country, self.state())
        return iri

    @built_once
    def programme_activity(self) -> URIRef:
        iri = self.fact(
            NG.ProgrammeActivity, "programme/test-programme/activity/1", "Test training"
        )
        self._programme_links(iri)
        self.add(iri, NG.programme, self.programme())
        self.add(iri, NG.topic, concept("topic", "civil-society"))
        return iri

    # -- scholarship ------------------------------------------------------------------

    @built_once
    def norm_stage_event(self) -> URIRef:
        iri = self.fact(NG.NormStageEvent, "norm-stage/tl/election-observation/acceptance")
        self.add(iri, NG.stage, concept("contestation-stage", "acceptance"))
        self.add(iri, NG.norm, concept("norm", "election-observation"))
        self.add(iri, NG.actor, self.state())
        self.add(iri, NG.sourceReport, self.report())
        self.add(iri, SCHEMA.startDate, Literal("1992", datatype=XSD.gYear))
        self.add(iri, SCHEMA.endDate, Literal("1999", datatype=XSD.gYear))
        return iri

    @built_once
    def contestation_statement(self) -> URIRef:
        iri = self.fact(NG.ContestationStatement, "statement/test-doc/1")
        self.add(iri, NG.speaker, self.person())
        self.add(iri, NG.speakerRole, Literal("member of the Test Commission"))
        self.add(iri, NG.norm, concept("norm", "election-observation"))
        self.add(iri, NG.stance, concept("stance", "reinterprets"))
        self.add(iri, NG.quote, Literal("A synthetic quoted remark."))
        self.add(iri, NG.stage, concept("contestation-stage", "reconstitution-through-discourse"))
        self.add(iri, NG.date, Literal(date(2001, 2, 1)))
        self.add(iri, NG.sourceReport, self.report())
        return iri


BUILDERS: dict[str, Callable[[Instances], URIRef]] = {
    "AnnotationShape": Instances.annotation,
    "SpecificResourceShape": Instances.target,
    "TextQuoteSelectorShape": Instances.quote_selector,
    "TextPositionSelectorShape": Instances.position_selector,
    "SourceTextShape": lambda made: made.source_iri,
    "LoaderShape": lambda made: made.loader,
    "ReportShape": Instances.report,
    "ObservationReportElectionShape": Instances.report,
    "ReportPartShape": Instances.paragraph,
    "SectionShape": Instances.section,
    "FootnoteShape": Instances.footnote,
    "DataQualityNoteShape": Instances.data_quality_note,
    "PersonShape": Instances.person,
    "OrganisationShape": Instances.organisation,
    "StateShape": Instances.state,
    "StateBodyShape": Instances.commission,
    "PoliticalPartyShape": Instances.party,
    "MembershipShape": Instances.membership,
    "PostShape": Instances.post,
    "ElectionShape": Instances.election,
    "ElectionRoundShape": Instances.election_round,
    "RegionShape": Instances.region,
    "CandidacyShape": Instances.candidacy,
    "ResultFigureShape": Instances.election_totals,
    "CandidateResultShape": Instances.candidate_result,
    "ElectionTotalsShape": Instances.election_totals,
    "ObservationMissionShape": Instances.mission,
    "FindingShape": Instances.finding,
    "RecommendationShape": Instances.recommendation,
    "ImplementationAssessmentShape": Instances.assessment,
    "InferredAssessmentShape": Instances.inferred_assessment,
    "RecurringIssueShape": Instances.recurring_issue,
    "IssueMembershipShape": Instances.issue_membership,
    "NormShape": Instances.stated_norm,
    "InstrumentShape": Instances.stated_instrument,
    "ProvisionShape": Instances.provision,
    "LawShape": Instances.law,
    "LawArticleShape": Instances.law_article,
    "AmendmentShape": Instances.amendment,
    "ComplaintShape": Instances.complaint,
    "AppealShape": Instances.appeal,
    "ComplaintFigureShape": Instances.complaint_figure,
    "TreatyActionShape": Instances.treaty_action,
    "ProgrammeShape": Instances.programme,
    "ProgrammeActivityShape": Instances.programme_activity,
    "NormStageEventShape": Instances.norm_stage_event,
    "ContestationStatementShape": Instances.contestation_statement,
}
"""Node shape local name -> the instance (in a fresh ``Instances``) it is tested on."""


def build(shape_name: str) -> tuple[Instances, URIRef]:
    """A fresh document graph holding a complete, valid focus node for ``shape_name``."""
    made = Instances()
    return made, BUILDERS[shape_name](made)
