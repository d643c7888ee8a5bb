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
- an ``ng:InferredAssessment`` for each earlier member of an issue confident enough
  (``INFERENCE_THRESHOLD``) that was raised again at a later election: status not
  implemented, a confidence, attributed to the "raised again" rule (never to an
  observer), derived from and evidenced by the later recommendation.
"""

from __future__ import annotations

import zlib
from collections.abc import Collection, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from rdflib import Graph, Literal, URIRef

from normgraph.graph import GraphStore
from normgraph.loaders.rdf.iris import slug

from .grouping import Group, Grouping, Item, Member, attach
from .issue_names import issue_name, reason
from .namespaces import FOAF, ID, NG, PROV, RDF, RDFS, RECURRENCE_GRAPH, VOCAB, XSD
from .recurrence_blocks import Blocks, Triple, block_delta
from .recurrence_delta import delta, kept, previous, validation_context, write
from .recurrence_index import IndexUse, updated_grouping
from .recurrence_read import (
    CONCERNS,
    FINDING_REPORTS,
    RESOLVED,
    RESTATED,
    current_statements,
    read_evidence,
    read_items,
    read_items_of,
    report_versions,
)
from .recurrence_statements import Resolved, resolve_all
from .validation import Violation, validate_graph

GROUPING_RULE = ID["rule/recurrence-grouping"]
RAISED_AGAIN_RULE = ID["rule/raised-again"]
NOT_IMPLEMENTED = VOCAB["implementation-status/not-implemented"]
INFERENCE_THRESHOLD = 0.35
"""Least group confidence (its weakest member's score) from which "raised again" infers a
status: the least at which the tune half of bench/recurrence_pairs.json has no false
merge (17 pairs; bench/recurrence_quality.py --sweep)."""


@dataclass
class LinkOutcome:
    """What the linking stage computed and whether it was written."""

    issues: int = 0
    memberships: int = 0
    findings: int = 0
    observed_assessments: int = 0
    unresolved_assessments: int = 0
    inferred_assessments: int = 0
    triples: int = 0
    changed: int = 0
    """Nodes of the recurrence graph whose description this link changed (validated and
    written; the rest was left as it was)."""
    violations: list[Violation] = field(default_factory=list)
    index: IndexUse | None = None
    """Whether the grouping index was kept from the last link or rebuilt, and why."""

    @property
    def written(self) -> bool:
        return not any(v.blocks for v in self.violations)


def issue_iri(first: Member) -> URIRef:
    """Stable: the issue is named after its earliest member and that member's ask (one
    recommendation can make several asks, each its own issue)."""
    tail = first.item.key.removeprefix(str(ID)).strip("/")
    ask = first.unit.text if first.unit else first.item.text
    digest = f"{zlib.crc32(' '.join(ask.split()).encode()):08x}"
    return ID["issue/" + "/".join(slug(part) for part in tail.split("/") if part) + "/" + digest]


def _confidence(score: float) -> Literal:
    return Literal(Decimal(f"{min(1.0, max(0.0, score)):.2f}"), datatype=XSD.decimal)


def _who(item: Item) -> str:
    """A short label for an item's issuer and election: "enemo, 2005-12-04"."""
    organisation = item.organisation.rstrip("/").rsplit("/", 1)[-1] or item.document
    return f"{organisation} ({item.date})" if item.date else organisation


def _agents() -> list[Triple]:
    triples: list[Triple] = []
    for agent, label in (
        (GROUPING_RULE, "normgraph recurrence grouping (asks: remedy, object, article; TF-IDF)"),
        (RAISED_AGAIN_RULE, "normgraph rule: a recommendation raised again is not yet implemented"),
    ):
        triples.append((agent, RDF.type, PROV.SoftwareAgent))
        triples.append((agent, RDF.type, FOAF.Agent))
        triples.append((agent, RDFS.label, Literal(label)))
    return triples


