"""The OWL ontology: it parses, and every ng: term anyone uses is declared and documented.

The "used anywhere" test scans the whole project (Turtle files, Python modules, saved
queries), so it keeps holding as loaders, queries and the API add code: a new ``NG.foo``
fails it until ``ng:foo`` is declared with an English label and definition.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from normgraph.namespaces import NG, OWL, RDF, RDFS, SKOS
from normgraph.ontology import (
    ontology_files,
    ontology_graph,
    read_text,
    shape_files,
    shapes_graph,
    vocabularies_graph,
    vocabulary_files,
)

ROOT = Path(__file__).resolve().parents[2]
CODE_FOLDERS = ("core", "graph", "loaders", "api", "queries")

DECLARATIONS = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDFS.Datatype,
)
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty)

MUST_KEEP = (
    "Report",
    "SourceText",
    "Loader",
    "evidence",
    "method",
    "genre",
    "sourceText",
    "fileName",
    "sha256",
    "characterCount",
)

PY_TERM = re.compile(r"\bNG\.([A-Za-z_]\w*)|\bNG\[\s*['\"]([^'\"]+)['\"]\s*\]")
RQ_TERM = re.compile(r"(?<![\w:])ng:([A-Za-z_][\w-]*)")


def declared() -> set[URIRef]:
    graph = ontology_graph()
    return {
        subject
        for kind in DECLARATIONS
        for subject in graph.subjects(RDF.type, kind)
        if isinstance(subject, URIRef) and str(subject).startswith(str(NG))
    }


def english(graph: Graph, subject: URIRef, predicate: URIRef) -> list[str]:
    return [
        str(value)
        for value in graph.objects(subject, predicate)
        if isinstance(value, Literal) and value.language == "en"
    ]


def ng_terms_in_graph(graph: Graph) -> set[URIRef]:
    return {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(str(NG))
    }


def ng_terms_in_code() -> dict[URIRef, str]:
    """Every ``NG.x`` / ``NG["x"]`` in Python and ``ng:x`` in saved queries, with a location."""
    found: dict[URIRef, str] = {}
    for folder in CODE_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for match in PY_TERM.finditer(path.read_text(encoding="utf-8")):
                name = match.group(1) or match.group(2)
                found.setdefault(NG[name], str(path.relative_to(ROOT)))
        for path in sorted((ROOT / folder).rglob("*.rq")):
            for match in RQ_TERM.finditer(path.read_text(encoding="utf-8")):
                found.setdefault(NG[match.group(1)], str(path.relative_to(ROOT)))
    return found


@pytest.mark.parametrize("name", [*ontology_files(), *vocabulary_files(), *shape_files()])
def test_shipped_turtle_file_parses(name: str) -> None:
    graph = Graph().parse(data=read_text(name), format="turtle")
    assert len(graph) > 0


def test_ontology_declares_an_owl_ontology() -> None:
    ontologies = list(ontology_graph().subjects(RDF.type, OWL.Ontology))
    assert ontologies == [URIRef("https://w3id.org/normgraph/ontology")]


def test_terms_other_code_relies_on_stay_declared() -> None:
    assert {NG[name] for name in MUST_KEEP} <= declared()


def test_every_declared_term_has_one_english_label_and_definition() -> None:
    graph = ontology_graph()
    for term in sorted(declared()):
        assert len(english(graph, term, RDFS.label)) == 1, term
        definitions = english(graph, term, SKOS.definition)
        assert len(definitions) == 1, term
        definition = definitions[0]
        assert definition[0].isupper() and definition.endswith("."), term
        assert ". " not in definition, f"{term}: a definition is one sentence"


def test_class_names_are_upper_camel_and_property_names_lower_camel() -> None:
    graph = ontology_graph()
    for term in declared():
        name = str(term).removeprefix(str(NG))
        if (term, RDF.type, OWL.Class) in graph or (term, RDF.type, RDFS.Datatype) in graph:
            assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", name), term
        else:
            assert re.fullmatch(r"[a-z][A-Za-z0-9]*", name), term


def test_every_property_has_a_domain_or_a_range() -> None:
    graph = ontology_graph()
    for kind in PROPERTY_TYPES:
        for term in graph.subjects(RDF.type, kind):
            has_domain = graph.value(term, RDFS.domain) is not None
            has_range = graph.value(term, RDFS.range) is not None
            assert has_domain or has_range, term


def test_every_ng_term_in_the_turtle_files_is_declared() -> None:
    used = set()
    for graph in (ontology_graph(), vocabularies_graph(), shapes_graph()):
        used |= ng_terms_in_graph(graph)
    assert sorted(used - declared()) == []


def test_every_ng_term_in_the_code_and_queries_is_declared() -> None:
    undeclared = {
        str(term): where for term, where in ng_terms_in_code().items() if term not in declared()
    }
    assert undeclared == {}


def test_the_code_scan_finds_the_loaders_terms() -> None:
    """Guards the scanner itself: the evidence model's terms must be seen."""
    assert {NG.evidence, NG.method, NG.SourceText} <= set(ng_terms_in_code())


def test_subclass_and_subproperty_targets_of_ours_are_declared() -> None:
    graph = ontology_graph()
    for predicate in (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range):
        for subject, value in graph.subject_objects(predicate):
            if isinstance(value, URIRef) and str(value).startswith(str(NG)):
                assert value in declared(), f"{subject} {predicate} {value}"
