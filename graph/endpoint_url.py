"""Whether a store location names a SPARQL endpoint, told without importing the remote
backend (httpx and rdflib's SPARQL parser: a third of ``normgraph build``'s imports, which
an embedded store never uses)."""

from __future__ import annotations


def is_endpoint_url(location: object) -> bool:
    """True for an ``http://`` or ``https://`` URL (a remote store), not a folder."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))
