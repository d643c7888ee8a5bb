"""Writes with the admin token: SPARQL Update and the Graph Store Protocol, seen by later reads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, URIRef

from normgraph.api.app import create_app
from tests.conftest import ADMIN_TOKEN, copy_of_corpus_store, corpus_settings

ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
GRAPH = "https://w3id.org/normgraph/graph/test/extra"
TURTLE = "<https://x.org/s> <https://x.org/p> 1, 2 ."
COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"


@pytest.fixture()
def writable(corpus_store: Path, tmp_path: Path) -> Iterator[TestClient]:
    """The real app (worker processes) over a copy of the corpus build that the test may
    change."""
    store = copy_of_corpus_store(corpus_store, tmp_path / "store")
    with TestClient(create_app(corpus_settings(store))) as client:
        yield client


def count(client: TestClient) -> int:
    response = client.get("/sparql", params={"query": COUNT})
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_graph_store_protocol_round_trip(writable: TestClient) -> None:
    put = {"Content-Type": "text/turtle", **ADMIN}
    assert (
        writable.put("/store", params={"graph": GRAPH}, content=TURTLE, headers=put).status_code
        == 201
    )
    assert count(writable) == 2
    assert (
        writable.put(
            "/store", params={"graph": GRAPH}, content=TURTLE.replace(", 2", ""), headers=put
        ).status_code
        == 204
    )
    assert count(writable) == 1
    post = {"Content-Type": "application/n-triples", **ADMIN}
    body = "<https://x.org/s> <https://x.org/p> <https://x.org/o> .\n"
    assert (
        writable.post("/store", params={"graph": GRAPH}, content=body, headers=post).status_code
        == 204
    )
    assert count(writable) == 2
    got = writable.get(
        "/store", params={"graph": GRAPH}, headers={"Accept": "application/n-triples"}
    )
    assert len(Graph().parse(data=got.text, format="nt")) == 2
    assert writable.delete("/store", params={"graph": GRAPH}, headers=ADMIN).status_code == 204
    assert count(writable) == 0
    assert writable.get("/store", params={"graph": GRAPH}).status_code == 404
    assert writable.delete("/store", params={"graph": GRAPH}, headers=ADMIN).status_code == 404


def test_default_graph_through_the_store_protocol(writable: TestClient) -> None:
    assert writable.get("/store", params={"default": ""}).text.strip() == ""
    put = {"Content-Type": "text/turtle", **ADMIN}
    assert writable.put("/store?default", content=TURTLE, headers=put).status_code == 204
    graph = Graph().parse(data=writable.get("/store?default").text, format="turtle")
    assert len(graph) == 2
    # The union default graph of SPARQL queries includes the store's default graph.
    ask = writable.get("/sparql", params={"query": "ASK { <https://x.org/s> ?p 2 }"})
    assert ask.json()["boolean"] is True


def test_store_protocol_refuses_and_rejects(writable: TestClient) -> None:
    assert (
        writable.put(
            "/store",
            params={"graph": GRAPH},
            content=TURTLE,
            headers={"Content-Type": "text/turtle"},
        ).status_code
        == 403
    )
    assert writable.delete("/store", params={"graph": GRAPH}).status_code == 403
    assert (
        writable.put(
            "/store",
            params={"graph": GRAPH},
            content=TURTLE,
            headers={"Content-Type": "text/html", **ADMIN},
        ).status_code
        == 415
    )
    bad = writable.put(
        "/store",
        params={"graph": GRAPH},
        content="<a> <b",
        headers={"Content-Type": "text/turtle", **ADMIN},
    )
    assert bad.status_code == 400 and "does not parse" in bad.text
    assert writable.get("/store").status_code == 400
    assert writable.get("/store", params={"graph": GRAPH, "default": ""}).status_code == 400
    assert writable.patch("/store", params={"graph": GRAPH}).status_code == 405
    assert count(writable) == 0


def test_sparql_update_with_the_token(writable: TestClient) -> None:
    update = f"INSERT DATA {{ GRAPH <{GRAPH}> {{ <https://x.org/s> <https://x.org/p> 1 }} }}"
    assert writable.post("/sparql", data={"update": update}, headers=ADMIN).status_code == 204
    assert count(writable) == 1
    direct = {"Content-Type": "application/sparql-update", **ADMIN}
    assert (
        writable.post("/sparql", content=f"CLEAR GRAPH <{GRAPH}>", headers=direct).status_code
        == 204
    )
    assert count(writable) == 0
    broken = writable.post("/sparql", content="INSERT NOTHING", headers=direct)
    assert broken.status_code == 400
    # After the writes the readers were restarted and still answer.
    assert writable.get("/health").json()["status"] == "ok"


def test_no_token_configured_means_no_writes(corpus_store: Path) -> None:
    settings = corpus_settings(corpus_store, admin_token=None)
    with TestClient(create_app(settings)) as client:
        response = client.post("/sparql", data={"update": "CLEAR ALL"}, headers=ADMIN)
        assert response.status_code == 403
        assert "NORMGRAPH_ADMIN_TOKEN" in response.text
        sd = client.get("/sparql", headers={"Accept": "text/turtle"}).text
        assert "SPARQL11Update" not in sd
        assert client.get("/health").json()["triples"] > 0
        assert (URIRef("https://x.org/s"), None, None) not in Graph()
