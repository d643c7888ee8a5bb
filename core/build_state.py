"""What the store remembers of its builds, so a build redoes only what changed.

One record per document in the build graph (``graph/build``), on the document's graph IRI:
``ng:fileName`` (the file it came from), ``ng:sha256`` (the build key: the file's bytes
and the pipeline's code and data hashed together, so an edited file or a changed loader
both mean "extract again") and ``dcterms:identifier`` (the hash of its normalised text,
to refuse a second copy of a loaded report under another name) and ``void:triples`` (how
many triples its graph holds, so that a build skipping it need not count them again: at a
thousand reports counting would scan every document graph).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import rdflib
from rdflib import Literal, URIRef

from normgraph.graph import GraphStore

from .document_triples import DocumentTriples
from .namespaces import DCTERMS, GRAPH, NG, VOID, document_graph, sparql_prefixes

BUILD_GRAPH = URIRef(GRAPH + "build")
PIPELINE_PARTS = (
    "loaders",
    "ontology",
    "build.py",
    "validation.py",
    "compiled_shapes.py",
    "compiled_check.py",
    "quarantine.py",
    "document_triples.py",
)
"""What decides a document graph's content: a change to any of them rebuilds every file."""
_PIPELINE_SUFFIXES = {".py", ".ttl", ".json", ".csv", ".tsv", ".yaml", ".yml", ".txt"}


@dataclass(frozen=True)
class Record:
    """The build graph's memory of one document."""

    document_id: str
    file_name: str
    key: str
    text_hash: str
    triples: int | None = None
    """Triples in the document graph; None in a record written before it was kept."""


@cache
def pipeline_fingerprint() -> str:
    """A hash of the code and data files that turn a report into its graph."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for part in PIPELINE_PARTS:
        path = (root / part).resolve()
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and file.suffix in _PIPELINE_SUFFIXES:
                digest.update(file.relative_to(path.parent).as_posix().encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()


def build_key(path: Path) -> str:
    """The file's bytes and the pipeline fingerprint, hashed: equal keys, equal graphs."""
    digest = hashlib.sha256(pipeline_fingerprint().encode())
    digest.update(path.read_bytes())
    return digest.hexdigest()


def reference_key() -> str:
    """What the reference graphs are made from: the pipeline's files (the ontology folder
    and the code that writes them among them) and rdflib's version (whose canonical
    labelling names their blank nodes)."""
    made_from = f"{pipeline_fingerprint()} rdflib {rdflib.__version__}"
    return hashlib.sha256(made_from.encode()).hexdigest()


def graphs_current(store: GraphStore, graphs: tuple[URIRef, ...], key: str) -> bool:
    """Whether every one of ``graphs`` is in the store, written from ``key``
    (see :func:`mark_graphs`)."""
    checks = " ".join(
        f"GRAPH {BUILD_GRAPH.n3()} {{ {graph.n3()} {NG.sha256.n3()} {Literal(key).n3()} }} "
        f"FILTER EXISTS {{ GRAPH {graph.n3()} {{ ?s ?p ?o }} }}"
        for graph in graphs
    )
    return store.ask(f"ASK {{ {checks} }}")


def mark_graphs(store: GraphStore, graphs: tuple[URIRef, ...], key: str) -> None:
    """Remember that ``graphs`` were written from ``key``."""
    store.update(
        " ;\n".join(
            f"DELETE WHERE {{ GRAPH {BUILD_GRAPH.n3()} {{ {graph.n3()} {NG.sha256.n3()} ?key }} }}"
            for graph in graphs
        )
        + " ;\nINSERT DATA { GRAPH "
        + BUILD_GRAPH.n3()
        + " { "
        + " ".join(f"{graph.n3()} {NG.sha256.n3()} {Literal(key).n3()} ." for graph in graphs)
        + " } }"
    )


def normalised_text_hash(text: str) -> str:
    """A hash that two copies of one report share whatever their line breaks or spacing."""
    return hashlib.sha256(" ".join(text.casefold().split()).encode("utf-8")).hexdigest()


