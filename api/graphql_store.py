"""The one seam between GraphQL and the store, and the safe way to write IRIs into SPARQL.

Store work never runs on the event loop. It goes through :class:`StoreAccess`:
:class:`ThreadedStoreAccess` runs each query in a worker thread (``anyio.to_thread``) under
a concurrency cap and the request's deadline; :class:`RunnerStoreAccess` sends it to a
runner's ``select`` (the /sparql router's timeout-enforcing executor), so both
surfaces share one timeout and one pool. Errors a client may see are :class:`PublicError`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Protocol

import anyio
import anyio.to_thread
from rdflib import URIRef

from normgraph.graph import GraphStore, Row, Term
from normgraph.namespaces import sparql_prefixes

PREFIX_BLOCK = sparql_prefixes()
_IRI_FORBIDDEN = re.compile(r'[\s<>"{}|\\^`]')


class PublicError(Exception):
    """An error whose message is safe to show to any client (bad argument, limit, timeout)."""


class GraphQLTimeoutError(PublicError):
    """The request ran past its time budget."""


class GraphQLBusyError(PublicError):
    """Every query slot stayed busy for the whole wait."""


class StoreAccess(Protocol):
    """The seam: run one SELECT off the event loop within ``timeout`` seconds."""

    async def select(
        self, sparql: str, bindings: Mapping[str, Term] | None, timeout: float
    ) -> list[Row]: ...


class ReadRunner(Protocol):
    """What :class:`RunnerStoreAccess` needs of the /sparql executor (``Runner.select``)."""

    async def select(
        self, sparql: str, bindings: Mapping[str, Term] | None = None
    ) -> list[Row]: ...


@dataclass
class ThreadedStoreAccess:
    """Each query in a worker thread, at most ``max_concurrent`` at once.

    The timeout answers the client; like any thread, the query itself runs to its end (the
    /sparql executor's worker processes can stop it; route through it with
    :class:`RunnerStoreAccess` where it is available).
    """

    store: GraphStore
    max_concurrent: int = 4
    queue_wait: float = 5.0
    _limiter: anyio.CapacityLimiter | None = field(default=None, init=False, repr=False)

    async def select(
        self, sparql: str, bindings: Mapping[str, Term] | None, timeout: float
    ) -> list[Row]:
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self.max_concurrent)
        limiter = self._limiter
        try:
            with anyio.fail_after(min(self.queue_wait, timeout)):
                await limiter.acquire()
        except TimeoutError:
            raise GraphQLBusyError(
                f"all {self.max_concurrent} query slots stayed busy; try again shortly"
            ) from None
        try:
            call = partial(self.store.select, sparql, bindings=dict(bindings or {}))
            with anyio.fail_after(timeout):
                _, rows = await anyio.to_thread.run_sync(call, abandon_on_cancel=True)
        except TimeoutError:
            raise GraphQLTimeoutError("the query ran longer than its time limit") from None
        finally:
            limiter.release()
        return rows


@dataclass
class RunnerStoreAccess:
    """Queries sent to the /sparql executor, which enforces its timeout and concurrency."""

    runner: ReadRunner

    async def select(
        self, sparql: str, bindings: Mapping[str, Term] | None, timeout: float
    ) -> list[Row]:
        return await self.runner.select(sparql, bindings)


def check_iri(value: str) -> URIRef:
    """An IRI safe to write into a ``VALUES`` block, or PublicError."""
    if not re.match(r"^(https?://|urn:)", value) or _IRI_FORBIDDEN.search(value):
        raise PublicError(f"{value!r} is not an absolute http(s) or urn IRI")
    return URIRef(value)


def values(variable: str, iris: Iterable[URIRef]) -> str:
    """A ``VALUES`` block of IRIs (checked, so nothing but an IRI can be written)."""
    body = " ".join(f"<{check_iri(str(iri))}>" for iri in iris)
    return f"VALUES ?{variable} {{ {body} }}"


__all__ = [
    "PREFIX_BLOCK",
    "GraphQLBusyError",
    "GraphQLTimeoutError",
    "PublicError",
    "ReadRunner",
    "RunnerStoreAccess",
    "StoreAccess",
    "ThreadedStoreAccess",
    "check_iri",
    "values",
]
