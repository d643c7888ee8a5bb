"""Helpers for the scholarship loader tests: load a document once, look facts up."""

from __future__ import annotations

from functools import cache

from rdflib import Graph
from rdflib.term import Node

from normgraph.loaders.rdf.facts import Extraction, Fact, Method
from normgraph.loaders.rdf.triples import extraction_to_graph
from normgraph.loaders.registry import loader_for
from normgraph.loaders.text.genres import detect_genre
from normgraph.loaders.text.source import SourceText, read_source
from normgraph.namespaces import DCTERMS, NG, VOCAB
from tests.documents import CORPUS
from tests.loaders.fact_lookup import election_paths, facts, value, values

__all__ = [
    "election_paths",
    "facts",
    "framework_stages",
    "loaded",
    "local",
    "treaty_actions",
    "value",
    "values",
]


@cache
def loaded(name: str) -> tuple[SourceText, Extraction, Graph]:
    source = read_source(CORPUS / name)
    loader = loader_for(detect_genre(source.text))
    extraction = loader.extract(source)
    return source, extraction, extraction_to_graph(source, extraction, loader.name)


def local(node: Node | None) -> str:
    return str(node).rsplit("/", 1)[-1]


def framework_stages(extraction: Extraction, scheme: str) -> dict[str, Fact]:
    """The stages of the framework ``scheme`` the document states, by name; the report
    must reference the framework."""
    report = facts(extraction, NG.Report)[0]
    assert value(report, DCTERMS.references) == VOCAB[scheme]
    return {local(f.iri): f for f in extraction.facts if f"/{scheme}/" in str(f.iri)}


def treaty_actions(extraction: Extraction, method: Method) -> set[tuple[str, str, str, str]]:
    """The treaty actions of one provenance as (treaty, action, date, actor) keys."""
    return {
        (
            local(value(f, NG.treaty)),
            local(value(f, NG.actionKind)),
            str(value(f, NG.date)),
            local(value(f, NG.actor)),
        )
        for f in facts(extraction, NG.TreatyAction)
        if f.method is method
    }
