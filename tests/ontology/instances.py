"""Valid instances of every class the shapes check, built the way loaders build them.

``Instances`` wraps one document graph: a synthetic source text, its loader and, on
demand, one complete instance per class (every property the shapes know about is set, so
a test can delete or spoil any one of them). Evidence goes through ``loaders.rdf`` itself,
so the shapes are tested against exactly what loaders write. ``BUILDERS`` maps each node
shape's local name to the instance it should be tested on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from rdflib import Graph, Literal, URIRef

from normgraph.loaders.rdf.facts import Method
from normgraph.loaders.rdf.triples import add_evidence, add_source, loader_iri, new_graph
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import (
    DCTERMS,
    ELI,
    FOAF,
    ID,
    NG,
    OA,
    ORG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    VOCAB,
    XSD,
)

TEXT = (
    "This synthetic source text exists only for tests.\n"
    "It states nothing about any real election, report or person.\n"
)
EVIDENCE_QUOTE = "It states nothing about any real election"

INSTRUMENT = URIRef("https://w3id.org/normgraph/id/instrument/")


def concept(scheme: str, slug: str) -> URIRef:
    """A concept of the shipped vocabularies, e.g. ``concept("topic", "media")``."""
    return VOCAB[f"{scheme}/{slug}"]


def integer(value: int, datatype: URIRef = XSD.integer) -> Literal:
    return Literal(value, datatype=datatype)


class Instances:
    """One test document graph and lazily built, complete, valid instances in it."""

    def __init__(self) -> None:
        self.source = SourceText(document_id="test-doc", file_name="test-doc.txt", text=TEXT)
        self.graph: Graph = new_graph()
        self.source_iri = add_source(self.graph, self.source)
        self.loader = loader_iri("test")
        self.graph.add((self.loader, RDF.type, PROV.SoftwareAgent))
        self.graph.add((self.loader, RDF.type, NG.Loader))
        self.graph.add((self.loader, RDFS.label, Literal("normgraph test loader")))
        self._made: dict[str, URIRef] = {}

    # -- plumbing ---------------------------------------------------------------------

    def add(self, subject: URIRef, predicate: URIRef, *values: URIRef | Literal) -> None:
        for value in values:
            self.graph.add((subject, predicate, value))

    def evidence(self, node: URIRef) -> URIRef:
        """Attach one evidence annotation (via ``loaders.rdf``) to ``node``."""
        span = self.source.find(EVIDENCE_QUOTE)
        annotation = add_evidence(self.graph, self.source, span, Method.EXTRACTED, self.loader)
        self.add(node, NG.evidence, annotation)
        self.add(annotation, OA.hasBody, node)
        return annotation

    def fact(self, kind: URIRef, slug: str, label: str | None = None) -> URIRef:
        """A new resource of class ``kind`` with a label and evidence."""
        iri = ID[slug]
        self.add(iri, RDF.type, kind)
        if label is not None:
            self.add(iri, RDFS.label, Literal(label))
        self.evidence(iri)
        return iri

    def once(self, key: str, build: Callable[[], URIRef]) -> URIRef:
        if key not in self._made:
            self._made[key] = build()
        return self._made[key]

    # -- evidence ---------------------------------------------------------------------

    def annotation(self) -> URIRef:
        return self.evidence(self.election())

    def target(self) -> URIRef:
        return URIRef(f"{self.annotation()}#target")

    def quote_selector(self) -> URIRef:
        return URIRef(f"{self.annotation()}#quote")

    def position_selector(self) -> URIRef:
        return URIRef(f"{self.annotation()}#position")

    # -- actors -----------------------------------------------------------------------

    def state(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.State, "actor/testland", "Testland")
            self.add(iri, NG.countryCode, Literal("TL"))
            return iri

        return self.once("state", build)

    def parent_organisation(self) -> URIRef:
        return self.once(
            "parent",
            lambda: self.fact(NG.InternationalOrganisation, "actor/parent-org", "Parent Org"),
        )

    def organisation(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.InternationalOrganisation, "actor/test-office", "Test Office")
            self.add(iri, ORG.subOrganizationOf, self.parent_organisation())
            return iri

        return self.once("organisation", build)

    def delegation(self) -> URIRef:
        return self.once(
            "delegation",
            lambda: self.fact(NG.InternationalOrganisation, "actor/test-assembly", "Assembly"),
        )

    def commission(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.ElectionCommission, "actor/test-cec", "Test Commission")
            self.add(iri, NG.country, self.state())
            return iri

        return self.once("commission", build)

    def court(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.Court, "actor/test-court", "Test Court")
            self.add(iri, NG.country, self.state())
            return iri

        return self.once("court", build)

    def parliament(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.Parliament, "actor/test-parliament", "Test Parliament")
            self.add(iri, NG.country, self.state())
            return iri

        return self.once("parliament", build)

    def party(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.PoliticalParty, "actor/test-party", "Test Party")
            self.add(iri, NG.country, self.state())
            return iri

        return self.once("party", build)

    def ngo(self) -> URIRef:
        return self.once(
            "ngo", lambda: self.fact(NG.CivilSocietyOrganisation, "actor/test-ngo", "Test NGO")
        )

    def donor(self) -> URIRef:
        return self.once("donor", lambda: self.fact(NG.Donor, "actor/test-donor", "Test Donor"))

    def person(self) -> URIRef:
        return self.once("person", lambda: self.fact(FOAF.Person, "person/a-tester", "A. Tester"))

    def membership(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(ORG.Membership, "membership/a-tester-test-party")
            self.add(iri, ORG.member, self.person())
            self.add(iri, ORG.organization, self.party())
            return iri

        return self.once("membership", build)

    def post(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(ORG.Post, "post/test-cec-chair", "Chair of the Test Commission")
            self.add(iri, ORG.postIn, self.commission())
            self.add(iri, ORG.heldBy, self.person())
            return iri

        return self.once("post", build)

    # -- elections --------------------------------------------------------------------

    def election(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.Election, "election/tl/presidential/2001-01-07", "Test election")
            self.add(iri, NG.country, self.state())
            self.add(iri, NG.electionType, concept("election-type", "presidential"))
            self.add(iri, NG.electionDate, Literal(date(2001, 1, 7)))
            self.add(iri, NG.early, Literal(True))
            self.add(iri, NG.roundCount, integer(1, XSD.integer))
            return iri

        return self.once("election", build)

    def election_round(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.ElectionRound, "election/tl/presidential/2001-01-07/round/1")
            self.add(iri, NG.election, self.election())
            self.add(iri, NG.roundNumber, integer(1, XSD.integer))
            self.add(iri, NG.roundDate, Literal(date(2001, 1, 7)))
            return iri

        return self.once("round", build)

    def region(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.Region, "region/tl/north", "North Region")
            self.add(iri, NG.country, self.state())
            return iri

        return self.once("region", build)

    def candidacy(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.Candidacy, "candidacy/a-tester/2001")
            self.add(iri, NG.candidate, self.person())
            self.add(iri, NG.election, self.election())
            self.add(iri, NG.nominatedBy, self.party())
            self.add(iri, NG.party, self.party())
            self.add(iri, NG.registered, Literal(True))
            self.add(iri, NG.elected, Literal(False))
            return iri

        return self.once("candidacy", build)

    def _result_figure(self, iri: URIRef) -> None:
        self.add(iri, NG.election, self.election())
        self.add(iri, NG.round, self.election_round())
        self.add(iri, NG.region, self.region())
        self.add(iri, NG.sourceReport, self.report())

    def candidate_result(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.CandidateResult, "result/2001/north/a-tester")
            self._result_figure(iri)
            self.add(iri, NG.candidate, self.person())
            self.add(iri, NG.party, self.party())
            self.add(iri, NG.votes, integer(1234))
            self.add(iri, NG.voteShare, Literal(Decimal("12.5")))
            return iri

        return self.once("candidate_result", build)

    def election_totals(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.ElectionTotals, "result/2001/north/totals")
            self._result_figure(iri)
            for predicate, value in (
                (NG.registeredVoters, 10000),
                (NG.votersParticipated, 7550),
                (NG.validVotes, 7500),
                (NG.invalidVotes, 50),
                (NG.mobileVotes, 100),
            ):
                self.add(iri, predicate, integer(value))
            self.add(iri, NG.turnout, Literal(Decimal("75.5")))
            return iri

        return self.once("election_totals", build)

    def mission(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.ObservationMission, "mission/test-office/2001", "Test mission")
            self.add(iri, NG.observes, self.election())
            self.add(iri, NG.deployedBy, self.organisation())
            self.add(iri, NG.headOfMission, self.person())
            self.add(iri, NG.participatingState, self.state())
            self.add(iri, NG.partnerDelegation, self.delegation())
            for predicate, value in (
                (NG.coreTeamSize, 10),
                (NG.longTermObserverCount, 20),
                (NG.shortTermObserverCount, 300),
                (NG.observerCount, 330),
                (NG.participatingStateCount, 30),
                (NG.pollingStationsObserved, 900),
                (NG.countsObserved, 90),
                (NG.shortTermObserverStateCount, 25),
                (NG.pollingStationsTotal, 5000),
                (NG.tabulationsObserved, 40),
            ):
                self.add(iri, predicate, integer(value))
            self.add(iri, SCHEMA.startDate, Literal(date(2000, 12, 1)))
            self.add(iri, SCHEMA.endDate, Literal(date(2001, 1, 20)))
            return iri

        return self.once("mission", build)

    # -- documents --------------------------------------------------------------------

    def report(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.Report, "report/test-doc")
            self.add(iri, NG.genre, concept("genre", "final-report"))
            self.add(iri, NG.sourceText, self.source_iri)
            self.add(iri, DCTERMS.title, Literal("Test final report", lang="en"))
            self.add(iri, DCTERMS.issued, Literal(date(2001, 3, 1)))
            self.add(iri, DCTERMS.language, Literal("en"))
            self.add(iri, DCTERMS.creator, self.mission())
            self.add(iri, DCTERMS.publisher, self.organisation())
            self.add(iri, NG.election, self.election())
            return iri

        return self.once("report", build)

    def _part(self, kind: URIRef, slug: str, parent: URIRef, number: str) -> URIRef:
        iri = self.fact(kind, f"report/test-doc/{slug}")
        self.add(iri, DCTERMS.isPartOf, parent)
        self.add(iri, NG.number, Literal(number))
        self.add(iri, NG.order, integer(1))
        return iri

    def section(self) -> URIRef:
        def build() -> URIRef:
            iri = self._part(NG.Section, "section/I", self.report(), "I")
            self.add(iri, NG.heading, Literal("Test heading"))
            return iri

        return self.once("section", build)

    def paragraph(self) -> URIRef:
        return self.once(
            "paragraph", lambda: self._part(NG.Paragraph, "paragraph/1", self.section(), "1")
        )

    def footnote(self) -> URIRef:
        return self.once(
            "footnote", lambda: self._part(NG.Footnote, "footnote/1", self.report(), "1")
        )

    def data_quality_note(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.DataQualityNote, "note/test-doc/1")
            self.add(iri, NG.flags, self.candidate_result())
            self.add(iri, NG.message, Literal("Regional figures do not add up to the total."))
            self.add(iri, NG.anomalyKind, concept("data-anomaly", "sum-mismatch"))
            return iri

        return self.once("data_quality_note", build)

    # -- laws -------------------------------------------------------------------------

    def law(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.Law, "law/tl/election-law", "Test Election Law")
            self.add(iri, NG.country, self.state())
            self.add(iri, ELI.date_document, Literal(date(1995, 9, 28)))
            return iri

        return self.once("law", build)

    def law_article(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.LawArticle, "law/tl/election-law/article/44")
            self.add(iri, ELI.is_part_of, self.law())
            self.add(iri, NG.number, Literal("44"))
            return iri

        return self.once("law_article", build)

    def amendment(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.Amendment, "law/tl/amendment/2002", "Test amendment")
            self.add(iri, ELI.amends, self.law_article())
            self.add(iri, ELI.date_document, Literal(date(2002, 4, 1)))
            self.add(iri, NG.respondsTo, self.recommendation())
            return iri

        return self.once("amendment", build)

    # -- findings and recommendations -------------------------------------------------

    def _statement_links(self, iri: URIRef) -> None:
        self.add(iri, NG.sourceReport, self.report())
        self.add(iri, NG.topic, concept("topic", "media"))
        self.add(iri, NG.election, self.election())
        self.add(iri, NG.invokesNorm, concept("norm", "freedom-of-expression"))
        self.add(iri, NG.invokesProvision, INSTRUMENT + "osce-copenhagen-document/paragraph/9.1")
        self.add(iri, NG.concernsLaw, self.law_article())
        self.add(iri, NG.reportPart, self.paragraph())

    def finding(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.Finding, "report/test-doc/finding/1")
            self._statement_links(iri)
            self.add(iri, NG.polarity, concept("finding-polarity", "problem"))
            self.add(iri, NG.text, Literal("A synthetic finding."))
            return iri

        return self.once("finding", build)

    def recommendation(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.Recommendation, "report/test-doc/recommendation/1")
            self._statement_links(iri)
            self.add(iri, NG.text, Literal("A synthetic recommendation."))
            self.add(iri, NG.number, Literal("1"))
            self.add(iri, NG.priority, Literal(True))
            self.add(iri, NG.categoryHeading, Literal("Test category"))
            self.add(iri, NG.addressee, self.parliament())
            return iri

        return self.once("recommendation", build)

    def recurring_issue(self) -> URIRef:
        def build() -> URIRef:
            iri = ID["issue/test-issue"]
            self.add(iri, RDF.type, NG.RecurringIssue)
            self.add(iri, RDFS.label, Literal("Test recurring issue"))
            self.add(iri, NG.text, Literal("Reports keep asking for the same change."))
            self.add(iri, NG.topic, concept("topic", "media"))
            self.add(iri, NG.invokesNorm, concept("norm", "freedom-of-expression"))
            self.add(iri, PROV.wasAttributedTo, self.loader)
            return iri

        return self.once("recurring_issue", build)

    def issue_membership(self) -> URIRef:
        def build() -> URIRef:
            iri = ID["issue/test-issue/member/1"]
            self.add(iri, RDF.type, NG.IssueMembership)
            self.add(iri, NG.issue, self.recurring_issue())
            self.add(iri, NG.recommendation, self.recommendation())
            self.add(iri, NG.reason, Literal("Asks for the same change."))
            self.add(iri, NG.confidence, Literal(Decimal("0.5")))
            self.add(iri, PROV.wasAttributedTo, self.loader)
            return iri

        return self.once("issue_membership", build)

    def assessment(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.ImplementationAssessment, "report/test-doc/assessment/1")
            self.add(iri, NG.assessor, self.organisation())
            self.add(iri, NG.status, concept("implementation-status", "partially-implemented"))
            self.add(iri, NG.date, Literal(date(2001, 3, 1)))
            self.add(iri, NG.recommendation, self.recommendation())
            self.add(iri, NG.issue, self.recurring_issue())
            self.add(iri, NG.sourceReport, self.report())
            return iri

        return self.once("assessment", build)

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

    def instrument(self) -> URIRef:
        def build() -> URIRef:
            iri = INSTRUMENT + "test-convention"
            self.add(iri, RDF.type, NG.Treaty)
            self.add(iri, RDFS.label, Literal("Test Convention", lang="en"))
            self.add(iri, DCTERMS.title, Literal("Test Convention on Elections", lang="en"))
            self.add(iri, DCTERMS.issued, Literal("1999", datatype=XSD.gYear))
            self.add(iri, NG.instrumentKind, concept("instrument-kind", "treaty"))
            self.add(iri, NG.states, self.norm())
            return iri

        return self.once("instrument", build)

    def provision(self) -> URIRef:
        def build() -> URIRef:
            iri = INSTRUMENT + "test-convention/article/1"
            self.add(iri, RDF.type, NG.Provision)
            self.add(iri, RDFS.label, Literal("Test Convention, article 1", lang="en"))
            self.add(iri, NG.provisionOf, self.instrument())
            self.add(iri, NG.number, Literal("1"))
            self.add(iri, NG.states, self.norm())
            return iri

        return self.once("provision", build)

    def norm(self) -> URIRef:
        def build() -> URIRef:
            iri = concept("norm", "test-norm")
            self.add(iri, RDF.type, SKOS.Concept, NG.Norm)
            self.add(iri, SKOS.inScheme, VOCAB.norm)
            self.add(iri, SKOS.prefLabel, Literal("test norm", lang="en"))
            return iri

        return self.once("norm", build)

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

    def complaint(self) -> URIRef:
        return self.once(
            "complaint",
            lambda: self._complaint(NG.Complaint, "complaint/test-doc/1", self.commission()),
        )

    def appeal(self) -> URIRef:
        def build() -> URIRef:
            iri = self._complaint(NG.Appeal, "complaint/test-doc/2", self.court())
            self.add(iri, NG.appealOf, self.complaint())
            return iri

        return self.once("appeal", build)

    def complaint_figure(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.ComplaintFigure, "complaint-figure/test-doc/1")
            self.add(iri, NG.complaintCount, integer(14))
            self.add(iri, NG.filedWith, self.commission())
            self.add(iri, NG.outcome, concept("complaint-outcome", "rejected"))
            self.add(iri, NG.election, self.election())
            return iri

        return self.once("complaint_figure", build)

    def treaty_action(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.TreatyAction, "treaty-action/tl/iccpr/ratification")
            self.add(iri, NG.actionKind, concept("treaty-action", "ratification"))
            self.add(iri, NG.treaty, INSTRUMENT + "iccpr")
            self.add(iri, NG.date, Literal(date(2000, 1, 1)))
            self.add(iri, NG.actor, self.state())
            return iri

        return self.once("treaty_action", build)

    # -- programmes -------------------------------------------------------------------

    def _programme_links(self, iri: URIRef) -> None:
        self.add(iri, NG.implementer, self.ngo())
        self.add(iri, NG.donor, self.donor())
        self.add(iri, NG.partner, self.party())
        self.add(iri, SCHEMA.startDate, Literal(date(1999, 7, 1)))
        self.add(iri, SCHEMA.endDate, Literal(date(2000, 6, 30)))

    def programme(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.Programme, "programme/test-programme", "Test programme")
            self._programme_links(iri)
            self.add(iri, NG.fundingReference, Literal("TEST-0001"))
            self.add(iri, NG.country, self.state())
            return iri

        return self.once("programme", build)

    def programme_activity(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(
                NG.ProgrammeActivity, "programme/test-programme/activity/1", "Test training"
            )
            self._programme_links(iri)
            self.add(iri, NG.programme, self.programme())
            self.add(iri, NG.topic, concept("topic", "civil-society"))
            return iri

        return self.once("programme_activity", build)

    # -- scholarship ------------------------------------------------------------------

    def norm_stage_event(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.NormStageEvent, "norm-stage/tl/election-observation/acceptance")
            self.add(iri, NG.stage, concept("contestation-stage", "acceptance"))
            self.add(iri, NG.norm, concept("norm", "election-observation"))
            self.add(iri, NG.actor, self.state())
            self.add(iri, NG.sourceReport, self.report())
            self.add(iri, SCHEMA.startDate, Literal("1992", datatype=XSD.gYear))
            self.add(iri, SCHEMA.endDate, Literal("1999", datatype=XSD.gYear))
            return iri

        return self.once("norm_stage_event", build)

    def contestation_statement(self) -> URIRef:
        def build() -> URIRef:
            iri = self.fact(NG.ContestationStatement, "statement/test-doc/1")
            self.add(iri, NG.speaker, self.person())
            self.add(iri, NG.speakerRole, Literal("member of the Test Commission"))
            self.add(iri, NG.norm, concept("norm", "election-observation"))
            self.add(iri, NG.stance, concept("stance", "reinterprets"))
            self.add(iri, NG.quote, Literal("A synthetic quoted remark."))
            self.add(
                iri, NG.stage, concept("contestation-stage", "reconstitution-through-discourse")
            )
            self.add(iri, NG.date, Literal(date(2001, 2, 1)))
            self.add(iri, NG.sourceReport, self.report())
            return iri

        return self.once("contestation_statement", build)


BUILDERS: dict[str, Callable[[Instances], URIRef]] = {
    "AnnotationShape": Instances.annotation,
    "SpecificResourceShape": Instances.target,
    "TextQuoteSelectorShape": Instances.quote_selector,
    "TextPositionSelectorShape": Instances.position_selector,
    "SourceTextShape": lambda made: made.source_iri,
    "LoaderShape": lambda made: made.loader,
    "ReportShape": Instances.report,
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
