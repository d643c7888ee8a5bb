"""Complete, valid instances of the actor classes: states, bodies, parties, people, posts."""

from __future__ import annotations

from collections.abc import Callable

from rdflib import Literal, URIRef

from normgraph.namespaces import (
    FOAF,
    NG,
    ORG,
)

from .instance_graph import InstanceGraph, built_once, made


def made_in_state(kind: URIRef, slug: str, label: str) -> Callable[[ActorInstances], URIRef]:
    """A builder method for a resource of class ``kind`` in the test state."""

    def build(self: ActorInstances) -> URIRef:
        return self.in_state(kind, slug, label)

    build.__name__ = slug
    return built_once(build)


class ActorInstances(InstanceGraph):
    """Actors, each built once per graph."""

    def in_state(self, kind: URIRef, slug: str, label: str) -> URIRef:
        """A new resource of class ``kind`` in the test state (``ng:country``)."""
        iri = self.fact(kind, slug, label)
        self.add(iri, NG.country, self.state())
        return iri

    # Resources that are only a class, a label and evidence (and for some, the state):
    parent_organisation = made(NG.InternationalOrganisation, "actor/parent-org", "Parent Org")
    delegation = made(NG.InternationalOrganisation, "actor/test-assembly", "Assembly")
    commission = made_in_state(NG.ElectionCommission, "actor/test-cec", "Test Commission")
    court = made_in_state(NG.Court, "actor/test-court", "Test Court")
    parliament = made_in_state(NG.Parliament, "actor/test-parliament", "Test Parliament")
    party = made_in_state(NG.PoliticalParty, "actor/test-party", "Test Party")
    ngo = made(NG.CivilSocietyOrganisation, "actor/test-ngo", "Test NGO")
    donor = made(NG.Donor, "actor/test-donor", "Test Donor")
    person = made(FOAF.Person, "person/a-tester", "A. Tester")

    @built_once
    def state(self) -> URIRef:
        iri = self.fact(NG.State, "actor/testland", "Testland")
        self.add(iri, NG.countryCode, Literal("TL"))
        return iri

    @built_once
    def organisation(self) -> URIRef:
        iri = self.fact(NG.InternationalOrganisation, "actor/test-office", "Test Office")
        self.add(iri, ORG.subOrganizationOf, self.parent_organisation())
        return iri

    @built_once
    def membership(self) -> URIRef:
        iri = self.fact(ORG.Membership, "membership/a-tester-test-party")
        self.add(iri, ORG.member, self.person())
        self.add(iri, ORG.organization, self.party())
        return iri

    @built_once
    def post(self) -> URIRef:
        iri = self.fact(ORG.Post, "post/test-cec-chair", "Chair of the Test Commission")
        self.add(iri, ORG.postIn, self.commission())
        self.add(iri, ORG.heldBy, self.person())
        return iri
