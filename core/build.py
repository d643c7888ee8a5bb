"""The build: every report in a corpus through the pipeline into the store.

Per document: read -> detect genre -> extract facts -> resolve entities -> RDF -> SHACL ->
write its named graph in one transaction. A fact that fails a blocking shape is quarantined
(:mod:`normgraph.quarantine`): left out and listed, while the rest of its report loads. A
document that fails at any other stage, or whose report node cannot be identified, is not
written and the others still load; its problems are kept in the outcome for the summary
and the report file. Reference graphs (ontology, vocabularies, reference vocabulary) are
rewritten when the pipeline that writes them changed; once every document is written, the
recurrence stage (:mod:`normgraph.recurrence`) recomputes recurring issues and
assessments across them.
"""

from __future__ import annotations

import gc
import multiprocessing
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol

from rdflib import Graph
from rdflib.compare import to_canonical_graph
from rdflib.term import Node

from normgraph.graph import GraphStore
from normgraph.graph.embedded import to_ntriples
from normgraph.loaders.base import ExtractionError
from normgraph.loaders.rdf.triples import extraction_triples, source_iri
from normgraph.loaders.registry import loader_for
from normgraph.loaders.resolve.resolution import resolve
from normgraph.loaders.text.genres import UnknownGenreError, read_genre
from normgraph.loaders.text.source import SourceError, corpus_files, read_source
from normgraph.ontology import ontology_graph, reference_vocabulary_graph, vocabularies_graph

from .build_state import (
    Record,
    build_key,
    forget,
    graphs_current,
    graphs_stating_report,
    graphs_typing_report,
    mark_graphs,
    normalised_text_hash,
    read_records,
    reference_key,
    report_identity,
    write_records,
)
from .config import Settings
from .document_triples import DocumentTriples
from .namespaces import (
    BASE,
    GRAPH,
    NG,
    ONTOLOGY_GRAPH,
    REFERENCE_GRAPH,
    VOCABULARIES_GRAPH,
    document_graph,
)
from .quarantine import (
    QuarantineOutcome,
    UnidentifiedReportError,
    validate_clean,
    validate_with_quarantine,
)
from .recurrence import LinkOutcome
from .recurrence import link as link_recurrence
from .recurrence_delta import pending as link_pending
from .validation import Violation


@dataclass
class DocumentOutcome:
    """What happened to one document in a build."""

    file: str
    document_id: str
    genre: str | None = None
    loader: str | None = None
    triples: int = 0
    facts_by_kind: dict[str, int] = field(default_factory=dict)
    facts_by_method: dict[str, int] = field(default_factory=dict)
    violations: list[Violation] = field(default_factory=list)
    quarantined: list[Violation] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    unchanged: bool = False
    text_hash: str = ""
    identity: list[tuple[str, str]] = field(default_factory=list)
    """The report node's creator, genre, election and issue date (predicate, N3 value)."""
    report: str = ""
    """The report node's IRI."""
    genre_warning: str | None = None
    """Why the genre is only a weak guess (no genre's cues were strong enough), else None."""

    @property
    def written(self) -> bool:
        """Whether the document is in the store as this build leaves it."""
        return self.error is None and not any(v.blocks for v in self.violations)

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["written"] = self.written
        return data


REFERENCE_GRAPHS = (ONTOLOGY_GRAPH, VOCABULARIES_GRAPH, REFERENCE_GRAPH)


def load_reference_graphs(store: GraphStore, *, force: bool = False) -> bool:
    """Write the ontology, the vocabularies and the reference vocabulary into their graphs,
    unless the store holds them as this pipeline writes them (``force`` writes them
    anyway): parsing, canonicalising and rewriting them cost about 1.5 s of CPU on every
    build, a third of rebuilding one changed report. Whether they were written."""
    key = reference_key()
    if not force and graphs_current(store, REFERENCE_GRAPHS, key):
        return False
    store.replace_graph(ONTOLOGY_GRAPH, stable_blank_nodes(ontology_graph()))
    store.replace_graph(VOCABULARIES_GRAPH, stable_blank_nodes(vocabularies_graph()))
    store.replace_graph(REFERENCE_GRAPH, stable_blank_nodes(reference_vocabulary_graph()))
    mark_graphs(store, REFERENCE_GRAPHS, key)
    return True


def stable_blank_nodes(graph: Graph) -> Graph:
    """The graph with its blank nodes (OWL unions, lists) as IRIs that a rebuild repeats.

    A store gives each inserted blank node a fresh label, so two builds would differ;
    canonical labelling (RDF graph canonicalisation) then skolemisation makes them stable.
    """
    canonical = to_canonical_graph(graph)
    return canonical.skolemize(authority=BASE, basepath=".well-known/genid/")


