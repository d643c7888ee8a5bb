"""GraphQL types for actors: one interface and one type per kind, picked from ``rdf:type``.

The kinds and their classes are the mapping's (:func:`.graphql_mapping.actor_kinds`); an
actor of no known kind shows as an ``Organisation``. An observation mission is an actor
with fields of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from rdflib import URIRef
from rdflib.namespace import RDF

from .graphql_fields import BUILDERS, LabelledResource, iris, links, value
from .graphql_loaders import Description
from .graphql_mapping import actor_kinds
from .graphql_provenance import Evidence, evidence_field
from .graphql_terms import type_description

if TYPE_CHECKING:
    from .graphql_types import Complaint, Election, Recommendation

_TYPES = "normgraph.api.graphql_types"
RecommendationRef = Annotated["Recommendation", strawberry.lazy(_TYPES)]
ComplaintRef = Annotated["Complaint", strawberry.lazy(_TYPES)]
ElectionRef = Annotated["Election", strawberry.lazy(_TYPES)]


@strawberry.interface(description=type_description("Actor"))
class Actor(LabelledResource):
    name: str | None = value("Actor", "name")
    evidence: list[Evidence] = evidence_field("Actor")
    asked_by: list[RecommendationRef] = links("Actor", "asked_by", "Recommendation")
    complaints: list[ComplaintRef] = links("Actor", "complaints", "Complaint")


def make_actor(iri: URIRef, desc: Description) -> Any:
    types = set(iris(desc, RDF.type))
    for name, cls in actor_kinds().items():
        if cls in types:
            return ACTOR_TYPES[name](iri_=iri, desc=desc)
    return ACTOR_TYPES["Organisation"](iri_=iri, desc=desc)


def _actor_type(name: str) -> type[Actor]:
    return strawberry.type(
        type(name, (Actor,), {"__annotations__": {}}), description=type_description(name)
    )


@strawberry.type(description=type_description("State"))
class State(Actor):
    country_code: str | None = value("State", "country_code")


@strawberry.type(description=type_description("ObservationMission"))
class ObservationMission(Actor):
    observes: list[ElectionRef] = links("ObservationMission", "observes", "Election")
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


ACTOR_TYPES: dict[str, type[Actor]] = {
    name: State if name == "State" else _actor_type(name)
    for name in actor_kinds()
    if name != "ObservationMission"
} | {"ObservationMission": ObservationMission}
"""Every actor kind's type (the mission last, as the schema has always listed it)."""
BUILDERS["Actor"] = make_actor
BUILDERS["ObservationMission"] = make_actor
