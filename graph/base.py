"""The one interface the rest of normgraph uses to reach a triple store.

Two implementations sit behind it: the embedded on-disk pyoxigraph store (the default)
and, for deployments that outgrow one machine, any SPARQL 1.1 endpoint. Terms cross
this seam as rdflib terms, and query results as serialised bytes plus parsed rows, so no
store library's types leak out of ``normgraph.graph``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from rdflib import Graph, URIRef
from rdflib import Literal as RDFLiteral
from rdflib.term import Node

from .errors import GraphNotFoundError, NotAcceptableError, QueryError, QuerySyntaxError, StoreError
from .formats import (
    DATASET_FORMATS,
    GRAPH_FORMATS,
    SOLUTION_FORMATS,
    FormatChoice,
    QueryForm,
    ResultFormat,
)

Term = URIRef | RDFLiteral
"""What a query parameter may be bound to."""
Triple = tuple[Node, Node, Node]
Row = dict[str, Node]


@dataclass(frozen=True)
class Dataset:
    """A SPARQL protocol dataset: which graphs form the default graph and which are named.

    ``None`` for both means the service default: the default graph is the union of all
    graphs, and every named graph is available to ``GRAPH`` (unless the query names its
    own dataset with ``FROM``). As in the SPARQL 1.1 Protocol, giving only one of the two
    lists leaves the other empty. ``union_default=False`` with no lists makes the default
    graph the store's own default graph, which the Graph Store Protocol's ``?default``
    addresses.
    """

    default_graphs: Sequence[URIRef] | None = None
    named_graphs: Sequence[URIRef] | None = None
    union_default: bool = True

    @property
    def is_service_default(self) -> bool:
        return self.default_graphs is None and self.named_graphs is None


@dataclass(frozen=True)
class QueryAnswer:
    """A serialised query answer, ready to send over HTTP or write to a file."""

    form: QueryForm
    format: ResultFormat
    body: bytes
    truncated: bool = False
    """True when the answer was cut at ``max_rows``."""


@dataclass(frozen=True)
class QueryRequest:
    """One query with everything needed to run it: a picklable unit of store work.

    Calling it with a store runs the query and serialises the answer in one step, so it
    can be sent to a worker process and its answer (plain bytes) sent back.
    """

    sparql: str
    bindings: Mapping[str, Term] | None = None
    result_format: ResultFormat | FormatChoice | None = None
    dataset: Dataset | None = None
    max_rows: int | None = None

    def __call__(self, store: GraphStore) -> QueryAnswer:
        return store.answer(self)


class GraphStore(ABC):
    """A quad store holding one named graph per source document plus reference graphs."""

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Term] | None = None,
        result_format: ResultFormat | FormatChoice | None = None,
        dataset: Dataset | None = None,
        max_rows: int | None = None,
    ) -> QueryAnswer:
        """Run a SPARQL query and serialise its answer (see :meth:`answer`)."""
        return self.answer(QueryRequest(sparql, bindings, result_format, dataset, max_rows))

    @abstractmethod
    def answer(self, request: QueryRequest) -> QueryAnswer:
        """Run a SPARQL query and serialise its answer.

        ``bindings`` pre-bind variables to RDF terms (never spliced into the text); as in
        SPARQL SEP-0007, a pre-bound variable of a SELECT query must be in its projection.
        ``result_format`` defaults to SPARQL JSON for SELECT/ASK and Turtle for graphs; a
        :class:`FormatChoice` gives one per form. ``max_rows`` cuts a SELECT answer after
        that many solutions (a graph after that many triples) and marks it ``truncated``.
        Raises :class:`QuerySyntaxError` for a query that does not parse and
        :class:`NotAcceptableError` when the choice has no format for the answer's form.
        """

    def select(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Term] | None = None,
        dataset: Dataset | None = None,
    ) -> tuple[list[str], list[Row]]:
        """Run a SELECT query; return its variable names and its rows as rdflib terms."""
        return self.rows(QueryRequest(sparql, bindings, dataset=dataset))

    @abstractmethod
    def rows(self, request: QueryRequest) -> tuple[list[str], list[Row]]:
        """A SELECT request's variable names and rows as rdflib terms (its format, if
        any, is ignored); ValueError for another query form."""

    @abstractmethod
    def ask(self, sparql: str, *, bindings: Mapping[str, Term] | None = None) -> bool:
        """Run an ASK query."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update as one transaction."""

    @abstractmethod
    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        """Replace one named graph's content atomically: readers see the old or the new."""

    def add_triples(self, graph: URIRef, triples: Sequence[Triple]) -> None:
        """Add triples to a named graph, all or none (one update; a store with a bulk loader
        overrides it): how a large graph is written in parts, each a bounded allocation."""
        body = "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples)
        self.update(f"INSERT DATA {{ GRAPH {graph.n3()} {{\n{body}}} }}")

    def replace_graph_ntriples(self, graph: URIRef, ntriples: bytes) -> None:
        """:meth:`replace_graph` with the triples as N-Triples bytes (how a build worker
        hands over a document graph); a store that parses N-Triples itself overrides it."""
        self.replace_graph(graph, Graph().parse(data=ntriples, format="nt"))

    @abstractmethod
    def drop_graph(self, graph: URIRef) -> None:
        """Remove one named graph entirely (no error if it is absent)."""

    @abstractmethod
    def named_graphs(self) -> list[URIRef]:
        """Every named graph in the store, sorted."""

    @abstractmethod
    def dump(self, output: BinaryIO, result_format: ResultFormat = ResultFormat.NQUADS) -> None:
        """Write the whole dataset (N-Quads, TriG or JSON-LD) to ``output``."""

    def count_triples(self, graph: URIRef | None = None) -> int:
        """How many triples one named graph holds, or the whole store when ``graph`` is None."""
        if graph is None:
            _, rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        else:
            # A pre-bound variable must be projected (SPARQL SEP-0007), hence ?g and GROUP BY.
            sparql = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
            _, rows = self.select(sparql, bindings={"g": graph})
        return int(str(rows[0]["n"])) if rows else 0

    def read_graph(self, graph: URIRef) -> Graph:
        """One named graph's triples as an rdflib graph (for validation and tests)."""
        answer = self.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
            bindings={"g": graph},
            result_format=ResultFormat.NTRIPLES,
        )
        return Graph().parse(data=answer.body.decode("utf-8"), format="nt")

    def graph_exists(self, graph: URIRef) -> bool:
        """Whether the store holds a named graph called ``graph``."""
        return graph in self.named_graphs()

    def export_graph(self, graph: URIRef | None, result_format: ResultFormat) -> bytes:
        """One graph serialised (``None``: the store's own default graph).

        Raises :class:`GraphNotFoundError` for a named graph the store does not hold.
        """
        if graph is None:
            answer = self.query(
                "CONSTRUCT WHERE { ?s ?p ?o }",
                result_format=result_format,
                dataset=Dataset(union_default=False),
            )
            return answer.body
        if not self.graph_exists(graph):
            raise GraphNotFoundError(f"no graph {graph} in the store")
        answer = self.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
            bindings={"g": graph},
            result_format=result_format,
        )
        return answer.body

    def load_graph(
        self, graph: URIRef | None, data: bytes, result_format: ResultFormat, *, replace: bool
    ) -> bool:
        """Parse ``data`` and put its triples into one graph (``None``: the default graph).

        ``replace`` empties the graph first (Graph Store Protocol PUT), otherwise the
        triples are added (POST); either way in one update, so readers never see half of
        it. Returns whether the graph existed before. A body that does not parse raises
        :class:`QuerySyntaxError` naming the problem.
        """
        if result_format not in GRAPH_FORMATS:
            raise ValueError(f"cannot load a graph from {result_format.media_type}")
        parsed = Graph()
        try:
            parsed.parse(data=data, format=result_format.rdflib_format)
        except Exception as error:  # rdflib raises many types for bad input
            message = f"the {result_format.media_type} body does not parse: {error}"
            raise QuerySyntaxError(message) from None
        existed = graph is None or self.graph_exists(graph)
        body = parsed.serialize(format="nt", encoding="utf-8").decode("utf-8")
        target = "DEFAULT" if graph is None else f"GRAPH <{graph}>"
        wrapped = body if graph is None else f"GRAPH <{graph}> {{\n{body}}}"
        steps = [f"DROP SILENT {target}"] if replace else []
        steps.append(f"INSERT DATA {{ {wrapped} }}")
        if graph is not None and not existed:
            steps.insert(0, f"CREATE SILENT GRAPH <{graph}>")
        self.update(" ;\n".join(steps))
        return existed

    def clear_graph(self, graph: URIRef | None) -> None:
        """Empty one graph and, for a named graph, remove it (``None``: the default graph).

        Raises :class:`GraphNotFoundError` for a named graph the store does not hold.
        """
        if graph is None:
            self.update("DROP SILENT DEFAULT")
            return
        if not self.graph_exists(graph):
            raise GraphNotFoundError(f"no graph {graph} in the store")
        self.drop_graph(graph)

    def close(self) -> None:  # noqa: B027 - optional hook, most stores hold nothing to free
        """Release what the store holds (file locks, connections)."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = [
    "DATASET_FORMATS",
    "GRAPH_FORMATS",
    "SOLUTION_FORMATS",
    "Dataset",
    "FormatChoice",
    "GraphNotFoundError",
    "GraphStore",
    "NotAcceptableError",
    "QueryAnswer",
    "QueryError",
    "QueryRequest",
    "QuerySyntaxError",
    "ResultFormat",
    "Row",
    "StoreError",
    "Term",
    "Triple",
]
"""The store seam's vocabulary, re-exported by the package (``normgraph.graph``)."""
