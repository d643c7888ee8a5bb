"""Domain errors to HTTP status, in one place, answered as plain text saying what was wrong.

Like oxigraph's server: a specific code and a one-line reason a person can act on. Routers
raise domain exceptions (or the few protocol ones defined here) and never build error
responses themselves.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from normgraph.graph import (
    BusyError,
    GraphNotFoundError,
    NotAcceptableError,
    QueryError,
    QuerySyntaxError,
    QueryTimeoutError,
    StoreError,
)
from normgraph.queries.catalogue import ParameterError, QueryNotFoundError


class ProtocolError(Exception):
    """A request the protocol does not allow (400 unless a subclass says otherwise)."""

    status = 400
    headers: dict[str, str] | None = None


class MethodNotAllowedError(ProtocolError):
    """An HTTP method the resource does not support; ``Allow`` lists those it does."""

    status = 405

    def __init__(self, method: str, allowed: str) -> None:
        super().__init__(f"{method} is not supported here; use {allowed}")
        self.headers = {"Allow": allowed}


class UnsupportedMediaTypeError(ProtocolError):
    """The request body's media type is not one the operation reads."""

    status = 415


class ForbiddenError(ProtocolError):
    """A write without the admin token."""

    status = 403


class ResourceNotFoundError(LookupError):
    """No resource with that IRI in the graph."""


_STATUS: list[tuple[type[Exception], int]] = [
    (QueryError, 400),
    (ParameterError, 400),
    (NotAcceptableError, 406),
    (QueryNotFoundError, 404),
    (GraphNotFoundError, 404),
    (ResourceNotFoundError, 404),
    (BusyError, 429),
    (QueryTimeoutError, 503),
    (StoreError, 503),
]
"""Most specific first: QueryError (the store refused the request as written, a syntax
error included) and the timeout are StoreErrors too."""


def status_for(error: Exception) -> int:
    if isinstance(error, ProtocolError):
        return error.status
    for kind, status in _STATUS:
        if isinstance(error, kind):
            return status
    return 500


def _message(error: Exception) -> str:
    text = str(error)
    if isinstance(error, LookupError) and len(text) > 1 and text[0] == text[-1] == "'":
        text = text[1:-1]  # KeyError-style quoting
    return text


async def answer(request: Request, error: Exception) -> PlainTextResponse:
    """The plain-text answer for a domain error."""
    status = status_for(error)
    headers = {"Retry-After": "1"} if status == 429 else None
    if isinstance(error, ProtocolError) and error.headers:
        headers = error.headers
    return PlainTextResponse(_message(error) + "\n", status_code=status, headers=headers)


_log = logging.getLogger(__name__)


class KeepAliveOnError:
    """Answer an unhandled exception with a plain 500 instead of letting it reach the
    server, which would then close the connection: a pooled client's next request on it
    would fail too. The exception is logged with its traceback."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception:
            if started:
                raise
            _log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            response = PlainTextResponse("internal error; it has been logged\n", status_code=500)
            await response(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    """Answer every domain error with its status and a plain-text reason; anything else
    with a 500 that keeps the connection open."""
    app.add_middleware(KeepAliveOnError)
    for kind in (
        ProtocolError,
        QuerySyntaxError,
        ParameterError,
        NotAcceptableError,
        QueryNotFoundError,
        GraphNotFoundError,
        ResourceNotFoundError,
        BusyError,
        QueryTimeoutError,
        StoreError,
    ):
        app.add_exception_handler(kind, answer)
