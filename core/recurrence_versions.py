"""Each report's version, read graph by graph and kept between links.

A report's version is the build keys of the document graphs holding its facts
(:func:`normgraph.recurrence_read.report_versions`, the reference: one scan of every
fact's ``ng:sourceReport``, 2.9 s of CPU at 1,000 reports, paid by every relink). A graph
written from one build key always holds the same facts, so the reports a graph sources
are read once per graph and key and kept (in this process, and beside an on-disk store as
``<store>.report-versions.json.gz``): a relink reads the build records, the list of
graphs, and the reports of the graphs that are new or were written again only. A graph
with no build record is read on every link, as its content may change unannounced.
"""

from __future__ import annotations

import weakref
from typing import Any

from normgraph.graph import GraphStore

from .build_state import BUILD_GRAPH
from .namespaces import NG, RECURRENCE_GRAPH
from .recurrence_files import kept_beside, save_beside

VERSIONS_SUFFIX = ".report-versions.json.gz"
GRAPH_KEYS = (
    f"SELECT ?graph ?key WHERE {{ GRAPH {BUILD_GRAPH.n3()} {{ ?graph <{NG.sha256}> ?key }} }}"
)
"""Every document graph's build key(s)."""


def _graph_reports(graph: str) -> str:
    """The reports one graph holds facts of."""
    pattern = f"GRAPH <{graph}> {{ ?fact <{NG.sourceReport}> ?report }}"
    return f"SELECT DISTINCT ?report WHERE {{ {pattern} }}"


Sourced = dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
"""Per graph: the build keys it was read at and the reports it sources."""
_MEMORY: weakref.WeakKeyDictionary[GraphStore, Sourced] = weakref.WeakKeyDictionary()


def report_versions(store: GraphStore) -> dict[str, str]:
    """:func:`normgraph.recurrence_read.report_versions`, reading again only the graphs
    whose build keys are new, changed or missing."""
    keys: dict[str, list[str]] = {}
    for row in store.select(GRAPH_KEYS)[1]:
        keys.setdefault(str(row["graph"]), []).append(str(row["key"]))
    known = _kept(store)
    sourced: Sourced = {}
    for graph in store.named_graphs():
        if graph in (RECURRENCE_GRAPH, BUILD_GRAPH):
            continue
        name = str(graph)
        signed = tuple(sorted(keys.get(name, ())))
        before = known.get(name)
        if before is not None and signed and before[0] == signed:
            sourced[name] = before
            continue
        _, rows = store.select(_graph_reports(name))
        reports = tuple(sorted(str(row["report"]) for row in rows))
        if reports or signed:
            sourced[name] = (signed, reports)
    _MEMORY[store] = sourced
    if sourced != known:
        _save(store, {g: v for g, v in sourced.items() if v[0]})
    parts: dict[str, list[str]] = {}
    unknown: set[str] = set()
    for name, (signed, reports) in sourced.items():
        for report in reports:
            parts.setdefault(report, []).extend(f"{name} {key}" for key in signed)
            if not signed:
                parts[report].append(f"{name} None")
                unknown.add(report)
    return {r: "" if r in unknown else "|".join(sorted(p)) for r, p in parts.items()}


def _kept(store: GraphStore) -> Sourced:
    """What this process read last, else what was saved beside the store (a cache: one
    that does not read is ignored, and every graph is read again)."""
    return kept_beside(store, _MEMORY, VERSIONS_SUFFIX, _sourced_row)


def _sourced_row(value: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    signed, reports = value
    return tuple(map(str, signed)), tuple(map(str, reports))


def _save(store: GraphStore, sourced: Sourced) -> None:
    save_beside(store, VERSIONS_SUFFIX, {g: [list(k), list(r)] for g, (k, r) in sourced.items()})
