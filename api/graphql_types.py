"""The GraphQL domain types, made from the mapping table: each type and field is stated once.

Every type of :data:`.graphql_mapping.TYPES` (but Evidence, :mod:`.graphql_provenance`)
becomes a strawberry type or interface here. A field is answered by the kind of read its
entry states: a scalar read from the resource's description, one or every linked
resource (forwards or backwards), a list sorted by a property, the evidence annotations,
or a hand-written resolver (:mod:`.graphql_resolvers`). An interface's implementers are
picked from ``rdf:type``, most specific first, the last as the fallback.
"""

from __future__ import annotations

from typing import Any

import strawberry
from rdflib import URIRef
from rdflib.namespace import RDF

from .graphql_fields import (
    Builder,
    Resource,
    iri_field,
    iris,
    link,
    links,
    mapped_field,
    ordered,
    register,
    value,
)
from .graphql_loaders import Description
from .graphql_mapping import SCALARS, TYPES, TypeMap, implementers
from .graphql_provenance import Evidence, evidence_field
from .graphql_resolvers import RESOLVERS
from .graphql_terms import type_description


def make_field(type_name: str, field_name: str) -> Any:
    """The strawberry field for one entry of the table, by the kind of read it states."""
    mapped = TYPES[type_name].fields[field_name]
    written = RESOLVERS.get(f"{type_name}.{field_name}")
    if written is not None:
        return mapped_field(type_name, field_name, written)
    if mapped.target == "Evidence":
        return evidence_field(type_name)
    if mapped.target in SCALARS:
        return value(type_name, field_name)
    if mapped.order is not None:
        return ordered(type_name, field_name)
    return (links if mapped.is_list else link)(type_name, field_name)


def picker(interface: str) -> Builder:
    """Build an interface's value as the first implementer whose class it has, else the last."""
    kinds = implementers(interface)
    fallback = list(kinds)[-1]

    def build(iri: URIRef, desc: Description) -> Any:
        types = set(iris(desc, RDF.type))
        chosen = next((name for name, cls in kinds.items() if cls in types), fallback)
        return DOMAIN_TYPES[chosen](iri_=iri, desc=desc)

    return build


def make_type(name: str, mapped: TypeMap) -> type:
    """One strawberry type (or interface) of the table: its own fields, in table order."""
    inherited = TYPES[mapped.implements].fields if mapped.implements else {}
    body: dict[str, Any] = {} if mapped.implements else {"iri": iri_field()}
    body |= {f: make_field(name, f) for f in mapped.fields if f not in inherited}
    base = DOMAIN_TYPES[mapped.implements] if mapped.implements else Resource
    decorate = strawberry.interface if mapped.interface else strawberry.type
    made: type = decorate(type(name, (base,), body), description=type_description(name))
    return made


DOMAIN_TYPES: dict[str, type] = {}
"""GraphQL type name -> its strawberry class, for every type of the table but Evidence."""

for _name, _mapped in TYPES.items():
    if _name == Evidence.__name__:
        continue  # made from an evidence record, not from the triples of one resource
    DOMAIN_TYPES[_name] = make_type(_name, _mapped)
    globals()[_name] = DOMAIN_TYPES[_name]  # where fields name it (TYPES_MODULE)
    _family = _mapped.implements or (_name if _mapped.interface else None)
    register(_name, DOMAIN_TYPES[_name], picker(_family) if _family else None)
