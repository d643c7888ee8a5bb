"""The public endpoint on a real uvicorn process: no 5xx for a client's mistake, keep-alive
connections that survive errors, SERVICE refused for anonymous requests (a listener on
127.0.0.1 must receive nothing), allow-listed SERVICE endpoints, upstream failures as
502/504, absurd nesting refused before the engine."""

from __future__ import annotations

import http.client
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient

from normgraph.api.app import create_app
from normgraph.config import Settings
from normgraph.graph import EmbeddedStore
from tests.api.graphql_fixtures import load_fixture
from tests.conftest import ADMIN_TOKEN, load_facts
from tests.net import free_port, serve_app

ANSWER = {
    "head": {"vars": ["x"]},
    "results": {"bindings": [{"x": {"type": "literal", "value": "far"}}]},
}


class Listener:
    """A SPARQL endpoint on 127.0.0.1 that answers every request with one row and records
    what it received."""

    def __init__(self) -> None:
        received: list[str] = []
        self.received = received

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                received.append(self.path + " " + self.rfile.read(length).decode())
                body = json.dumps(ANSWER).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def listeners() -> Iterator[tuple[Listener, Listener, socket.socket]]:
    """A forbidden listener, an allow-listed one, and a socket that accepts and never answers."""
    forbidden, allowed = Listener(), Listener()
    hanging = socket.socket()
    hanging.bind(("127.0.0.1", 0))
    hanging.listen(8)
    yield forbidden, allowed, hanging
    forbidden.close()
    allowed.close()
    hanging.close()


DEAD = f"http://127.0.0.1:{free_port()}/sparql"


@pytest.fixture(scope="module")
def public(
    tmp_path_factory: pytest.TempPathFactory, listeners: tuple[Listener, Listener, socket.socket]
) -> Iterator[str]:
    path = tmp_path_factory.mktemp("public") / "store"
    store = EmbeddedStore(path)
    load_facts(store)
    load_fixture(store)
    store.close()
    _, allowed, hanging = listeners
    hanging_url = f"http://127.0.0.1:{hanging.getsockname()[1]}/sparql"
    env = {
        "NORMGRAPH_STORE": str(path),
        "NORMGRAPH_QUERY_TIMEOUT": "2",
        "NORMGRAPH_MAX_CONCURRENT_QUERIES": "2",
        "NORMGRAPH_SERVICE_ALLOWLIST": f"{allowed.url}, {DEAD} {hanging_url}",
    }
    with serve_app(env) as url:
        yield url


CLIENT_MISTAKES = [
    ("GET", "/id/a%20b", 404),
    ("GET", "/id/%3E%3C", 404),
    ("GET", "/vocab/%00", 404),
    ("GET", "/recurring/evidence?issue=&election=", 400),
    ("GET", "/recurring/evidence?issue=a%20b&election=urn:x", 400),
    ("GET", "/store?graph=not%20an%20iri", 400),
    ("GET", "/sparql?query=SELECT%20*%20%7B" + "%7B" * 5000 + "%7D" * 5000 + "%7D", 400),
    ("GET", "/sparql?query=ASK%20%7B%20FILTER(" + "(" * 20000 + "1" + ")" * 20000 + ")%7D", 400),
    ("GET", "/sparql?query=SELECT%20*%20%7B%20%3Fs%20%3Fp%20%3Fo%20.%20bad%20%7D", 400),
    ("GET", "/sparql?query=ASK%7B%7D&default-graph-uri=%3E", 400),
]


def test_client_mistakes_are_4xx_and_the_connection_survives(public: str) -> None:
    """One HTTP/1.1 connection for every request: none may close it."""
    address = urlsplit(public)
    connection = http.client.HTTPConnection(str(address.hostname), address.port, timeout=30)
    try:
        for method, path, status in CLIENT_MISTAKES * 2:
            connection.request(method, path)
            response = connection.getresponse()
            text = response.read().decode()
            assert response.status == status, (path, text)
            assert text.strip(), path  # a reason, not an empty body
            assert not response.will_close, path
        connection.request("GET", "/health")
        assert connection.getresponse().status == 200
    finally:
        connection.close()


def test_nesting_limit_names_its_setting(public: str) -> None:
    deep = "SELECT * {" + "{" * 5000 + "}" * 5000 + "}"
    response = httpx.get(public + "/sparql", params={"query": deep}, timeout=30)
    assert response.status_code == 400
    assert "NORMGRAPH_SPARQL_MAX_NESTING" in response.text
    usual = "SELECT * { { { ?s ?p ?o FILTER((((?o = 1)))) } } } LIMIT 1"
    assert httpx.get(public + "/sparql", params={"query": usual}, timeout=30).status_code == 200


