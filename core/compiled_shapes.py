"""The shapes graph read once into plain Python objects that a fast check can run.

pySHACL re-reads the shapes graph for every shape it evaluates, thousands of times per
report. Here each shape becomes a :class:`CompiledShape` (its targets, path, severity,
message and a list of constraints) once per process. Only the constraint kinds whose
pySHACL semantics :mod:`normgraph.compiled_check` reproduces are compiled; any other SHACL
parameter on a shape (or a target, path or option not handled) makes compilation fail
with :class:`NotCompilableError`, and validation then falls back to pySHACL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from normgraph.ontology import shapes_graph

from .namespaces import RDF, RDFS, SH

SHACL = str(SH)

NON_VALIDATING = frozenset(
    SH[name] for name in ("name", "description", "message", "order", "group", "severity")
)
"""Parameters that change no verdict (severity and message only label a result)."""

SHAPE_SYNTAX = frozenset(SH[name] for name in ("path", "property", "targetClass"))
"""Parameters read as the shape's structure rather than as a constraint."""

SINGLE_VALUED = (
    SH.datatype,
    SH.minCount,
    SH.maxCount,
    SH.minInclusive,
    SH.maxInclusive,
    SH.minLength,
    SH.pattern,
    SH.nodeKind,
    SH.qualifiedMinCount,
    SH.qualifiedMaxCount,
)
"""Parameters pySHACL accepts once per shape; a second value is declined here."""

NODE_KINDS: dict[Node, tuple[type, ...]] = {
    SH.IRI: (URIRef,),
    SH.BlankNode: (BNode,),
    SH.Literal: (Literal,),
    SH.BlankNodeOrIRI: (BNode, URIRef),
    SH.BlankNodeOrLiteral: (BNode, Literal),
    SH.IRIOrLiteral: (URIRef, Literal),
}


class NotCompilableError(ValueError):
    """A shape uses something the compiled check does not reproduce exactly."""


@dataclass(frozen=True)
class Constraint:
    """One constraint parameter of a shape: its kind (a SHACL local name) and argument."""

    kind: str
    argument: object


@dataclass
class CompiledShape:
    """A node or property shape, with its constraints in pySHACL's terms.

    ``path`` is ``None`` for a node shape, else ``(predicate, inverse)``; ``path_node`` is
    the shapes graph's own path node, which a result names as its ``sh:resultPath``.
    """

    node: Node
    severity: str = "Violation"
    message: str | None = None
    path: tuple[URIRef, bool] | None = None
    path_node: Node | None = None
    target_classes: tuple[URIRef, ...] = ()
    constraints: list[Constraint] = field(default_factory=list)
    properties: list[CompiledShape] = field(default_factory=list)

    @property
    def allowed_to_fail(self) -> bool:
        """A warning or info shape conforms anyway when nested (pySHACL's allow_warnings)."""
        return self.severity in ("Warning", "Info")


@dataclass
class CompiledShapes:
    """Every shape that has a target, ready to run."""

    targeted: list[CompiledShape]
    inverse_predicates: frozenset[URIRef]


@cache
def compiled_shapes() -> CompiledShapes:
    """The project's shapes, compiled once per process (raises when not compilable)."""
    return compile_shapes(shapes_graph())


def compile_shapes(shapes: Graph) -> CompiledShapes:
    """Compile every targeted shape of ``shapes`` and the shapes they reach."""
    for unsupported in ("targetNode", "targetSubjectsOf", "targetObjectsOf", "target"):
        if (None, SH[unsupported], None) in shapes:
            raise NotCompilableError(f"sh:{unsupported} is not compiled")
    compiler = _Compiler(shapes)
    targeted = sorted(set(shapes.subjects(SH.targetClass, None)), key=str)
    compiled = [compiler.shape(node) for node in targeted]
    return CompiledShapes(compiled, frozenset(compiler.inverse_predicates))


