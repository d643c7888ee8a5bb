"""The default store: pyoxigraph embedded on disk, created on first use.

pyoxigraph's result iterators must be consumed on the thread that made them, so every
method here queries and serialises in one call and returns plain bytes or rdflib terms.
One on-disk store can be opened read-write by a single process; callers that need
concurrent readers open it with ``read_only=True``.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from normgraph.namespaces import PREFIXES

from .base import Dataset, GraphStore, QueryAnswer, QueryRequest, Row, Term, Triple
from .errors import QueryError, QuerySyntaxError, StoreError
from .formats import QueryForm, ResultFormat, check_dataset_format, choose_format
from .sparql_text import has_dataset_clause, solution_limit
from .terms import solution_row, to_oxigraph

_SOLUTION_FORMATS = {
    ResultFormat.JSON: ox.QueryResultsFormat.JSON,
    ResultFormat.XML: ox.QueryResultsFormat.XML,
    ResultFormat.CSV: ox.QueryResultsFormat.CSV,
    ResultFormat.TSV: ox.QueryResultsFormat.TSV,
}
_RDF_FORMATS = {
    ResultFormat.TURTLE: ox.RdfFormat.TURTLE,
    ResultFormat.NTRIPLES: ox.RdfFormat.N_TRIPLES,
    ResultFormat.RDFXML: ox.RdfFormat.RDF_XML,
    ResultFormat.JSONLD: ox.RdfFormat.JSON_LD,
    ResultFormat.NQUADS: ox.RdfFormat.N_QUADS,
    ResultFormat.TRIG: ox.RdfFormat.TRIG,
}


_BULK_BATCH = 1_000_000
_COMPACT_AFTER = 64
"""New graphs written by the bulk path after which closing the store compacts it: each
ingest adds its own small sorted files, overlapping the others' keys, and every lookup
then reads through them (after a build of 300 reports, 1,247 files: the flagship query
139 ms CPU, 81 ms once compacted, which took 9 s CPU). One changed report does not
reach it."""
"""Quads the bulk loader (Oxigraph 0.5) writes as one set of files, ingested atomically."""


def _quads(triples: Iterable[Triple], graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """``triples`` in ``graph`` as pyoxigraph quads, each distinct term converted once
    (a report's subjects and predicates recur on every few of its triples). Made as the
    store reads them, never listed: at a first link of 1,000 reports a list of every quad
    was the write step's largest allocation."""
    converted: dict[Node, ox.NamedNode | ox.BlankNode | ox.Literal] = {}

    def term(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        found = converted.get(node)
        if found is None:
            found = converted[node] = to_oxigraph(node)
        return found

    return (ox.Quad(term(s), term(p), term(o), graph) for s, p, o in triples)  # type: ignore[arg-type]


def to_ntriples(triples: Iterable[Triple]) -> bytes:
    """``triples`` as N-Triples: the compact form in which a build worker hands a document
    graph to the process that writes it (one bytes object to pickle instead of some 60,000
    rdflib terms, and parsed back in Rust). Each distinct term is written once by Oxigraph
    (a pyoxigraph term's text is its N-Triples form, as Oxigraph's serialiser writes it)
    and the lines are joined here: a pyoxigraph quad per triple for ``ox.serialize`` took
    twice the CPU for the same bytes."""
    written: dict[Node, str] = {}

    def term(node: Node) -> str:
        found = written.get(node)
        if found is None:
            found = written[node] = str(to_oxigraph(node))
        return found

    return "".join([f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in triples]).encode()


def _serialize_triples(triples: Iterable[ox.Triple], result_format: ResultFormat) -> bytes:
    prefixes = PREFIXES if result_format in (ResultFormat.TURTLE, ResultFormat.RDFXML) else None
    return ox.serialize(triples, format=_RDF_FORMATS[result_format], prefixes=prefixes) or b""


class _Enough(Exception):
    """Raised by :class:`_LineCap` to stop the engine's writer."""


class _LineCap:
    """A file the engine writes an answer to, that stops it once ``lines`` lines are in."""

    def __init__(self, lines: int) -> None:
        self.limit = lines
        self.lines = 0
        self.parts: list[bytes] = []

    def write(self, chunk: bytes) -> int:
        self.parts.append(bytes(chunk))
        self.lines += chunk.count(b"\n")
        if self.lines >= self.limit:
            raise _Enough
        return len(chunk)

    def flush(self) -> None:
        """Nothing: the parts are kept in memory."""


def _capped_solutions(
    solutions: ox.QuerySolutions, chosen: ResultFormat, max_rows: int
) -> tuple[bytes, bool]:
    """A SELECT answer cut after ``max_rows`` solutions, and whether it was cut, written by
    the engine: it writes TSV (lossless, a header line then one line per solution) until it
    has one solution too many, the TSV is cut there and read back by the engine in the
    chosen format. No solution passes through Python terms (a LIMIT-less aggregate took a
    third longer that way)."""
    writer = _LineCap(max_rows + 2)
    with contextlib.suppress(_Enough):
        solutions.serialize(writer, format=ox.QueryResultsFormat.TSV)  # type: ignore[arg-type]
    tsv = b"".join(writer.parts)
    truncated = writer.lines >= max_rows + 2
    if truncated:
        tsv = b"\n".join(tsv.split(b"\n", max_rows + 1)[: max_rows + 1]) + b"\n"
    if chosen is ResultFormat.TSV:
        return tsv, truncated
    table = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return table.serialize(format=_SOLUTION_FORMATS[chosen]) or b"", truncated


def _within(sparql: str, max_rows: int) -> bool:
    """Whether a SELECT answer cannot pass ``max_rows``: its own LIMIT is no higher."""
    limit = solution_limit(sparql)
    return limit is not None and limit <= max_rows


class EmbeddedStore(GraphStore):
    """A pyoxigraph store in a folder on disk (or in memory when ``path`` is None).

    >>> from rdflib import Literal, URIRef
    >>> store = EmbeddedStore(None)
    >>> g, s, p = (URIRef(f"https://example.org/{name}") for name in "gsp")
    >>> store.replace_graph(g, [(s, p, Literal(1))])
    >>> store.count_triples(g)
    1
    """

    def __init__(self, path: Path | None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.ingested = 0
        """Graphs written by the bulk path since the store was opened."""
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except (OSError, RuntimeError) as error:  # RuntimeError: RocksDB reports corruption
            raise StoreError(f"cannot open the store at {path}: {error}") from error

    def _run(
        self,
        sparql: str,
        bindings: Mapping[str, Term] | None,
        dataset: Dataset | None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        substitutions = (
            {ox.Variable(name): to_oxigraph(term) for name, term in bindings.items()}
            if bindings
            else None
        )
        options: dict[str, object] = {}
        if dataset is None or dataset.is_service_default:
            # The union option would override the query's own FROM clauses.
            if (dataset is None or dataset.union_default) and not has_dataset_clause(sparql):
                options["use_default_graph_as_union"] = True
        else:
            options["default_graph"] = [ox.NamedNode(str(g)) for g in dataset.default_graphs or ()]
            options["named_graphs"] = [ox.NamedNode(str(g)) for g in dataset.named_graphs or ()]
        try:
            return self._store.query(sparql, substitutions=substitutions, **options)  # type: ignore[arg-type]
        except SyntaxError as error:
            raise QuerySyntaxError(str(error)) from error
        except OSError as error:
            raise StoreError(f"the query failed on the store at {self.path}: {error}") from error
        except (RuntimeError, ValueError) as error:
            # Evaluation refused the query, e.g. a binding names an unprojected variable.
            raise QueryError(str(error)) from error

    def answer(self, request: QueryRequest) -> QueryAnswer:
        sparql, result_format, max_rows = request.sparql, request.result_format, request.max_rows
        result = self._run(sparql, request.bindings, request.dataset)
        if isinstance(result, ox.QueryTriples):
            chosen = choose_format(result_format, "graph")
            if max_rows is None:
                return QueryAnswer("graph", chosen, _serialize_triples(result, chosen))
            triples = list(islice(result, max_rows + 1))
            body = _serialize_triples(triples[:max_rows], chosen)
            return QueryAnswer("graph", chosen, body, truncated=len(triples) > max_rows)
        form: QueryForm = "ask" if isinstance(result, ox.QueryBoolean) else "select"
        chosen = choose_format(result_format, form)
        if max_rows is None or _within(sparql, max_rows) or isinstance(result, ox.QueryBoolean):
            # The engine's own writer, straight from its terms: no rows pass through Python.
            body = result.serialize(format=_SOLUTION_FORMATS[chosen]) or b""
            return QueryAnswer(form, chosen, body)
        body, truncated = _capped_solutions(result, chosen, max_rows)
        return QueryAnswer(form, chosen, body, truncated=truncated)

    def rows(self, request: QueryRequest) -> tuple[list[str], list[Row]]:
        result = self._run(request.sparql, request.bindings, request.dataset)
        if not isinstance(result, ox.QuerySolutions):
            raise ValueError("select() needs a SELECT query")
        names = [variable.value for variable in result.variables]
        return names, [solution_row(solution, names) for solution in result]

    def ask(self, sparql: str, *, bindings: Mapping[str, Term] | None = None) -> bool:
        result = self._run(sparql, bindings, None)
        if not isinstance(result, ox.QueryBoolean):
            raise ValueError("ask() needs an ASK query")
        return bool(result)

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as error:
            raise QuerySyntaxError(str(error)) from error
        except (OSError, RuntimeError) as error:  # RuntimeError: a read-only store
            raise StoreError(f"the update failed on the store at {self.path}: {error}") from error

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        name = ox.NamedNode(str(graph))
        listed = triples if isinstance(triples, list) else list(triples)
        quads = _quads(listed, name)
        if not self._store.contains_named_graph(name):
            # A new graph. Below the bulk loader's batch size its sorted files are ingested
            # in one RocksDB call, all or nothing, at a quarter of a transaction's CPU
            # (0.13 s against 0.5 s for a 24,000-triple report); a larger graph takes the
            # transactional extend, which is atomic at any size.
            bulk = len(listed) < _BULK_BATCH
            load = self._store.bulk_extend if bulk else self._store.extend
            self._write(lambda: load(quads))
            self.ingested += bulk
            return
        body = ox.serialize((quad.triple for quad in quads), format=ox.RdfFormat.N_TRIPLES)
        self._overwrite(name, body or b"")

    def add_triples(self, graph: URIRef, triples: Sequence[Triple]) -> None:
        # The bulk loader: below its batch one RocksDB ingest, all or nothing, through no
        # memtable (written as 50,000-triple updates, a first link's 669,527 triples at
        # 1,000 reports still took 680 MB: most likely the transactions' memtables).
        if len(triples) >= _BULK_BATCH:
            raise ValueError(f"add at most {_BULK_BATCH - 1} triples at once, not {len(triples)}")
        self._write(lambda: self._store.bulk_extend(_quads(triples, ox.NamedNode(str(graph)))))
        self.ingested += 1

    def replace_graph_ntriples(self, graph: URIRef, ntriples: bytes) -> None:
        """:meth:`replace_graph` from N-Triples (see :func:`to_ntriples`), parsed by the
        store itself: no rdflib or pyoxigraph term passes through Python."""
        name = ox.NamedNode(str(graph))
        if not self._store.contains_named_graph(name):
            # As in replace_graph: one atomic ingest below the bulk loader's batch, one
            # transaction above it (N-Triples holds one triple per line).
            small = ntriples.count(b"\n") < _BULK_BATCH
            load = self._store.bulk_load if small else self._store.load
            self._write(lambda: load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=name))
            self.ingested += small
            return
        self._overwrite(name, ntriples)

    def _write(self, load: Callable[[], None]) -> None:
        try:
            load()
        except (OSError, RuntimeError, SyntaxError) as error:
            raise StoreError(f"the write failed on the store at {self.path}: {error}") from error

    def _overwrite(self, name: ox.NamedNode, ntriples: bytes) -> None:
        """Replace an existing graph: one SPARQL update is one transaction, so DROP and
        INSERT land together."""
        text = ntriples.decode("utf-8")
        self.update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{text}}} }}")

    def drop_graph(self, graph: URIRef) -> None:
        self.update(f"DROP SILENT GRAPH {ox.NamedNode(str(graph))}")

    def named_graphs(self) -> list[URIRef]:
        return sorted(
            URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)
        )

    def dump(self, output: BinaryIO, result_format: ResultFormat = ResultFormat.NQUADS) -> None:
        check_dataset_format(result_format)
        buffer = io.BytesIO()
        self._store.dump(buffer, format=_RDF_FORMATS[result_format])
        output.write(buffer.getvalue())

    def close(self) -> None:
        # Dropping the handle closes RocksDB: while it stays open its background work
        # deletes files a second (read-only) handle on the same folder still reads.
        store = self.__dict__.pop("_store", None)
        if store is not None and not self.read_only and self.path is not None:
            if self.ingested >= _COMPACT_AFTER:
                store.optimize()
            store.flush()
