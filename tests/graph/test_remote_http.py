"""What the remote store sends and how it reads answers, against a scripted HTTP handler:
requests, credentials, configuration and the errors it turns HTTP failures into."""

from __future__ import annotations

import json
import re
import socket
import time
from collections.abc import Callable, Iterator
from urllib.parse import parse_qs

import httpx
import pytest
from rdflib import Namespace

from normgraph.graph import (
    Dataset,
    QuerySyntaxError,
    RemoteStore,
    StoreError,
)
from tests.net import free_port

EX = Namespace("https://example.org/")
EMPTY_SELECT = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'


def mocked(handler: Callable[[httpx.Request], httpx.Response], **options: object) -> RemoteStore:
    return RemoteStore(
        "http://sparql.test/query",
        transport=httpx.MockTransport(handler),
        **options,  # type: ignore[arg-type]
    )


def answer(status: int = 200, body: bytes = EMPTY_SELECT, media_type: str = "") -> httpx.Response:
    media_type = media_type or "application/sparql-results+json"
    return httpx.Response(status, content=body, headers={"Content-Type": media_type})


class Recorder:
    """A mock endpoint that keeps every request it gets."""

    def __init__(self, response: httpx.Response | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.response = response or answer()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.response

    def form(self, index: int = -1) -> dict[str, list[str]]:
        return parse_qs(self.requests[index].content.decode(), keep_blank_values=True)


# -- protocol ------------------------------------------------------------------------------


def test_a_query_is_a_form_post_with_accept() -> None:
    endpoint = Recorder()
    mocked(endpoint).select("SELECT ?s WHERE { ?s ?p ?o }")
    request = endpoint.requests[0]
    assert request.method == "POST"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.headers["Accept"] == "application/sparql-results+json"
    assert endpoint.form()["query"] == ["SELECT ?s WHERE { ?s ?p ?o }"]


def test_an_update_goes_to_the_update_url() -> None:
    endpoint = Recorder(httpx.Response(204))
    mocked(endpoint).drop_graph(EX.g)
    request = endpoint.requests[0]
    assert str(request.url) == "http://sparql.test/update"
    assert request.headers["Content-Type"] == "application/sparql-update"
    assert request.content == b"DROP SILENT GRAPH <https://example.org/g>"


@pytest.mark.parametrize(
    ("mode", "sent"),
    [
        ("oxigraph", {"union-default-graph": ["true"]}),
        ("server", {}),
        ("urn:x-arq:UnionGraph", {"default-graph-uri": ["urn:x-arq:UnionGraph"]}),
    ],
)
def test_the_union_default_graph_is_asked_for_as_configured(
    mode: str, sent: dict[str, list[str]]
) -> None:
    endpoint = Recorder()
    mocked(endpoint, union_default_graph=mode).select("SELECT ?s WHERE { ?s ?p ?o }")
    form = endpoint.form()
    del form["query"]
    assert form == sent


def test_a_dataset_is_sent_as_protocol_parameters() -> None:
    endpoint = Recorder()
    dataset = Dataset(default_graphs=[EX.g1], named_graphs=[EX.g2, EX.g3])
    mocked(endpoint).select("SELECT ?s WHERE { ?s ?p ?o }", dataset=dataset)
    form = endpoint.form()
    assert form["default-graph-uri"] == [str(EX.g1)]
    assert form["named-graph-uri"] == [str(EX.g2), str(EX.g3)]
    assert "union-default-graph" not in form


def test_a_token_is_sent() -> None:
    endpoint = Recorder()
    mocked(endpoint, token="s3cret").select("SELECT ?s WHERE { ?s ?p ?o }")
    assert endpoint.requests[0].headers["Authorization"] == "Bearer s3cret"


class Challenger(Recorder):
    """A mock endpoint that answers 401 with ``challenge`` until credentials come; it
    keeps what each request carried (httpx sends a challenged request object again)."""

    def __init__(self, challenge: str) -> None:
        super().__init__()
        self.challenge = challenge
        self.credentials: list[str | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.credentials.append(request.headers.get("Authorization"))
        if "Authorization" in request.headers:
            return answer()
        return httpx.Response(401, headers={"WWW-Authenticate": self.challenge})


@pytest.mark.parametrize(
    ("challenge", "scheme"),
    [
        ('Basic realm="sparql"', "Basic "),
        ('Digest realm="SPARQL", nonce="abc", qop="auth", algorithm="MD5"', "Digest "),
    ],
    ids=["basic", "digest"],
)
def test_a_password_is_sent_in_the_scheme_the_server_asks_for(challenge: str, scheme: str) -> None:
    endpoint = Challenger(challenge)
    store = mocked(endpoint, auth=("ann", "pw"))
    store.select("SELECT ?s WHERE { ?s ?p ?o }")
    first, answered = endpoint.credentials
    assert first is None  # no password before the server names its scheme
    assert answered is not None and answered.startswith(scheme)
    assert endpoint.form(1)["query"] == ["SELECT ?s WHERE { ?s ?p ?o }"]  # the body again
    store.select("SELECT ?s WHERE { ?s ?p ?o }")
    assert len(endpoint.credentials) == 3  # later requests carry it from the start
    assert (endpoint.credentials[2] or "").startswith(scheme)


def test_the_update_url_is_derived_from_the_query_url() -> None:
    assert RemoteStore("http://h:7878/query").update_url == "http://h:7878/update"
    assert RemoteStore("http://h:3030/ds/sparql").update_url == "http://h:3030/ds/update"
    graphdb = "http://h:7200/repositories/ng"
    assert RemoteStore(graphdb).update_url == graphdb
    assert RemoteStore(graphdb, update_url=graphdb + "/statements").update_url.endswith(
        "/statements"
    )


# -- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "error", "words"),
    [
        (400, b"error at 1:8: expected one of SELECT", QuerySyntaxError, "cannot parse"),
        (400, b"SPARQL body payloads are limited to 134217728 bytes", StoreError, "HTTP 400"),
        (401, b"", StoreError, "NORMGRAPH_ENDPOINT_TOKEN"),
        (403, b"read-only", StoreError, "refused"),
        (404, b"", StoreError, "no SPARQL service"),
        (500, b"disk full", StoreError, "HTTP 500): disk full"),
        (503, b"", StoreError, "HTTP 503"),
    ],
)
def test_http_failures_are_domain_errors(
    status: int, body: bytes, error: type[Exception], words: str
) -> None:
    store = mocked(lambda request: answer(status, body, "text/plain"))
    with pytest.raises(error, match=re.escape(words)) as raised:
        store.select("SELECT ?s WHERE { ?s ?p ?o }")
    assert "http://sparql.test/query" in str(raised.value)
    if error is StoreError:
        assert not isinstance(raised.value, QuerySyntaxError)


def test_an_unreachable_endpoint_is_a_store_error_naming_it() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    with RemoteStore(url, timeout=5) as store, pytest.raises(StoreError) as raised:
        store.named_graphs()
    assert str(raised.value).startswith(f"cannot reach the SPARQL endpoint {url}")


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield int(listener.getsockname()[1])


def test_a_timeout_is_a_store_error_naming_the_endpoint(silent_port: int) -> None:
    url = f"http://127.0.0.1:{silent_port}/query"
    started = time.monotonic()
    with RemoteStore(url, timeout=0.5) as store, pytest.raises(StoreError) as raised:
        store.count_triples()
    assert time.monotonic() - started < 5
    assert str(raised.value) == f"the SPARQL endpoint {url} did not answer the query within 0.5s"


def test_an_answer_of_the_wrong_kind_is_a_store_error() -> None:
    store = mocked(lambda request: answer(body=b"<html>proxy login</html>"))
    with pytest.raises(StoreError, match="unreadable answer"):
        store.select("SELECT ?s WHERE { ?s ?p ?o }")


def test_repeated_rows_of_a_distinct_answer_are_dropped() -> None:
    """Virtuoso 7.2 may repeat rows of a DISTINCT answer (the Virtuoso target meets it in
    a saved query); its answers are read and written again, without the repeats."""
    row = b'{"s":{"type":"uri","value":"http://example.org/a"}}'
    body = b'{"head":{"vars":["s"]},"results":{"bindings":[' + row + b"," + row + b"]}}"
    virtuoso = answer(body=body)
    virtuoso.headers["Server"] = "Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu"
    store = mocked(lambda request: virtuoso)
    assert len(store.select("SELECT DISTINCT ?s WHERE { ?s ?p ?o }")[1]) == 1
    assert len(store.select("SELECT ?s WHERE { { SELECT DISTINCT ?s {} } }")[1]) == 2
    answer_body = store.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o }").body
    assert len(json.loads(answer_body)["results"]["bindings"]) == 1


def test_a_read_only_store_refuses_writes_before_sending() -> None:
    endpoint = Recorder()
    with pytest.raises(StoreError, match="read-only"):
        mocked(endpoint, read_only=True).replace_graph(EX.g, [])
    assert endpoint.requests == []


def test_an_endpoint_must_be_an_http_url() -> None:
    with pytest.raises(StoreError, match="not an http"):
        RemoteStore("ftp://example.org/sparql")
