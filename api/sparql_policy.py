"""What a SPARQL request may do before it reaches the engine: the checks of the public
endpoint, each refused with 400 naming the setting that governs it.

- Nesting deeper than ``NORMGRAPH_SPARQL_MAX_NESTING`` is refused: the engine's recursive
  parser would otherwise overflow its stack on thousands of nested braces.
- ``SERVICE`` makes the server itself send HTTP requests (a server-side request forgery
  for anyone who can query), so anonymous requests may only call the endpoints of
  ``NORMGRAPH_SERVICE_ALLOWLIST`` (empty by default); the admin token lifts this.
- Relative IRIs resolve against the endpoint's own IRI, as the protocol suggests.
- A failing SERVICE endpoint is the upstream's fault: 502, or 504 when it made the query
  run out of time, never 500.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import TypeVar

from normgraph.config import Settings
from normgraph.graph import BusyError, QuerySyntaxError, QueryTimeoutError, StoreError
from normgraph.graph.sparql_text import has_relative_iri, nesting_depth, service_targets

from .errors import ProtocolError

T = TypeVar("T")


class UpstreamError(ProtocolError):
    """A SERVICE endpoint failed (502) or made the query time out (504)."""

    status = 502


class UpstreamTimeoutError(UpstreamError):
    status = 504


def check_nesting(sparql: str, settings: Settings) -> None:
    if _openers(sparql) <= settings.sparql_max_nesting:
        return  # no deeper than it opens brackets: the scan (a loop in Python) is skipped
    depth = nesting_depth(sparql)
    if depth > settings.sparql_max_nesting:
        raise ProtocolError(
            f"the request nests brackets {depth} deep; at most "
            f"{settings.sparql_max_nesting} are allowed (NORMGRAPH_SPARQL_MAX_NESTING)"
        )


def _openers(sparql: str) -> int:
    """Opening brackets anywhere in the text, strings and IRIs included (counted in C)."""
    return sparql.count("{") + sparql.count("(") + sparql.count("[")


def check_services(sparql: str, settings: Settings, *, admin: bool) -> list[str]:
    """The SERVICE endpoints the query calls; 400 for any an anonymous caller may not."""
    targets = service_targets(sparql)
    if admin:
        return targets
    allowed = settings.service_endpoints()
    for target in targets:
        if target not in allowed:
            listed = ", ".join(sorted(allowed)) or "none"
            raise ProtocolError(
                f"SERVICE {target or '(no endpoint)'} is not allowed: anonymous queries may "
                f"call only the endpoints in NORMGRAPH_SERVICE_ALLOWLIST ({listed}); "
                "the endpoint must be written as a full IRI"
            )
    return targets


_POSITION = re.compile(r"\b1:(\d+)")


def with_base(sparql: str, base: Callable[[], str]) -> tuple[str, int]:
    """The text with ``BASE <base()>`` in front if it has relative IRIs, and the number of
    characters added to its first line (0 if none). ``base`` is asked only then: building
    the endpoint's URL walks the app's routes (6% of a lookup's time in the server)."""
    if not has_relative_iri(sparql):
        return sparql, 0
    prefix = f"BASE <{base()}> "
    return prefix + sparql, len(prefix)


def unshift_error(error: QuerySyntaxError, shift: int) -> QuerySyntaxError:
    """The syntax error with first-line columns as the client wrote them."""
    if not shift:
        return error
    text = _POSITION.sub(lambda m: f"1:{max(int(m[1]) - shift, 1)}", str(error))
    return QuerySyntaxError(text)


async def guarded(work: Callable[[], Awaitable[T]], services: list[str], shift: int) -> T:
    """Run ``work``; tell a SERVICE failure as the upstream's and fix error positions."""
    try:
        return await work()
    except QuerySyntaxError as error:
        raise unshift_error(error, shift) from None
    except BusyError:
        raise
    except QueryTimeoutError as error:
        if services:
            raise UpstreamTimeoutError(
                f"{error} (the query calls SERVICE {', '.join(services)})"
            ) from None
        raise
    except (StoreError, OSError, RuntimeError) as error:
        if services:
            raise UpstreamError(
                f"a SERVICE endpoint ({', '.join(services)}) failed: {error}"
            ) from None
        raise
