"""A document graph as a plain list of triples, with the few lookups the build reads it by.

The RDF stage writes some 23,000 triples for an ODIHR-size report. Adding them to an
rdflib graph (its indexes, contexts and an event per triple) took three quarters of that
stage's CPU, and a report the compiled SHACL check passes needs none of it: the check
lists the triples, a warning's evidence quote and the report's identity follow a few
links, and the worker hands the triples over as N-Triples. The rdflib graph is built
(:meth:`DocumentTriples.graph`) only for pySHACL and the quarantine, which edit it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Graph
from rdflib.term import Node

from normgraph.graph import Triple
from normgraph.loaders.rdf.triples import new_graph


class DocumentTriples:
    """A document's distinct triples in the order they were first written."""

    def __init__(self, triples: Iterable[Triple]) -> None:
        self._triples = list(dict.fromkeys(triples))
        self._out: dict[Node, dict[Node, list[Node]]] | None = None

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        """The values of ``subject``'s ``predicate``, first written first (rdflib's order)."""
        return self._outgoing().get(subject, {}).get(predicate, [])

    def value(self, subject: Node, predicate: Node) -> Node | None:
        """One value of ``subject``'s ``predicate`` (the first written), like rdflib's."""
        found = self.objects(subject, predicate)
        return found[0] if found else None

    def subject_of(self, predicate: Node, obj: Node) -> Node | None:
        """The first subject written with ``predicate`` ``obj``, like rdflib's
        ``value(None, predicate, obj)``."""
        for subject, p, o in self._triples:
            if p == predicate and o == obj:
                return subject
        return None

    def has_subject(self, node: Node) -> bool:
        return node in self._outgoing()

    def graph(self) -> Graph:
        """The triples as an rdflib graph (with the project's prefixes), for pySHACL and
        the quarantine."""
        graph = new_graph()
        for triple in self._triples:
            graph.add(triple)
        return graph

    def _outgoing(self) -> dict[Node, dict[Node, list[Node]]]:
        if self._out is None:
            self._out = {}
            for subject, predicate, obj in self._triples:
                self._out.setdefault(subject, {}).setdefault(predicate, []).append(obj)
        return self._out
