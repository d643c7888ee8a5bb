"""Cross-document stage: recurring issues, their members and implementation assessments.

Runs after every document is written. Reads all recommendations (text, report, issuer,
election, dates, topics, norms, laws), findings and observer assessments from the store,
groups recommendations that ask for the same change (:mod:`normgraph.grouping`), and
writes into its own named graph (``graph/recurrence``), after SHACL validation, in one
atomic replacement:

- an ``ng:RecurringIssue`` per group, named after the change asked
  (:mod:`normgraph.issue_names`), attributed to the grouping rule (a
  ``prov:SoftwareAgent``), with its topics and norms;
- an ``ng:IssueMembership`` per recommendation: issue, recommendation, the reason it
  joined (the shared ask, remedy and subject words) and a confidence, ordered by date;
- ``ng:concerns`` from each finding that describes the problem an issue's ask addresses;
- for each observer's statement on earlier recommendations (an
  ``ng:ImplementationAssessment`` from the loaders), ``ng:recommendation`` the earlier
  recommendation it describes and ``ng:issue`` that recommendation's issue; when the
  earlier report is not in the store but the statement's own report re-states the ask,
  ``ng:issue`` only (:mod:`normgraph.recurrence_statements`). The assessment stays the
  observer's, with its statement;
- one ``ng:InferredAssessment`` for each earlier member of an issue confident enough
  (``INFERENCE_THRESHOLD``) that was raised again at a later election: status not
  implemented, a confidence, attributed to the "raised again" rule (never to an
  observer), derived from and evidenced by the latest later recommendation raising it.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import replace

from rdflib import Graph
from rdflib.term import Node

from normgraph.graph import GraphStore

from . import group_cache
from .config import Settings
from .grouping import Group, Grouping, Item
from .lookup_pool import attached_batches
from .namespaces import NG, RDF, RECURRENCE_GRAPH
from .recurrence_blocks import Blocks, Delta, block_delta
from .recurrence_changes import changed_states
from .recurrence_delta import delta, kept, pending, previous, validation_context, write
from .recurrence_files import fewer_collections
from .recurrence_findings import findings_of
from .recurrence_index import IndexUse, updated_grouping
from .recurrence_judged import judged_counts, moved_states, stated_ties
from .recurrence_keys import done_statements, statement_keys
from .recurrence_read import CONCERNS, FINDING_REPORTS, current_statements, read_items_of
from .recurrence_sources import RESOLVED, RESTATED, read_creators, read_evidence
from .recurrence_statements import Resolved, resolve_all
from .recurrence_triples import (
    GROUPING_RULE,
    INFERENCE_THRESHOLD,
    NOT_IMPLEMENTED,
    RAISED_AGAIN_RULE,
    LinkOutcome,
    issue_iri,
    issues_graph,
    link_blocks,
)
from .recurrence_versions import report_versions
from .validation import Violation, validate_graph

__all__ = [
    "GROUPING_RULE",
    "INFERENCE_THRESHOLD",
    "NOT_IMPLEMENTED",
    "RAISED_AGAIN_RULE",
    "LinkOutcome",
    "compute",
    "issue_iri",
    "issues_graph",
    "link",
]

VALIDATION_BATCH = 10_000
"""Triples of blocks (an issue with its memberships and inferences, a finding's link, a
statement's) validated together when a link compares the whole graph (a first link, or
one in a new process)."""
FINDING_BATCH = 20
"""Reports whose findings are read and matched together (a VALUES block of them)."""
_RESTATED: weakref.WeakKeyDictionary[GraphStore, dict[str, Resolved]] = weakref.WeakKeyDictionary()
"""The statements the last link tied to an issue only, per store, to keep them."""


def attached_findings(
    store: GraphStore,
    grouping: Grouping,
    groups: Sequence[Group],
    known: Collection[str],
    reports: Mapping[str, str] | Collection[str] | None = None,
) -> list[tuple[str, Group]]:
    """Each finding and the issue whose problem it describes. Findings of reports an
    earlier link saw (``known``) keep the issue they were attached to while it exists; the
    findings of new reports, and of reports whose finding lost its issue, are matched
    (:func:`normgraph.grouping_lookup.attach`), so a link reads and matches only those.
    ``reports``: every report of the store, so the reports holding findings need not be
    found by scanning every finding (None: they are); with their versions, the findings
    of a report at the version they were read at are the kept ones
    (:mod:`.recurrence_findings`), not read from the store again."""
    by_iri = {issue_iri(g.members[0]): g for g in groups}
    _, rows = store.select(CONCERNS)
    kept: dict[str, Group] = {}
    again: set[str] = set()
    for row in rows:
        g = by_iri.get(row["issue"])  # type: ignore[call-overload]
        if g is not None and str(row["report"]) in known:
            kept[str(row["finding"])] = g
        else:
            again.add(str(row["report"]))
    if reports is None:
        _, rows = store.select(FINDING_REPORTS)
        reports = {str(row["report"]) for row in rows}
    # A report with no finding reads as none: listing it costs a few VALUES rows.
    again |= {report for report in reports if report not in known}
    # Read and matched a few reports at a time: every finding of a first link at once was
    # the link stage's largest allocation (half a million findings at 1,000 reports), and
    # each finding is matched alone, so the batches attach exactly what one read did.
    # Matched on the second core too (a first link: the extraction pool is done by then)
    # while this process reads the next batch; the same findings attach either way.
    listed = sorted(again)
    versions = reports if isinstance(reports, Mapping) else None
    batches = (
        read_items_of(store, listed[start : start + FINDING_BATCH], NG.Finding)
        if versions is None
        else findings_of(store, listed[start : start + FINDING_BATCH], versions)
        for start in range(0, len(listed), FINDING_BATCH)
    )
    kept.update(attached_batches(grouping, groups, batches, Settings().build_workers))
    return sorted(kept.items(), key=lambda kv: kv[0])


def resolved_statements(
    store: GraphStore,
    grouping: Grouping,
    index: IndexUse,
    versions: Mapping[str, str],
    groups: Sequence[Group] = (),
    kept: Blocks | None = None,
) -> tuple[list[Resolved], int]:
    """Each observer's statement resolved to the recommendation it judges, and how many
    statements there are. A statement of a report an earlier link saw (``index.known``)
    keeps the recommendation it was resolved to while that is indexed; one it tied to an
    issue alone keeps it unless its state's reports moved (``index.touched``); the others
    are matched (:func:`normgraph.recurrence_statements.resolve_all`). Only the statements
    to match are read whole, and only for reports whose version changed since this process
    read them (:func:`.recurrence_read.current_statements`); of the others the key is enough
    (:func:`.recurrence_keys.statement_keys`, kept per report version): a relink in a new
    process does not read every statement again."""
    known = index.known
    listed = statement_keys(store, versions)
    items = {unit.item.key: unit.item for unit in grouping.units}
    earlier, restated = stored_links(store, kept, [key for key, _ in listed])
    found: list[Resolved] = []
    again: set[tuple[str, str]] = set()
    last = _RESTATED.get(store, {})
    stored = _Restated(groups) if restated and not last else None
    for key, report in listed:
        target = items.get(earlier.get(key, ""))
        if report not in known:
            again.add((key, report))
        elif key in restated:
            # Matched again only if its state's reports moved (kept from this process, or
            # read back from the stored links in a new process).
            kept_one = last.get(key)
            if kept_one is None and stored is not None:
                kept_one = stored.resolved(key, report, restated[key])
            if kept_one is None or kept_one.assessment.country in index.touched:
                again.add((key, report))
            else:
                found.append(kept_one)
        elif target is not None:
            found.append(Resolved(Item(key, "", report), target, None))
    keys: dict[str, list[str]] = {}
    for key, report in listed:
        keys.setdefault(report, []).append(key)
    statements, done = current_statements(store, versions, {report for _, report in again}, keys)
    fresh = [s for s in statements if (s.key, s.document) in again]
    resolved = found + resolve_all(grouping, fresh, done)
    _RESTATED[store] = {r.assessment.key: r for r in resolved if not r.earlier}
    return resolved, len(listed)


def stored_links(
    store: GraphStore, kept: Blocks | None = None, keys: Iterable[str] | None = None
) -> tuple[dict[str, str], dict[str, set[str]]]:
    """The statements the stored recurrence graph resolves to a recommendation
    (:data:`RESOLVED`) and those it ties to issues only, with them (:data:`RESTATED`):
    read from the blocks it was written from if there are some (they hold its triples,
    :func:`.recurrence_delta.kept`), else queried (0.7 s of CPU at 200 reports). ``keys``:
    the statements asked about; each is the subject of its own block alone, so only theirs
    are read (None: every triple of the blocks, 670,000 at 1,000 reports)."""
    restated: dict[str, set[str]] = {}
    if kept is None:
        _, rows = store.select(RESOLVED)
        earlier = {str(row["assessment"]): str(row["recommendation"]) for row in rows}
        for row in store.select(RESTATED)[1]:
            restated.setdefault(str(row["assessment"]), set()).add(str(row["issue"]))
        return earlier, restated
    triples = (
        kept.all_triples()
        if keys is None
        else (t for key in keys for t in kept.triples.get(key, ()))
    )
    inferred: set[Node] = set()
    recommending: dict[Node, Node] = {}
    issues: list[tuple[Node, Node]] = []
    recommendation, issue, inferred_type = NG.recommendation, NG.issue, NG.InferredAssessment
    for subject, predicate, value in triples:
        if predicate == recommendation:
            recommending[subject] = value
        elif predicate == issue:
            issues.append((subject, value))
        elif predicate == RDF.type and value == inferred_type:
            inferred.add(subject)
    earlier = {str(s): str(r) for s, r in recommending.items() if s not in inferred}
    for subject, value in issues:
        if subject not in recommending:
            restated.setdefault(str(subject), set()).add(str(value))
    return earlier, restated


class _Restated:
    """Statements a link tied to an issue only, as a new process reads them back: the one
    recommendation of the statement's own report among those issues' members, if its
    issues are exactly the stored ones (it renders the same links); else None (matched)."""

    def __init__(self, groups: Sequence[Group]) -> None:
        self.by_iri = {str(issue_iri(g.members[0])): g for g in groups}
        self.issues: dict[str, set[str]] = {}
        for iri, g in self.by_iri.items():
            for item in g.items:
                self.issues.setdefault(item.key, set()).add(iri)

    def resolved(self, key: str, report: str, issues: set[str]) -> Resolved | None:
        own = {
            item.key: item
            for issue in issues
            for item in (self.by_iri[issue].items if issue in self.by_iri else ())
            if item.document == report
        }
        if len(own) != 1:
            return None
        (item,) = own.values()
        if self.issues.get(item.key) != issues:
            return None
        return Resolved(Item(key, "", report, country=item.country), item, None, earlier=False)


def compute(store: GraphStore) -> tuple[Graph, LinkOutcome]:
    """The recurrence graph for what the store holds now, and its outcome."""
    blocks, outcome = compute_blocks(store)
    return blocks.graph(), outcome


def compute_blocks(store: GraphStore, kept: Blocks | None = None) -> tuple[Blocks, LinkOutcome]:
    """:func:`compute` as blocks: those of ``kept`` whose inputs did not change reused."""
    versions = report_versions(store)
    issues = group_cache.before_link(store)
    grouping, index = updated_grouping(
        store,
        versions,
        lambda reports: read_items_of(store, versions.keys() if reports is None else reports),
    )
    groups = group_cache.groups(store, grouping, index, issues)
    # What an earlier link wrote is kept only if it is all there to read: with no graph,
    # or part of one (a first link's write stopped), every finding and statement is matched.
    if not store.graph_exists(RECURRENCE_GRAPH) or pending(store):
        index = replace(index, known=frozenset())
    known = index.known
    findings = attached_findings(store, grouping, groups, known, versions)
    resolved, statements = resolved_statements(store, grouping, index, versions, groups, kept)
    # Evidence and creators only for the issues of the states that may have changed since
    # the kept blocks (all, without them): the others' blocks are taken as kept.
    named = [(str(issue_iri(g.members[0])), g) for g in groups]
    judged = judged_counts(named, resolved, done_statements(store, versions), stated_ties(store))
    changed = changed_states(grouping, versions, kept, index)
    if changed is not None:
        changed |= moved_states(named, judged, kept)
    signed = [g for g in groups if changed is None or any(i.country in changed for i in g.items)]
    confident = [i.key for g in signed if g.score >= INFERENCE_THRESHOLD for i in g.items]
    evidence = read_evidence(store, confident)
    creators = read_creators(
        store, None if changed is None else {i.document for g in signed for i in g.items}
    )
    blocks, outcome = link_blocks(
        groups, findings, resolved, evidence, kept, creators, changed, judged
    )
    blocks.versions = dict(versions)
    outcome.unresolved_assessments = statements - outcome.observed_assessments
    outcome.index = index
    return blocks, outcome


def validated_in_batches(store: GraphStore, blocks: Blocks, changed: set[Node]) -> list[Violation]:
    """The changed nodes validated in batches of blocks of about ``VALIDATION_BATCH``
    triples, each batch with the blocks it links to and the rules' own block as context:
    the whole graph and its context in rdflib at once were the link stage's largest
    allocation at a first link."""
    violations: list[Violation] = []
    for batch in _batches(blocks, changed):
        own = [t for key in batch for t in blocks.triples[key]]
        near = {str(t[2]) for t in own if str(t[2]) in blocks.triples}
        graph = blocks.graph(dict.fromkeys(["", *batch, *sorted(near)]))
        focus = changed & {t[0] for t in own}
        violations += validate_graph(validation_context(store, graph, focus), focus=focus)
    return sorted(violations, key=lambda v: (v.focus_node, v.path, v.shape, v.message))


def _batches(blocks: Blocks, changed: set[Node]) -> Iterator[list[str]]:
    """The keys of the blocks holding a changed node, about ``VALIDATION_BATCH`` triples a
    batch (a block is never split: its nodes are validated together)."""
    batch: list[str] = []
    size = 0
    for key, triples in blocks.triples.items():
        if not any(t[0] in changed for t in triples):
            continue
        batch.append(key)
        size += len(triples)
        if size >= VALIDATION_BATCH:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def link(store: GraphStore) -> LinkOutcome:
    """Recompute the recurrence graph and write what changed if it validates
    (:mod:`normgraph.recurrence_delta`): only what changed is rendered, validated and
    written, so relinking after one added report costs what that report changed. A block
    (an issue, a finding's or a statement's link) that fails a blocking shape is left out
    and reported, as a document's failing fact is: one bad link never costs the others."""
    with fewer_collections():
        last = kept(store)
    # A relink (blocks kept) reads its caches back and reuses what they hold; a first link
    # groups every state (the link's peak of memory) with the collector as usual.
    with fewer_collections() if last is not None else nullcontext():
        blocks, outcome = compute_blocks(store, last)
    change, outcome.violations = _validated_change(store, blocks, last)
    for _ in range(QUARANTINE_PASSES):
        refused = _refused_blocks(blocks, outcome.violations)
        if not refused:
            break
        outcome.quarantined += [v for v in outcome.violations if v.blocks]
        for key in refused:
            del blocks.triples[key], blocks.signatures[key]
        change, outcome.violations = _validated_change(store, blocks, last)
    outcome.changed = len(change.changed)
    if outcome.written:
        if change.first:
            # The validation's rdflib graphs are cyclic garbage (each holds its namespace
            # manager, which holds it) that only a full collection frees; collected before
            # the store's bulk loader takes its memory (the link's peak), not after it. At
            # 200 reports: 512,661 objects, 522 -> 444 MB resident before the write.
            gc.collect()
        write(store, change, blocks)
    return outcome


QUARANTINE_PASSES = 3
"""Rounds of leaving out failing blocks (a block left out can leave another pointing at
nothing); a link still failing after them is not written."""


def _validated_change(
    store: GraphStore, blocks: Blocks, last: Blocks | None
) -> tuple[Delta, list[Violation]]:
    """What writing ``blocks`` changes, and its SHACL results on the nodes it changes."""
    if last is None:
        change = delta(previous(store), blocks.all_triples())
        return change, validated_in_batches(store, blocks, change.changed)
    change = block_delta(last, blocks)
    assert change.blocks is not None
    near = {str(t[2]) for t in change.added if str(t[2]) in blocks.triples}
    graph = blocks.graph(change.blocks | near)
    focus = change.changed & set(graph.subjects())
    return change, validate_graph(validation_context(store, graph, focus), focus=focus)


def _refused_blocks(blocks: Blocks, violations: list[Violation]) -> set[str]:
    """The keys of the blocks describing a node that failed a blocking shape (the rules'
    own block, key "", is never left out: without it nothing validates)."""
    failed = {v.focus_node for v in violations if v.blocks}
    return {
        key
        for key, triples in blocks.triples.items()
        if key and failed and any(str(t[0]) in failed for t in triples)
    }
