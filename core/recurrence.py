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
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import Graph, Literal, URIRef

from normgraph.graph import GraphStore
from normgraph.loaders.rdf.iris import slug
from normgraph.loaders.rdf.triples import new_graph

from .grouping import Group, Grouping, Item, Member, attach
from .issue_names import issue_name, reason
from .namespaces import FOAF, ID, NG, PROV, RDF, RDFS, RECURRENCE_GRAPH, VOCAB, XSD
from .recurrence_delta import delta, previous, validation_context, write
from .recurrence_index import IndexUse, updated_grouping
from .recurrence_read import (
    CONCERNS,
    FINDING_REPORTS,
    RESOLVED,
    RESTATED,
    read_evidence,
    read_items,
    read_statements,
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


def _agents(graph: Graph) -> None:
    for agent, label in (
        (GROUPING_RULE, "normgraph recurrence grouping (asks: remedy, object, article; TF-IDF)"),
        (RAISED_AGAIN_RULE, "normgraph rule: a recommendation raised again is not yet implemented"),
    ):
        graph.add((agent, RDF.type, PROV.SoftwareAgent))
        graph.add((agent, RDF.type, FOAF.Agent))
        graph.add((agent, RDFS.label, Literal(label)))


def issues_graph(
    groups: Sequence[Group],
    findings: Sequence[tuple[str, Group]] = (),
    resolved: Sequence[Resolved] = (),
    evidence: dict[str, list[URIRef]] | None = None,
) -> tuple[Graph, LinkOutcome]:
    """The recurrence graph for computed groups (pure: no store)."""
    graph = new_graph()
    _agents(graph)
    outcome = LinkOutcome(issues=len(groups))
    issue_of: dict[int, URIRef] = {}
    issues_of_item: dict[str, list[URIRef]] = {}
    for g in groups:
        members = g.members
        issue = issue_iri(members[0])
        issue_of[id(g)] = issue
        name = issue_name(g)
        graph.add((issue, RDF.type, NG.RecurringIssue))
        graph.add((issue, RDFS.label, Literal(name)))
        elections = sorted(g.elections)
        organisations = sorted({m.item.organisation for m in members if m.item.organisation})
        graph.add(
            (
                issue,
                NG.text,
                Literal(
                    f"{name}: asked in {len(members)} recommendations at {len(elections)} "
                    f"elections by {len(organisations)} organisations."
                ),
            )
        )
        graph.add((issue, PROV.wasAttributedTo, GROUPING_RULE))
        for item in g.items:
            issues_of_item.setdefault(item.key, []).append(issue)
            for topic in item.topics:
                graph.add((issue, NG.topic, URIRef(topic)))
            for norm in item.norms:
                graph.add((issue, NG.invokesNorm, URIRef(norm)))
        for order, member in enumerate(members, start=1):
            recommendation = URIRef(member.item.key)
            membership = URIRef(f"{issue}/member/{order}")
            graph.add((membership, RDF.type, NG.IssueMembership))
            graph.add((membership, NG.issue, issue))
            graph.add((membership, NG.recommendation, recommendation))
            graph.add((membership, NG.order, Literal(order, datatype=XSD.integer)))
            if member.item.election:  # its report's own election, not every one it names
                graph.add((membership, NG.election, URIRef(member.item.election)))
            graph.add((membership, PROV.wasAttributedTo, GROUPING_RULE))
            assert member.pair is not None and member.partner is not None
            graph.add((membership, NG.reason, Literal(reason(member, name, _who(member.partner)))))
            graph.add((membership, NG.confidence, _confidence(member.pair.score)))
            graph.add((issue, PROV.wasDerivedFrom, recommendation))
            outcome.memberships += 1
        if g.score >= INFERENCE_THRESHOLD:
            outcome.inferred_assessments += _inferred(graph, g, issue, evidence or {})
    for finding, g in findings:
        graph.add((URIRef(finding), NG.concerns, issue_of[id(g)]))
        outcome.findings += 1
    for found in resolved:
        assessment = URIRef(found.assessment.key)
        if found.earlier:
            graph.add((assessment, NG.recommendation, URIRef(found.recommendation.key)))
        issues = issues_of_item.get(found.recommendation.key, [])
        for issue in issues:
            graph.add((assessment, NG.issue, issue))
        outcome.observed_assessments += bool(found.earlier or issues)
    outcome.triples = len(graph)
    return graph, outcome


def _inferred(graph: Graph, g: Group, issue: URIRef, evidence: dict[str, list[URIRef]]) -> int:
    """Each earlier member, raised again at a later election: not implemented by then, as
    normgraph infers it (typed ng:InferredAssessment, with the group's confidence)."""
    count = 0
    for earlier in g.items:
        for later in g.items:
            if not (earlier.election and later.election and earlier.date < later.date):
                continue
            if earlier.election == later.election or earlier.key == later.key:
                continue
            tail = slug(later.key.removeprefix(str(ID)))
            assessment = URIRef(f"{earlier.key}/raised-again/{tail}")
            if (assessment, RDF.type, NG.InferredAssessment) in graph:
                continue
            graph.add((assessment, RDF.type, NG.ImplementationAssessment))
            graph.add((assessment, RDF.type, NG.InferredAssessment))
            graph.add(
                (
                    assessment,
                    RDFS.label,
                    Literal(
                        f"inferred by normgraph: not implemented by {later.date} "
                        f"(raised again by {_who(later)})"
                    ),
                )
            )
            graph.add((assessment, NG.recommendation, URIRef(earlier.key)))
            graph.add((assessment, NG.issue, issue))
            graph.add((assessment, NG.assessor, RAISED_AGAIN_RULE))
            graph.add((assessment, PROV.wasAttributedTo, RAISED_AGAIN_RULE))
            graph.add((assessment, NG.status, NOT_IMPLEMENTED))
            graph.add((assessment, NG.confidence, _confidence(g.score)))
            graph.add((assessment, NG.sourceReport, URIRef(later.document)))
            graph.add((assessment, PROV.wasDerivedFrom, URIRef(later.key)))
            if len(later.date) == 10:
                graph.add((assessment, NG.date, Literal(later.date, datatype=XSD.date)))
            for annotation in evidence.get(later.key, []):
                graph.add((assessment, NG.evidence, annotation))
            count += 1
    return count


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
    store: GraphStore, grouping: Grouping, known: Collection[str]
) -> tuple[list[Resolved], int]:
    """Each observer's statement resolved to the recommendation it judges, and how many
    statements there are. A statement of a report an earlier link saw (``known``) keeps
    the recommendation it was resolved to while that is indexed; only the statements of
    new reports, and those tied to an issue alone, are matched
    (:func:`normgraph.recurrence_statements.resolve_all`)."""
    statements, done = read_statements(store)
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
    grouping, index = updated_grouping(store, read_items(store))
    groups = grouping.groups()
    # What an earlier link wrote is kept only if it is still there to read.
    known = index.known if store.graph_exists(RECURRENCE_GRAPH) else frozenset()
    findings = attached_findings(store, grouping, groups, known)
    resolved, statements = resolved_statements(store, grouping, known)
    confident = [i.key for g in groups if g.score >= INFERENCE_THRESHOLD for i in g.items]
    graph, outcome = issues_graph(groups, findings, resolved, read_evidence(store, confident))
    outcome.unresolved_assessments = statements - outcome.observed_assessments
    outcome.index = index
    return graph, outcome


def link(store: GraphStore) -> LinkOutcome:
    """Recompute the recurrence graph and, if the nodes it changes validate, write the
    change (:mod:`normgraph.recurrence_delta`): only what changed is validated and written,
    so relinking after one added report costs what that report changed."""
    graph, outcome = compute(store)
    change = delta(previous(store), graph)
    focus = change.changed & set(graph.subjects())
    outcome.changed = len(change.changed)
    context = validation_context(store, graph, focus)
    outcome.violations = validate_graph(context, focus=focus)
    if outcome.written:
        write(store, change, graph)
    return outcome
