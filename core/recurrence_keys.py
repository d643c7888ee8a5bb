"""Each observer's statement's key and report, kept per report version between links.

:func:`normgraph.recurrence_read.statement_keys` (the reference) runs four queries over
every statement of the store: 1.65 of the 1.79 s a relink spent on statements at 200
reports, paid again by every relink in a new process. A report's statements come from its
document graphs, so the keys it holds change only with its version (as
:func:`.recurrence_read.current_statements` already assumes): the keys are read again
only for reports whose version is new, changed or unknown (""), and kept in this process
and beside an on-disk store (``<store>.statement-keys.json.gz``). The recurrence graph's
own assessments (``ng:InferredAssessment``, typed in the same block) are left out by
both, so a link that rewrites it does not make the kept keys stale. Which of them say
"fully implemented" is kept beside them (a status is a fact of the statement's report too):
the link counts them on each issue (:mod:`.recurrence_judged`).
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping, Sequence
from typing import Any

from rdflib import URIRef

from normgraph.graph import GraphStore

from .recurrence_files import kept_beside, save_beside
from .recurrence_read import (
    _PREFIXES,
    FULLY_IMPLEMENTED,
    PAGE,
    STATEMENT_KEYS,
    _of_reports,
    stale_reports,
)

KEYS_SUFFIX = ".statement-keys.json.gz"
_OF_REPORTS = {
    "typed": STATEMENT_KEYS["typed"],
    "inferred": "SELECT DISTINCT ?item WHERE { ?item ng:sourceReport ?report ; "
    "a ng:InferredAssessment }",
    "software": "SELECT DISTINCT ?item WHERE { ?item ng:sourceReport ?report ; "
    "ng:assessor ?agent . ?agent a prov:SoftwareAgent }",
    "evidenced": "SELECT DISTINCT ?item WHERE { ?item ng:sourceReport ?report ; "
    "a ng:ImplementationAssessment ; ng:evidence ?annotation }",
}
""":data:`.recurrence_read.STATEMENT_KEYS` for the statements of a few reports: each item
pattern reached from the reports (a VALUES block), not from every statement."""

DONE = (
    "SELECT DISTINCT ?item ?report WHERE { ?item ng:sourceReport ?report ; "
    f"ng:status {FULLY_IMPLEMENTED.n3()} }}"
)
"""Items of the reports that say "fully implemented" (kept for the statements among them)."""

Kept = dict[str, tuple[str, list[str], list[str]]]
"""Per report: the version its keys were read at, its statements' keys, and those of them
that judge a recommendation or issue fully implemented."""
_MEMORY: weakref.WeakKeyDictionary[GraphStore, Kept] = weakref.WeakKeyDictionary()


def statement_keys(store: GraphStore, versions: Mapping[str, str]) -> list[tuple[str, str]]:
    """:func:`normgraph.recurrence_read.statement_keys` for the reports of ``versions``,
    reading again only those whose version is not the one the keys were read at."""
    kept = _current(store, versions)
    return sorted((key, report) for report, (_, keys, _) in kept.items() for key in keys)


def done_statements(store: GraphStore, versions: Mapping[str, str]) -> frozenset[str]:
    """The keys of :func:`statement_keys` whose status is fully implemented."""
    return frozenset(key for _, _, done in _current(store, versions).values() for key in done)


def _current(store: GraphStore, versions: Mapping[str, str]) -> Kept:
    """The kept keys brought up to ``versions`` (stale reports read again, and saved)."""
    known = _kept(store)
    stale = stale_reports(versions, {r: v for r, (v, _, _) in known.items()})
    kept = {r: known[r] for r in versions.keys() & known.keys() if r not in stale}
    if stale:
        found = _read(store, stale)
        done = _done(store, stale)
        for report in stale:
            keys = sorted(found.get(report, ()))
            kept[report] = (versions[report], keys, [k for k in keys if k in done])
    _MEMORY[store] = kept
    if kept != known:
        _save(store, {r: v for r, v in kept.items() if v[0]})
    return kept


def _read(store: GraphStore, reports: Sequence[str]) -> dict[str, list[str]]:
    """The keys of the statements of ``reports``: for many, the reference's four queries
    over every statement (one pass each); for a page or fewer, restricted to them."""
    few = len(reports) <= PAGE
    queries = _OF_REPORTS if few else STATEMENT_KEYS
    listed = [URIRef(r) for r in reports] if few else None
    found = {
        name: store.select(_PREFIXES + _of_reports(query, listed))[1]
        for name, query in queries.items()
    }
    left_out = {str(row["item"]) for name in ("inferred", "software") for row in found[name]}
    evidenced = {str(row["item"]) for row in found["evidenced"]}
    wanted = set(reports)
    keys: dict[str, set[str]] = {}
    for row in found["typed"]:
        item, report = str(row["item"]), str(row["report"])
        if report in wanted and item in evidenced and item not in left_out:
            keys.setdefault(report, set()).add(item)
    return {report: sorted(items) for report, items in keys.items()}


def _done(store: GraphStore, reports: Sequence[str]) -> set[str]:
    """The items of ``reports`` stated fully implemented (for many, read over the store)."""
    listed = [URIRef(r) for r in reports] if len(reports) <= PAGE else None
    _, rows = store.select(_PREFIXES + _of_reports(DONE, listed))
    wanted = set(reports)
    return {str(row["item"]) for row in rows if str(row["report"]) in wanted}


def _kept(store: GraphStore) -> Kept:
    """What this process read last, else what was saved beside the store (one that does not
    read is ignored, and every report is read again)."""
    return kept_beside(store, _MEMORY, KEYS_SUFFIX, _keys_row)


def _keys_row(value: Any) -> tuple[str, list[str], list[str]]:
    version, keys, done = value
    return str(version), [str(key) for key in keys], [str(key) for key in done]


def _save(store: GraphStore, kept: Kept) -> None:
    save_beside(store, KEYS_SUFFIX, {r: [v, keys, done] for r, (v, keys, done) in kept.items()})
