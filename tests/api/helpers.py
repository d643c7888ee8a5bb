"""Small helpers shared by the API tests."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi.testclient import TestClient


def named_graph_count(client: TestClient) -> int:
    """How many named graphs the store behind ``client`` holds, asked through /sparql."""
    answer = client.get(
        "/sparql",
        params={"query": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
    ).json()
    return int(answer["results"]["bindings"][0]["n"]["value"])


def client_from(address: str, **options: Any) -> httpx.Client:
    """An HTTP client whose requests come from ``address`` (any of 127.0.0.0/8 reaches a
    server on 127.0.0.1), so one test can act as several client addresses."""
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address), **options)


def missing_from(page: str, *fragments: str) -> list[str]:
    """The ``fragments`` a served page lacks, so a test asserts many at once and a failure
    names every one missing."""
    return [fragment for fragment in fragments if fragment not in page]
