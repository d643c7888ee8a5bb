"""The building blocks of GraphQL types: the request context, one factory per kind of field.

A domain type is a list of fields, each made here from the mapping table
(:mod:`.graphql_mapping`): which property it reads, and its description from the
ontology. Objects carry their resource's description (every outgoing triple, fetched for a
whole level of the answer at once by the node DataLoader), so plain values resolve without
a query; links go through the request's DataLoaders, and :func:`build_many` makes each
object once per request with the builder :func:`register` keeps for its type.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

import strawberry
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.term import Node
from strawberry.fastapi import BaseContext

from .graphql_loaders import Description, RequestStore
from .graphql_mapping import TYPES
from .graphql_terms import STRUCTURAL_FIELDS, definition, field_description

T = TypeVar("T")


class GraphQLContext(BaseContext):
    """What every resolver gets: the request's store view (deadline, loaders, counter)."""

    def __init__(self, store: RequestStore) -> None:
        super().__init__()
        self.store = store


Info = strawberry.Info[GraphQLContext, None]
Builder = Callable[[URIRef, Description], Any]
BUILDERS: dict[str, Builder] = {}
"""GraphQL type name -> how to make its object from an IRI and a description."""


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


def value(type_name: str, field_name: str, kind: type = str) -> Any:
    """A plain value (string, number, boolean, date as ISO text) read from the description."""
    predicate = TYPES[type_name].fields[field_name].iri

    def resolve(root: Resource) -> object:
        return _convert(first(root.desc, predicate), kind)

    return strawberry.field(resolver=resolve, description=field_description(type_name, field_name))


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


def link(type_name: str, field_name: str, target: str) -> Any:
    """One linked resource (the first, if the data has several)."""
    predicate = TYPES[type_name].fields[field_name].iri

    async def resolve(root: Resource, info: Info) -> object:
        built = await build_many(info, target, iris(root.desc, predicate)[:1])
        return built[0] if built else None

    return strawberry.field(resolver=resolve, description=field_description(type_name, field_name))


def links(type_name: str, field_name: str, target: str) -> Any:
    """Every linked resource, forwards or (for an inverse mapping) backwards."""
    mapped = TYPES[type_name].fields[field_name]

    async def resolve(root: Resource, info: Info) -> object:
        if mapped.inverse is None:
            found = iris(root.desc, mapped.iri)
        else:
            key = (mapped.iri, mapped.inverse, root.iri_)
            found = await info.context.store.inverse.load(key)
        return await build_many(info, target, found)

    return strawberry.field(resolver=resolve, description=field_description(type_name, field_name))


def ordered(type_name: str, field_name: str, target: str, by: URIRef, child_of: URIRef) -> Any:
    """Resources that point here with ``child_of``, sorted by the value of ``by``."""
    cls = TYPES[target].iri

    async def resolve(root: Resource, info: Info) -> object:
        found = await info.context.store.inverse.load((child_of, cls, root.iri_))
        built: list[Resource] = await build_many(info, target, found)
        return sorted(built, key=lambda r: (_sort_value(first(r.desc, by)), r.iri_))

    return strawberry.field(resolver=resolve, description=field_description(type_name, field_name))


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


def label_field() -> Any:
    """The resource's ``rdfs:label``, described as every type's ``label`` field is."""

    def resolve(root: Resource) -> str | None:
        found = first(root.desc, RDFS.label)
        return None if found is None else str(found)

    return strawberry.field(resolver=resolve, description=definition(RDFS.label) or "")


@strawberry.type
class LabelledResource(Resource):
    """Base of the domain types whose first fields are their IRI and their ``rdfs:label``
    (not itself in the schema; a subclass's own fields follow these two)."""

    iri: strawberry.ID = iri_field()
    label: str | None = label_field()


def register(name: str, builder: Builder | None = None) -> Callable[[type[T]], type[T]]:
    def decorate(cls: type[T]) -> type[T]:
        BUILDERS[name] = builder or (lambda iri, desc: cast(Any, cls)(iri_=iri, desc=desc))
        return cls

    return decorate
