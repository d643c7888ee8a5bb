"""The GraphQL schema: the root Query (look-ups by IRI, filtered lists, the flagship).

Look-ups and lists are generated from the root table (:mod:`.graphql_roots`): a look-up
resolves an IRI to an object of the field's type, or null if the resource is of another
class; a list runs its filters (:mod:`.graphql_filters`) and hands the IRIs to
:mod:`.graphql_pagination`. Two fields answer questions of their own and are written out
below. :func:`build_schema` assembles the schema with the router's extensions; :func:`sdl`
prints it, as ``GET /graphql/schema.graphql`` serves it and ``make schema`` writes it::

    python -m normgraph.api.graphql_schema [PATH]
"""

from __future__ import annotations

import inspect
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

import strawberry
from rdflib import URIRef
from rdflib.namespace import RDF

from normgraph.queries.catalogue import expand_iri

from .graphql_fields import BUILDERS, Info, build_many, iris
from .graphql_filters import IRI_FILTERS, ListQuery
from .graphql_mapping import TYPES
from .graphql_pagination import DEFAULT_PAGE, Connection, paginate
from .graphql_recurrence import is_addressed, recurring_issue_counts
from .graphql_roots import ROOT_FIELDS, Kind, Root
from .graphql_store import PublicError
from .graphql_terms import definition, subclasses
from .graphql_types import DOMAIN_TYPES

ROOT_TYPES: dict[str, type] = {
    spec.type_name: DOMAIN_TYPES[spec.type_name] for spec in ROOT_FIELDS.values()
}
"""The types root fields return, by name."""

_ARGUMENT = inspect.Parameter.KEYWORD_ONLY
_FILTER_ARGUMENTS: dict[str, list[tuple[str, Any]]] = {
    **{name: [(name, strawberry.ID | None)] for name in IRI_FILTERS},
    "years": [("year_from", int | None), ("year_to", int | None)],
    "text": [("text", str | None)],
}
"""Each filter's arguments: Python name and GraphQL type (all optional)."""


def resolve_iri(text: str) -> URIRef:
    try:
        return URIRef(expand_iri(text))
    except ValueError as error:
        raise PublicError(str(error)) from None


def optional_iri(text: str | None) -> str | None:
    return None if text is None else str(resolve_iri(text))


def root_description(field_name: str) -> str:
    """A root field is described by the class it returns, then its own note."""
    root = ROOT_FIELDS[field_name]
    text = definition(TYPES[root.type_name].iri) or ""
    return f"{text} {root.note}" if root.note else text


