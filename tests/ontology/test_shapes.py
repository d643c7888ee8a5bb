"""Every shape bites: each constraint is broken once on a valid instance and must be reported.

The cases are derived from the shapes (``ontology/shapes/*.ttl``): for every property shape
with a ``sh:minCount`` the values are deleted ("missing"), with a ``sh:maxCount`` a second
valid value is added ("extra"), and with a datatype, class, node or node-kind constraint the
value is replaced by one of the wrong kind ("wrong"). A new constraint is therefore tested
as soon as it is written, provided the instances in ``instances.toml`` set the property.
Constraints that need a particular bad value are in ``test_shape_values.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal as Kind

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from normgraph.namespaces import NG, RDF, RDFS, SH, VOCAB, XSD
from normgraph.ontology import reference_graph, shapes_graph
from normgraph.validation import validate_graph

from .instance_graph import NGSH, concept, reported
from .instances import BUILDERS, Instances, build

UNRELATED = URIRef("https://example.org/unrelated")
UNRELATED_CLASS = URIRef("https://example.org/UnrelatedThing")


@dataclass(frozen=True)
class PropertyRule:
    """One property shape of one targeted node shape, as read from the shapes graph."""

    node_shape: str
    shape: URIRef
    path: URIRef | None
    inverse_path: URIRef | None
    min_count: int
    max_count: int | None
    severity: str
    qualified_class: URIRef | None
    typed: bool

    @property
    def name(self) -> str:
        return str(self.shape).removeprefix(NGSH)


def _node_shapes() -> list[str]:
    shapes = shapes_graph()
    targeted = shapes.subjects(SH.targetClass, None, unique=True)
    return sorted(str(shape).removeprefix(NGSH) for shape in targeted)


def _rules() -> list[PropertyRule]:
    shapes = shapes_graph()
    rules = []
    for name in _node_shapes():
        node_shape = URIRef(NGSH + name)
        for shape in sorted(shapes.objects(node_shape, SH.property), key=str):
            assert isinstance(shape, URIRef), f"{name} has an anonymous property shape"
            path = shapes.value(shape, SH.path)
            inverse = shapes.value(path, SH.inversePath) if isinstance(path, BNode) else None
            minimum = shapes.value(shape, SH.minCount)
            maximum = shapes.value(shape, SH.maxCount)
            qualified = shapes.value(shape, SH.qualifiedValueShape)
            qualified_class = None if qualified is None else shapes.value(qualified, SH["class"])
            severity = shapes.value(shape, SH.severity, default=SH.Violation)
            rules.append(
                PropertyRule(
                    node_shape=name,
                    shape=shape,
                    path=path if isinstance(path, URIRef) else None,
                    inverse_path=inverse if isinstance(inverse, URIRef) else None,
                    min_count=0 if minimum is None else int(str(minimum)),
                    max_count=None if maximum is None else int(str(maximum)),
                    severity=str(severity).rsplit("#", 1)[-1],
                    qualified_class=(
                        qualified_class if isinstance(qualified_class, URIRef) else None
                    ),
                    typed=any(
                        (shape, constraint, None) in shapes
                        for constraint in (
                            SH.datatype,
                            SH["class"],
                            SH.node,
                            SH.nodeKind,
                            SH.hasValue,
                        )
                    ),
                )
            )
    return rules


NODE_SHAPES = _node_shapes()
RULES = _rules()

Mutation = Kind["missing", "extra", "wrong"]


def _cases() -> Iterator[tuple[PropertyRule, Mutation]]:
    for rule in RULES:
        if rule.min_count or (rule.qualified_class is not None):
            yield rule, "missing"
        if rule.max_count is not None or rule.qualified_class is not None:
            yield rule, "extra"
        if rule.typed and rule.qualified_class is None and rule.inverse_path is None:
            yield rule, "wrong"


CASES = list(_cases())


# -- mutations ------------------------------------------------------------------------


def _values(graph: Graph, focus: URIRef, rule: PropertyRule) -> list[Node]:
    assert rule.path is not None
    values = sorted(graph.objects(focus, rule.path), key=str)
    if rule.qualified_class is not None:
        values = [v for v in values if (v, RDF.type, rule.qualified_class) in graph]
    return values


def _variant(value: Literal) -> Literal:
    """Another valid literal of the same kind, so only the cardinality is wrong."""
    if value.language:
        return Literal(f"{value} (variant)", lang=value.language)
    python = value.toPython()
    if isinstance(python, bool):
        return Literal(not python)
    if isinstance(python, int):
        return Literal(python + 1, datatype=value.datatype)
    if isinstance(python, Decimal):
        return Literal(python / 2 if python else Decimal(1), datatype=value.datatype)
    if isinstance(python, date):
        return Literal(python + timedelta(days=1), datatype=value.datatype)
    text = str(value)
    if len(text) == 64 and all(c in "0123456789abcdef" for c in text):
        return Literal(text[:-1] + ("0" if text[-1] != "0" else "1"), datatype=value.datatype)
    return Literal(f"{text} (variant)", datatype=value.datatype)


def _clone(graph: Graph, node: URIRef) -> URIRef:
    """A copy of ``node`` under a new IRI, with all its statements (data and reference)."""
    copy = URIRef(f"{node}-copy")
    for source in (graph, reference_graph()):
        for predicate, value in source.predicate_objects(node):
            graph.add((copy, predicate, value))
    return copy


def _wrong_value(graph: Graph, rule: PropertyRule) -> Node:
    """A value that breaks the rule's type constraint (datatype, class, scheme, kind)."""
    shapes = shapes_graph()
    datatype = shapes.value(rule.shape, SH.datatype)
    if datatype is not None:
        return Literal(42) if datatype == XSD.string else Literal("not a valid value")
    node = shapes.value(rule.shape, SH.node)
    if node == URIRef(NGSH + "DateOrYearShape"):
        return Literal("some day")
    if str(node).endswith("ConceptShape") and node != URIRef(NGSH + "MethodConceptShape"):
        return concept("method", "curated")
    if node == URIRef(NGSH + "MethodConceptShape"):
        return concept("topic", "media")
    if (rule.shape, SH.nodeKind, SH.IRI) in shapes:
        return Literal("not an IRI")
    if (rule.shape, SH.hasValue, None) in shapes:
        return VOCAB.topic
    graph.add((UNRELATED, RDF.type, UNRELATED_CLASS))
    return UNRELATED


