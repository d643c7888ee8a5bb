"""Small helpers shared by the API tests."""

from __future__ import annotations

from fastapi.testclient import TestClient


def named_graph_count(client: TestClient) -> int:
    """How many named graphs the store behind ``client`` holds, asked through /sparql."""
    answer = client.get(
        "/sparql",
        params={"query": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
    ).json()
    return int(answer["results"]["bindings"][0]["n"]["value"])
