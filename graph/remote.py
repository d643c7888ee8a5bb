"""A store behind any SPARQL 1.1 endpoint (Oxigraph server, Fuseki, GraphDB, Virtuoso).

Only the standard protocols are spoken, so nothing here is tied to one server:
queries and updates go through the SPARQL 1.1 Protocol (form-encoded POST, ``Accept``
for the result format, ``default-graph-uri``/``named-graph-uri`` for the dataset), and
the Graph Store HTTP Protocol is used, when a URL for it is configured, to read a graph
and to replace a graph too big for one update. The embedded store's semantics are kept:

* the default graph is the union of all named graphs. Servers differ in how to ask for
  that, so ``union_default_graph`` says how: ``"oxigraph"`` sends Oxigraph's
  ``union-default-graph`` parameter, ``"server"`` trusts the server to do it already
  (Oxigraph ``--union-default-graph``, Fuseki ``unionDefaultGraph``, GraphDB,
  Virtuoso), and an IRI is sent as ``default-graph-uri`` (Fuseki's
  ``urn:x-arq:UnionGraph``). An explicit :class:`Dataset` is sent as protocol
  parameters (a list it leaves out is empty, as the protocol says);
* bindings become an inline VALUES block (see :mod:`.bindings` for how that differs
  from pre-binding);
* ``replace_graph`` is one update request (:mod:`.updates`), which Oxigraph, Fuseki and
  GraphDB run as one transaction. Above ``max_update_bytes`` it cannot be: see
  :meth:`RemoteStore.replace_graph`;
* solutions are fetched as JSON and written here in the other formats, so every
  server's answers have the same bytes as the embedded store's;
* failures are the domain exceptions, naming the endpoint and what went wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import BinaryIO

import httpx
from rdflib import Dataset as RDFDataset
from rdflib import Graph, URIRef

from .base import Dataset, GraphStore, QueryAnswer, QueryRequest, Row, Term, Triple
from .bindings import bind, query_form
from .endpoint_url import is_endpoint_url
from .errors import QuerySyntaxError, StoreError
from .formats import QueryForm, ResultFormat, check_dataset_format, choose_format
from .http_auth import PasswordAuth
from .results_reader import ResultsFormatError, parse_ask, parse_select
from .results_writer import serialize_boolean, serialize_solutions
from .sparql_text import selects_distinct
from .syntax import iri, ntriples, term
from .updates import blank_nodes_in, replacement

DEFAULT_MAX_UPDATE_BYTES = 64 * 1024 * 1024
"""Half of Oxigraph server's 128 MiB cap on a SPARQL request body."""
EMPTY_GRAPH = URIRef("urn:normgraph:empty-graph")
"""Named when a dataset asks for no default or no named graphs: the protocol cannot say
"empty" otherwise (an absent parameter means the service's default)."""

# Words servers use when a 400 is about the query text (Oxigraph "error at 1:5:
# expected...", Jena "Lexical error"/"Encountered", RDF4J "MALFORMED QUERY", Virtuoso
# "syntax error"); any other 400 is a StoreError.
_PARSE_ERROR = re.compile(
    r"error at \d+:\d+|pars(e|ing)|syntax|lexical|encountered|malformed|expected|unexpected",
    re.IGNORECASE,
)
_MEDIA_TYPES = {f.media_type for f in ResultFormat}
_SELECT_ALL = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
_GRAPH_NAMES = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
_NONEMPTY_GRAPH_NAMES = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
"""Not ``SELECT DISTINCT ?g``: Virtuoso 7.2 answers that from its list of all graphs."""


def sibling_update_url(query_url: str) -> str:
    """The update URL next to a query URL, by the usual layouts.

    Oxigraph serves ``/query`` and ``/update``; Fuseki ``/ds/query`` (or ``/ds/sparql``)
    and ``/ds/update``; a URL ending otherwise (GraphDB, Virtuoso) takes both.

    >>> sibling_update_url("http://localhost:7878/query")
    'http://localhost:7878/update'
    >>> sibling_update_url("http://localhost:3030/ds/sparql")
    'http://localhost:3030/ds/update'
    """
    for suffix in ("/query", "/sparql"):
        if query_url.rstrip("/").endswith(suffix):
            return query_url.rstrip("/")[: -len(suffix)] + "/update"
    return query_url