def _raised_again(g: Group) -> Iterator[tuple[Item, Item]]:
    """Each earlier member and a later one raising it again at another election."""
    for earlier in g.items:
        for later in g.items:
            if not (earlier.election and later.election and earlier.date < later.date):
                continue
            if earlier.election != later.election and earlier.key != later.key:
                yield earlier, later


def _signature(
    g: Group, inferred: Sequence[tuple[Item, Item]], evidence: dict[str, list[URIRef]]
) -> Hashable:
    """Everything an issue's block is rendered from: the members with their partners,
    unit and pair (its scores as the reason and confidence show them), the order of the
    scores (the name prefers the best-scoring member), the inferred pairs and evidence."""
    members = []
    for m in g.members:
        assert m.pair is not None
        shown = replace(m.pair, score=0.0, text=0.0)
        members.append(
            (m.item, m.partner, m.unit, shown, f"{m.pair.score:.2f}", f"{m.pair.text:.2f}")
        )
    rank = {score: n for n, score in enumerate(sorted({m.pair.score for m in g.members if m.pair}))}
    order = tuple(rank[m.pair.score] for m in g.members if m.pair)
    raised = tuple((e.key, later.key, tuple(evidence.get(later.key, ()))) for e, later in inferred)
    return tuple(members), order, raised, f"{g.score:.2f}" if inferred else ""


def _issue_triples(
    g: Group,
    issue: URIRef,
    inferred: Sequence[tuple[Item, Item]],
    evidence: dict[str, list[URIRef]],
) -> list[Triple]:
    """An issue, its memberships and the assessments inferred from it."""
    members = g.members
    name = issue_name(g)
    elections = sorted(g.elections)
    organisations = sorted({m.item.organisation for m in members if m.item.organisation})
    summary = (
        f"{name}: asked in {len(members)} recommendations at {len(elections)} "
        f"elections by {len(organisations)} organisations."
    )
    triples: list[Triple] = [
        (issue, RDF.type, NG.RecurringIssue),
        (issue, RDFS.label, Literal(name)),
        (issue, NG.text, Literal(summary)),
        (issue, PROV.wasAttributedTo, GROUPING_RULE),
    ]
    for item in g.items:
        triples.extend((issue, NG.topic, URIRef(topic)) for topic in item.topics)
        triples.extend((issue, NG.invokesNorm, URIRef(norm)) for norm in item.norms)
    for order, member in enumerate(members, start=1):
        recommendation = URIRef(member.item.key)
        membership = URIRef(f"{issue}/member/{order}")
        assert member.pair is not None and member.partner is not None
        triples += [
            (membership, RDF.type, NG.IssueMembership),
            (membership, NG.issue, issue),
            (membership, NG.recommendation, recommendation),
            (membership, NG.order, Literal(order, datatype=XSD.integer)),
            (membership, PROV.wasAttributedTo, GROUPING_RULE),
            (membership, NG.reason, Literal(reason(member, name, _who(member.partner)))),
            (membership, NG.confidence, _confidence(member.pair.score)),
            (issue, PROV.wasDerivedFrom, recommendation),
        ]
    for earlier, later in inferred:
        triples += _inferred(earlier, later, g, issue, evidence)
    return triples


