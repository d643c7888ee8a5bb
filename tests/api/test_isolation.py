"""Runaways isolated, on a real server: while two runaway queries hold every query worker,
light requests (/health, ASK, linked-data pages) answer from their own lane, the same
client's third query is 429 naming the per-client limit, and an admin write waits only
for its own commit (it stops the runaways instead of waiting out their timeout)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from normgraph.graph import EmbeddedStore
from tests.conftest import ADMIN_TOKEN, load_facts
from tests.net import serve_app

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
"""Four-way cross product of the store: minutes of work at any size the fixtures have."""
GRAPH = "https://example.org/isolation-test"
UPDATE = (
    f"INSERT DATA {{ GRAPH <{GRAPH}> {{ <https://example.org/s> <https://example.org/p> 1 }} }}"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("isolation") / "store"
    store = EmbeddedStore(path)
    load_facts(store)
    store.close()
    env = {
        "NORMGRAPH_STORE": str(path),
        "NORMGRAPH_QUERY_TIMEOUT": "60",
        "NORMGRAPH_MAX_CONCURRENT_QUERIES": "2",
        "NORMGRAPH_QUERY_QUEUE_WAIT": "0.5",
        "NORMGRAPH_LIGHT_WORKERS": "1",
        "NORMGRAPH_MAX_HEAVY_PER_CLIENT": "2",
        "NORMGRAPH_WRITE_DRAIN": "0.5",
        "NORMGRAPH_ADMIN_TOKEN": ADMIN_TOKEN,
    }
    with serve_app(env) as url:
        yield url


def test_light_requests_and_writes_do_not_wait_for_runaways(server: str) -> None:
    url = server
    outcomes: list[tuple[int, str, float]] = []

    def runaway() -> None:
        started = time.monotonic()
        response = httpx.get(url + "/sparql", params={"query": RUNAWAY}, timeout=90)
        outcomes.append((response.status_code, response.text, time.monotonic() - started))

    threads = [threading.Thread(target=runaway) for _ in range(2)]
    for thread in threads:
        thread.start()
    time.sleep(1.5)  # both runaways hold both query workers now
    assert not outcomes

    with httpx.Client(base_url=url, timeout=10) as client:
        for _ in range(3):
            assert client.get("/health").status_code == 200
            ask = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
            assert ask.status_code == 200 and ask.json()["boolean"] is True
            page = client.get("/id/nothing-here", headers={"Accept": "text/turtle"})
            assert page.status_code == 404  # answered by the light lane, not queued

        third = client.get("/sparql", params={"query": "SELECT * { ?s ?p ?o } LIMIT 1"})
        assert third.status_code == 429
        assert "NORMGRAPH_MAX_HEAVY_PER_CLIENT" in third.text
        assert third.headers["retry-after"]

        started = time.monotonic()
        write = client.post(
            "/sparql",
            content=UPDATE,
            headers={
                "Content-Type": "application/sparql-update",
                "Authorization": f"Bearer {ADMIN_TOKEN}",
            },
            timeout=60,
        )
        write_seconds = time.monotonic() - started
        assert write.status_code == 204, write.text
    for thread in threads:
        thread.join(30)
    # The write stopped the runaways instead of waiting for their 60 s timeout.
    assert write_seconds < 20, write_seconds
    assert [status for status, _, _ in outcomes] == [503, 503]
    assert all("to let a write commit" in text for _, text, _ in outcomes)
    written = f"ASK {{ GRAPH <{GRAPH}> {{ ?s ?p 1 }} }}"
    seen = httpx.get(url + "/sparql", params={"query": written}, timeout=10)
    assert seen.json()["boolean"] is True
    print(f"write took {write_seconds:.2f} s with two runaways in flight")


def test_health_counts_again_after_a_write(server: str) -> None:
    url = server
    before = httpx.get(url + "/health", timeout=10).json()["triples"]
    update = UPDATE.replace("<https://example.org/s>", "<https://example.org/s2>")
    response = httpx.post(
        url + "/sparql",
        content=update,
        headers={
            "Content-Type": "application/sparql-update",
            "Authorization": f"Bearer {ADMIN_TOKEN}",
        },
        timeout=60,
    )
    assert response.status_code == 204
    assert httpx.get(url + "/health", timeout=10).json()["triples"] == before + 1
