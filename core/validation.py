"""SHACL stage: check one document's graph against the shapes before it is written.

Validation runs with ``inference='none'`` on the document graph together with the
ontology and vocabularies, so that ``sh:class`` sees subclass axioms and the typing of
SKOS concepts (pySHACL's ``ont_graph`` mixes in only OWL/RDFS definitions, not concepts).
A violation names the shape, the focus node, the path, the message and, when the focus
node carries evidence, the quote from the source.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from pyshacl import validate
from rdflib import Graph
from rdflib.query import ResultRow
from rdflib.term import Node

from .namespaces import NG, OA, RDF, SH
from .ontology import reference_graph, shapes_graph


@dataclass(frozen=True)
class Violation:
    """One SHACL result, readable without knowing SHACL."""

    severity: str
    shape: str
    focus_node: str
    path: str
    message: str
    value: str
    evidence_quote: str

    @property
    def blocks(self) -> bool:
        """A violation keeps a document out of the store; warnings and infos do not."""
        return self.severity == "Violation"

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

    def describe(self) -> str:
        """A few lines for a terminal or a report file."""
        lines = [
            f"{self.severity}: {self.message}",
            f"  shape: {self.shape}",
            f"  focus: {self.focus_node}",
        ]
        if self.path:
            lines.append(f"  path:  {self.path}")
        if self.value:
            lines.append(f"  value: {self.value}")
        if self.evidence_quote:
            lines.append(f"  quote: \u201c{self.evidence_quote}\u201d")
        return "\n".join(lines)


def validate_graph(data: Graph) -> list[Violation]:
    """Every SHACL result for ``data`` (empty when it conforms), sorted for stable output."""
    combined = Graph()
    for triple in reference_graph():
        combined.add(triple)
    for triple in data:
        combined.add(triple)
    _conforms, results, _text = validate(
        combined,
        shacl_graph=shapes_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        meta_shacl=False,
        advanced=True,
    )
    assert isinstance(results, Graph)
    found = results.subjects(predicate=SH.resultSeverity, unique=True)
    violations = [_violation(results, result, data) for result in found]
    violations += graph_wide_violations(combined, data)
    return sorted(violations, key=lambda v: (v.focus_node, v.path, v.shape, v.message))


def graph_wide_violations(combined: Graph, data: Graph) -> list[Violation]:
    """Results of the shapes graph's unattached SPARQL constraints, each run once.

    A ``sh:SPARQLConstraint`` that no shape points to with ``sh:sparql`` is evaluated
    here over the whole graph, ``$this`` read as a plain variable: the same rule as
    SHACL-SPARQL would apply per focus node, at the cost of one query instead of one per
    node (pySHACL re-parses the query for each).
    """
    shapes = shapes_graph()
    violations = []
    for constraint in sorted(shapes.subjects(RDF.type, SH.SPARQLConstraint), key=str):
        if (None, SH.sparql, constraint) in shapes:
            continue
        select = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
        message = str(shapes.value(constraint, SH.message) or "")
        for row in combined.query(select, initNs=_prefixes(shapes, constraint)):
            assert isinstance(row, ResultRow)
            focus, value = row.get("this"), row.get("value")
            if focus is None:
                continue
            violations.append(
                Violation(
                    severity="Violation",
                    shape=str(constraint),
                    focus_node=str(focus),
                    path="",
                    message=message,
                    value="" if value is None else str(value),
                    evidence_quote=evidence_quote(data, focus),
                )
            )
    return violations


def _prefixes(shapes: Graph, constraint: Node) -> dict[str, str]:
    """The ``sh:prefixes`` declarations a SPARQL constraint names."""
    declared: dict[str, str] = {}
    for source in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(source, SH.declare):
            prefix = shapes.value(declaration, SH.prefix)
            namespace = shapes.value(declaration, SH.namespace)
            if prefix is not None and namespace is not None:
                declared[str(prefix)] = str(namespace)
    return declared


def _text(graph: Graph, subject: Node, predicate: str) -> str:
    value = graph.value(subject, SH[predicate])
    return "" if value is None else str(value)


def _violation(results: Graph, result: Node, data: Graph) -> Violation:
    focus = results.value(result, SH.focusNode)
    severity = _text(results, result, "resultSeverity").rsplit("#", 1)[-1]
    return Violation(
        severity=severity,
        shape=_text(results, result, "sourceShape"),
        focus_node="" if focus is None else str(focus),
        path=_text(results, result, "resultPath"),
        message=_text(results, result, "resultMessage"),
        value=_text(results, result, "value"),
        evidence_quote="" if focus is None else evidence_quote(data, focus),
    )


def evidence_quote(data: Graph, node: Node) -> str:
    """The first quote that supports ``node``, if it has evidence in ``data``."""
    for annotation in sorted(data.objects(node, NG.evidence), key=str):
        for target in data.objects(annotation, OA.hasTarget):
            for selector in data.objects(target, OA.hasSelector):
                quote = data.value(selector, OA.exact)
                if quote is not None:
                    return str(quote)
    return ""
