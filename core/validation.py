"""SHACL stage: check one document's graph against the shapes before it is written.

Validation runs with ``inference='none'`` on the document graph together with the
ontology and vocabularies, so that ``sh:class`` sees subclass axioms and the typing of
SKOS concepts (pySHACL's ``ont_graph`` mixes in only OWL/RDFS definitions, not concepts).
A violation names the shape, the focus node, the path, the message and, when the focus
node carries evidence, the quote from the source.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

import pyshacl.shape
from pyshacl import Validator
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
from pyshacl.constraints.constraint_component import ConstraintComponent
from pyshacl.graph_abstraction import DataGraph
from rdflib import Graph, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Node

from normgraph.graph import EmbeddedStore, Triple
from normgraph.ontology import reference_graph, shapes_graph

from .compiled_check import compiled_results
from .document_triples import DocumentTriples
from .namespaces import NG, OA, RDF, SH

_SCRATCH = URIRef("urn:normgraph:validation")


def _no_description(*_args: object, **_kwargs: object) -> str:
    return ""


# pySHACL writes a text description of every result it makes, including the thousands that
# sh:or, sh:node and qualified shapes make and throw away; a fifth of its time for one
# report. normgraph reads results from the results graph only, never that text.
ConstraintComponent.make_v_result_description = _no_description  # type: ignore[method-assign]


class _HashedParameters(list[Any]):
    """pySHACL's list of constraint parameters, with a hashed membership test.

    For every shape it validates (once per value node under sh:node and sh:or), pySHACL
    tests each of the shape's predicates for membership in this list: a linear scan of
    about 40 IRIs compared in Python, two fifths of its time for one report. Order and
    content stay the list's; only ``in`` is answered by a set.
    """

    def __init__(self, parameters: Iterable[Any]) -> None:
        super().__init__(parameters)
        self._members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members


# pySHACL reads this module attribute (filling it lazily when absent) on every validation.
pyshacl.shape.CONSTRAINT_PARAMS = (  # type: ignore[attr-defined]
    _HashedParameters(ALL_CONSTRAINT_PARAMETERS),
    CONSTRAINT_PARAMETERS_MAP,
)


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


def validate_graph(data: Graph, focus: Iterable[Node] | None = None) -> list[Violation]:
    """Every SHACL result for ``data`` (empty when it conforms), sorted for stable output.

    With ``focus``, only those nodes are validated (the rest of ``data`` is context that
    ``sh:class`` and ``sh:node`` read), so checking a few new links costs what they touch,
    not what the context holds.

    The compiled check answers first; when it finds nothing blocking, its results (the
    warnings) are pySHACL's, as ``tests/ontology/test_compiled_check.py`` shows on every
    shape test, fixture and corpus report. Otherwise pySHACL, the reference, answers.
    """
    focus = None if focus is None else list(focus)
    fast = compiled_violations(data, focus)
    if fast is not None and not any(v.blocks for v in fast):
        return fast
    return reference_violations(data, focus)


def compiled_violations(
    data: Graph | DocumentTriples, focus: Iterable[Node] | None = None
) -> list[Violation] | None:
    """The compiled check's results, sorted, or ``None`` when it declines."""
    wanted: set[Node] | None = None if focus is None else {URIRef(str(n)) for n in focus}
    if wanted is not None and not wanted:
        return []
    triples = list(data)  # rdflib's store is slow to iterate: once, for both checks
    found = compiled_results((triples, _reference_triples()), wanted)
    if found is None:
        return None
    violations = [
        Violation(
            severity=r.severity,
            shape=r.shape,
            focus_node=str(r.focus_node),
            path=r.path,
            message=r.message,
            value="" if r.value is None else str(r.value),
            evidence_quote=evidence_quote(data, r.focus_node),
        )
        for r in found
    ]
    wide = graph_wide_violations(data, triples)
    if wanted is not None:
        names = {str(node) for node in wanted}
        wide = [v for v in wide if v.focus_node in names]
    violations += wide
    return sorted(violations, key=lambda v: (v.focus_node, v.path, v.shape, v.message))


def reference_violations(data: Graph, focus: Iterable[Node] | None = None) -> list[Violation]:
    """pySHACL's results for ``data`` (the reference validator), sorted."""
    nodes = None if focus is None else sorted({str(node) for node in focus})
    if nodes == []:
        return []
    with _with_reference(data):
        validator = Validator(
            DataGraph.from_rdflib(data),
            shacl_graph=_lookup_shapes_graph(),
            options={
                "inference": "none",
                "abort_on_first": False,
                "allow_warnings": True,
                "advanced": False,  # no SHACL-AF rules, targets or functions in the shapes
                "inplace": True,  # nothing to infer, so no copy of the data is needed
                "focus_nodes": nodes,
            },
        )
        _conforms, results, _text = validator.run()  # type: ignore[no-untyped-call]
        assert isinstance(results, Graph)
        found = results.subjects(predicate=SH.resultSeverity, unique=True)
        violations = [_violation(results, result, data) for result in found]
        wide = graph_wide_violations(data)
    if nodes is not None:
        wanted = set(nodes)
        wide = [v for v in wide if v.focus_node in wanted]
    violations += wide
    return sorted(violations, key=lambda v: (v.focus_node, v.path, v.shape, v.message))


