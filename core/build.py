"""The build: every report in a corpus through the pipeline into the store.

Per document: read -> detect genre -> extract facts -> resolve entities -> RDF -> SHACL ->
write its named graph in one transaction. A document that fails at any stage is not written and the
others still load; its problems are kept in the outcome for the summary and the report
file. Reference graphs (ontology, vocabularies, reference vocabulary) are rewritten on
every build; once every document is written, the recurrence stage
(:mod:`normgraph.recurrence`) recomputes recurring issues and assessments across them.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

from rdflib import Graph
from rdflib.compare import to_canonical_graph

from .graph import GraphStore
from .loaders.base import ExtractionError
from .loaders.rdf.triples import extraction_to_graph
from .loaders.registry import loader_for
from .loaders.resolve.resolution import resolve
from .loaders.text.genres import UnknownGenreError, detect_genre
from .loaders.text.source import SourceError, corpus_files, read_source
from .namespaces import BASE, ONTOLOGY_GRAPH, REFERENCE_GRAPH, VOCABULARIES_GRAPH, document_graph
from .ontology import ontology_graph, reference_vocabulary_graph, vocabularies_graph
from .recurrence import LinkOutcome, link
from .validation import Violation, validate_graph


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
    error: str | None = None
    seconds: float = 0.0

    @property
    def written(self) -> bool:
        return self.error is None and not any(v.blocks for v in self.violations)

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["written"] = self.written
        return data


def load_reference_graphs(store: GraphStore) -> None:
    """Write the ontology, the vocabularies and the reference vocabulary into their graphs."""
    store.replace_graph(ONTOLOGY_GRAPH, stable_blank_nodes(ontology_graph()))
    store.replace_graph(VOCABULARIES_GRAPH, stable_blank_nodes(vocabularies_graph()))
    store.replace_graph(REFERENCE_GRAPH, stable_blank_nodes(reference_vocabulary_graph()))


def stable_blank_nodes(graph: Graph) -> Graph:
    """The graph with its blank nodes (OWL unions, lists) as IRIs that a rebuild repeats.

    A store gives each inserted blank node a fresh label, so two builds would differ;
    canonical labelling (RDF graph canonicalisation) then skolemisation makes them stable.
    """
    canonical = to_canonical_graph(graph)
    return canonical.skolemize(authority=BASE, basepath=".well-known/genid/")


def extract_document(path: Path) -> tuple[DocumentOutcome, Graph | None]:
    """Read, extract and validate one document; nothing is written here."""
    started = time.perf_counter()
    outcome = DocumentOutcome(file=path.name, document_id=path.stem)
    graph: Graph | None = None
    try:
        source = read_source(path)
        genre = detect_genre(source.text)
        loader = loader_for(genre)
        outcome.genre, outcome.loader = genre.value, loader.name
        extraction = resolve(loader.extract(source))
        outcome.facts_by_kind = extraction.counts_by_kind()
        outcome.facts_by_method = extraction.counts_by_method()
        graph = extraction_to_graph(source, extraction, loader.name)
        outcome.triples = len(graph)
        outcome.violations = validate_graph(graph)
    except (SourceError, UnknownGenreError, ExtractionError) as error:
        outcome.error = str(error)
    except Exception as error:  # a loader bug must not stop the other documents
        outcome.error = f"internal error in {outcome.loader or 'the pipeline'}: {error!r}"
    outcome.seconds = time.perf_counter() - started
    return outcome, graph


def build_document(store: GraphStore, path: Path) -> DocumentOutcome:
    """Extract one document and, if it is clean, replace its named graph atomically."""
    outcome, graph = extract_document(path)
    if outcome.written and graph is not None:
        store.replace_graph(document_graph(outcome.document_id), graph)
    return outcome


class BuildProgress(Protocol):
    """Told as the build moves from document to document (the CLI draws a progress bar)."""

    def starting(self, path: Path) -> None: ...

    def finished(self, outcome: DocumentOutcome) -> None: ...

    def linked(self, outcome: LinkOutcome) -> None: ...


def build_corpus(
    store: GraphStore, corpus: Path, progress: BuildProgress | None = None
) -> list[DocumentOutcome]:
    """Build every report in ``corpus`` (reference graphs first, cross-document links last)."""
    files = corpus_files(corpus)
    load_reference_graphs(store)
    outcomes = []
    for path in files:
        if progress is not None:
            progress.starting(path)
        outcome = build_document(store, path)
        outcomes.append(outcome)
        if progress is not None:
            progress.finished(outcome)
    linked = link(store)
    if progress is not None:
        progress.linked(linked)
    return outcomes


def write_report(outcomes: list[DocumentOutcome], path: Path) -> Path:
    """Save the build's outcomes, violations included, as JSON for later reading."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps([outcome.as_dict() for outcome in outcomes], indent=2, default=str) + "\n",
        encoding="utf-8",
    )
    return path