def test_graphql_bad_variable_is_told_as_it_is(public: str) -> None:
    query = "query($n: Int) { elections(first: $n) { totalCount } }"
    response = httpx.post(
        public + "/graphql", json={"query": query, "variables": {"n": "abc"}}, timeout=30
    )
    message = response.json()["errors"][0]["message"]
    assert "Unexpected error" not in message
    assert "$n" in message and "Int" in message


def forbidden_queries(url: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
        f"PREFIX far: <{url}> SELECT * WHERE {{ SERVICE far: {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE ?endpoint {{ ?s ?p ?o }} VALUES ?endpoint {{ <{url}> }} }}",
        "SELECT * WHERE { SERVICE <" + url.replace(":", "\\u003A", 1) + "> { ?s ?p ?o } }",
        f"ASK {{ ?s ?p ?o # SERVICE <x>\n SERVICE <{url}> {{ ?s ?p ?o }} }}",
    ]


def test_service_is_refused_for_anonymous_requests(
    public: str, listeners: tuple[Listener, Listener, socket.socket]
) -> None:
    forbidden = listeners[0]
    for query in forbidden_queries(forbidden.url):
        for response in (
            httpx.get(public + "/sparql", params={"query": query}, timeout=30),
            httpx.post(public + "/sparql", data={"query": query}, timeout=30),
        ):
            assert response.status_code == 400, (query, response.text)
            assert "NORMGRAPH_SERVICE_ALLOWLIST" in response.text
    assert forbidden.received == []


def test_the_word_service_in_strings_comments_and_names_is_no_call(public: str) -> None:
    query = (
        'SELECT ?service WHERE { BIND("SERVICE <http://127.0.0.1:1/>" AS ?service) '
        "} # SERVICE <http://127.0.0.1:1/>"
    )
    response = httpx.get(public + "/sparql", params={"query": query}, timeout=30)
    assert response.status_code == 200, response.text


def test_allow_listed_service_is_called(
    public: str, listeners: tuple[Listener, Listener, socket.socket]
) -> None:
    allowed = listeners[1]
    query = f"SELECT ?x WHERE {{ SERVICE <{allowed.url}> {{ ?s ?p ?x }} }}"
    response = httpx.get(public + "/sparql", params={"query": query}, timeout=30)
    assert response.status_code == 200, response.text
    assert response.json()["results"]["bindings"][0]["x"]["value"] == "far"
    assert len(allowed.received) >= 1


def test_failing_service_is_502_and_a_silent_one_is_no_error(public: str) -> None:
    query = f"SELECT * WHERE {{ SERVICE <{DEAD}> {{ ?s ?p ?o }} }}"
    response = httpx.get(public + "/sparql", params={"query": query}, timeout=30)
    assert response.status_code == 502, response.text
    assert DEAD in response.text
    silent = query.replace("SERVICE", "SERVICE SILENT")
    assert httpx.get(public + "/sparql", params={"query": silent}, timeout=30).status_code == 200


def test_hanging_service_is_504(
    public: str, listeners: tuple[Listener, Listener, socket.socket]
) -> None:
    url = f"http://127.0.0.1:{listeners[2].getsockname()[1]}/sparql"
    query = f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"
    response = httpx.get(public + "/sparql", params={"query": query}, timeout=30)
    assert response.status_code == 504, response.text
    assert "2 s limit" in response.text


def test_dead_service_leaves_the_server_answering(public: str) -> None:
    assert httpx.get(public + "/health", timeout=10).status_code == 200


def test_the_admin_token_may_call_any_service() -> None:
    listener = Listener()
    query = f"SELECT ?x WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?x }} }}"
    try:
        settings = Settings(admin_token=ADMIN_TOKEN)
        with TestClient(create_app(settings, EmbeddedStore(None))) as client:
            anonymous = client.get("/sparql", params={"query": query})
            assert anonymous.status_code == 400
            assert listener.received == []
            admin = client.get(
                "/sparql",
                params={"query": query},
                headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
            )
        assert admin.status_code == 200, admin.text
        assert admin.json()["results"]["bindings"][0]["x"]["value"] == "far"
        assert len(listener.received) == 1
    finally:
        listener.close()