def extract_document(path: Path) -> tuple[DocumentOutcome, DocumentTriples | None]:
    """Read, extract and validate one document; nothing is written here. Its triples are
    kept in a plain list: an rdflib graph is built only when pySHACL must answer."""
    started, cpu = time.perf_counter(), time.process_time()
    outcome = DocumentOutcome(file=path.name, document_id=path.stem)
    triples: DocumentTriples | None = None
    try:
        source = read_source(path)
        outcome.text_hash = normalised_text_hash(source.text)
        reading = read_genre(source.text)
        genre, outcome.genre_warning = reading.genre, reading.weak_guess
        loader = loader_for(genre)
        outcome.genre, outcome.loader = genre.value, loader.name
        extraction = resolve(loader.extract(source))
        outcome.facts_by_kind = extraction.counts_by_kind()
        outcome.facts_by_method = extraction.counts_by_method()
        written = DocumentTriples(extraction_triples(source, extraction, loader.name))
        checked, written = validate_document(written)
        outcome.violations, outcome.quarantined = checked.violations, checked.quarantined
        outcome.triples = len(written)
        outcome.identity = report_identity(written, source_iri(source))
        outcome.report = str(written.subject_of(NG.sourceText, source_iri(source)) or "")
        triples = written
    except UnidentifiedReportError as error:
        outcome.error, outcome.violations = str(error), error.violations
    except (SourceError, UnknownGenreError, ExtractionError) as error:
        outcome.error = str(error)
    except Exception as error:  # a loader bug must not stop the other documents
        outcome.error = f"internal error in {outcome.loader or 'the pipeline'}: {error!r}"
    outcome.seconds = time.perf_counter() - started
    outcome.cpu_seconds = time.process_time() - cpu
    return outcome, triples


def validate_document(
    written: DocumentTriples,
) -> tuple[QuarantineOutcome, DocumentTriples]:
    """The SHACL stage with quarantine: what it found, and the triples kept. A document
    the compiled check passes keeps its plain triples; otherwise pySHACL and the
    quarantine answer on an rdflib graph, which the quarantine edits."""
    checked = validate_clean(written)
    if checked is not None:
        return checked, written
    graph = written.graph()
    checked = validate_with_quarantine(graph)
    return checked, DocumentTriples(graph)


def _extract_for_pool(path: Path) -> tuple[DocumentOutcome, bytes | None]:
    """:func:`extract_document` for a worker process, its graph as N-Triples: one bytes
    object crosses to the writing process, which the store parses without building a
    Python object per term (unpickling rdflib terms, and the garbage collections they
    set off, cost the writing process more than the write itself)."""
    outcome, triples = extract_document(path)
    ntriples = None if triples is None else to_ntriples(triples)
    del triples
    settle_heap()
    return outcome, ntriples


@cache
def settle_heap() -> None:
    """Once per process, after its first document: collect, then freeze what is left (the
    parsed shapes, vocabularies and compiled patterns the pipeline keeps for good), so
    that the collector's full passes no longer walk those 10^5 objects again and again
    while the next documents are extracted (0.15-0.4 s CPU of an ODIHR-size report)."""
    gc.collect()
    gc.freeze()


class BuildProgress(Protocol):
    """Told as the build moves from document to document (the CLI draws a progress bar)."""

    def starting(self, path: Path) -> None: ...

    def finished(self, outcome: DocumentOutcome) -> None: ...

    def linked(self, outcome: LinkOutcome) -> None: ...


def build_corpus(
    store: GraphStore,
    corpus: Path,
    progress: BuildProgress | None = None,
    *,
    force: bool = False,
    settings: Settings | None = None,
    relink: bool = True,
) -> list[DocumentOutcome]:
    """Make the store mirror ``corpus``: new and changed files extracted, unchanged ones
    kept, graphs of files no longer there removed, then cross-document links recomputed.

    ``force`` extracts every file again; ``relink=False`` leaves the links as they are
    (a bulk load then links once, with :func:`link`). Reference graphs are brought up to date first.
    """
    files = corpus_files(corpus)
    load_reference_graphs(store, force=force)
    names = {path.name for path in files}
    gone = [r for r in read_records(store).values() if r.file_name not in names]
    for record in gone:
        forget(store, record.document_id)
    return add_files(
        store, files, progress, force=force, settings=settings, relink=relink, moved=bool(gone)
    )


