"""The store seam: everything outside this package reaches triples through ``GraphStore``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from normgraph.config import Settings

from . import base
from .base import *  # noqa: F403 - the seam's vocabulary, listed once in base.__all__
from .embedded import EmbeddedStore
from .endpoint_url import is_endpoint_url
from .pool import ProcessRunner, StoreOpener
from .runner import BusyError, InlineRunner, QueryTimeoutError, Runner

if TYPE_CHECKING:
    from .remote import RemoteStore


def __getattr__(name: str) -> Any:
    """``RemoteStore`` imported when first asked for: the remote backend (httpx, rdflib's
    SPARQL parser) is not loaded by a command that opens an embedded store."""
    if name == "RemoteStore":
        from .remote import RemoteStore

        return RemoteStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_store(
    location: Path | str | None,
    *,
    read_only: bool = False,
    settings: Settings | None = None,
) -> base.GraphStore:
    """Open a store: an ``http(s)://`` URL is a SPARQL endpoint, anything else a folder.

    With no ``location`` the endpoint in ``settings`` (``NORMGRAPH_ENDPOINT``) is used if
    set, otherwise an in-memory embedded store. ``settings`` also carries the endpoint's
    update and Graph Store URLs, credentials and timeout.
    """
    settings = settings or Settings()
    if location is None and settings.endpoint:
        location = settings.endpoint
    if isinstance(location, str) and is_endpoint_url(location):
        from .remote import RemoteStore

        user, password = settings.endpoint_user, settings.endpoint_password
        return RemoteStore(
            location,
            update_url=settings.endpoint_update,
            graph_store_url=settings.endpoint_graph_store,
            token=settings.endpoint_token,
            auth=(user, password or "") if user else None,
            timeout=settings.query_timeout,
            union_default_graph=settings.endpoint_union,
            read_only=read_only,
        )
    return EmbeddedStore(None if location is None else Path(location), read_only=read_only)


__all__ = [
    *base.__all__,
    "BusyError",
    "EmbeddedStore",
    "InlineRunner",
    "ProcessRunner",
    "QueryTimeoutError",
    "RemoteStore",
    "Runner",
    "StoreOpener",
    "open_store",
]
