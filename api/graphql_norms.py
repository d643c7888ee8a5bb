"""GraphQL types for norms and law: norms, instruments and their provisions, treaty actions,
norm-stage events and contestation statements; laws, their articles and amendments.

A legal resource's type (law, article, amendment) is picked from ``rdf:type``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from rdflib import URIRef
from rdflib.namespace import RDF

from normgraph.namespaces import NG, SCHEMA

from .graphql_actors import Actor, State
from .graphql_fields import (
    BUILDERS,
    LabelledResource,
    Resource,
    iri_field,
    iris,
    link,
    links,
    ordered,
    register,
    value,
)
from .graphql_loaders import Description
from .graphql_mapping import TYPES
from .graphql_provenance import Concept, Evidence, evidence_field
from .graphql_terms import type_description

if TYPE_CHECKING:
    from .graphql_types import Recommendation, Report

_TYPES = "normgraph.api.graphql_types"
RecommendationRef = Annotated["Recommendation", strawberry.lazy(_TYPES)]
ReportRef = Annotated["Report", strawberry.lazy(_TYPES)]


@strawberry.type(description=type_description("Norm"))
class Norm(Resource):
    iri: strawberry.ID = iri_field()
    pref_label: str | None = value("Norm", "pref_label")
    definition: str | None = value("Norm", "definition")
    stated_by: list[Provision] = links("Norm", "stated_by", "Provision")
    stated_by_instruments: list[Instrument] = links("Norm", "stated_by_instruments", "Instrument")
    invoked_by: list[RecommendationRef] = links("Norm", "invoked_by", "Recommendation")
    trajectory: list[NormStageEvent] = ordered(
        "Norm", "trajectory", "NormStageEvent", SCHEMA.startDate, NG.norm
    )
    statements: list[ContestationStatement] = links("Norm", "statements", "ContestationStatement")


@strawberry.type(description=type_description("Instrument"))
class Instrument(LabelledResource):
    title: str | None = value("Instrument", "title")
    issued: str | None = value("Instrument", "issued")
    kind: Concept | None = link("Instrument", "kind", "Concept")
    norms: list[Norm] = links("Instrument", "norms", "Norm")
    provisions: list[Provision] = ordered(
        "Instrument", "provisions", "Provision", NG.number, NG.provisionOf
    )
    actions: list[TreatyAction] = links("Instrument", "actions", "TreatyAction")


@strawberry.type(description=type_description("Provision"))
class Provision(LabelledResource):
    number: str | None = value("Provision", "number")
    instrument: Instrument | None = link("Provision", "instrument", "Instrument")
    norms: list[Norm] = links("Provision", "norms", "Norm")


@strawberry.interface(description=type_description("LegalResource"))
class LegalResource(LabelledResource):
    evidence: list[Evidence] = evidence_field("LegalResource")


@strawberry.type(description=type_description("Law"))
class Law(LegalResource):
    country: State | None = link("Law", "country", "Actor")
    adopted: str | None = value("Law", "adopted")
    articles: list[LegalProvision] = ordered(
        "Law", "articles", "LegalProvision", NG.number, TYPES["Law"].fields["articles"].iri
    )
    amendments: list[Amendment] = links("Law", "amendments", "Amendment")


@strawberry.type(description=type_description("LegalProvision"))
class LegalProvision(LegalResource):
    number: str | None = value("LegalProvision", "number")
    law: Law | None = link("LegalProvision", "law", "LegalResource")


@strawberry.type(description=type_description("Amendment"))
class Amendment(LegalResource):
    adopted: str | None = value("Amendment", "adopted")
    amends: list[LegalResource] = links("Amendment", "amends", "LegalResource")
    responds_to: list[RecommendationRef] = links("Amendment", "responds_to", "Recommendation")


def make_legal(iri: URIRef, desc: Description) -> Any:
    types = set(iris(desc, RDF.type))
    for cls, kind in ((NG.Amendment, Amendment), (NG.LawArticle, LegalProvision)):
        if cls in types:
            return kind(iri_=iri, desc=desc)
    return Law(iri_=iri, desc=desc)


for _name in ("LegalResource", "Law", "LegalProvision", "Amendment"):
    BUILDERS[_name] = make_legal


@strawberry.type(description=type_description("TreatyAction"))
class TreatyAction(LabelledResource):
    kind: Concept | None = link("TreatyAction", "kind", "Concept")
    treaty: Instrument | None = link("TreatyAction", "treaty", "Instrument")
    actors: list[Actor] = links("TreatyAction", "actors", "Actor")
    date: str | None = value("TreatyAction", "date")
    evidence: list[Evidence] = evidence_field("TreatyAction")


@strawberry.type(description=type_description("NormStageEvent"))
class NormStageEvent(LabelledResource):
    norms: list[Norm] = links("NormStageEvent", "norms", "Norm")
    stage: Concept | None = link("NormStageEvent", "stage", "Concept")
    actors: list[Actor] = links("NormStageEvent", "actors", "Actor")
    start_date: str | None = value("NormStageEvent", "start_date")
    end_date: str | None = value("NormStageEvent", "end_date")
    source_report: ReportRef | None = link("NormStageEvent", "source_report", "Report")
    evidence: list[Evidence] = evidence_field("NormStageEvent")


@strawberry.type(description=type_description("ContestationStatement"))
class ContestationStatement(LabelledResource):
    quote: str | None = value("ContestationStatement", "quote")
    speakers: list[Actor] = links("ContestationStatement", "speakers", "Actor")
    speaker_role: str | None = value("ContestationStatement", "speaker_role")
    stance: Concept | None = link("ContestationStatement", "stance", "Concept")
    stage: Concept | None = link("ContestationStatement", "stage", "Concept")
    norms: list[Norm] = links("ContestationStatement", "norms", "Norm")
    date: str | None = value("ContestationStatement", "date")
    source_report: ReportRef | None = link("ContestationStatement", "source_report", "Report")
    evidence: list[Evidence] = evidence_field("ContestationStatement")


for _cls in (Norm, Instrument, Provision, TreatyAction, NormStageEvent, ContestationStatement):
    register(_cls.__name__)(_cls)
