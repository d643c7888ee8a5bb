"""A fast SHACL check: the compiled shapes run over an in-memory index of the graph.

Each constraint kind follows pySHACL's own reading (value-node sets, class membership
through ``rdfs:subClassOf``, its datatype and comparison rules, allowed warnings inside
nested shapes), so the check finds a result exactly where pySHACL does. The SHACL stage
(:mod:`normgraph.validation`) trusts it only when it finds no blocking result; a
document with a blocking result goes to pySHACL, whose results drive the quarantine.
Anything the check cannot reproduce (a shape that does not compile, a comparison that
pySHACL would fail on, a non-blocking result without its shape's own message) makes it
decline by returning ``None``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from typing import cast

from pyshacl.rdfutil.compare import compare_literal
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDFS, XSD
from rdflib.term import Node

from normgraph.graph import Triple

from .compiled_shapes import (
    CompiledShape,
    CompiledShapes,
    Constraint,
    NotCompilableError,
    compiled_shapes,
)
from .namespaces import RDF

_LOG = logging.getLogger(__name__)

QualifiedArgument = tuple[CompiledShape, tuple[int | None, int | None]]

_TYPE, _SUBCLASS = RDF.type, RDFS.subClassOf
_TYPE_ONLY = frozenset((_TYPE,))
"""``p in _TYPE_ONLY`` is ``p == _TYPE`` by hash first: rdflib's ``__eq__`` is Python code,
called per triple otherwise (1-2% of an ODIHR-size report's CPU)."""
_LITERAL, _DATATYPE = RDFS.Literal, RDFS.Datatype
_XSD_STRING, _LANG_STRING = XSD.string, RDF.langString
_STRINGS = (None, _LANG_STRING, _XSD_STRING)

_DATATYPE_CHECKS: dict[Node, type | tuple[type, ...]] = {
    XSD.string: (str, bytes),
    RDF.langString: (str, bytes),
    XSD.integer: int,
    XSD.float: float,
    XSD.decimal: Decimal,
    XSD.boolean: bool,
    XSD.date: date,
    XSD.time: time,
    XSD.dateTime: datetime,
}
"""pySHACL's check that a literal's Python value has its datatype's type (others pass)."""


class DeclinedError(Exception):
    """The check cannot answer exactly as pySHACL would; pySHACL must."""


@dataclass(frozen=True)
class RawResult:
    """One result as pySHACL would write it, before evidence is looked up."""

    severity: str
    shape: str
    focus_node: Node
    path: str
    message: str
    value: Node | None


class GraphIndex:
    """Subjects' values per predicate, instances per class and superclasses of a graph."""

    def __init__(
        self,
        graphs: Iterable[Iterable[Triple]],
        inverse_predicates: frozenset[URIRef],
        focus: set[Node] | None = None,
        read_predicates: Iterable[Node] = (),
    ) -> None:
        """``read_predicates``, the shapes' own predicate objects, key the index: rdflib's
        ``__eq__`` is Python code, which a dictionary calls on every hit of an equal
        but other object (each triple's predicate is a new one), so the shapes' lookups
        then hit by identity."""
        self.focus = focus
        self.out: dict[Node, dict[Node, set[Node]]] = {}
        self.inverse: dict[Node, dict[Node, set[Node]]] = {p: {} for p in inverse_predicates}
        self.typed: dict[Node, set[Node]] = {}
        out, inverse, typed = self.out, self.inverse, self.typed
        same: dict[Node, Node] = {p: p for p in (_TYPE, _SUBCLASS, *read_predicates)}
        for graph in graphs:
            for subject, predicate, obj in graph:
                predicate = same.setdefault(predicate, predicate)
                values = out.get(subject)
                if values is None:
                    values = out[subject] = {}
                if predicate in values:
                    values[predicate].add(obj)
                else:
                    values[predicate] = {obj}
                if predicate in _TYPE_ONLY:
                    typed.setdefault(obj, set()).add(subject)
                if predicate in inverse:
                    inverse[predicate].setdefault(obj, set()).add(subject)
        self._supers: dict[Node, frozenset[Node]] = {}

    def skips(self, node: Node) -> bool:
        """pySHACL with focus nodes validates no other node, not even nested: a nested
        shape on a value outside the focus conforms, reporting nothing."""
        return self.focus is not None and not (isinstance(node, URIRef) and node in self.focus)

    def values(self, node: Node, predicate: Node) -> set[Node]:
        return self.out.get(node, {}).get(predicate, set())

    def superclasses(self, cls: Node) -> frozenset[Node]:
        """``cls`` and every class it is (transitively) a subclass of."""
        known = self._supers.get(cls)
        if known is None:
            seen = {cls}
            frontier = [cls]
            while frontier:
                for parent in self.values(frontier.pop(), _SUBCLASS):
                    if parent not in seen:
                        seen.add(parent)
                        frontier.append(parent)
            known = self._supers[cls] = frozenset(seen)
        return known

    def has_class(self, node: Node, cls: Node) -> bool:
        if isinstance(node, Literal):
            return False
        return any(cls in self.superclasses(t) for t in self.values(node, _TYPE))

    def instances(self, cls: Node) -> set[Node]:
        """Subjects typed ``cls`` or a subclass of it (pySHACL's sh:targetClass)."""
        found: set[Node] = set()
        for type_, subjects in self.typed.items():
            if cls in self.superclasses(type_):
                found |= subjects
        return found


def compiled_results(
    graphs: Iterable[Iterable[Triple]], focus: set[Node] | None = None
) -> list[RawResult] | None:
    """Every SHACL result of the targeted shapes over ``graphs`` taken together.

    ``None`` when the check declines. With ``focus``, only those IRIs are validated.
    """
    shapes = _shapes()
    if shapes is None:
        return None
    try:
        index = GraphIndex(graphs, shapes.inverse_predicates, focus, _read_predicates())
        results: list[RawResult] = []
        for shape in shapes.targeted:
            targets: set[Node] = set()
            for cls in shape.target_classes:
                targets |= index.instances(cls)
            if focus is not None:
                targets = {t for t in targets if isinstance(t, URIRef) and t in focus}
            for node in targets:
                results += _results(index, shape, node)
    except DeclinedError as declined:
        _LOG.info("compiled SHACL check declined (%s): pySHACL validates this graph", declined)
        return None
    return results


@cache
def _shapes() -> CompiledShapes | None:
    """The compiled shapes, or ``None`` (remembered) when they do not compile: said once as
    a warning, since every document then takes pySHACL's slower path."""
    try:
        return compiled_shapes()
    except NotCompilableError as error:
        _LOG.warning("SHACL shapes not compiled (%s): every graph is validated by pySHACL", error)
        return None


@cache
def _read_predicates() -> tuple[Node, ...]:
    """The predicate objects the compiled shapes look values up by (paths and
    sh:lessThanOrEquals), reached through nested shapes too."""
    shapes = _shapes()
    found: list[Node] = []
    seen: set[int] = set()
    todo: list[CompiledShape] = [] if shapes is None else list(shapes.targeted)
    while todo:
        shape = todo.pop()
        if id(shape) in seen:
            continue
        seen.add(id(shape))
        if shape.path is not None:
            found.append(shape.path[0])
        for constraint in shape.constraints:
            kind, argument = constraint.kind, constraint.argument
            if kind == "lessThanOrEquals":
                found.append(cast(Node, argument))
            elif kind == "node":
                todo.append(cast(CompiledShape, argument))
            elif kind == "or":
                todo.extend(cast(list[CompiledShape], argument))
            elif kind == "qualifiedValueShape":
                todo.append(cast(QualifiedArgument, argument)[0])
        todo.extend(shape.properties)
    return tuple(found)


def _value_nodes(index: GraphIndex, shape: CompiledShape, focus: Node) -> set[Node]:
    if shape.path is None:
        return {focus}
    predicate, inverse = shape.path
    if inverse:
        return index.inverse[predicate].get(focus, set())
    return index.values(focus, predicate)


def _results(index: GraphIndex, shape: CompiledShape, focus: Node) -> list[RawResult]:
    """What validating ``focus`` against ``shape`` reports, as pySHACL's results graph
    holds it: sh:property shapes' results, and a failed sh:node's own results beside it
    (pySHACL links them with sh:detail)."""
    found: list[RawResult] = []
    for constraint, value in _failures(index, shape, focus):
        if shape.message is None and shape.severity != "Violation":
            raise DeclinedError(f"{shape.node} reports without a message of its own")
        path = "" if shape.path_node is None else str(shape.path_node)
        found.append(
            RawResult(shape.severity, str(shape.node), focus, path, shape.message or "", value)
        )
        if constraint.kind == "node" and value is not None:
            found += _results(index, constraint.argument, value)  # type: ignore[arg-type]
    for prop in shape.properties:
        found += _results(index, prop, focus)
    return found


def conforms(index: GraphIndex, shape: CompiledShape, node: Node) -> bool:
    """pySHACL's conformance of a node to a shape nested in sh:or or a qualified count.

    A warning or info shape conforms whatever it reports (validation allows warnings),
    and so does a node shape whose only failures are in such property shapes.
    """
    if shape.allowed_to_fail or index.skips(node):
        return True
    if any(True for _ in _failures(index, shape, node)):
        return False
    return all(conforms(index, prop, node) for prop in shape.properties)


def _failures(
    index: GraphIndex, shape: CompiledShape, focus: Node
) -> Iterator[tuple[Constraint, Node | None]]:
    """One item per result of ``shape``'s own constraints: the constraint and the value
    node the result names (``None`` for a count)."""
    values = _value_nodes(index, shape, focus)
    for constraint in shape.constraints:
        kind, argument = constraint.kind, constraint.argument
        if kind == "minCount":
            if len(values) < argument:  # type: ignore[operator]
                yield constraint, None
        elif kind == "maxCount":
            if len(values) > argument:  # type: ignore[operator]
                yield constraint, None
        elif kind == "hasValue":
            if argument not in values:
                yield constraint, None
        elif kind == "qualifiedValueShape":
            qualified, (low, high) = cast(QualifiedArgument, argument)
            count = sum(1 for v in values if conforms(index, qualified, v))
            if high is not None and count > high:
                yield constraint, None
            if low is not None and count < low:
                yield constraint, None
        elif kind == "lessThanOrEquals":
            others = index.values(focus, argument)  # type: ignore[arg-type]
            if any(isinstance(value, BNode) for value in values):
                raise DeclinedError("sh:lessThanOrEquals on a blank node")
            for value in values:
                for other in others:
                    if not _less_or_equal(value, other):
                        yield constraint, value
        else:
            for value in values:
                if not _value_passes(index, kind, argument, value):
                    yield constraint, value


def _value_passes(index: GraphIndex, kind: str, argument: object, value: Node) -> bool:
    """One value node against a value-level constraint, read as pySHACL reads it."""
    if kind == "class":
        return index.has_class(value, argument)  # type: ignore[arg-type]
    if kind == "datatype":
        return _has_datatype(value, argument)  # type: ignore[arg-type]
    if kind == "node":  # pySHACL fails sh:node on any nested result, warnings too
        return index.skips(value) or not _results(index, argument, value)  # type: ignore[arg-type]
    if kind == "or":
        return any(conforms(index, member, value) for member in argument)  # type: ignore[attr-defined]
    if kind == "in":
        return value in argument  # type: ignore[operator]
    if kind == "nodeKind":
        return isinstance(value, argument)  # type: ignore[arg-type]
    if kind in ("minInclusive", "maxInclusive"):
        return _in_range(value, argument, kind == "minInclusive")  # type: ignore[arg-type]
    if kind == "minLength":
        return argument == 0 or (
            not isinstance(value, BNode) and len(_as_string(value)) >= argument  # type: ignore[operator]
        )
    if kind == "pattern":
        return not isinstance(value, BNode) and argument.search(_as_string(value)) is not None  # type: ignore[attr-defined]
    raise DeclinedError(f"constraint kind {kind} is not compiled")


def _has_datatype(value: Node, datatype: Node) -> bool:
    if not isinstance(value, Literal):
        return False
    if value.datatype == datatype:
        if getattr(value, "ill_typed", None) is True:
            return False
        return _actual_datatype(value, datatype)
    if datatype == _LITERAL:
        return True
    if datatype == _DATATYPE:
        return value.datatype is not None
    if value.datatype is None and value.language is None and datatype == _XSD_STRING:
        return _actual_datatype(value, datatype)
    if datatype == _LANG_STRING and value.language:
        return _actual_datatype(value, datatype)
    return False


def _actual_datatype(value: Literal, datatype: Node) -> bool:
    expected = _DATATYPE_CHECKS.get(datatype)
    return expected is None or isinstance(value.value, expected)


def _in_range(value: Node, bound: Literal, minimum: bool) -> bool:
    if not isinstance(value, Literal):
        return False
    if isinstance(bound.value, str) != isinstance(value.value, str):
        return False
    try:
        compared: int = compare_literal(value, bound)  # type: ignore[no-untyped-call]
    except (TypeError, NotImplementedError):
        return False
    return compared >= 0 if minimum else compared <= 0


def _less_or_equal(value: Node, other: Node) -> bool:
    """pySHACL's sh:lessThanOrEquals on one pair; what it would fail on is declined."""
    if isinstance(value, BNode) or isinstance(other, BNode):
        raise DeclinedError("sh:lessThanOrEquals on a blank node")
    left, left_text = _comparable(value)
    right, right_text = _comparable(other)
    if left_text != right_text:
        return False
    try:
        return bool(left <= right)  # type: ignore[operator]
    except Exception as error:  # pySHACL would raise here: let it
        raise DeclinedError(f"cannot compare {value!r} with {other!r}") from error


def _comparable(node: Node) -> tuple[object, bool]:
    if isinstance(node, URIRef):
        return str(node), True
    if isinstance(node, Literal) and isinstance(node.value, str):
        return node.value, True
    return node, False


def _as_string(value: Node) -> str:
    """pySHACL's string form of a value node for length and pattern checks."""
    if isinstance(value, Literal) and value.value is not None and value.datatype in _STRINGS:
        return str(value.value)
    return str(value)