def link_blocks(
    groups: Sequence[Group],
    findings: Sequence[tuple[str, Group]] = (),
    resolved: Sequence[Resolved] = (),
    evidence: dict[str, list[URIRef]] | None = None,
    kept: Blocks | None = None,
) -> tuple[Blocks, LinkOutcome]:
    """The recurrence graph for computed groups, as blocks (pure: no store); the blocks of
    ``kept`` whose signature is unchanged are reused, not rendered again."""
    evidence = evidence or {}
    blocks = Blocks()
    blocks.put("", "agents", _agents, kept)
    outcome = LinkOutcome(issues=len(groups))
    issue_of: dict[int, URIRef] = {}
    issues_of_item: dict[str, list[URIRef]] = {}
    claimed: set[tuple[str, str]] = set()
    for g in groups:
        issue = issue_iri(g.members[0])
        issue_of[id(g)] = issue
        for item in g.items:
            issues_of_item.setdefault(item.key, []).append(issue)
        inferred = []
        if g.score >= INFERENCE_THRESHOLD:
            # An earlier recommendation raised again is inferred once, by the first issue.
            for earlier, later in _raised_again(g):
                if (earlier.key, later.key) not in claimed:
                    claimed.add((earlier.key, later.key))
                    inferred.append((earlier, later))
        signature = _signature(g, inferred, evidence)
        blocks.put(
            str(issue),
            signature,
            lambda g=g, issue=issue, inferred=inferred: _issue_triples(  # type: ignore[misc]
                g, issue, inferred, evidence
            ),
            kept,
        )
        outcome.memberships += len(g.members)
        outcome.inferred_assessments += len(inferred)
    for finding, g in findings:
        triple = (URIRef(finding), NG.concerns, issue_of[id(g)])
        blocks.put(finding, triple, lambda triple=triple: [triple], kept)  # type: ignore[misc]
        outcome.findings += 1
    stated: dict[str, list[Triple]] = {}
    for found in resolved:
        assessment = URIRef(found.assessment.key)
        triples = stated.setdefault(found.assessment.key, [])
        if found.earlier:
            triples.append((assessment, NG.recommendation, URIRef(found.recommendation.key)))
        issues = issues_of_item.get(found.recommendation.key, [])
        triples.extend((assessment, NG.issue, issue) for issue in issues)
        outcome.observed_assessments += bool(found.earlier or issues)
    for key, triples in stated.items():
        if triples:
            rows = tuple(triples)
            blocks.put(key, rows, lambda rows=rows: rows, kept)  # type: ignore[misc]
    outcome.triples = len(blocks)
    return blocks, outcome


def issues_graph(
    groups: Sequence[Group],
    findings: Sequence[tuple[str, Group]] = (),
    resolved: Sequence[Resolved] = (),
    evidence: dict[str, list[URIRef]] | None = None,
) -> tuple[Graph, LinkOutcome]:
    """The recurrence graph for computed groups (pure: no store)."""
    blocks, outcome = link_blocks(groups, findings, resolved, evidence)
    return blocks.graph(), outcome


def _inferred(
    earlier: Item, later: Item, g: Group, issue: URIRef, evidence: dict[str, list[URIRef]]
) -> list[Triple]:
    """An earlier member, raised again at a later election: not implemented by then, as
    normgraph infers it (typed ng:InferredAssessment, with the group's confidence)."""
    tail = slug(later.key.removeprefix(str(ID)))
    assessment = URIRef(f"{earlier.key}/raised-again/{tail}")
    label = (
        f"inferred by normgraph: not implemented by {later.date} (raised again by {_who(later)})"
    )
    triples: list[Triple] = [
        (assessment, RDF.type, NG.ImplementationAssessment),
        (assessment, RDF.type, NG.InferredAssessment),
        (assessment, RDFS.label, Literal(label)),
        (assessment, NG.recommendation, URIRef(earlier.key)),
        (assessment, NG.issue, issue),
        (assessment, NG.assessor, RAISED_AGAIN_RULE),
        (assessment, PROV.wasAttributedTo, RAISED_AGAIN_RULE),
        (assessment, NG.status, NOT_IMPLEMENTED),
        (assessment, NG.confidence, _confidence(g.score)),
        (assessment, NG.sourceReport, URIRef(later.document)),
        (assessment, PROV.wasDerivedFrom, URIRef(later.key)),
    ]
    if len(later.date) == 10:
        triples.append((assessment, NG.date, Literal(later.date, datatype=XSD.date)))
    triples.extend(
        (assessment, NG.evidence, annotation) for annotation in evidence.get(later.key, [])
    )
    return triples


