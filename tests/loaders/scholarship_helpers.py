"""Helpers for the scholarship loader tests: load a document once, look facts up."""

from __future__ import annotations

from functools import cache

from rdflib import Graph, URIRef
from rdflib.term import Node

from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.triples import extraction_to_graph
from normgraph.loaders.registry import loader_for
from normgraph.loaders.text.genres import detect_genre
from normgraph.loaders.text.source import SourceText, read_source
from tests.documents import CORPUS


@cache
def loaded(name: str) -> tuple[SourceText, Extraction, Graph]:
    source = read_source(CORPUS / name)
    loader = loader_for(detect_genre(source.text))
    extraction = loader.extract(source)
    return source, extraction, extraction_to_graph(source, extraction, loader.name)


def facts(extraction: Extraction, kind: URIRef) -> list[Fact]:
    return [fact for fact in extraction.facts if fact.kind == kind]


def value(fact: Fact, predicate: URIRef) -> Node | None:
    return next((v for p, v in fact.values if p == predicate), None)


def values(fact: Fact, predicate: URIRef) -> list[Node]:
    return [v for p, v in fact.values if p == predicate]


def local(node: Node | None) -> str:
    return str(node).rsplit("/", 1)[-1]