class RemoteStore(GraphStore):
    """A SPARQL 1.1 endpoint seen as a normgraph store.

    ``query_url`` is required; ``update_url`` defaults to :func:`sibling_update_url`;
    ``graph_store_url`` (the Graph Store Protocol service, e.g. Oxigraph's ``/store``)
    is optional. ``token`` is sent as a bearer token, ``auth`` as HTTP basic auth, or
    digest auth if the server asks for it (:class:`PasswordAuth`).
    """

    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        graph_store_url: str | None = None,
        token: str | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float = 30.0,
        union_default_graph: str = "oxigraph",
        max_update_bytes: int = DEFAULT_MAX_UPDATE_BYTES,
        read_only: bool = False,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not is_endpoint_url(query_url):
            raise StoreError(f"not an http(s) SPARQL endpoint URL: {query_url!r}")
        if union_default_graph not in ("oxigraph", "server"):
            iri(union_default_graph)  # an IRI to send as default-graph-uri
        self.query_url = query_url
        self.update_url = update_url or sibling_update_url(query_url)
        self.graph_store_url = graph_store_url
        self.union_default_graph = union_default_graph
        self.max_update_bytes = max_update_bytes
        self.read_only = read_only
        self.timeout = timeout
        headers = {"User-Agent": "normgraph"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._virtuoso = False  # the server said it is OpenLink Virtuoso: see query()
        self._client = httpx.Client(
            headers=headers,
            auth=PasswordAuth(*auth) if auth else None,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            transport=transport,
        )

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url!r})"

    # -- HTTP ----------------------------------------------------------------------------

    def _send(
        self, what: str, request: httpx.Request, *, allow: tuple[int, ...] = ()
    ) -> httpx.Response:
        """Send one request; map every failure onto StoreError / QuerySyntaxError.

        ``allow`` lists error statuses the caller handles itself.
        """
        url = str(request.url.copy_with(query=None))
        try:
            response = self._client.send(request)
            self._virtuoso = response.headers.get("server", "").startswith("Virtuoso/")
        except httpx.TimeoutException:
            raise StoreError(
                f"the SPARQL endpoint {url} did not answer the {what} within {self.timeout:g}s"
            ) from None
        except httpx.TransportError as error:
            raise StoreError(
                f"cannot reach the SPARQL endpoint {url} ({what}): {error or type(error).__name__}"
            ) from None
        if response.is_success or response.status_code in allow:
            return response
        reason = response.text.strip()[:500] or response.reason_phrase
        status = response.status_code
        if status == 400 and _PARSE_ERROR.search(reason):
            raise QuerySyntaxError(f"{url} cannot parse the {what}: {reason}")
        if status in (401, 403):
            raise StoreError(
                f"{url} refused the {what} (HTTP {status}): {reason}; check the endpoint "
                "token or user (NORMGRAPH_ENDPOINT_TOKEN, NORMGRAPH_ENDPOINT_USER)"
            )
        if status == 404:
            raise StoreError(f"no SPARQL service at {url} (HTTP 404) for the {what}")
        raise StoreError(f"{url} failed the {what} (HTTP {status}): {reason}")

    def _query(self, sparql: str, accept: str, dataset: Dataset | None) -> httpx.Response:
        form = [("query", sparql), *self._dataset_parameters(dataset)]
        request = self._client.build_request(
            "POST", self.query_url, data=dict_list(form), headers={"Accept": accept}
        )
        response = self._send("query", request)
        served = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if served != accept and served in _MEDIA_TYPES:
            raise StoreError(f"{self.query_url} answered {served} when asked for {accept}")
        if cap := response.headers.get("x-sparql-maxrows"):
            raise StoreError(
                f"{self.query_url} cut the answer at {cap} rows (Virtuoso's ResultSetMaxRows "
                "in virtuoso.ini [SPARQL]): raise that limit, or narrow the query"
            )
        return response

    def _dataset_parameters(self, dataset: Dataset | None) -> list[tuple[str, str]]:
        if dataset is None or dataset.is_service_default:
            if dataset is not None and not dataset.union_default:
                return []
            if self.union_default_graph == "oxigraph":
                return [("union-default-graph", "true")]
            if self.union_default_graph == "server":
                return []
            return [("default-graph-uri", self.union_default_graph)]
        # As in the SPARQL 1.1 Protocol, a list not given is empty. The protocol cannot say
        # "empty" (servers read an absent parameter as their default), so an empty list
        # names a graph that does not exist.
        defaults = list(dataset.default_graphs or ()) or [EMPTY_GRAPH]
        named = list(dataset.named_graphs or ()) or [EMPTY_GRAPH]
        for graph in (*defaults, *named):
            iri(str(graph))
        return [("default-graph-uri", str(g)) for g in defaults] + [
            ("named-graph-uri", str(g)) for g in named
        ]

    # -- GraphStore ----------------------------------------------------------------------

    def answer(self, request: QueryRequest) -> QueryAnswer:
        sparql, dataset, max_rows = request.sparql, request.dataset, request.max_rows
        form = query_form(sparql)
        text = bind(sparql, request.bindings) if request.bindings else sparql
        answer_form: QueryForm = (
            "graph" if form in ("CONSTRUCT", "DESCRIBE") else "ask" if form == "ASK" else "select"
        )
        chosen = choose_format(request.result_format, answer_form)
        if answer_form == "graph":
            return self._graph_answer(text, chosen, dataset, max_rows)
        # Solutions are asked for as JSON and written here in any other format: servers
        # differ from the specification there (Virtuoso's TSV header lacks the "?", its
        # CSV says "1" for true), and the server cannot be told to stop after n rows.
        response = self._query(text, ResultFormat.JSON.media_type, dataset)
        if answer_form == "ask":
            return QueryAnswer("ask", chosen, serialize_boolean(self._read_ask(response), chosen))
        # JSON passes as it came, but Virtuoso's: it writes "typed-literal" (the 2007
        # draft's) and may repeat rows of a DISTINCT answer (see parse_select)
        if chosen is ResultFormat.JSON and max_rows is None and not self._virtuoso:
            return QueryAnswer("select", chosen, response.content)
        names, rows = self._read_select(response, text)
        cut = len(rows) if max_rows is None else max_rows
        body = serialize_solutions(names, rows[:cut], chosen)
        return QueryAnswer("select", chosen, body, truncated=len(rows) > cut)

    def _graph_answer(
        self, text: str, chosen: ResultFormat, dataset: Dataset | None, max_rows: int | None
    ) -> QueryAnswer:
        if max_rows is None:
            response = self._query(text, chosen.media_type, dataset)
            return QueryAnswer("graph", chosen, response.content)
        response = self._query(text, ResultFormat.NTRIPLES.media_type, dataset)
        lines = [line for line in response.content.splitlines() if line.strip()]
        graph = Graph().parse(data=b"\n".join(lines[:max_rows]).decode("utf-8"), format="nt")
        body = graph.serialize(format=chosen.rdflib_format, encoding="utf-8")
        return QueryAnswer("graph", chosen, body, truncated=len(lines) > max_rows)

    def _read_select(self, response: httpx.Response, sparql: str) -> tuple[list[str], list[Row]]:
        try:
            return parse_select(response.content, selects_distinct(sparql))
        except ResultsFormatError as error:
            raise StoreError(f"{self.query_url} sent an unreadable answer: {error}") from None

    def _read_ask(self, response: httpx.Response) -> bool:
        try:
            return parse_ask(response.content)
        except ResultsFormatError as error:
            raise StoreError(f"{self.query_url} sent an unreadable answer: {error}") from None

    def rows(self, request: QueryRequest) -> tuple[list[str], list[Row]]:
        sparql, bindings = request.sparql, request.bindings
        if query_form(sparql) not in ("SELECT", None):
            raise ValueError("select() needs a SELECT query")
        text = bind(sparql, bindings) if bindings else sparql
        response = self._query(text, ResultFormat.JSON.media_type, request.dataset)
        return self._read_select(response, text)

    def ask(self, sparql: str, *, bindings: Mapping[str, Term] | None = None) -> bool:
        if query_form(sparql) not in ("ASK", None):
            raise ValueError("ask() needs an ASK query")
        text = bind(sparql, bindings) if bindings else sparql
        return self._read_ask(self._query(text, ResultFormat.JSON.media_type, None))

    def update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.query_url} was opened read-only")
        request = self._client.build_request(
            "POST",
            self.update_url,
            content=sparql.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update"},
        )
        self._send("update", request)

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        """Replace one graph: one update request, so one transaction, when it fits.

        Every term is checked before anything is sent, so a bad term leaves the old
        graph as it was. Above ``max_update_bytes`` the graph goes in one Graph Store
        Protocol PUT if a ``graph_store_url`` is configured (atomic on Fuseki and
        GraphDB; Oxigraph 0.5 clears then loads, so readers may briefly see the graph
        empty), otherwise in several updates (readers may see it part-written, and a
        failure midway leaves it partial: the error says so). The updates are
        written by :func:`.updates.replacement`.
        """
        name = iri(str(graph))
        triples = list(triples)
        body = ntriples(triples)
        updates = replacement(name, body, blank_nodes_in(triples), self.max_update_bytes)
        if len(updates) > 1 and self.graph_store_url is not None:
            self._put_graph(graph, body)
            return
        self.update(updates[0])
        for done, update in enumerate(updates[1:], start=1):
            try:
                self.update(update)
            except StoreError as error:
                raise StoreError(
                    f"{graph} is incomplete: part {done + 1} of {len(updates)} failed: {error}"
                ) from error

    def _put_graph(self, graph: URIRef, body: str) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.query_url} was opened read-only")
        assert self.graph_store_url is not None
        request = self._client.build_request(
            "PUT",
            self.graph_store_url,
            params={"graph": str(graph)},
            content=body.encode("utf-8"),
            headers={"Content-Type": "application/n-triples"},
        )
        self._send("graph upload", request)

    def drop_graph(self, graph: URIRef) -> None:
        self.update(f"DROP SILENT GRAPH {iri(str(graph))}")

    def named_graphs(self) -> list[URIRef]:
        """Graphs ``GRAPH ?g {}`` matches; Virtuoso is asked for the graphs holding a
        triple instead, as it answers ``GRAPH ?g {}`` from its list of every graph it
        knows, its own private ones included (and with an unbound row when there are none)."""
        if not self._virtuoso:
            _, rows = self.select(_GRAPH_NAMES)
        if self._virtuoso:  # known now if it was not before
            _, rows = self.select(_NONEMPTY_GRAPH_NAMES)
        return sorted(g for row in rows if isinstance(g := row.get("g"), URIRef))

    def dump(self, output: BinaryIO, result_format: ResultFormat = ResultFormat.NQUADS) -> None:
        """Every quad in a named graph (the default graph is the union, so not repeated)."""
        check_dataset_format(result_format)
        _, rows = self.select(_SELECT_ALL)
        quads = [(row["s"], row["p"], row["o"], row["g"]) for row in rows]
        if result_format is ResultFormat.NQUADS:
            for s, p, o, g in quads:
                output.write(f"{term(s)} {term(p)} {term(o)} {term(g)} .\n".encode())
            return
        dataset = RDFDataset()
        for s, p, o, g in quads:
            dataset.add((s, p, o, g))  # type: ignore[arg-type]
        rdflib_format = "trig" if result_format is ResultFormat.TRIG else "json-ld"
        output.write(dataset.serialize(format=rdflib_format, encoding="utf-8"))

    def read_graph(self, graph: URIRef) -> Graph:
        if self.graph_store_url is None:
            return super().read_graph(graph)
        request = self._client.build_request(
            "GET",
            self.graph_store_url,
            params={"graph": str(graph)},
            headers={"Accept": ResultFormat.NTRIPLES.media_type},
        )
        response = self._send("graph download", request, allow=(404,))
        if response.status_code == 404:
            return Graph()  # the protocol's answer for an absent graph
        return Graph().parse(data=response.content.decode("utf-8"), format="nt")

    def close(self) -> None:
        self._client.close()


def dict_list(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Form fields that may repeat (``named-graph-uri``), in httpx's shape."""
    fields: dict[str, list[str]] = {}
    for key, value in pairs:
        fields.setdefault(key, []).append(value)
    return fields