def _with_signature(
    resolve: Callable[..., Any], arguments: list[tuple[str, Any, Any]], returns: Any
) -> Callable[..., Any]:
    """Give a generated resolver the signature strawberry reads its arguments from."""
    parameters = [inspect.Parameter("root", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    parameters += [
        inspect.Parameter(name, _ARGUMENT, annotation=kind, default=default)
        for name, kind, default in [("info", Info, inspect.Parameter.empty), *arguments]
    ]
    cast(Any, resolve).__signature__ = inspect.Signature(parameters, return_annotation=returns)
    resolve.__annotations__ = {p.name: p.annotation for p in parameters[1:]} | {"return": returns}
    return resolve


def lookup_field(name: str, spec: Root) -> Any:
    """``name(iri: ID!)``: the resource with that IRI if it is of the field's class, else null."""
    cls = TYPES[spec.type_name].iri

    async def resolve(root: object, info: Info, iri: str) -> Any:
        found = resolve_iri(iri)
        desc = await info.context.store.nodes.load(found)
        if not set(iris(desc, RDF.type)) & set(subclasses(cls)):
            return None
        return BUILDERS[spec.type_name](found, desc)

    returns = ROOT_TYPES[spec.type_name] | None
    arguments = [("iri", strawberry.ID, inspect.Parameter.empty)]
    described = root_description(name)
    return strawberry.field(
        resolver=_with_signature(resolve, arguments, returns), description=described
    )


def list_field(name: str, spec: Root) -> Any:
    """``name(filters..., first, after)``: a page of the type's resources that pass the filters."""
    cls = TYPES[spec.type_name].iri

    async def resolve(
        root: object, info: Info, first: int, after: str | None, **filters: Any
    ) -> Any:
        query = ListQuery(spec.type_name, cls)
        expanded = {k: optional_iri(v) if k in IRI_FILTERS else v for k, v in filters.items()}
        query.apply(spec.filters, expanded)
        found = await query.run(info.context.store)
        return await paginate(info, spec.type_name, found, first, after)

    arguments: list[tuple[str, Any, Any]] = [
        (argument, kind, None)
        for filter_name in spec.filters
        for argument, kind in _FILTER_ARGUMENTS[filter_name]
    ]
    arguments += [("first", int, spec.page), ("after", str | None, None)]
    returns = cast(Any, Connection)[ROOT_TYPES[spec.type_name]]
    described = root_description(name)
    return strawberry.field(
        resolver=_with_signature(resolve, arguments, returns), description=described
    )


async def recurring_issues(
    info: Info,
    country: strawberry.ID | None = None,
    min_elections: int = 2,
    unaddressed_only: bool = True,
    topic: strawberry.ID | None = None,
    first: int = DEFAULT_PAGE,
    after: str | None = None,
) -> Connection[Any]:
    store = info.context.store
    counts = await recurring_issue_counts(
        store, country=optional_iri(country), topic=optional_iri(topic)
    )
    found = [c.issue for c in counts if c.elections >= min_elections]
    if unaddressed_only:
        statuses = await store.statuses.load_many(found)
        found = [i for i, s in zip(found, statuses, strict=True) if not is_addressed(s)]
    return await paginate(info, "RecurringIssue", found, first, after)


async def norm_trajectory(
    info: Info, norm: strawberry.ID, actor: strawberry.ID | None = None
) -> list[Any]:
    query = ListQuery("NormStageEvent", TYPES["NormStageEvent"].iri)
    query.apply(("norm", "actor"), {"norm": optional_iri(norm), "actor": optional_iri(actor)})
    return await build_many(info, "NormStageEvent", await query.run(info.context.store))


HAND_WRITTEN: dict[str, tuple[Callable[..., Any], Any]] = {
    "recurring_issues": (recurring_issues, cast(Any, Connection)[ROOT_TYPES["RecurringIssue"]]),
    "norm_trajectory": (norm_trajectory, cast(Any, list)[ROOT_TYPES["NormStageEvent"]]),
}
"""The root fields answering a question of their own: resolver and GraphQL type."""


def _root_field(name: str, spec: Root) -> Any:
    if spec.kind is Kind.LOOKUP:
        return lookup_field(name, spec)
    if spec.kind is Kind.LIST:
        return list_field(name, spec)
    resolver, returns = HAND_WRITTEN[name]
    return strawberry.field(
        resolver=resolver, graphql_type=returns, description=root_description(name)
    )


Query = strawberry.type(
    type("Query", (), {name: _root_field(name, spec) for name, spec in ROOT_FIELDS.items()}),
    description="Look-ups by IRI, filtered lists and the flagship questions.",
)


EXTRA_TYPES: list[type] = list(DOMAIN_TYPES.values())
"""Every domain type, so implementers no field names are in the schema too."""


class QuietSchema(strawberry.Schema):
    """strawberry logs every error with its traceback; a client's own mistake or a request cut
    at its time budget is expected traffic, logged as one line, so real faults stand out."""

    def process_errors(self, errors: list[Any], execution_context: Any = None) -> None:
        faults = []
        for error in errors:
            if isinstance(error.original_error, PublicError):
                CLIENT_ERRORS.info("GraphQL request refused: %s", error.message)
            else:
                faults.append(error)
        super().process_errors(faults, execution_context)


CLIENT_ERRORS = logging.getLogger("normgraph.graphql")
"""Where refused GraphQL requests (bad argument, limit, time budget) are logged."""


def build_schema(extensions: Sequence[Any] = ()) -> strawberry.Schema:
    """The schema, with the given extensions (limits, error masking) installed: classes or
    factories, which strawberry calls once per request."""
    return QuietSchema(query=Query, types=EXTRA_TYPES, extensions=list(extensions))


def sdl() -> str:
    """The schema in GraphQL SDL (what ``GET /graphql/schema.graphql`` serves)."""
    return build_schema().as_str() + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write the SDL to the path given, or to stdout."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        sys.stdout.write(sdl())
        return 0
    Path(args[0]).write_text(sdl(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