_RECORDS = sparql_prefixes("ng", "dcterms") + (
    """SELECT ?graph ?file ?key ?text ?triples WHERE { GRAPH <%s> {
  ?graph ng:fileName ?file ; ng:sha256 ?key ; dcterms:identifier ?text
  OPTIONAL { ?graph """
    + VOID.triples.n3()
    + """ ?triples } } }
"""
)


def read_records(store: GraphStore) -> dict[str, Record]:
    """Every document's record, by document id."""
    _, rows = store.select(_RECORDS % BUILD_GRAPH)
    prefix = GRAPH + "doc/"
    records = {}
    for row in rows:
        document_id = str(row["graph"]).removeprefix(prefix)
        triples = row.get("triples")
        records[document_id] = Record(
            document_id,
            str(row["file"]),
            str(row["key"]),
            str(row["text"]),
            None if triples is None else int(str(triples)),
        )
    return records


def write_record(store: GraphStore, record: Record) -> None:
    """Replace one document's record."""
    write_records(store, [record])


def write_records(store: GraphStore, records: list[Record]) -> None:
    """Replace several documents' records in one update: a build writes its new records
    together after its graphs, because a small write between two bulk loads makes RocksDB
    flush and compact it with the next load's files (scale16a, docs/build.md)."""
    if not records:
        return
    deletes: list[str] = []
    inserts: list[str] = []
    for record in records:
        graph = document_graph(record.document_id)
        values = [
            (NG.fileName, Literal(record.file_name)),
            (NG.sha256, Literal(record.key)),
            (DCTERMS.identifier, Literal(record.text_hash)),
        ]
        if record.triples is not None:
            values.append((VOID.triples, Literal(record.triples)))
        deletes.append(f"DELETE WHERE {{ GRAPH {BUILD_GRAPH.n3()} {{ {graph.n3()} ?p ?o }} }}")
        inserts.extend(f"{graph.n3()} {p.n3()} {o.n3()} ." for p, o in values)
    store.update(
        " ;\n".join(deletes)
        + f" ;\nINSERT DATA {{ GRAPH {BUILD_GRAPH.n3()} {{ {' '.join(inserts)} }} }}"
    )


def forget(store: GraphStore, document_id: str) -> None:
    """Drop a document's graph and its record in one update."""
    graph = document_graph(document_id)
    store.update(
        f"DROP SILENT GRAPH {graph.n3()} ;\n"
        f"DELETE WHERE {{ GRAPH {BUILD_GRAPH.n3()} {{ {graph.n3()} ?p ?o }} }}"
    )


IDENTITY = (DCTERMS.creator, NG.genre, NG.election, DCTERMS.issued)
"""What identifies a report: two documents agreeing on all of them state the same report."""


def report_identity(graph: DocumentTriples, source: URIRef) -> list[tuple[str, str]]:
    """The identifying values of the report read from ``source``; empty without an election
    (a report that names none is told apart by its text only)."""
    report = graph.subject_of(NG.sourceText, source)
    if report is None or graph.value(report, NG.election) is None:
        return []
    return sorted((p.n3(), o.n3()) for p in IDENTITY for o in graph.objects(report, p))


def graphs_typing_report(store: GraphStore, report: str) -> list[URIRef]:
    """The document graphs that describe the report node ``report``."""
    sparql = f"SELECT DISTINCT ?graph WHERE {{ GRAPH ?graph {{ <{report}> a <{NG.Report}> }} }}"
    _, rows = store.select(sparql)
    return sorted(g for row in rows if isinstance(g := row["graph"], URIRef))


def graphs_stating_report(store: GraphStore, identity: list[tuple[str, str]]) -> list[URIRef]:
    """The document graphs whose own report has every value of ``identity``."""
    if not identity:
        return []
    # The identifying values first: Oxigraph joins in the written order, and every report
    # has a source text, so opening with it made each check read every report loaded.
    pattern = " ; ".join(f"{predicate} {value}" for predicate, value in identity)
    sparql = (
        "SELECT DISTINCT ?graph WHERE { GRAPH ?graph { "
        f"?report {pattern} ; <{NG.sourceText}> ?source }} }}"
    )
    _, rows = store.select(sparql)
    return sorted(g for row in rows if isinstance(g := row["graph"], URIRef))