def mutate(made: Instances, focus: URIRef, rule: PropertyRule, mutation: Mutation) -> None:
    graph = made.graph
    if rule.inverse_path is not None:
        assert mutation == "missing"
        graph.remove((None, rule.inverse_path, focus))
        return
    values = _values(graph, focus, rule)
    assert values, f"the {rule.node_shape} builder sets no value for {rule.name}"
    assert rule.path is not None
    if mutation == "missing":
        for value in values:
            graph.remove((focus, rule.path, value))
    elif mutation == "extra":
        value = values[0]
        extra = _variant(value) if isinstance(value, Literal) else _clone(graph, URIRef(str(value)))
        graph.add((focus, rule.path, extra))
    else:
        for value in values:
            graph.remove((focus, rule.path, value))
        graph.add((focus, rule.path, _wrong_value(graph, rule)))


# -- tests ----------------------------------------------------------------------------


def test_every_targeted_node_shape_has_an_instance_builder() -> None:
    assert set(NODE_SHAPES) == set(BUILDERS)


@pytest.mark.parametrize("shape_name", NODE_SHAPES)
def test_a_complete_instance_of_each_shape_conforms(shape_name: str) -> None:
    made, _focus = build(shape_name)
    assert validate_graph(made.graph) == []


@pytest.mark.parametrize("shape_name", NODE_SHAPES)
def test_an_instance_with_only_required_properties_conforms(shape_name: str) -> None:
    """Optional properties may be left out: shapes are permissive where reports omit things."""
    made, focus = build(shape_name)
    shapes = shapes_graph()
    required = {r.path for r in RULES if r.min_count and r.node_shape == shape_name}
    in_alternatives = {
        path
        for alternative in shapes.objects(URIRef(NGSH + shape_name), SH["or"])
        for member in shapes.items(alternative)
        for path in shapes.objects(member, SH.path)
    }
    for rule in RULES:
        if rule.node_shape != shape_name or rule.path is None:
            continue
        if rule.path in required or rule.path in in_alternatives or rule.qualified_class:
            continue
        made.graph.remove((focus, rule.path, None))
    assert [v for v in validate_graph(made.graph) if v.severity == "Violation"] == []


