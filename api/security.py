"""The admin bearer token that unlocks writes (``NORMGRAPH_ADMIN_TOKEN``)."""

from __future__ import annotations

import hmac

from fastapi import Request

from normgraph.config import Settings

from .errors import ForbiddenError


def require_admin(request: Request) -> None:
    """Raise ForbiddenError unless the request carries the configured admin token."""
    settings: Settings = request.app.state.settings
    if not settings.admin_token:
        raise ForbiddenError(
            "writes are disabled: the server has no admin token (set NORMGRAPH_ADMIN_TOKEN)"
        )
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        token.strip().encode(), settings.admin_token.encode()
    ):
        raise ForbiddenError(
            "this is a write: send 'Authorization: Bearer <admin token>' to make it"
        )


def is_admin(request: Request) -> bool:
    """Whether the request carries the admin token (it may then call any SERVICE)."""
    try:
        require_admin(request)
    except ForbiddenError:
        return False
    return True
