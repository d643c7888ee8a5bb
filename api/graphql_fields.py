"""The building blocks of GraphQL types: the request context, one factory per kind of field.

A domain type is a list of fields, each made here from the mapping table
(:mod:`.graphql_mapping`): which property it reads, its GraphQL type, and its description
from the ontology. Field types are named, not imported: :func:`graphql_type` resolves a
name in :data:`NAMESPACE` when the schema is built, so types may refer to each other in
any order. Objects carry their resource's description (every outgoing triple, fetched for a
whole level of the answer at once by the node DataLoader), so plain values resolve without
a query; links go through the request's DataLoaders, and :func:`build_many` makes each
object once per request with the builder :func:`register` keeps for its type.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any, cast

import strawberry
from rdflib import Literal, URIRef
from rdflib.term import Node
from strawberry.fastapi import BaseContext

from .graphql_loaders import Description, RequestStore
from .graphql_mapping import TYPES, Field
from .graphql_terms import STRUCTURAL_FIELDS, field_description


class GraphQLContext(BaseContext):
    """What every resolver gets: the request's store view (deadline, loaders, counter)."""

    def __init__(self, store: RequestStore) -> None:
        super().__init__()
        self.store = store


Info = strawberry.Info[GraphQLContext, None]
Builder = Callable[[URIRef, Description], Any]
BUILDERS: dict[str, Builder] = {}
"""GraphQL type name -> how to make its object from an IRI and a description."""
SCALAR_TYPES: dict[str, type] = {
    "String": str,
    "Int": int,
    "Float": float,
    "Boolean": bool,
    "ID": strawberry.ID,
}
"""GraphQL scalar name -> the Python type strawberry shows as it."""
TYPES_MODULE = "normgraph.api.graphql_types"
"""Where every domain type is a module attribute (strawberry looks named types up there)."""


def graphql_type(returns: str) -> Any:
    """A field type as SDL writes it (``Int``, ``Concept!``, ``[Actor!]!``): a domain type
    is named, not imported, and looked up when the schema is built, so types may refer to
    each other in any order."""
    named = returns.strip("[]!")
    item = SCALAR_TYPES.get(named) or Annotated[named, strawberry.lazy(TYPES_MODULE)]
    if returns.startswith("["):
        return cast(Any, list)[item]
    return item if returns.endswith("!") else item | None


def first(desc: Description, predicate: URIRef) -> Node | None:
    found = desc.get(predicate, [])
    english = [v for v in found if isinstance(v, Literal) and v.language == "en"]
    return (english or found or [None])[0]


def iris(desc: Description, predicate: URIRef) -> list[URIRef]:
    return [v for v in desc.get(predicate, []) if isinstance(v, URIRef)]


def _convert(value: Node | None, kind: type) -> object:
    if value is None:
        return None
    if kind is str:
        return str(value)
    python = value.toPython() if isinstance(value, Literal) else str(value)
    if kind is bool:
        return python if isinstance(python, bool) else str(value).lower() in ("true", "1")
    try:
        return kind(python)
    except (TypeError, ValueError):
        return None


# --- Field factories -------------------------------------------------------------------


def mapped_field(type_name: str, field_name: str, resolver: Callable[..., Any]) -> Any:
    """A field of the mapping's type and description, answered by ``resolver``."""
    return strawberry.field(
        resolver=resolver,
        graphql_type=graphql_type(TYPES[type_name].fields[field_name].returns),
        description=field_description(type_name, field_name),
    )


def value(type_name: str, field_name: str) -> Any:
    """A plain value (string, number, boolean, date as ISO text) read from the description."""
    mapped = TYPES[type_name].fields[field_name]
    kind = SCALAR_TYPES[mapped.target]

    def resolve(root: Resource) -> object:
        return _convert(first(root.desc, mapped.iri), str if kind is strawberry.ID else kind)

    return mapped_field(type_name, field_name, resolve)


async def build_many(info: Info, target: str, found: Sequence[URIRef]) -> list[Any]:
    """The objects of type ``target`` for ``found``, each built once per request."""
    store = info.context.store
    descs = await store.nodes.load_many(found)
    built = []
    for iri, desc in zip(found, descs, strict=True):
        key = (target, iri)
        if key not in store.built:
            store.built[key] = BUILDERS[target](iri, desc)
        if store.built[key] is not None:
            built.append(store.built[key])
    return built


async def _linked(root: Resource, info: Info, mapped: Field) -> list[URIRef]:
    """The IRIs a field links to: its property's values, or the subjects pointing here."""
    if mapped.inverse is None:
        return iris(root.desc, mapped.iri)
    return list(await info.context.store.inverse.load((mapped.iri, mapped.inverse, root.iri_)))


def link(type_name: str, field_name: str) -> Any:
    """One linked resource (the first, if the data has several)."""
    mapped = TYPES[type_name].fields[field_name]

    async def resolve(root: Resource, info: Info) -> object:
        built = await build_many(info, mapped.target, (await _linked(root, info, mapped))[:1])
        return built[0] if built else None

    return mapped_field(type_name, field_name, resolve)


def links(type_name: str, field_name: str) -> Any:
    """Every linked resource, forwards or (for an inverse mapping) backwards."""
    mapped = TYPES[type_name].fields[field_name]

    async def resolve(root: Resource, info: Info) -> object:
        return await build_many(info, mapped.target, await _linked(root, info, mapped))

    return mapped_field(type_name, field_name, resolve)


def ordered(type_name: str, field_name: str) -> Any:
    """Resources that point here (with the field's ``via``), sorted by its ``order``."""
    mapped = TYPES[type_name].fields[field_name]
    key = (mapped.via or mapped.iri, TYPES[mapped.target].iri)
    by = mapped.order
    if by is None:
        raise ValueError(f"{type_name}.{field_name}: an ordered list needs an order")

    async def resolve(root: Resource, info: Info) -> object:
        found = await info.context.store.inverse.load((*key, root.iri_))
        built: list[Resource] = await build_many(info, mapped.target, found)
        return sorted(built, key=lambda r: (_sort_value(first(r.desc, by)), r.iri_))

    return mapped_field(type_name, field_name, resolve)


def _sort_value(term: Node | None) -> tuple[int, float, str]:
    if term is None:
        return (1, 0.0, "")
    python = term.toPython() if isinstance(term, Literal) else None
    if isinstance(python, int | float) and not isinstance(python, bool):
        return (0, float(python), "")
    return (0, 0.0, str(term))


def iri_field() -> Any:
    def resolve(root: Resource) -> strawberry.ID:
        return strawberry.ID(str(root.iri_))

    return strawberry.field(resolver=resolve, description=STRUCTURAL_FIELDS["iri"])


@strawberry.type
class Resource:
    """Base of every domain type (not itself in the schema)."""

    iri_: strawberry.Private[URIRef]
    desc: strawberry.Private[Description]


def register(name: str, cls: type, builder: Builder | None = None) -> None:
    """Build the type ``name`` with ``builder`` (default: its class ``cls``)."""
    BUILDERS[name] = builder or (lambda iri, desc: cast(Any, cls)(iri_=iri, desc=desc))