def attached_findings(
    store: GraphStore, grouping: Grouping, groups: Sequence[Group], known: Collection[str]
) -> list[tuple[str, Group]]:
    """Each finding and the issue whose problem it describes. Findings of reports an
    earlier link saw (``known``) keep the issue they were attached to while it exists; the
    findings of new reports, and of reports whose finding lost its issue, are matched
    (:func:`normgraph.grouping.attach`), so a link reads and matches only those."""
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
    _, rows = store.select(FINDING_REPORTS)
    again |= {str(row["report"]) for row in rows if str(row["report"]) not in known}
    fresh = [f for report in sorted(again) for f in read_items(store, NG.Finding, URIRef(report))]
    for finding, g, _pair in attach(grouping, groups, fresh):
        kept[finding.key] = g
    return sorted(kept.items(), key=lambda kv: kv[0])


def resolved_statements(
    store: GraphStore, grouping: Grouping, known: Collection[str], versions: Mapping[str, str]
) -> tuple[list[Resolved], int]:
    """Each observer's statement resolved to the recommendation it judges, and how many
    statements there are. A statement of a report an earlier link saw (``known``) keeps
    the recommendation it was resolved to while that is indexed; only the statements of
    new reports, and those tied to an issue alone, are matched
    (:func:`normgraph.recurrence_statements.resolve_all`). Statements are read again only
    for the reports whose version changed (:func:`normgraph.recurrence_read.current_statements`)."""
    statements, done = current_statements(store, versions)
    items = {unit.item.key: unit.item for unit in grouping.units}
    _, rows = store.select(RESOLVED)
    earlier = {str(row["assessment"]): str(row["recommendation"]) for row in rows}
    _, rows = store.select(RESTATED)
    restated = {str(row["assessment"]) for row in rows}
    found, fresh = [], []
    for statement in statements:
        target = items.get(earlier.get(statement.key, ""))
        if statement.document not in known or statement.key in restated:
            fresh.append(statement)
        elif target is not None:
            found.append(Resolved(statement, target, None))
    return found + resolve_all(grouping, fresh, done), len(statements)


def compute(store: GraphStore) -> tuple[Graph, LinkOutcome]:
    """The recurrence graph for what the store holds now, and its outcome."""
    blocks, outcome = compute_blocks(store)
    return blocks.graph(), outcome


def compute_blocks(store: GraphStore, kept: Blocks | None = None) -> tuple[Blocks, LinkOutcome]:
    """:func:`compute` as blocks: those of ``kept`` whose inputs did not change reused."""
    versions = report_versions(store)
    grouping, index = updated_grouping(
        store,
        versions,
        lambda reports: read_items(store) if reports is None else read_items_of(store, reports),
    )
    groups = grouping.groups()
    # What an earlier link wrote is kept only if it is still there to read.
    known = index.known if store.graph_exists(RECURRENCE_GRAPH) else frozenset()
    findings = attached_findings(store, grouping, groups, known)
    resolved, statements = resolved_statements(store, grouping, known, versions)
    confident = [i.key for g in groups if g.score >= INFERENCE_THRESHOLD for i in g.items]
    evidence = read_evidence(store, confident)
    blocks, outcome = link_blocks(groups, findings, resolved, evidence, kept)
    outcome.unresolved_assessments = statements - outcome.observed_assessments
    outcome.index = index
    return blocks, outcome


def link(store: GraphStore) -> LinkOutcome:
    """Recompute the recurrence graph and, if the nodes it changes validate, write the
    change (:mod:`normgraph.recurrence_delta`): only what changed is rendered, validated
    and written, so relinking after one added report costs what that report changed."""
    last = kept(store)
    blocks, outcome = compute_blocks(store, last)
    if last is not None:
        change = block_delta(last, blocks)
        assert change.blocks is not None
        near = {str(t[2]) for t in change.added if str(t[2]) in blocks.triples}
        graph = blocks.graph(change.blocks | near)
    else:
        change = delta(previous(store), blocks.all_triples())
        graph = blocks.graph()
    focus = change.changed & set(graph.subjects())
    outcome.changed = len(change.changed)
    context = validation_context(store, graph, focus)
    outcome.violations = validate_graph(context, focus=focus)
    if outcome.written:
        write(store, change, blocks)
    return outcome
