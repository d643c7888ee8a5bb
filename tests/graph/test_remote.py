"""What only the remote store does: HTTP, its errors, its configuration, a full CLI build."""

from __future__ import annotations

import io
import json
import re
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest
from rdflib import Literal, Namespace, URIRef
from typer.testing import CliRunner

from normgraph.cli import app
from normgraph.config import Settings
from normgraph.export import export_dataset
from normgraph.graph import (
    Dataset,
    EmbeddedStore,
    GraphStore,
    QuerySyntaxError,
    RemoteStore,
    StoreError,
    open_store,
)
from normgraph.queries.catalogue import run_saved_query
from normgraph.stats import class_counts, graph_counts
from tests.graph.conftest import Server
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


# -- against the server --------------------------------------------------------------------


def triples(count: int, subject: str = "s") -> list[tuple[URIRef, URIRef, Literal]]:
    return [(EX[f"{subject}{i}"], EX.p, Literal("x" * 100 + str(i))) for i in range(count)]


def test_a_graph_too_big_for_one_update_goes_in_parts(remote_store: RemoteStore) -> None:
    remote_store.replace_graph(EX.other, triples(3))
    remote_store.replace_graph(EX.big, triples(10, "old"))
    small = RemoteStore(remote_store.query_url, max_update_bytes=20_000)
    small.replace_graph(EX.big, triples(1000))  # about 150 kB: 8 parts
    assert remote_store.count_triples(EX.big) == 1000
    assert remote_store.count_triples(EX.other) == 3


def test_a_graph_too_big_for_one_update_is_put_when_a_graph_store_is_known(
    remote_store: RemoteStore, oxigraph_server: Server
) -> None:
    remote_store.replace_graph(EX.big, triples(10, "old"))
    small = RemoteStore(
        remote_store.query_url, graph_store_url=oxigraph_server.store_url, max_update_bytes=1000
    )
    small.replace_graph(EX.big, triples(100))
    assert remote_store.count_triples(EX.big) == 100


def test_read_graph_through_the_graph_store_protocol(
    remote_store: RemoteStore, oxigraph_server: Server
) -> None:
    remote_store.replace_graph(EX.g, triples(5))
    gsp = RemoteStore(remote_store.query_url, graph_store_url=oxigraph_server.store_url)
    assert set(gsp.read_graph(EX.g)) == set(triples(5))
    assert len(gsp.read_graph(EX.absent)) == 0


def test_a_syntax_error_from_the_server_names_the_position(remote_store: RemoteStore) -> None:
    with pytest.raises(QuerySyntaxError, match=r"error at 1:\d+"):
        remote_store.query("SELECT ?s WHERE { ?s ?p }")


@pytest.mark.parametrize(
    "where",
    [
        "{ ?s ?p ?o FILTER(?o > ?min) }",
        "{ ?s ?p ?o FILTER(?o > ?min) } UNION { ?s ?p ?o FILTER(?o < 0) }",
    ],
    ids=["nested-group", "union-branch"],
)
def test_a_filter_in_a_nested_group_does_not_see_a_bound_variable(
    remote_store: RemoteStore, where: str
) -> None:
    """The documented difference from pre-binding: VALUES joins the outer group only."""
    remote_store.replace_graph(EX.g, [(EX.a, EX.p, Literal(1)), (EX.b, EX.p, Literal(5))])
    with EmbeddedStore(None) as embedded:
        embedded.replace_graph(EX.g, [(EX.a, EX.p, Literal(1)), (EX.b, EX.p, Literal(5))])
        sparql = f"SELECT ?s ?min WHERE {{ {where} }}"
        _, remote_rows = remote_store.select(sparql, bindings={"min": Literal(4)})
        _, embedded_rows = embedded.select(sparql, bindings={"min": Literal(4)})
    assert [row["s"] for row in embedded_rows] == [EX.b]
    assert [row["s"] for row in remote_rows] == []


def test_a_read_only_open_still_reads(remote_store: RemoteStore) -> None:
    remote_store.replace_graph(EX.g, triples(2))
    reader = open_store(remote_store.query_url, read_only=True)
    assert reader.count_triples() == 2
    with pytest.raises(StoreError, match="read-only"):
        reader.drop_graph(EX.g)


# -- choosing a store ----------------------------------------------------------------------


def test_open_store_chooses_by_location(tmp_path: Path) -> None:
    settings = Settings(endpoint=None)
    assert isinstance(open_store("http://h:7878/query", settings=settings), RemoteStore)
    assert isinstance(open_store("HTTPS://h/sparql", settings=settings), RemoteStore)
    assert isinstance(open_store(tmp_path / "store", settings=settings), EmbeddedStore)
    assert isinstance(open_store(str(tmp_path / "s2"), settings=settings), EmbeddedStore)
    assert isinstance(open_store(None, settings=settings), EmbeddedStore)


def test_open_store_uses_the_configured_endpoint() -> None:
    settings = Settings(
        endpoint="http://h:7200/repositories/ng",
        endpoint_update="http://h:7200/repositories/ng/statements",
        endpoint_union="server",
        endpoint_user="ann",
        query_timeout=3,
    )
    store = open_store(None, settings=settings)
    assert isinstance(store, RemoteStore)
    assert store.update_url == "http://h:7200/repositories/ng/statements"
    assert (store.union_default_graph, store.timeout) == ("server", 3)


# -- a whole build through the CLI ---------------------------------------------------------


def test_a_cli_build_against_a_server_matches_an_embedded_build(
    remote_store: RemoteStore, built_store: GraphStore, corpus: Path, tmp_path: Path
) -> None:
    """The server gets the whole corpus through `normgraph build`; the session's embedded
    build of the same corpus is the reference."""
    runner = CliRunner()
    report = tmp_path / "report.json"
    result = runner.invoke(
        app,
        [
            "build",
            "--corpus",
            str(corpus),
            "--store",
            remote_store.query_url,
            "--report",
            str(report),
        ],
    )
    assert result.exit_code in (0, 1), result.output  # 1: a document did not validate
    assert "Build summary" in result.output

    result = runner.invoke(app, ["info", "--store", remote_store.query_url])
    assert result.exit_code == 0, result.output
    assert remote_store.query_url in result.output

    embedded = built_store
    assert graph_counts(remote_store) == graph_counts(embedded)
    assert class_counts(remote_store) == class_counts(embedded)
    total = sum(count for _, count in graph_counts(embedded))
    assert total > 0
    assert f"{total:,}" in result.output
    assert export_dataset(remote_store, "nquads") == export_dataset(embedded, "nquads")
    # saved queries give the same answers (rows compared as sets: no ORDER ties)
    for name in ("documents", "facts-by-class"):
        values: dict[str, str] = {}
        answers = [run_saved_query(s, name, values).body for s in (remote_store, embedded)]
        assert _rows(answers[0]) == _rows(answers[1])
    file = next(iter(sorted(p.name for p in corpus.iterdir())))
    answers = [
        run_saved_query(s, "facts-by-class", {"file": file}).body for s in (remote_store, embedded)
    ]
    assert _rows(answers[0]) == _rows(answers[1])


def _rows(body: bytes) -> list[str]:
    import json

    data = json.loads(body)
    return sorted(json.dumps(row, sort_keys=True) for row in data["results"]["bindings"])


def test_dump_of_an_empty_store_is_empty(remote_store: RemoteStore) -> None:
    output = io.BytesIO()
    remote_store.dump(output)
    assert output.getvalue() == b""
