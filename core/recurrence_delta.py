"""Writing the recurrence graph as a change, so relinking after one report costs that report.

The link stage computes the whole recurrence graph in memory (grouping itself is kept
between links: :mod:`normgraph.recurrence_index`). Writing and validating it whole made
every link cost the world: SHACL over every issue, the type of every node of the store
read as context, and the graph rewritten. Instead the new graph is compared with the one
the store holds, as the blocks that wrote it: kept in this process after each link, and
saved beside an on-disk store (``<store>.recurrence-blocks/``: a file per state and a
manifest with a key of the code that rendered them, :mod:`normgraph.recurrence_parts`),
so a new process (``normgraph add``, ``build``) renders and
compares only the blocks whose inputs changed; else the graph is read back whole.
The saved blocks are a cache: they are used only if the store's recurrence graph holds as
many triples as they do and the code is the same, and removed before each write;

- only the nodes whose description changed are validated, with the context their shapes
  read (the types of the nodes they link to, the full description of the findings and
  assessments they add links to), not the store's every type;
- only the triples that changed are written, in one SPARQL update (one transaction:
  readers see the old graph or the new one);
- a first link (no graph yet) writes it in parts of :data:`FIRST_BATCH` triples: one
  atomic load of the whole graph was the link's peak of memory (about 0.8 KB a triple,
  550 MB at 1,000 reports). The build graph says the graph is being written
  (:data:`PENDING`) until the last part is in, so a build stopped halfway relinks at the
  next build, which compares what the store holds with what it should and writes the rest.

Literals are compared by value (the store writes ``0.30`` back as ``0.3``).
"""

from __future__ import annotations

import hashlib
import shutil
import weakref
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.metadata import version
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.term import Node

from normgraph.graph import GraphStore

from . import recurrence_parts
from .build_state import BUILD_GRAPH
from .namespaces import NG, RDF, RECURRENCE_GRAPH
from .recurrence_blocks import Blocks, Delta, Triple, triple_key
from .recurrence_index import beside

_WRITTEN: weakref.WeakKeyDictionary[GraphStore, Blocks] = weakref.WeakKeyDictionary()
_BATCH = 400
"""IRIs per VALUES block when reading context from the store."""
BLOCKS_SUFFIX = ".recurrence-blocks"
"""The folder of the saved blocks, beside an on-disk store."""
_ONE_FILE = ".recurrence-blocks.json.gz"
"""Where earlier code saved every block in one file (removed when blocks are saved)."""

FIRST_BATCH = 50_000
"""Triples per part when a first link writes the recurrence graph, each through the store's
bulk loader (:meth:`GraphStore.add_triples`): 669,527 triples at 1,000 reports took +34 MB
that way, +814 MB as SPARQL updates of the same size."""
PENDING = f"{RECURRENCE_GRAPH.n3()} {NG.writtenInParts.n3()} true"
"""In the build graph while a first link writes the recurrence graph in parts."""

__all__ = [
    "Delta",
    "delta",
    "forget",
    "kept",
    "pending",
    "previous",
    "validation_context",
    "write",
]


@cache
def code_key() -> str:
    """A hash of the package's code and rdflib's version: blocks saved by other code may
    render otherwise, so they are not reused."""
    digest = hashlib.sha256(version("rdflib").encode())
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def kept(store: GraphStore) -> Blocks | None:
    """The blocks the last link wrote for the store (kept in this process, else saved
    beside it), if the store still holds that graph (as many triples), else None."""
    if not store.graph_exists(RECURRENCE_GRAPH):
        return None
    blocks = _WRITTEN.get(store)
    if blocks is None:
        blocks = _saved(store)
    if blocks is None or store.count_triples(RECURRENCE_GRAPH) != len(blocks):
        return None
    _WRITTEN[store] = blocks
    return blocks


def _saved(store: GraphStore) -> Blocks | None:
    """The blocks saved beside the store, if there are some from this code that read."""
    folder = beside(store, BLOCKS_SUFFIX)
    return None if folder is None else recurrence_parts.load(folder, code_key())


def _save(store: GraphStore, blocks: Blocks, last: Blocks | None = None) -> None:
    """Save the blocks beside an on-disk store, only the parts that differ from ``last``
    written again; a failure leaves none."""
    folder = beside(store, BLOCKS_SUFFIX)
    if folder is not None:
        recurrence_parts.save(folder, blocks, last, code_key())


def _unsaved(store: GraphStore, whole: bool = False) -> None:
    """The saved blocks made unreadable (their manifest removed; ``whole``: their folder),
    and the one file earlier code saved them to removed."""
    folder = beside(store, BLOCKS_SUFFIX)
    if folder is None:
        return
    if whole:
        shutil.rmtree(folder, ignore_errors=True)
    else:
        (folder / recurrence_parts.MANIFEST).unlink(missing_ok=True)
    folder.with_name(folder.name.removesuffix(BLOCKS_SUFFIX) + _ONE_FILE).unlink(missing_ok=True)


