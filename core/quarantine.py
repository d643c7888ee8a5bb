"""Quarantine: a fact that fails a blocking shape is left out, the rest of its report loads.

A blocking result names a focus node. That node leaves the document graph with what hangs
off it only: the nodes it alone points to (its evidence annotations, their targets and
selectors, a value node no other fact uses), and the triples that point to it. What
pointed to it is validated again, since losing a link may break its own shape; that can
quarantine it in turn. The report node is the document's identity: a result on its genre
or source text, or one that names no offending value, refuses the whole report; any other
result on it drops only the offending statement.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .document_triples import DocumentTriples
from .namespaces import NG, RDF
from .validation import Violation, compiled_violations, validate_graph

IDENTITY_PATHS = frozenset({str(NG.genre), str(NG.sourceText)})
"""Properties without which a report cannot be identified: a result on them refuses it."""

MAX_ROUNDS = 8
"""Rounds of quarantine then re-validation before a report is refused as tangled."""


class UnidentifiedReportError(ValueError):
    """The report itself fails a shape that identifies it, so nothing of it can load."""

    def __init__(self, message: str, violations: list[Violation]) -> None:
        super().__init__(message)
        self.violations = violations


@dataclass
class QuarantineOutcome:
    """What a document kept and what was left out."""

    violations: list[Violation] = field(default_factory=list)
    quarantined: list[Violation] = field(default_factory=list)
    removed_triples: int = 0


def validate_with_quarantine(graph: Graph) -> QuarantineOutcome:
    """Validate ``graph``, removing blocking facts until what is left conforms.

    Raises :class:`UnidentifiedReportError` when the report node itself cannot stand.
    """
    outcome = QuarantineOutcome()
    results = validate_graph(graph)
    for _ in range(MAX_ROUNDS):
        inner = _inner_details(results)
        blocking = [v for v in results if v.blocks and v not in inner]
        outcome.violations += [v for v in results if not v.blocks]
        if not blocking:
            break
        outcome.quarantined += blocking
        try:
            touched = _remove(graph, blocking, outcome)
        except UnidentifiedReportError as error:
            error.violations = results
            raise
        results = validate_graph(graph, focus=touched)
    else:
        raise UnidentifiedReportError(
            f"facts still fail blocking shapes after {MAX_ROUNDS} rounds of quarantine", results
        )
    outcome.violations = _kept(outcome.violations, graph)
    return outcome


def validate_clean(triples: DocumentTriples) -> QuarantineOutcome | None:
    """:func:`validate_with_quarantine`'s outcome for a document the compiled check finds
    nothing blocking in, read from its plain triples without an rdflib graph; ``None``
    when the check declines or blocks (then pySHACL and the quarantine must answer)."""
    results = compiled_violations(triples)
    if results is None or any(v.blocks for v in results):
        return None
    return QuarantineOutcome(violations=_kept(results, triples))


def _kept(violations: list[Violation], graph: Graph | DocumentTriples) -> list[Violation]:
    """The distinct non-blocking results whose focus node is still in ``graph``, sorted."""
    focused = {v.focus_node for v in violations}
    remaining = {node for node in focused if _is_subject(graph, node)}
    return sorted(
        {v for v in violations if v.focus_node in remaining},
        key=lambda v: (v.focus_node, v.path, v.shape, v.message),
    )


def _is_subject(graph: Graph | DocumentTriples, name: str) -> bool:
    """Whether a node named by a result (an IRI or a blank node) is a subject in ``graph``:
    a lookup per named node instead of listing every subject of the graph."""
    nodes = (URIRef(name), BNode(name))
    if isinstance(graph, DocumentTriples):
        return any(graph.has_subject(node) for node in nodes)
    return any((node, None, None) in graph for node in nodes)


def _remove(graph: Graph, blocking: list[Violation], outcome: QuarantineOutcome) -> set[Node]:
    """Take the blocking facts out of ``graph``; the nodes that pointed to them."""
    reports = set(graph.subjects(RDF.type, NG.Report))
    doomed: set[Node] = set()
    before = len(graph)
    touched: set[Node] = set()
    for violation in blocking:
        focus = URIRef(violation.focus_node)
        if focus in reports:
            touched |= _drop_statement(graph, focus, violation)
        else:
            doomed.add(focus)
    removed = _owned_closure(graph, doomed)
    for node in removed:
        touched |= {s for s in graph.subjects(None, node, unique=True) if s not in removed}
        graph.remove((node, None, None))
        graph.remove((None, None, node))
    outcome.removed_triples += before - len(graph)
    return touched - removed


def _inner_details(results: list[Violation]) -> set[Violation]:
    """Path-less results on a node that another blocking result names as its value.

    They are the inner detail of that result (an ``sh:node`` check on a link to the node):
    quarantining the fact that links settles them, so they are not held against the node
    (which may be the report itself).
    """
    linked_to = {v.value for v in results if v.blocks and v.focus_node != v.value}
    return {v for v in results if v.blocks and not v.path and v.focus_node in linked_to}


def _drop_statement(graph: Graph, report: URIRef, violation: Violation) -> set[Node]:
    """Drop the one offending statement of the report node, or refuse the report."""
    if violation.path in IDENTITY_PATHS or not violation.path or not violation.value:
        raise UnidentifiedReportError(
            f"the report cannot be identified: {violation.message} "
            f"(shape {violation.shape}, focus {violation.focus_node})",
            [violation],
        )
    predicate = URIRef(violation.path)
    dropped = [o for o in graph.objects(report, predicate) if str(o) == violation.value]
    for value in dropped:
        graph.remove((report, predicate, value))
    return {report}


def _owned_closure(graph: Graph, roots: Iterable[Node]) -> set[Node]:
    """``roots`` and every node only they (transitively) point to."""
    removed = set(roots)
    frontier = list(removed)
    while frontier:
        node = frontier.pop()
        for child in set(graph.objects(node, None)):
            if isinstance(child, Literal) or child in removed:
                continue
            if (child, RDF.type, NG.Report) in graph:
                continue
            if all(parent in removed for parent in graph.subjects(None, child, unique=True)):
                removed.add(child)
                frontier.append(child)
    return removed
