"""Fixtures for the API tests: the invented GraphQL dataset in a query-counting store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from normgraph.api.app import create_app
from normgraph.config import Settings
from tests.api.graphql_fixtures import CountingStore, load_fixture


@pytest.fixture(scope="session")
def fixture_store() -> CountingStore:
    store = CountingStore()
    load_fixture(store)
    return store


@pytest.fixture()
def fixture_client(fixture_store: CountingStore) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(), store=fixture_store)) as client:
        yield client
