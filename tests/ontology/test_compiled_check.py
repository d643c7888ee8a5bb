"""The compiled SHACL check answers exactly as pySHACL does, or declines.

``validate_graph`` trusts the compiled check whenever it finds no blocking result, so it
must never say "conforms" (or report other warnings) where pySHACL does not. Both engines
run here on every shape test's data graph (a complete instance of each node shape, each
node shape with every constraint of one kind broken, the hand-picked bad values), on the
corpus reports and on the tune half of the fixture reports, and their results must be
equal: same shapes, focus nodes, paths, values, severities and messages.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from normgraph.compiled_shapes import NotCompilableError, compile_shapes
from normgraph.loaders.rdf.triples import extraction_to_graph
from normgraph.loaders.registry import loader_for
from normgraph.loaders.resolve.resolution import resolve
from normgraph.loaders.text.genres import detect_genre
from normgraph.loaders.text.source import read_source
from normgraph.namespaces import NG, RDF, RDFS, SH, XSD
from normgraph.validation import (
    Violation,
    _graph_wide_queries,
    _pattern_predicates,
    compiled_violations,
    reference_violations,
    validate_graph,
)

from .instances import build
from .test_shape_values import SPECIAL
from .test_shapes import CASES, GROUPS, NODE_SHAPES, mutate

FIXTURES = Path(__file__).parents[1] / "fixtures" / "reports"


def _both(graph: Graph, focus: list[Node] | None = None) -> tuple[list[Violation], list[Violation]]:
    compiled = compiled_violations(graph, focus)
    assert compiled is not None, "the compiled check declined the project's shapes"
    return compiled, reference_violations(graph, focus)


def _assert_same(graph: Graph, focus: list[Node] | None = None) -> list[Violation]:
    compiled, reference = _both(graph, focus)
    # Equal as multisets: both lists are sorted by focus, path, shape and message, and
    # results equal in those (two values of one property) come in either engine's order.
    assert Counter(compiled) == Counter(reference)
    assert len(compiled) == len(reference)
    return reference


def _shape_cases() -> Iterator[tuple[str, Callable[[], Graph]]]:
    def complete(name: str) -> Graph:
        return build(name)[0].graph

    def broken(name: str, mutation: str) -> Graph:
        made, focus = build(name)
        for rule, kind in CASES:
            if rule.node_shape == name and kind == mutation:
                mutate(made, focus, rule, kind)
        return made.graph

    def spoiled(name: str, spoil: Callable[..., None]) -> Graph:
        made, focus = build(name)
        spoil(made, focus)
        return made.graph

    for name in NODE_SHAPES:
        yield f"complete:{name}", lambda name=name: complete(name)  # type: ignore[misc]
    for name, mutation in GROUPS:
        yield f"{mutation}:{name}", lambda n=name, m=mutation: broken(n, m)  # type: ignore[misc]
    for case_id, name, _shape, spoil in SPECIAL:
        yield f"special:{case_id}", lambda n=name, s=spoil: spoiled(n, s)  # type: ignore[misc]


SHAPE_CASES = list(_shape_cases())


@pytest.mark.parametrize("make", [c[1] for c in SHAPE_CASES], ids=[c[0] for c in SHAPE_CASES])
def test_both_engines_give_the_same_results_on_every_shape_test(
    make: Callable[[], Graph],
) -> None:
    _assert_same(make())


def test_the_shape_tests_include_blocking_and_clean_verdicts() -> None:
    """The comparison above would prove little if every case had the same verdict."""
    verdicts = {
        any(v.blocks for v in reference_violations(make()))
        for case_id, make in SHAPE_CASES
        if case_id.startswith(("complete:", "missing:"))
    }
    assert verdicts == {True, False}


def _document_graph(path: Path) -> Graph:
    source = read_source(path)
    loader = loader_for(detect_genre(source.text))
    return extraction_to_graph(source, resolve(loader.extract(source)), loader.name)


def _tune_fixtures() -> list[Path]:
    manifest = tomllib.loads((FIXTURES / "manifest.toml").read_text(encoding="utf-8"))
    tune = [name for name, entry in manifest["report"].items() if entry.get("half") == "tune"]
    return [FIXTURES / f"{name}.txt" for name in sorted(tune)]


@pytest.mark.parametrize("path", _tune_fixtures(), ids=lambda p: p.stem)
def test_both_engines_give_the_same_results_on_the_fixture_reports(path: Path) -> None:
    _assert_same(_document_graph(path))


def test_both_engines_give_the_same_results_on_the_corpus_reports(corpus: Path) -> None:
    files = sorted(corpus.glob("*.txt"))
    assert files
    for path in files:
        graph = _document_graph(path)
        _assert_same(graph)
        focus: list[Node] = sorted(set(graph.subjects()), key=str)[::5]
        _assert_same(graph, focus)


def test_a_blocking_result_is_answered_by_pyshacl() -> None:
    """The hybrid hands a document with a blocking result to the reference validator."""
    made, focus = build("RecommendationShape")
    made.graph.remove((focus, NG.text, None))
    made.graph.add((focus, NG.text, Literal(5)))
    compiled, reference = _both(made.graph)
    assert any(v.blocks for v in compiled)
    assert validate_graph(made.graph) == reference


def _tiny_shapes(constraint: URIRef, value: Node) -> Graph:
    shapes = Graph()
    shape = URIRef("https://example.org/shapes#Thing")
    shapes.add((shape, RDF.type, SH.NodeShape))
    shapes.add((shape, SH.targetClass, URIRef("https://example.org/Thing")))
    shapes.add((shape, constraint, value))
    return shapes


@pytest.mark.parametrize(
    ("constraint", "value"),
    [
        (SH.maxLength, Literal(3)),
        (SH.closed, Literal(True)),
        (SH.deactivated, Literal(True)),
        (SH.targetNode, URIRef("https://example.org/thing")),
    ],
    ids=["maxLength", "closed", "deactivated", "targetNode"],
)
def test_a_constraint_kind_the_check_does_not_know_makes_it_decline(
    constraint: URIRef, value: Node
) -> None:
    with pytest.raises(NotCompilableError):
        compile_shapes(_tiny_shapes(constraint, value))
    known = compile_shapes(_tiny_shapes(SH.datatype, XSD.string))
    assert [c.kind for c in known.targeted[0].constraints] == ["datatype"]


def test_an_undescribed_or_class_shape_makes_the_check_decline() -> None:
    """A shape named by sh:node but never described, and a shape that is also a class
    (pySHACL then targets the class's instances implicitly), are not guessed at."""
    undescribed = _tiny_shapes(SH.node, URIRef("https://example.org/shapes#Nowhere"))
    with pytest.raises(NotCompilableError):
        compile_shapes(undescribed)
    implicit = _tiny_shapes(SH.datatype, XSD.string)
    implicit.add((URIRef("https://example.org/shapes#Thing"), RDF.type, RDFS.Class))
    with pytest.raises(NotCompilableError):
        compile_shapes(implicit)


def test_the_graph_wide_query_loads_only_the_predicates_it_names() -> None:
    """Only a query whose every pattern names an IRI predicate may see a filtered graph."""
    queries = _graph_wide_queries()
    assert queries and all(q.predicates for q in queries)
    assert _pattern_predicates("SELECT ?s WHERE { ?s ?p ?o }") is None
    assert _pattern_predicates("SELECT ?s WHERE { ?s <urn:a>/<urn:b> ?o }") is None
    named = _pattern_predicates("SELECT ?s WHERE { ?s <urn:a> ?o OPTIONAL { ?o <urn:b> ?x } }")
    assert named == frozenset({URIRef("urn:a"), URIRef("urn:b")})
