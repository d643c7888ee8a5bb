"""The recurrence graph held as blocks, so a relink renders and compares only what changed.

A link's output splits by subject into blocks: one per issue (the issue, its memberships
and the assessments inferred from it), one per finding attached to an issue, one per
observer's statement resolved, and the rules' own description. Each block carries a
signature: every input its triples are rendered from (members, partners, the rounded
scores a reason or confidence shows, the order of the scores that picks the name, the
inferred pairs and their evidence), kept as a digest that is the same in every process
(:func:`digest`). A relink renders again only the blocks whose signature changed, reusing
the triples kept from the last link for the rest (in this process, or saved beside the
store: :func:`to_json`), and compares old and new block by block (:func:`block_delta`)
instead of the whole graph triple by triple: equal signatures mean equal triples, so the
result is what a link from scratch writes.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from normgraph.loaders.rdf.triples import new_graph

from .asks import AskUnit
from .grouping_model import Item

Triple = tuple[Node, Node, Node]


def _canonical(value: object, out: list[str]) -> None:
    """``value`` written out the same way in every process (sets sorted, dataclasses by
    field): Python's own ``hash`` of a string differs from one process to the next."""
    if isinstance(value, Node):
        out.append("N" + value.n3())
    elif value is None or isinstance(value, bool | int | float):
        out.append(f"{type(value).__name__}{value!r}")
    elif isinstance(value, str):
        out.append("s" + repr(value))
    elif isinstance(value, tuple | list):
        out.append("(")
        for part in value:
            _canonical(part, out)
        out.append(")")
    elif isinstance(value, frozenset | set):
        parts = []
        for part in value:
            written: list[str] = []
            _canonical(part, written)
            parts.append("\x1f".join(written))
        out += ["{", *sorted(parts), "}"]
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        memo = _MEMO.get()
        if memo is None or type(value) not in _SHARED:
            _fields_of(value, out)
            return
        found = memo.get(id(value))
        if found is None or found[0] is not value:
            shown: list[str] = []
            _fields_of(value, shown)
            found = memo[id(value)] = (value, shown)
        out += found[1]
    else:
        raise TypeError(f"a block signature cannot hold a {type(value).__name__}")


def _fields_of(value: object, out: list[str]) -> None:
    out.append(type(value).__qualname__ + "(")
    for name in _fields(type(value)):
        _canonical(getattr(value, name), out)
    out.append(")")


_SHARED = (Item, AskUnit)
"""Frozen values that many signatures hold (an item is a member and others' partner)."""
_MEMO: ContextVar[dict[int, tuple[object, list[str]]] | None] = ContextVar("memo", default=None)
"""Within :func:`shared_parts`: each shared value written out so far (kept with
it, so its id is not reused while the memo lives)."""


@contextmanager
def shared_parts() -> Iterator[None]:
    """Signatures made inside write a frozen value met again (an item is a member of one
    issue, the partner of others) from the first writing: the same text, written once."""
    token = _MEMO.set({} if _MEMO.get() is None else _MEMO.get())
    try:
        yield
    finally:
        _MEMO.reset(token)


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(kind: type) -> tuple[str, ...]:
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return names