@cache
def _reference_triples() -> list[Triple]:
    return list(reference_graph())


@cache
def _lookup_shapes_graph() -> Graph:
    """The shapes, copied once into rdflib's store without named-graph bookkeeping.

    pySHACL reads the shapes graph again for every shape it validates (thousands of times
    per report under sh:node); the default store spends most of each lookup on contexts
    that a shapes graph does not have.
    """
    shapes = shapes_graph()
    graph = Graph(store="SimpleMemory")
    for prefix, namespace in shapes.namespaces():
        graph.bind(prefix, namespace)
    for triple in shapes:
        graph.add(triple)
    return graph


@contextmanager
def _with_reference(data: Graph) -> Iterator[None]:
    """``data`` with the ontology and vocabularies mixed in for the time of a validation.

    ``sh:class`` must see subclass axioms and the typing of SKOS concepts. Adding the small
    reference graph to the document and taking it out again afterwards is much cheaper than
    copying the document next to it; triples the document holds itself stay.
    """
    added = [triple for triple in reference_graph() if triple not in data]
    for triple in added:
        data.add(triple)
    try:
        yield
    finally:
        for triple in added:
            data.remove(triple)


def graph_wide_violations(
    data: Graph | DocumentTriples, triples: Iterable[Triple] | None = None
) -> list[Violation]:
    """Results of the shapes graph's unattached SPARQL constraints, each run once.

    A ``sh:SPARQLConstraint`` that no shape points to with ``sh:sparql`` is evaluated
    here over the whole graph, ``$this`` read as a plain variable: the same rule as
    SHACL-SPARQL would apply per focus node, at the cost of one query instead of one per
    node (pySHACL re-parses the query for each). The query runs on an in-memory Oxigraph
    store, which answers it in a fraction of rdflib's time; ``triples``, when given, are
    ``data``'s already listed.
    """
    queries = _graph_wide_queries()
    if not queries:
        return []
    listed: Iterable[Triple] = data if triples is None else triples
    needed = _predicates_read(queries)
    if needed is not None:  # the queries match no other triple: load only these
        listed = [triple for triple in listed if triple[1] in needed]
    scratch = EmbeddedStore(None)
    scratch.replace_graph(_SCRATCH, listed)
    violations = []
    for query in queries:
        _, rows = scratch.select(query.text)
        for row in rows:
            focus, value = row.get("this"), row.get("value")
            if focus is None:
                continue
            violations.append(
                Violation(
                    severity="Violation",
                    shape=str(query.constraint),
                    focus_node=str(focus),
                    path="",
                    message=query.message,
                    value="" if value is None else str(value),
                    evidence_quote=evidence_quote(data, focus),
                )
            )
    return violations


@dataclass(frozen=True)
class _GraphWideQuery:
    constraint: Node
    text: str
    message: str
    predicates: frozenset[Node] | None
    """Every predicate its patterns name, or ``None`` when one is a variable or a path."""


@cache
def _graph_wide_queries() -> list[_GraphWideQuery]:
    """The unattached SPARQL constraints, read once."""
    shapes = shapes_graph()
    queries = []
    for constraint in sorted(shapes.subjects(RDF.type, SH.SPARQLConstraint), key=str):
        if (None, SH.sparql, constraint) in shapes:
            continue
        select = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
        declared = _prefixes(shapes, constraint)
        header = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in sorted(declared.items()))
        message = str(shapes.value(constraint, SH.message) or "")
        text = header + select
        queries.append(_GraphWideQuery(constraint, text, message, _pattern_predicates(text)))
    return queries


def _predicates_read(queries: list[_GraphWideQuery]) -> frozenset[Node] | None:
    needed: frozenset[Node] = frozenset()
    for query in queries:
        if query.predicates is None:
            return None
        needed |= query.predicates
    return needed


def _pattern_predicates(text: str) -> frozenset[Node] | None:
    """The predicates of every triple pattern in a query (rdflib's algebra of it), or
    ``None`` when a pattern's predicate is not an IRI (a variable or a property path)."""
    found: list[Node] = []
    pending: list[object] = [prepareQuery(text).algebra]
    while pending:
        node = pending.pop()
        if isinstance(node, CompValue):
            if node.name == "BGP":
                found += [triple[1] for triple in node.triples]
            pending += node.values()
        elif isinstance(node, list | tuple):
            pending += node
    if not found or not all(isinstance(p, URIRef) for p in found):
        return None
    return frozenset(found)


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


def evidence_quote(data: Graph | DocumentTriples, node: Node) -> str:
    """The first quote that supports ``node``, if it has evidence in ``data``."""
    for annotation in sorted(data.objects(node, NG.evidence), key=str):
        for target in data.objects(annotation, OA.hasTarget):
            for selector in data.objects(target, OA.hasSelector):
                quote = data.value(selector, OA.exact)
                if quote is not None:
                    return str(quote)
    return ""
