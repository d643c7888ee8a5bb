"""The app answers over real HTTP (in-process) with what the store holds."""

from __future__ import annotations

import gc

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


def test_startup_heap_is_left_out_of_garbage_collection(built_store: GraphStore) -> None:
    # Full collections would rescan it during every large answer (see freeze_startup_heap).
    with TestClient(create_app(Settings(), store=built_store)):
        assert gc.get_freeze_count() > 0
