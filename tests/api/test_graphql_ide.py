"""GraphiQL at /graphql works offline: every script and style is served by the app."""

from __future__ import annotations

import base64
import hashlib
import re

from fastapi.testclient import TestClient


def test_graphiql_page_loads_nothing_from_outside(fixture_client: TestClient) -> None:
    page = fixture_client.get("/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "graphiql" in page.text.lower()
    assert "unpkg.com" not in page.text
    assert re.findall(r'(?:src|href)="https?://', page.text) == []
    assets = re.findall(r'(?:src|href)="([^"]+)"\s+integrity="([^"]+)"', page.text)
    assert len(assets) == 7
    for url, integrity in assets:
        assert url.startswith("/graphql/static/graphiql/")
        response = fixture_client.get(url)
        assert response.status_code == 200, url
        digest = base64.b64encode(hashlib.sha384(response.content).digest()).decode()
        assert integrity == f"sha384-{digest}", url
    assert fixture_client.get("/graphql/static/graphiql/../app.py").status_code == 404
