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
from enum import Enum
from typing import BinaryIO, Literal

from rdflib import Graph, URIRef
from rdflib import Literal as RDFLiteral
from rdflib.term import Node

Term = URIRef | RDFLiteral
"""What a query parameter may be bound to."""
Triple = tuple[Node, Node, Node]
Row = dict[str, Node]


class StoreError(Exception):
    """The store could not be opened, read or written."""


class QuerySyntaxError(StoreError):
    """A SPARQL query or update does not parse; the message says where."""


class ResultFormat(Enum):
    """Serialisations a query answer can be returned in, with their media types."""

    JSON = "application/sparql-results+json"
    XML = "application/sparql-results+xml"
    CSV = "text/csv"
    TSV = "text/tab-separated-values"
    TURTLE = "text/turtle"
    NTRIPLES = "application/n-triples"
    RDFXML = "application/rdf+xml"
    JSONLD = "application/ld+json"
    NQUADS = "application/n-quads"
    TRIG = "application/trig"

    @property
    def media_type(self) -> str:
        return self.value


SOLUTION_FORMATS = (ResultFormat.JSON, ResultFormat.XML, ResultFormat.CSV, ResultFormat.TSV)
GRAPH_FORMATS = (
    ResultFormat.TURTLE,
    ResultFormat.NTRIPLES,
    ResultFormat.RDFXML,
    ResultFormat.JSONLD,
)
DATASET_FORMATS = (ResultFormat.NQUADS, ResultFormat.TRIG, ResultFormat.JSONLD)


QueryForm = Literal["select", "ask", "graph"]


@dataclass(frozen=True)
class Dataset:
    """A SPARQL protocol dataset: which graphs form the default graph and which are named.

    ``None`` for both means the service default: the default graph is the union of all
    named graphs, and every named graph is available to ``GRAPH``.
    """

    default_graphs: Sequence[URIRef] | None = None
    named_graphs: Sequence[URIRef] | None = None


@dataclass(frozen=True)
class QueryAnswer:
    """A serialised query answer, ready to send over HTTP or write to a file."""

    form: QueryForm
    format: ResultFormat
    body: bytes


class GraphStore(ABC):
    """A quad store holding one named graph per source document plus reference graphs."""

    @abstractmethod
    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Term] | None = None,
        result_format: ResultFormat | None = None,
        dataset: Dataset | None = None,
    ) -> QueryAnswer:
        """Run a SPARQL query and serialise its answer.

        ``bindings`` pre-bind variables to RDF terms (never spliced into the text).
        ``result_format`` defaults to SPARQL JSON for SELECT/ASK and Turtle for graphs.
        Raises :class:`QuerySyntaxError` for a query that does not parse.
        """

    @abstractmethod
    def select(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Term] | None = None,
        dataset: Dataset | None = None,
    ) -> tuple[list[str], list[Row]]:
        """Run a SELECT query; return its variable names and its rows as rdflib terms."""

    @abstractmethod
    def ask(self, sparql: str, *, bindings: Mapping[str, Term] | None = None) -> bool:
        """Run an ASK query."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update as one transaction."""

    @abstractmethod
    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        """Replace one named graph's content atomically: readers see the old or the new."""

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
            # ?g is projected and grouped on: the embedded store only pre-binds projected
            # variables, and a bound ?g must restrict the count, not stand beside it.
            _, rows = self.select(
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                bindings={"g": graph},
            )
        return int(rows[0]["n"]) if rows else 0  # type: ignore[call-overload]

    def read_graph(self, graph: URIRef) -> Graph:
        """One named graph's triples as an rdflib graph (for validation and tests)."""
        answer = self.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
            bindings={"g": graph},
            result_format=ResultFormat.NTRIPLES,
        )
        return Graph().parse(data=answer.body.decode("utf-8"), format="nt")

    def close(self) -> None:  # noqa: B027 - optional hook, most stores hold nothing to free
        """Release what the store holds (file locks, connections)."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