def add_files(
    store: GraphStore,
    files: list[Path],
    progress: BuildProgress | None = None,
    *,
    force: bool = False,
    settings: Settings | None = None,
    relink: bool = True,
    moved: bool = False,
) -> list[DocumentOutcome]:
    """Load or reload ``files`` (unchanged ones are skipped), then relink if anything moved
    (``moved``: the caller removed documents) unless ``relink`` is off.

    Extraction runs in a pool of ``settings.build_workers`` processes; documents are
    written one by one in file order, so the store ends as a serial build leaves it. A
    file larger than ``settings.max_file_mb``, or a second copy of a loaded report (same
    normalised text, or same report identity), is refused with an error naming why.
    """
    settings = settings or Settings()
    records = read_records(store)
    outcomes: dict[Path, DocumentOutcome] = {}
    keys: dict[Path, str] = {}
    pending = []
    for path in files:
        refused = _oversize(path, settings.max_file_mb)
        if refused is not None:
            outcomes[path] = refused
            continue
        keys[path] = build_key(path)
        record = records.get(path.stem)
        graph = document_graph(path.stem)
        if not force and record is not None and record.key == keys[path]:
            triples = record.triples if record.triples is not None else store.count_triples(graph)
            outcomes[path] = DocumentOutcome(path.name, path.stem, triples=triples, unchanged=True)
            if progress is not None:
                progress.finished(outcomes[path])
        else:
            pending.append(path)
    extracted = _extracted(pending, settings.build_workers, progress)
    written: list[Record] = []
    try:
        for path, (outcome, ntriples) in zip(pending, extracted, strict=True):
            if outcome.written and ntriples is not None:
                outcome.error = _duplicate_of(store, outcome, records)
            if outcome.written and ntriples is not None:
                if outcome.document_id in records:
                    # out whole, then ingested anew in one atomic step (a third of the CPU
                    # of a SPARQL update): readers see the old report, none, or the new one
                    forget(store, outcome.document_id)
                store.replace_graph_ntriples(document_graph(outcome.document_id), ntriples)
                identity = (outcome.document_id, outcome.file, keys[path], outcome.text_hash)
                written.append(Record(*identity, outcome.triples))
                records[outcome.document_id] = written[-1]
            outcomes[path] = outcome
            if progress is not None:
                progress.finished(outcome)
    finally:  # records after their graphs, together; a graph without one is redone
        write_records(store, written)
    # A link stopped while writing a first recurrence graph left it in part: linked again.
    loaded = any(o.written and not o.unchanged for o in outcomes.values())
    if relink and (moved or loaded or link_pending(store)):
        linked = link(store)
        if progress is not None:
            progress.linked(linked)
    return [outcomes[path] for path in files]


def remove_documents(store: GraphStore, names: list[str]) -> list[str]:
    """Take the named files' documents out of the store and relink; the names not found."""
    records = read_records(store)
    by_name = {record.file_name: record for record in records.values()}
    missing = [name for name in names if name not in by_name]
    for name in names:
        if name in by_name:
            forget(store, by_name[name].document_id)
    if len(missing) < len(names):
        link(store)
    return missing


def _extracted(
    paths: list[Path], workers: int, progress: BuildProgress | None
) -> Iterator[tuple[DocumentOutcome, bytes | None]]:
    """Each path's extraction, in order; in worker processes when there is more than one."""
    if workers <= 1 or len(paths) <= 1:
        for path in paths:
            if progress is not None:
                progress.starting(path)
            yield _extract_for_pool(path)
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    with ProcessPoolExecutor(min(workers, len(paths)), mp_context=context) as pool:
        results = pool.map(_extract_for_pool, paths)
        for path in paths:
            if progress is not None:
                progress.starting(path)  # the one the build now waits for
            yield next(results)


def _oversize(path: Path, limit_mb: float) -> DocumentOutcome | None:
    """An error outcome for a file over the size cap (checked before it is read)."""
    try:
        size = path.stat().st_size
    except OSError as error:
        return DocumentOutcome(path.name, path.stem, error=f"{path}: cannot read: {error}")
    if size <= limit_mb * 1024 * 1024:
        return None
    return DocumentOutcome(
        path.name,
        path.stem,
        error=f"{path.name}: {size / 1024 / 1024:.1f} MB is over the {limit_mb:g} MB limit "
        "for one report (set NORMGRAPH_MAX_FILE_MB to raise it)",
    )


def _duplicate_of(
    store: GraphStore, outcome: DocumentOutcome, records: dict[str, Record]
) -> str | None:
    """Why ``outcome``'s document repeats one already loaded, or None."""
    for record in records.values():
        if record.document_id != outcome.document_id and record.text_hash == outcome.text_hash:
            return (
                f"refused: the same text as {record.file_name}, already loaded "
                f"(remove that file first to load this one instead)"
            )
    own = document_graph(outcome.document_id)
    for graph in graphs_stating_report(store, outcome.identity):
        if graph != own:
            return (
                "refused: the same report (same creator, genre, election and date) as "
                f"{_file_of(graph, records)}, already loaded"
            )
    for graph in graphs_typing_report(store, outcome.report) if outcome.report else []:
        if graph != own:
            return (
                f"refused: its report IRI <{outcome.report}> is already "
                f"{_file_of(graph, records)}'s (same creator, year, genre, state and title "
                "subject): loading both would merge two reports' facts"
            )
    return None


def _file_of(graph: Node, records: dict[str, Record]) -> str:
    """The file a document graph was loaded from (the graph's IRI if it has no record)."""
    other = records.get(str(graph).removeprefix(GRAPH + "doc/"))
    return other.file_name if other is not None else str(graph)


def link(store: GraphStore) -> LinkOutcome:
    """Recompute the cross-document links (:func:`normgraph.recurrence.link`): only the
    recurrence nodes that changed are validated and written."""
    return link_recurrence(store)