GROUPS = sorted({(rule.node_shape, mutation) for rule, mutation in CASES})


@pytest.mark.parametrize(("shape_name", "mutation"), GROUPS, ids=[f"{s}:{m}" for s, m in GROUPS])
def test_a_missing_extra_or_wrong_value_is_reported_by_its_property_shape(
    shape_name: str, mutation: Mutation
) -> None:
    """Break every constraint of one kind on one instance; each must be reported.

    Property shapes report per focus node and path independently, so one validation per
    node shape and kind of mutation suffices (and keeps the suite fast).
    """
    made, focus = build(shape_name)
    rules = [rule for rule, kind in CASES if rule.node_shape == shape_name and kind == mutation]
    for rule in rules:
        mutate(made, focus, rule, mutation)
    violations = validate_graph(made.graph)
    silent = []
    for rule in rules:
        found = reported(violations, str(rule.shape), focus)
        if not found:
            silent.append(rule.name)
            continue
        assert {v.severity for v in found} == {rule.severity}, rule.name
        if rule.path is not None:
            assert {v.path for v in found} == {str(rule.path)}, rule.name
        assert all(v.message for v in found), rule.name
    assert silent == [], f"no {mutation} value reported by {silent} on {focus}"


def test_every_property_shape_is_exercised() -> None:
    exercised = {rule.shape for rule, _mutation in CASES}
    assert {rule.shape for rule in RULES} <= exercised


def test_every_shape_has_a_name_and_every_property_shape_a_message() -> None:
    shapes = shapes_graph()
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    for shape in node_shapes:
        assert shapes.value(shape, SH.name) is not None, shape
    for shape in shapes.subjects(RDF.type, SH.PropertyShape):
        assert shapes.value(shape, SH.name) is not None, shape
        assert shapes.value(shape, SH.message) is not None, shape


REFERENCE_AND_STRUCTURE = {
    "AnnotationShape",
    "SpecificResourceShape",
    "TextQuoteSelectorShape",
    "TextPositionSelectorShape",
    "SourceTextShape",
    "LoaderShape",
    "NormShape",
    "InstrumentShape",
    "ProvisionShape",
    "RecurringIssueShape",
    "IssueMembershipShape",
}
"""Shapes of evidence itself, of reference data and of analysts' groupings: no quote needed."""


def test_every_fact_class_requires_evidence() -> None:
    shapes = shapes_graph()
    ontology = reference_graph()
    requiring = {
        shapes.value(URIRef(NGSH + rule.node_shape), SH.targetClass)
        for rule in RULES
        if rule.path == NG.evidence and rule.min_count >= 1
    }
    for name in sorted(set(NODE_SHAPES) - REFERENCE_AND_STRUCTURE):
        target = shapes.value(URIRef(NGSH + name), SH.targetClass)
        assert isinstance(target, URIRef)
        superclasses = set(ontology.transitive_objects(target, RDFS.subClassOf))
        assert superclasses & requiring, f"{name}: instances need no evidence"