def digest(signature: Hashable) -> str:
    """A signature as a short string equal in every process for equal inputs."""
    out: list[str] = []
    _canonical(signature, out)
    return hashlib.blake2b("\x1f".join(out).encode(), digest_size=16).hexdigest()


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

    signatures: dict[str, str] = field(default_factory=dict)
    """Each block's signature :func:`digest`."""
    triples: dict[str, tuple[Triple, ...]] = field(default_factory=dict)
    rendered: int = 0
    """Blocks rendered by this link (the rest were reused from the kept ones)."""
    versions: dict[str, str] = field(default_factory=dict)
    """The report versions the blocks were computed at (empty: not known), so the next
    link knows which states' issues may differ from them (:func:`changed_states`)."""
    parts: dict[str, str] = field(default_factory=dict)
    """Each block's part (its state; "" for the rules' own and any not told): blocks are
    saved a part to a file, so a relink rewrites only the parts it changed
    (:mod:`normgraph.recurrence_parts`)."""
    files: dict[str, str] = field(default_factory=dict)
    """The file each part was last saved to or read from (none: not saved)."""

    def put(
        self,
        key: str,
        signature: Hashable,
        render: Callable[[], Iterable[Triple]],
        kept: Blocks | None = None,
        part: str = "",
    ) -> None:
        """Add a block: the kept one's triples if its signature is the same, else rendered.
        A key met twice (two groups named alike) holds both parts."""
        self.parts[key] = part
        if key in self.triples:
            self.signatures[key] = digest((self.signatures[key], digest(signature)))
            self.triples[key] = tuple(dict.fromkeys((*self.triples[key], *render())))
            self.rendered += 1
            return
        self.signatures[key] = signed = digest(signature)
        if kept is not None and kept.signatures.get(key) == signed:
            self.triples[key] = kept.triples[key]
        else:
            self.triples[key] = tuple(dict.fromkeys(render()))
            self.rendered += 1

    def put_rows(
        self,
        key: str,
        signature: Hashable,
        rows: tuple[Triple, ...],
        kept: Blocks | None = None,
        part: str = "",
    ) -> None:
        """:meth:`put` for a block whose triples are known without rendering (a finding's or
        a statement's links): the kept block taken when it holds these very triples, without
        signing them (at 1,000 reports signing 38,000 such blocks was half of the blocks'
        rendering). Equal triples render alike; a kept signature signed from other rows of
        the same triples only makes a later link sign the block again."""
        if kept is not None and key not in self.triples and kept.triples.get(key) == rows:
            self.parts[key] = part
            self.signatures[key] = kept.signatures[key]
            self.triples[key] = kept.triples[key]
            return
        self.put(key, signature, lambda: rows, kept, part)

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


def to_json(blocks: Blocks) -> dict[str, Any]:
    """The blocks as plain data: every term once in a table, each block as its signature
    and its triples' term numbers."""
    number: dict[Node, int] = {}
    terms: list[list[str]] = []
    saved: dict[str, list[Any]] = {}
    for key, triples in blocks.triples.items():
        numbers = []
        for triple in triples:
            for term in triple:
                found = number.get(term)
                if found is None:
                    found = number[term] = len(terms)
                    terms.append(_term_row(term))
                numbers.append(found)
        saved[key] = [blocks.signatures[key], numbers]
    return {"terms": terms, "blocks": saved, "versions": blocks.versions}


def from_json(data: dict[str, Any]) -> Blocks:
    """Blocks read back (a KeyError, ValueError or TypeError if ``data`` is not some)."""
    terms = [_term(row) for row in data["terms"]]
    blocks = Blocks()
    for key, (signature, numbers) in data["blocks"].items():
        if len(numbers) % 3:
            raise ValueError(f"block {key}: not a whole number of triples")
        listed = iter(map(terms.__getitem__, numbers))
        blocks.signatures[str(key)] = str(signature)
        # One iterator thrice: consecutive terms make a triple (made in C; whole, checked above).
        blocks.triples[str(key)] = tuple(zip(listed, listed, listed, strict=False))
    blocks.versions = {str(r): str(v) for r, v in data.get("versions", {}).items()}
    return blocks


def _term_row(term: Node) -> list[str]:
    if isinstance(term, URIRef):
        return ["i", str(term)]
    if isinstance(term, Literal):
        return ["l", str(term), term.language or "", str(term.datatype or "")]
    if isinstance(term, BNode):
        return ["b", str(term)]
    raise TypeError(f"a recurrence triple cannot hold a {type(term).__name__}")


def _term(row: list[str]) -> Node:
    kind, value, *rest = row
    if kind == "i":
        # What URIRef(value) makes, without its check that the text looks like an IRI (it
        # only warns, and this one was written from a URIRef): 128,000 IRIs read back at
        # 1,000 reports, the check a third of the blocks' decoding.
        return str.__new__(URIRef, str(value))
    if kind == "b":
        return BNode(value)
    if kind == "l":
        language, datatype = rest
        typed = URIRef(datatype) if datatype else None
        return Literal(value, lang=language or None, datatype=typed)
    raise ValueError(f"not a term: {row!r}")


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
