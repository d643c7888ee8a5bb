"""Per-request DataLoaders for GraphQL: descriptions, inverse links, evidence, statuses.

No N+1: every look-up a resolver makes goes through a DataLoader created for the request,
so all the look-ups of one level of the answer become one SPARQL query per loader (the
node loader fetches every outgoing triple of every resource of that level at once). The
queries go through the request's :class:`~.graphql_store.StoreAccess`, within its deadline.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Hashable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from rdflib import BNode, URIRef
from rdflib.term import Node
from strawberry.dataloader import DataLoader

from normgraph.graph import Row, StoreError, Term
from normgraph.graph.waiters import FOLLOW_UP

from .evidence_record import ANNOTATION_PATTERN, ANNOTATION_VARIABLES, EvidenceRecord
from .graphql_recurrence import latest_statuses
from .graphql_store import (
    PREFIX_BLOCK,
    GraphQLBusyError,
    GraphQLTimeoutError,
    StoreAccess,
    check_iri,
    values,
)
from .graphql_terms import subclasses

Description = dict[URIRef, list[Node]]
"""A resource's outgoing triples: predicate -> values, deduplicated and sorted."""


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Batched(Generic[K, V]):
    """A DataLoader that keeps its answers, so a resolver can take one it has at once.

    Awaiting costs graphql-core a coroutine, a future and a task per field; most fields of a
    large answer ask again for resources an earlier level loaded, and return them without.
    """

    def __init__(self, load: Callable[[Sequence[K]], Awaitable[list[V]]]) -> None:
        self.known: dict[K, V] = {}

        async def load_and_keep(keys: Sequence[K]) -> list[V]:
            found = await load(keys)
            self.known.update(zip(keys, found, strict=True))
            return found

        self._loader: DataLoader[K, V] = DataLoader(load_fn=load_and_keep)

    def known_many(self, keys: Sequence[K]) -> list[V] | None:
        """The answers for ``keys`` if every one is in already, else None."""
        known = self.known
        if all(key in known for key in keys):
            return [known[key] for key in keys]
        return None

    async def load_many(self, keys: Sequence[K]) -> list[V]:
        """The answers for ``keys``; those not in yet join the level's batch."""
        known = self.known_many(keys)
        return known if known is not None else await self._loader.load_many(keys)

    async def load(self, key: K) -> V:
        return (await self.load_many([key]))[0]


class RequestStore:
    """One request's view of the store: its deadline, a query counter and its loaders."""

    def __init__(self, access: StoreAccess, timeout: float) -> None:
        self.access = access
        self.deadline = time.monotonic() + timeout
        self.queries = 0
        self.nodes: Batched[URIRef, Description] = Batched(self._load_nodes)
        self.inverse: Batched[tuple[URIRef, URIRef, URIRef], list[URIRef]] = Batched(
            self._load_inverse
        )
        self.evidence: Batched[URIRef, list[EvidenceRecord]] = Batched(self._load_evidence)
        self.statuses: Batched[URIRef, tuple[URIRef, str] | None] = Batched(self._load_statuses)
        self.built: dict[tuple[str, URIRef], Any] = {}

    async def select(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> list[Row]:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise GraphQLTimeoutError("the request ran longer than its time limit")
        self.queries += 1
        # Queries after the first go ahead of requests not yet started (the pool's
        # FOLLOW_UP): else each waits the whole queue, and a page of several never ends.
        FOLLOW_UP.set(self.queries > 1)
        try:
            return await self.access.select(PREFIX_BLOCK + sparql, bindings, remaining)
        except (GraphQLTimeoutError, GraphQLBusyError):
            raise
        except StoreError as error:
            if type(error).__name__ == "QueryTimeoutError":
                raise GraphQLTimeoutError(str(error)) from None
            if type(error).__name__ == "BusyError":
                raise GraphQLBusyError(str(error)) from None
            raise

    async def _load_nodes(self, keys: Sequence[URIRef]) -> list[Description]:
        rows = await self.select(f"SELECT ?s ?p ?o WHERE {{ {values('s', keys)} ?s ?p ?o }}")
        found: dict[URIRef, dict[URIRef, set[Node]]] = defaultdict(lambda: defaultdict(set))
        for row in rows:
            predicate = row["p"]
            if isinstance(predicate, URIRef) and not isinstance(row["o"], BNode):
                found[URIRef(str(row["s"]))][predicate].add(row["o"])
        return [
            {p: sorted(objects, key=_sort_term) for p, objects in found.get(key, {}).items()}
            for key in keys
        ]

    async def _load_inverse(
        self, keys: Sequence[tuple[URIRef, URIRef, URIRef]]
    ) -> list[list[URIRef]]:
        groups: dict[tuple[URIRef, URIRef], list[URIRef]] = defaultdict(list)
        for predicate, cls, target in keys:
            groups[(predicate, cls)].append(target)
        found: dict[tuple[URIRef, URIRef, URIRef], set[URIRef]] = defaultdict(set)
        for (predicate, cls), targets in groups.items():
            rows = await self.select(
                "SELECT DISTINCT ?o ?s WHERE { "
                f"{values('o', dict.fromkeys(targets))} {values('c', subclasses(cls))} "
                f"?s <{check_iri(str(predicate))}> ?o . ?s a ?c }}"
            )
            for row in rows:
                found[(predicate, cls, URIRef(str(row["o"])))].add(URIRef(str(row["s"])))
        return [sorted(found.get(key, set())) for key in keys]

    async def _load_statuses(self, keys: Sequence[URIRef]) -> list[tuple[URIRef, str] | None]:
        found = await latest_statuses(self, keys)
        return [found.get(key) for key in keys]

    async def _load_evidence(self, keys: Sequence[URIRef]) -> list[list[EvidenceRecord]]:
        rows = await self.select(
            f"SELECT ?fact {ANNOTATION_VARIABLES} WHERE {{ {values('fact', keys)} "
            f"?fact ng:evidence ?annotation . {ANNOTATION_PATTERN} }}"
        )
        found: dict[URIRef, dict[URIRef, EvidenceRecord]] = defaultdict(dict)
        for row in rows:
            record = EvidenceRecord.from_row(row)
            found[URIRef(str(row["fact"]))].setdefault(record.annotation, record)
        return [
            sorted(found.get(key, {}).values(), key=lambda r: (str(r.source), r.start, r.end))
            for key in keys
        ]


def _sort_term(term: Node) -> tuple[int, str]:
    return (0 if isinstance(term, URIRef) else 1, str(term))


__all__ = [
    "Batched",
    "Description",
    "EvidenceRecord",
    "RequestStore",
]