def previous(store: GraphStore) -> Iterable[Triple] | None:
    """The recurrence graph's triples the store holds: the copy this process wrote last, if
    the store still holds as many triples, else read back; None if there is none.

    Read back as rows of one SELECT, not parsed into an rdflib graph: only compared, never
    queried (122,153 triples at 100 synthetic reports: 2.9 s CPU instead of 4.6 s)."""
    if not store.graph_exists(RECURRENCE_GRAPH):
        return None
    blocks = _WRITTEN.get(store)
    if blocks is not None and store.count_triples(RECURRENCE_GRAPH) == len(blocks):
        return list(blocks.all_triples())
    _, rows = store.select(
        f"SELECT ?s ?p ?o WHERE {{ GRAPH {RECURRENCE_GRAPH.n3()} {{ ?s ?p ?o }} }}"
    )
    return [(row["s"], row["p"], row["o"]) for row in rows]


def delta(old: Iterable[Triple] | None, new: Iterable[Triple]) -> Delta:
    """The triples to remove and to add to turn ``old`` into ``new``, and their subjects."""
    if old is None:
        triples = list(new)
        return Delta([], triples, {t[0] for t in triples}, first=True)
    before = {triple_key(t): t for t in old}
    after = {triple_key(t): t for t in new}
    removed = [t for k, t in before.items() if k not in after]
    added = [t for k, t in after.items() if k not in before]
    changed = {t[0] for t in removed} | {t[0] for t in added}
    return Delta(removed, added, changed, first=False)


def write(store: GraphStore, change: Delta, new: Blocks) -> None:
    """Apply the change in one update (or write the graph whole the first time), and keep
    the new blocks for the next link's comparison (in this process and beside the store:
    the saved ones are made unreadable first, so a crash never leaves blocks of another
    graph; of their files, only the parts that changed are written again)."""
    last = _WRITTEN.pop(store, None)
    _unsaved(store)
    if change.first:
        _write_in_parts(store, change.added)
    elif change.removed or change.added:
        name = RECURRENCE_GRAPH.n3()
        steps = []
        if change.removed:
            steps.append(f"DELETE DATA {{ GRAPH {name} {{\n{_ntriples(change.removed)}}} }}")
        if change.added:
            steps.append(f"INSERT DATA {{ GRAPH {name} {{\n{_ntriples(change.added)}}} }}")
        store.update(" ;\n".join(steps))
    if pending(store):  # the rest of a graph a stopped link wrote in part is in now
        store.update(f"DELETE DATA {{ GRAPH {BUILD_GRAPH.n3()} {{ {PENDING} }} }}")
    _WRITTEN[store] = new
    _save(store, new, last)


def pending(store: GraphStore) -> bool:
    """Whether a link stopped while writing the recurrence graph in parts (the next build
    relinks, whatever else changed)."""
    return store.ask(f"ASK {{ GRAPH {BUILD_GRAPH.n3()} {{ {PENDING} }} }}")


def _write_in_parts(store: GraphStore, triples: list[Triple]) -> None:
    """A first link's graph in updates of :data:`FIRST_BATCH` triples, marked
    :data:`PENDING` in the build graph until the last one is in."""
    store.update(f"INSERT DATA {{ GRAPH {BUILD_GRAPH.n3()} {{ {PENDING} }} }}")
    for start in range(0, len(triples), FIRST_BATCH):
        store.add_triples(RECURRENCE_GRAPH, triples[start : start + FIRST_BATCH])
    store.update(f"DELETE DATA {{ GRAPH {BUILD_GRAPH.n3()} {{ {PENDING} }} }}")


def forget(store: GraphStore) -> None:
    """Drop the copy kept for a store (in this process and beside it): the next link
    reads the graph back."""
    _WRITTEN.pop(store, None)
    _unsaved(store, whole=True)


def _ntriples(triples: Iterable[Triple]) -> str:
    return "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples)


def _chunks(nodes: list[URIRef]) -> Iterator[list[URIRef]]:
    for start in range(0, len(nodes), _BATCH):
        yield nodes[start : start + _BATCH]


def validation_context(store: GraphStore, new: Graph, focus: set[Node]) -> Graph:
    """What the shapes of the changed nodes read: their description and that of the
    recurrence nodes they link to, the type of every node they link to, and the full
    description of the nodes of other graphs they add links to (findings, assessments)."""
    context = Graph()
    near = set(focus)
    for subject in focus:
        for _, _, value in new.triples((subject, None, None)):
            near.add(value)
    for subject in near:
        for triple in new.triples((subject, None, None)):
            context.add(triple)
    own = set(new.subjects(RDF.type, None))
    outside = sorted((s for s in focus - own if isinstance(s, URIRef)), key=str)
    for batch in _chunks(outside):
        values = " ".join(node.n3() for node in batch)
        _, rows = store.select(f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?o }}")
        for row in rows:
            context.add((row["s"], row["p"], row["o"]))
    linked = sorted({n for t in context for n in (t[0], t[2]) if isinstance(n, URIRef)}, key=str)
    for batch in _chunks(linked):
        values = " ".join(node.n3() for node in batch)
        _, rows = store.select(f"SELECT ?s ?type WHERE {{ VALUES ?s {{ {values} }} ?s a ?type }}")
        for row in rows:
            context.add((row["s"], RDF.type, row["type"]))
    return context
