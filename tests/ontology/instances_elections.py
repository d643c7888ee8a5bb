"""Complete, valid instances of elections and the documents about them: rounds, regions,
candidacies, results, missions, reports and their parts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rdflib import Literal, URIRef

from normgraph.namespaces import (
    DCTERMS,
    NG,
    SCHEMA,
    XSD,
)

from .instance_graph import built_once, concept, integer
from .instances_actors import ActorInstances


class ElectionInstances(ActorInstances):
    """Elections and documents, each built once per graph (they refer to each other)."""

    @built_once
    def election(self) -> URIRef:
        iri = self.fact(NG.Election, "election/tl/presidential/2001-01-07", "Test election")
        self.add(iri, NG.country, self.state())
        self.add(iri, NG.electionType, concept("election-type", "presidential"))
        self.add(iri, NG.electionDate, Literal(date(2001, 1, 7)))
        self.add(iri, NG.early, Literal(True))
        self.add(iri, NG.roundCount, integer(1, XSD.integer))
        return iri

    @built_once
    def election_round(self) -> URIRef:
        iri = self.fact(NG.ElectionRound, "election/tl/presidential/2001-01-07/round/1")
        self.add(iri, NG.election, self.election())
        self.add(iri, NG.roundNumber, integer(1, XSD.integer))
        self.add(iri, NG.roundDate, Literal(date(2001, 1, 7)))
        return iri

    @built_once
    def region(self) -> URIRef:
        return self.in_state(NG.Region, "region/tl/north", "North Region")

    @built_once
    def candidacy(self) -> URIRef:
        iri = self.fact(NG.Candidacy, "candidacy/a-tester/2001")
        self.add(iri, NG.candidate, self.person())
        self.add(iri, NG.election, self.election())
        self.add(iri, NG.nominatedBy, self.party())
        self.add(iri, NG.party, self.party())
        self.add(iri, NG.registered, Literal(True))
        self.add(iri, NG.elected, Literal(False))
        return iri

    def _result_figure(self, iri: URIRef) -> None:
        self.add(iri, NG.election, self.election())
        self.add(iri, NG.round, self.election_round())
        self.add(iri, NG.region, self.region())
        self.add(iri, NG.sourceReport, self.report())

    @built_once
    def candidate_result(self) -> URIRef:
        iri = self.fact(NG.CandidateResult, "result/2001/north/a-tester")
        self._result_figure(iri)
        self.add(iri, NG.candidate, self.person())
        self.add(iri, NG.party, self.party())
        self.add(iri, NG.votes, integer(1234))
        self.add(iri, NG.voteShare, Literal(Decimal("12.5")))
        return iri

    @built_once
    def election_totals(self) -> URIRef:
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

    @built_once
    def mission(self) -> URIRef:
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

    # -- documents --------------------------------------------------------------------

    @built_once
    def report(self) -> URIRef:
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

    def _part(self, kind: URIRef, slug: str, parent: URIRef, number: str) -> URIRef:
        iri = self.fact(kind, f"report/test-doc/{slug}")
        self.add(iri, DCTERMS.isPartOf, parent)
        self.add(iri, NG.number, Literal(number))
        self.add(iri, NG.order, integer(1))
        return iri

    @built_once
    def section(self) -> URIRef:
        iri = self._part(NG.Section, "section/I", self.report(), "I")
        self.add(iri, NG.heading, Literal("Test heading"))
        return iri

    @built_once
    def paragraph(self) -> URIRef:
        return self._part(NG.Paragraph, "paragraph/1", self.section(), "1")

    @built_once
    def footnote(self) -> URIRef:
        return self._part(NG.Footnote, "footnote/1", self.report(), "1")

    @built_once
    def data_quality_note(self) -> URIRef:
        iri = self.fact(NG.DataQualityNote, "note/test-doc/1")
        self.add(iri, NG.flags, self.candidate_result())
        self.add(iri, NG.message, Literal("Regional figures do not add up to the total."))
        self.add(iri, NG.anomalyKind, concept("data-anomaly", "sum-mismatch"))
        return iri
