"""How many assessments judge each recurring issue, or one of its members, fully implemented.

The flagship asks for issues that no assessment judges done: the issue itself
(``ng:issue``) or one of its recommendations (``ng:recommendation``, an issue holding it).
Asked of the store on every run, that joined every fully-implemented status to the
memberships (1.1 s at 1,000 synthetic reports with 48,000 such statuses). The link stage
knows the ties it writes, so it counts them once per issue (``ng:fullyImplementedCount``)
and the query reads one triple per issue (docs/queries.md, rule 12). Counted as the
reference query's "not done" reads the store: an observer's statement the link resolved
(its status read with its key, :func:`.recurrence_keys.done_statements`) and any tie a
document graph states itself (:data:`STATED`: none of the loaders writes one, but a
statement written into a document graph may).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from rdflib import Literal, URIRef

from normgraph.graph import GraphStore

from .grouping import Group
from .namespaces import NG, RECURRENCE_GRAPH, XSD
from .recurrence_blocks import Blocks, Triple
from .recurrence_read import _PREFIXES, FULLY_IMPLEMENTED
from .recurrence_statements import Resolved

STATED = (
    _PREFIXES
    + f"""
SELECT ?node ?tie ?target ?done WHERE {{
  VALUES ?tie {{ ng:issue ng:recommendation }}
  GRAPH ?graph {{ ?node ?tie ?target }}
  FILTER(?graph != {RECURRENCE_GRAPH.n3()})
  BIND(EXISTS {{ ?node ng:status {FULLY_IMPLEMENTED.n3()} }} AS ?done)
}}"""
)
"""Ties to an issue or a recommendation that a document graph states itself."""


@dataclass(frozen=True)
class Tie:
    """A node tied to an issue or a recommendation, and whether it says "fully implemented"."""

    node: str
    issue: str = ""
    recommendation: str = ""
    done: bool = False


def stated_ties(store: GraphStore) -> list[Tie]:
    """The ties of :data:`STATED`, sorted (none in a store the loaders wrote)."""
    _, rows = store.select(STATED)
    ties = []
    for row in rows:
        target, done = str(row["target"]), str(row["done"]).lower() in ("true", "1")
        if str(row["tie"]) == str(NG.issue):
            ties.append(Tie(str(row["node"]), issue=target, done=done))
        else:
            ties.append(Tie(str(row["node"]), recommendation=target, done=done))
    return sorted(ties, key=lambda t: (t.node, t.issue, t.recommendation))


def judged_counts(
    groups: Sequence[tuple[str, Group]],
    resolved: Iterable[Resolved],
    done: Collection[str],
    stated: Iterable[Tie] = (),
) -> dict[str, int]:
    """Per issue IRI (``groups``: each group with its issue's IRI), how many distinct nodes
    saying "fully implemented" (``done``: the resolved statements' keys that do; a stated
    tie says it itself) are tied to the issue, or to a recommendation that something tied
    to the issue is tied to too (a membership, or any node tied to both)."""
    issues_of: dict[str, set[str]] = {}
    for issue, g in groups:
        for item in g.items:
            issues_of.setdefault(item.key, set()).add(issue)
    on_issues: dict[str, set[str]] = {}
    on_recommendations: dict[str, set[str]] = {}
    judging: set[str] = set()
    for found in resolved:
        node, recommendation = found.assessment.key, found.recommendation.key
        on_issues.setdefault(node, set()).update(issues_of.get(recommendation, ()))
        if found.earlier:
            on_recommendations.setdefault(node, set()).add(recommendation)
        if node in done:
            judging.add(node)
    for tie in stated:
        if tie.issue:
            on_issues.setdefault(tie.node, set()).add(tie.issue)
        else:
            on_recommendations.setdefault(tie.node, set()).add(tie.recommendation)
        if tie.done:
            judging.add(tie.node)
    # A node tied to both an issue and a recommendation ties that recommendation to it.
    for node, recommendations in on_recommendations.items():
        for recommendation in recommendations:
            issues_of.setdefault(recommendation, set()).update(on_issues.get(node, ()))
    counts: dict[str, set[str]] = {}
    for node in judging:
        issues = set(on_issues.get(node, ()))
        for recommendation in on_recommendations.get(node, ()):
            issues |= issues_of.get(recommendation, set())
        for issue in issues:
            counts.setdefault(issue, set()).add(node)
    return {issue: len(nodes) for issue, nodes in counts.items()}


JUDGED_AT = 4
"""Where an issue's block holds :func:`judged_triple` (after its type, label, text and
attribution), so a kept block's count is checked without a scan."""


def judged_triple(issue: URIRef, count: int) -> Triple:
    """How many observed or stated assessments judge the issue or a member fully
    implemented: the flagship's "not done" is a count of 0."""
    return (issue, NG.fullyImplementedCount, Literal(count, datatype=XSD.integer))


def moved_states(
    groups: Sequence[tuple[str, Group]], judged: Mapping[str, int], kept: Blocks | None
) -> frozenset[str]:
    """The states of the issues whose kept block holds another count than ``judged``: a
    later report's statement moves an issue of a state whose own reports did not move, so
    the issue is rendered again (with its evidence and creators read, as a changed state's)."""
    if kept is None:
        return frozenset()
    moved: set[str] = set()
    for issue, g in groups:
        triples = kept.triples.get(issue)
        if triples is None:
            continue
        expected = judged_triple(URIRef(issue), judged.get(issue, 0))
        at = triples[JUDGED_AT] if len(triples) > JUDGED_AT else None
        if at != expected and expected not in triples:
            moved.update(item.country for item in g.items)
    return frozenset(moved)