class _Compiler:
    """Reads shapes from the graph, each once, refusing what it does not know."""

    def __init__(self, shapes: Graph) -> None:
        self.graph = shapes
        self.done: dict[Node, CompiledShape] = {}
        self.in_progress: set[Node] = set()
        self.inverse_predicates: set[URIRef] = set()

    def shape(self, node: Node) -> CompiledShape:
        if node in self.in_progress:
            raise NotCompilableError(f"{node} refers to itself (pySHACL skips recursion)")
        if node in self.done:
            return self.done[node]
        self.in_progress.add(node)
        compiled = self._read(node)
        self.in_progress.discard(node)
        self.done[node] = compiled
        return compiled

    def _read(self, node: Node) -> CompiledShape:
        graph = self.graph
        if (node, None, None) not in graph:
            raise NotCompilableError(f"{node} is referred to as a shape but has no description")
        classes = {RDFS.Class, *graph.subjects(RDFS.subClassOf, RDFS.Class)}
        if any(kind in classes for kind in graph.objects(node, RDF.type)):
            raise NotCompilableError(f"{node} is a class, so an implicit class target")
        compiled = CompiledShape(node)
        severity = self._single(node, SH.severity)
        if severity is not None:
            compiled.severity = str(severity).rsplit("#", 1)[-1]
        messages = list(graph.objects(node, SH.message))
        compiled.message = str(messages[0]) if len(messages) == 1 else None
        compiled.target_classes = tuple(sorted(graph.objects(node, SH.targetClass), key=str))  # type: ignore[arg-type]
        path = self._single(node, SH.path)
        if path is not None:
            compiled.path, compiled.path_node = self._path(path), path
        for predicate, value in sorted(graph.predicate_objects(node), key=str):
            if not str(predicate).startswith(SHACL) or predicate in NON_VALIDATING:
                continue
            if predicate in SINGLE_VALUED and len(list(graph.objects(node, predicate))) > 1:
                raise NotCompilableError(f"{node} has more than one {predicate}")
            if predicate == SH.property:
                if compiled.path is not None:
                    raise NotCompilableError(f"{node}: sh:property on a property shape")
                compiled.properties.append(self.shape(value))
            elif predicate not in SHAPE_SYNTAX:
                compiled.constraints += self._constraint(node, predicate, value)
        return compiled

    def _single(self, node: Node, predicate: URIRef) -> Node | None:
        values = list(self.graph.objects(node, predicate))
        if len(values) > 1:
            raise NotCompilableError(f"{node} has more than one {predicate}")
        return values[0] if values else None

    def _path(self, path: Node) -> tuple[URIRef, bool]:
        if isinstance(path, URIRef):
            return path, False
        inverse = list(self.graph.predicate_objects(path))
        if len(inverse) == 1 and inverse[0][0] == SH.inversePath:
            predicate = inverse[0][1]
            if isinstance(predicate, URIRef):
                self.inverse_predicates.add(predicate)
                return predicate, True
        raise NotCompilableError(f"path {path} is neither a predicate nor an inverse one")

    def _constraint(self, node: Node, predicate: Node, value: Node) -> list[Constraint]:
        kind = str(predicate)[len(SHACL) :]
        if kind in ("minCount", "maxCount", "minLength"):
            return [Constraint(kind, _integer(value))]
        if kind in ("class", "datatype", "hasValue", "minInclusive", "maxInclusive"):
            return [Constraint(kind, value)]
        if kind == "lessThanOrEquals":
            if not isinstance(value, URIRef):
                raise NotCompilableError("sh:lessThanOrEquals needs an IRI")
            return [Constraint(kind, value)]
        if kind == "nodeKind":
            if value not in NODE_KINDS:
                raise NotCompilableError(f"unknown node kind {value}")
            return [Constraint(kind, NODE_KINDS[value])]
        if kind == "pattern":
            if (node, SH.flags, None) in self.graph:
                raise NotCompilableError("sh:flags is not compiled")
            return [Constraint(kind, re.compile(str(value)))]
        if kind == "in":
            return [Constraint(kind, frozenset(Collection(self.graph, value)))]
        if kind == "node":
            return [Constraint(kind, self.shape(value))]
        if kind == "or":
            members = [self.shape(member) for member in Collection(self.graph, value)]
            return [Constraint(kind, members)]
        if kind == "qualifiedValueShape":
            return [self._qualified(node, value)]
        if kind in ("qualifiedMinCount", "qualifiedMaxCount"):
            return []  # read with sh:qualifiedValueShape
        raise NotCompilableError(f"{node}: sh:{kind} is not compiled")

    def _qualified(self, node: Node, value: Node) -> Constraint:
        if (node, SH.qualifiedValueShapesDisjoint, None) in self.graph:
            raise NotCompilableError("sh:qualifiedValueShapesDisjoint is not compiled")
        if len(list(self.graph.objects(node, SH.qualifiedValueShape))) > 1:
            raise NotCompilableError(f"{node} has more than one qualified value shape")
        low, high = (self._single(node, p) for p in (SH.qualifiedMinCount, SH.qualifiedMaxCount))
        bounds = (None if low is None else _integer(low), None if high is None else _integer(high))
        return Constraint("qualifiedValueShape", (self.shape(value), bounds))


def _integer(value: Node) -> int:
    if isinstance(value, Literal) and isinstance(value.value, int):
        return value.value
    raise NotCompilableError(f"expected an integer, got {value!r}")
