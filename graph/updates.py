"""The SPARQL updates that replace one named graph on a remote store.

Kept to what every SPARQL 1.1 Update server runs, Virtuoso 7 included:

* the triples go in ``INSERT DATA`` blocks of at most ``BLOCK_TRIPLES`` each, all in
  the one request (so still one transaction): Virtuoso's parser runs out of memory on a
  block of about 5,000 triples;
* an empty graph is only dropped (Virtuoso refuses an empty ``INSERT DATA`` block);
* triples with blank nodes go in one ``INSERT {…} WHERE {}`` template, not cut in blocks
  (Virtuoso refuses blank nodes in ``INSERT DATA``; the template has one solution, so one
  fresh node per label, the same graph; a block boundary would split a node in two).

>>> replacement("<urn:g>", "", False, 1000)
['DROP SILENT GRAPH <urn:g>']
>>> replacement("<urn:g>", "<urn:s> <urn:p> _:b .", True, 1000)[0].splitlines()[1]
'INSERT { GRAPH <urn:g> {'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rdflib import BNode

from .base import Triple

_ROOM = 64
"""Bytes an update needs around its N-Triples: the DROP and INSERT words, the braces."""
BLOCK_TRIPLES = 2000
"""Triples per ``INSERT DATA`` block (the N-Triples hold one triple per line)."""


def blank_nodes_in(triples: Iterable[Triple]) -> bool:
    """Whether any term of the triples is a blank node."""
    return any(isinstance(t, BNode) for triple in triples for t in triple)


def replacement(graph: str, body: str, blank: bool, max_bytes: int) -> list[str]:
    """Updates that replace ``graph`` (an IRI in brackets) by the N-Triples ``body``:
    one when it fits in ``max_bytes``, else the first drops and loads a part and each
    of the others loads one more part."""
    drop = f"DROP SILENT GRAPH {graph}"
    if not body:
        return [drop]
    budget = max_bytes - len(drop.encode("utf-8")) - _ROOM
    parts = _chunks(body, budget) if len(body.encode("utf-8")) > budget else [body]
    first = f"{drop} ;\n{_insert(graph, parts[0], blank)}"
    return [first, *(_insert(graph, part, blank) for part in parts[1:])]


def _insert(graph: str, body: str, blank: bool) -> str:
    if blank:
        return f"INSERT {{ GRAPH {graph} {{\n{body}}} }} WHERE {{}}"
    lines = body.splitlines(keepends=True)
    blocks = ("".join(lines[at : at + BLOCK_TRIPLES]) for at in range(0, len(lines), BLOCK_TRIPLES))
    return " ;\n".join(f"INSERT DATA {{ GRAPH {graph} {{\n{block}}} }}" for block in blocks)


def _chunks(lines: str, budget: int) -> Sequence[str]:
    """N-Triples text cut at line ends into pieces of at most ``budget`` bytes each."""
    pieces: list[str] = []
    piece: list[str] = []
    size = 0
    for line in lines.splitlines(keepends=True):
        length = len(line.encode("utf-8"))
        if piece and size + length > budget:
            pieces.append("".join(piece))
            piece, size = [], 0
        piece.append(line)
        size += length
    if piece:
        pieces.append("".join(piece))
    return pieces
