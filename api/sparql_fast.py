"""``/sparql`` queries straight to their endpoint, past the framework's routing.

A /sparql lookup is the endpoint's most frequent request and its cheapest store work, so
what the app spends around it counts: on 5 December 2026 FastAPI's route matching (every
included router is matched in turn), its exception and exit-stack middleware and the
per-client middleware took about half of the app's 90 µs per lookup. This middleware sits
inside CORS and the keep-alive guard and hands ``GET``/``POST /sparql`` to the very
endpoints the router would call, answering domain errors with the app's own exception
handlers; everything else (other paths and methods) goes down the normal stack. The
routes stay in the router, so the OpenAPI document and ``url_for`` are unchanged.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from .sparql import sparql_get, sparql_post

_ENDPOINTS: dict[str, Callable[[Request], Awaitable[Response]]] = {
    "GET": sparql_get,
    "POST": sparql_post,
}


class SparqlFastPath:
    """ASGI middleware: ``GET``/``POST /sparql`` to their endpoint directly (see module)."""

    def __init__(self, app: ASGIApp, path: str = "/sparql") -> None:
        self.app = app
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        endpoint = _ENDPOINTS.get(scope.get("method", "")) if scope["type"] == "http" else None
        if endpoint is None or _route_path(scope) != self.path:
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        try:
            response = await endpoint(request)
        except Exception as error:
            handler = _handler(scope, error)
            if handler is None:
                raise  # the keep-alive guard outside answers 500 and logs it
            response = await handler(request, error)
        await response(scope, receive, send)


def _route_path(scope: Scope) -> str:
    """The path without the app's ``root_path`` (as Starlette's routing matches it)."""
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    return path[len(root) :] if root and path.startswith(root) else path


def _handler(scope: Scope, error: Exception) -> Callable[..., Awaitable[Response]] | None:
    """The app's exception handler for ``error`` (most specific class first), as the
    framework's exception middleware would pick it; the 500 handler is not one of them."""
    handlers = scope["app"].exception_handlers
    for kind in type(error).__mro__:
        if kind is not Exception and kind in handlers:
            return handlers[kind]  # type: ignore[no-any-return]
    return None
