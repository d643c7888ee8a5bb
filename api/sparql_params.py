"""The parameters of a SPARQL 1.1 Protocol request: single values, IRIs (checked with the
engine's own grammar), the dataset ``default-graph-uri`` / ``named-graph-uri`` name, and
the answer formats the Accept header asks for (worked out once per usual header).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from pyoxigraph import NamedNode
from rdflib import URIRef

from normgraph.graph import Dataset, FormatChoice, NotAcceptableError, ResultFormat
from normgraph.graph.syntax import iri

from .errors import ProtocolError
from .negotiation import GRAPH_OFFERS, SOLUTION_OFFERS, choose


def one_value(values: Sequence[str], name: str) -> str | None:
    """The one value of a parameter given at most once; 400 if repeated or empty."""
    if len(values) > 1:
        raise ProtocolError(f"the {name!r} parameter is given {len(values)} times; give it once")
    if values and not values[0].strip():
        raise ProtocolError(f"the {name!r} parameter is empty")
    return values[0] if values else None


def checked_iri(value: str, name: str) -> URIRef:
    """``value`` as an IRI term; 400 naming ``name`` unless it is an absolute IRI."""
    try:
        iri(value)
        NamedNode(value)  # the engine's own IRI grammar (RFC 3987 code points)
    except ValueError:
        raise ProtocolError(f"{name} {value!r} is not an absolute IRI") from None
    return URIRef(value)


def iris(values: Sequence[str], name: str) -> list[URIRef] | None:
    """A repeatable IRI parameter's values as terms, or None when it is not given."""
    return [checked_iri(value, name) for value in values] if values else None


def protocol_dataset(params: list[tuple[str, str]]) -> Dataset | None:
    """The dataset named by ``default-graph-uri`` / ``named-graph-uri``; None if neither."""
    default = iris([v for k, v in params if k == "default-graph-uri"], "default-graph-uri")
    named = iris([v for k, v in params if k == "named-graph-uri"], "named-graph-uri")
    if default is None and named is None:
        return None
    return Dataset(default_graphs=default or [], named_graphs=named or [])


def format_choice(accept: str | None, form: str | None) -> FormatChoice:
    """Formats for both answer forms; 406 at once when the query's form has none."""
    choice = FormatChoice(*_negotiated(accept))
    if form in ("select", "ask"):
        choice.for_form(form)  # type: ignore[arg-type]
    elif form in ("construct", "describe"):
        choice.for_form("graph")
    elif choice.solutions is None and choice.graph is None:
        raise NotAcceptableError("no acceptable media type for any SPARQL answer")
    return choice


def _negotiated(accept: str | None) -> tuple[ResultFormat | None, ResultFormat | None]:
    """The solution and graph formats ``accept`` prefers; the usual headers are worked
    out once (negotiating both was a fifth of the app's own time on a lookup)."""
    if accept is not None and len(accept) > _CACHED_ACCEPT:
        return _negotiate(accept)
    return _negotiate_cached(accept)


def _negotiate(accept: str | None) -> tuple[ResultFormat | None, ResultFormat | None]:
    return choose(accept, SOLUTION_OFFERS), choose(accept, GRAPH_OFFERS)


_CACHED_ACCEPT = 256
"""Longer Accept headers are not remembered (a client chooses them, memory is ours)."""
_negotiate_cached = lru_cache(maxsize=128)(_negotiate)
