"""HTTP authentication for remote stores: the scheme the server asks for, basic or digest."""

from __future__ import annotations

import base64
from collections.abc import Generator

import httpx


class PasswordAuth(httpx.Auth):
    """A user and password, in the scheme the server asks for: basic or digest.

    The first request goes without credentials; the server's 401 challenge names the
    scheme (Virtuoso's ``/sparql-auth`` asks for digest, and refuses basic credentials
    without saying why), the request is sent again in it, and every later request uses it
    from the start. A 401 naming no scheme is answered with basic auth.
    """

    requires_request_body = True  # the challenged request is sent again

    def __init__(self, user: str, password: str) -> None:
        pair = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._basic = f"Basic {pair}"
        self._digest = httpx.DigestAuth(user, password)
        self._scheme: str | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._scheme == "digest":
            yield from self._digest.auth_flow(request)
            return
        if self._scheme == "basic":
            request.headers["Authorization"] = self._basic
            yield request
            return
        response = yield request
        if response.status_code != 401:
            return
        challenges = response.headers.get_list("www-authenticate")
        if any(c.lower().startswith("digest ") for c in challenges):
            self._scheme = "digest"
            digest = self._digest.auth_flow(request)
            next(digest)  # the request it would send first: the one just refused
            yield digest.send(response)  # answered for this challenge
            return
        self._scheme = "basic"
        request.headers["Authorization"] = self._basic
        yield request
