"""The recurrence graph held as blocks, so a relink renders and compares only what changed.

A link's output splits by subject into blocks: one per issue (the issue, its memberships
and the assessments inferred from it), one per finding attached to an issue, one per
observer's statement resolved, and the rules' own description. Each block carries a
signature: every input its triples are rendered from (members, partners, the rounded
scores a reason or confidence shows, the order of the scores that picks the name, the
inferred pairs and their evidence). A relink in the same process renders again only the
blocks whose signature changed, reusing the triples kept from the last link for the rest,
and compares old and new block by block (:func:`block_delta`) instead of the whole graph
triple by triple: equal signatures mean equal triples, so the result is what a link from
scratch writes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Graph, Literal
from rdflib.term import Node

from normgraph.loaders.rdf.triples import new_graph

Triple = tuple[Node, Node, Node]


def triple_key(triple: Triple) -> tuple[Node, Node, object]:
    """A triple with a typed literal compared by value (the store writes ``0.30`` back as
    ``0.3``)."""
    subject, predicate, value = triple
    if isinstance(value, Literal) and value.datatype is not None:
        return subject, predicate, (value.datatype, value.toPython())
    return subject, predicate, value


@dataclass
class Blocks:
    """A recurrence graph as blocks of triples, each with the signature it was rendered from."""

    signatures: dict[str, Hashable] = field(default_factory=dict)
    triples: dict[str, tuple[Triple, ...]] = field(default_factory=dict)
    rendered: int = 0
    """Blocks rendered by this link (the rest were reused from the kept ones)."""

    def put(
        self,
        key: str,
        signature: Hashable,
        render: Callable[[], Iterable[Triple]],
        kept: Blocks | None = None,
    ) -> None:
        """Add a block: the kept one's triples if its signature is the same, else rendered.
        A key met twice (two groups named alike) holds both parts."""
        if key in self.triples:
            self.signatures[key] = (self.signatures[key], signature)
            self.triples[key] = tuple(dict.fromkeys((*self.triples[key], *render())))
            self.rendered += 1
            return
        self.signatures[key] = signature
        if kept is not None and kept.signatures.get(key, _NONE) == signature:
            self.triples[key] = kept.triples[key]
        else:
            self.triples[key] = tuple(dict.fromkeys(render()))
            self.rendered += 1

    def __len__(self) -> int:
        return sum(len(triples) for triples in self.triples.values())

    def all_triples(self) -> Iterator[Triple]:
        for triples in self.triples.values():
            yield from triples

    def graph(self, keys: Iterable[str] | None = None) -> Graph:
        """The blocks (all, or those named) as an rdflib graph."""
        graph = new_graph()
        for key in self.triples if keys is None else keys:
            for triple in self.triples.get(key, ()):
                graph.add(triple)
        return graph


_NONE = object()


@dataclass
class Delta:
    """What a link changes in the recurrence graph."""

    removed: list[Triple]
    added: list[Triple]
    changed: set[Node]
    """Subjects whose description changed (added, removed or edited)."""
    first: bool
    """The store held no recurrence graph: it is written whole."""
    blocks: set[str] | None = None
    """Keys of the blocks that changed, are new or are gone (None: compared whole)."""


def block_delta(old: Blocks, new: Blocks) -> Delta:
    """The triples to remove and add, comparing only blocks whose triples are not the very
    ones kept (a reused block is the same object)."""
    removed: list[Triple] = []
    added: list[Triple] = []
    keys: set[str] = set()
    for key, triples in new.triples.items():
        before = old.triples.get(key, ())
        if before is triples:
            continue
        keys.add(key)
        old_keys = {triple_key(t): t for t in before}
        new_keys = {triple_key(t): t for t in triples}
        removed.extend(t for k, t in old_keys.items() if k not in new_keys)
        added.extend(t for k, t in new_keys.items() if k not in old_keys)
    for key in old.triples.keys() - new.triples.keys():
        keys.add(key)
        removed.extend(old.triples[key])
    changed = {t[0] for t in removed} | {t[0] for t in added}
    return Delta(removed, added, changed, first=False, blocks=keys)
