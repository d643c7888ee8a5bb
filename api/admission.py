"""How many queries one client may run at once (``NORMGRAPH_MAX_HEAVY_PER_CLIENT``).

The worker pool bounds the whole server; this bounds one client address inside it, so a
single client sending runaways cannot hold every worker. Light requests (health, ASK,
linked-data pages) are not counted: they have their own lane. The address is the TCP
peer's; behind a reverse proxy, run uvicorn with ``--proxy-headers`` so it is the client's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import ProtocolError, answer

SETTING = "NORMGRAPH_MAX_HEAVY_PER_CLIENT"


class TooManyForClientError(ProtocolError):
    """One client address asks for more queries at once than it may run (429)."""

    status = 429


class ClientSlots:
    """Queries in flight per client address, at most ``limit`` each."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._running: Counter[str] = Counter()

    @asynccontextmanager
    async def hold(self, address: str) -> AsyncIterator[None]:
        if self._running[address] >= self.limit:
            raise TooManyForClientError(
                f"this client ({address}) already runs {self._running[address]} queries, the "
                f"most one address may run at once ({SETTING}={self.limit}); send this one "
                "when one of them has answered"
            )
        self._running[address] += 1
        try:
            yield
        finally:
            self._running[address] -= 1
            if not self._running[address]:
                del self._running[address]


def client_address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


def slots_of(request: Request) -> ClientSlots:
    return request.app.state.client_slots  # type: ignore[no-any-return]


class LimitPerClient:
    """Hold a slot for every request to the query surfaces other than /sparql (which holds
    its own, since its light requests are exempt): saved queries and GraphQL."""

    def __init__(self, app: ASGIApp, slots: ClientSlots) -> None:
        self.app = app
        self.slots = slots

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _counted(scope):
            await self.app(scope, receive, send)
            return
        try:
            async with self.slots.hold(client_address(scope)):
                await self.app(scope, receive, send)
        except TooManyForClientError as error:
            response = await answer(Request(scope), error)
            await response(scope, receive, send)


def _counted(scope: Scope) -> bool:
    """A saved query run, or a GraphQL operation (POST, or GET with a query)."""
    if scope["type"] != "http":
        return False
    path, method = scope.get("path", ""), scope.get("method")
    if path == "/graphql":
        return method == "POST" or b"query=" in scope.get("query_string", b"")
    return path.startswith("/queries/") and method == "GET"
