"""Complete, valid instances of the actor classes: states, bodies, parties, people, posts."""

from __future__ import annotations

from rdflib import Literal, URIRef

from normgraph.namespaces import (
    FOAF,
    NG,
    ORG,
)

from .instance_graph import InstanceGraph


class ActorInstances(InstanceGraph):
    """Actors, each built once per graph."""

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
