"""The app answers over real HTTP (in-process) with what the store holds."""

from __future__ import annotations

from fastapi.testclient import TestClient

from normgraph.api.app import create_app
from normgraph.config import Settings
from normgraph.graph import GraphStore


def test_health_reports_the_store_size(built_store: GraphStore) -> None:
    with TestClient(create_app(Settings(), store=built_store)) as client:
        response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["triples"] == built_store.count_triples() > 0
