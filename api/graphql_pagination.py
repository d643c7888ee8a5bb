"""Relay-style pagination for GraphQL lists: a page of nodes, its edges and cursors, a total.

A cursor is the offset of its item, encoded so clients treat it as opaque; a cursor this
API did not give out, or a page over :data:`MAX_PAGE` items, is a public error.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

import strawberry
from rdflib import URIRef

from .graphql_fields import Info, build_many
from .graphql_store import PublicError
from .graphql_terms import STRUCTURAL_FIELDS

T = TypeVar("T")
MAX_PAGE = 100
DEFAULT_PAGE = 20


@strawberry.type(description="Where a page sits in a list.")
class PageInfo:
    has_next_page: bool = strawberry.field(description=STRUCTURAL_FIELDS["has_next_page"])
    end_cursor: str | None = strawberry.field(description=STRUCTURAL_FIELDS["end_cursor"])


@strawberry.type(description="One item of a page, with its cursor.")
class Edge(Generic[T]):
    cursor: str = strawberry.field(description=STRUCTURAL_FIELDS["cursor"])
    node: T = strawberry.field(description=STRUCTURAL_FIELDS["node"])


@strawberry.type(description="One page of a list, with the total count over all pages.")
class Connection(Generic[T]):
    total_count: int = strawberry.field(description=STRUCTURAL_FIELDS["total_count"])
    page_info: PageInfo = strawberry.field(description=STRUCTURAL_FIELDS["page_info"])
    edges: list[Edge[T]] = strawberry.field(description=STRUCTURAL_FIELDS["edges"])
    nodes: list[T] = strawberry.field(description=STRUCTURAL_FIELDS["nodes"])


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode("ascii")


def decode_cursor(cursor: str | None) -> int:
    """The offset after ``cursor`` (0 for none); PublicError for a cursor we did not make."""
    if cursor is None:
        return 0
    try:
        kind, _, number = base64.urlsafe_b64decode(cursor.encode("ascii")).decode().partition(":")
        if kind == "offset" and number.isdigit():
            return int(number) + 1
    except (ValueError, UnicodeError):
        pass
    raise PublicError(f"after: {cursor!r} is not a cursor this API gave out")


async def paginate(
    info: Info, target: str, found: Sequence[URIRef], first: int, after: str | None
) -> Connection[Any]:
    if not 0 <= first <= MAX_PAGE:
        raise PublicError(f"first: between 0 and {MAX_PAGE}")
    start = decode_cursor(after)
    page = list(found[start : start + first])
    nodes = await build_many(info, target, page)
    edges = [Edge(cursor=encode_cursor(start + i), node=n) for i, n in enumerate(nodes)]
    return Connection(
        total_count=len(found),
        page_info=PageInfo(
            has_next_page=start + first < len(found),
            end_cursor=edges[-1].cursor if edges else None,
        ),
        edges=edges,
        nodes=nodes,
    )
