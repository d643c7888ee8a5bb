"""RDF terms as SPARQL / N-Triples text that cannot break out of the slot it is put in.

The remote store has no typed API to hand terms to: query parameters and graph content
travel as text. rdflib's ``.n3()`` is not enough on its own (it writes a literal's
datatype IRI unchecked, so ``Literal("x", datatype=URIRef("urn:x> . }"))`` escapes its
slot), so every IRI, language tag and blank node label is checked here against the
grammar and every string is escaped the way Oxigraph's own N-Triples writer does, which
keeps N-Quads exports of the two stores byte-identical.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# SPARQL 1.1 / N-Triples IRIREF: no controls, spaces or any of <>"{}|^`\ inside.
_IRI = re.compile(r'[^\x00-\x20<>"{}|^`\\]*')
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_LANGUAGE = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)*")
_BNODE_LABEL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
_ESCAPES = {
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
    '"': '\\"',
    "\\": "\\\\",
}
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\\ufffe\uffff]')


def iri(value: str) -> str:
    """``<value>`` after checking it is an absolute IRI with nothing that could end it early.

    >>> iri("https://example.org/a#b")
    '<https://example.org/a#b>'
    >>> iri("urn:a> } ; DROP ALL #")
    Traceback (most recent call last):
    ValueError: not an absolute IRI: 'urn:a> } ; DROP ALL #'
    """
    if not _IRI.fullmatch(value) or not _SCHEME.match(value):
        raise ValueError(f"not an absolute IRI: {value!r}")
    return f"<{value}>"


def quoted(text: str) -> str:
    """A short double-quoted string with the escapes Oxigraph's writers use."""
    escaped = _NEEDS_ESCAPE.sub(lambda m: _ESCAPES.get(m[0], f"\\u{ord(m[0]):04X}"), text)
    return f'"{escaped}"'


def term(node: Node) -> str:
    """One RDF term in SPARQL / N-Triples syntax.

    >>> term(Literal(3))
    '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    >>> print(term(Literal('say "hi"', lang="en")))
    "say \\"hi\\""@en
    """
    if isinstance(node, URIRef):
        return iri(str(node))
    if isinstance(node, Literal):
        text = quoted(str(node))
        if node.language:
            if not _LANGUAGE.fullmatch(node.language):
                raise ValueError(f"not a language tag: {node.language!r}")
            return f"{text}@{node.language}"
        if node.datatype is not None and str(node.datatype) not in (
            _XSD_STRING,
            _RDF_LANG_STRING,
        ):
            return f"{text}^^{iri(str(node.datatype))}"
        return text
    if isinstance(node, BNode):
        label = str(node)
        if not _BNODE_LABEL.fullmatch(label):
            label = "b" + hashlib.sha1(label.encode("utf-8")).hexdigest()
        return f"_:{label}"
    raise TypeError(f"cannot store {type(node).__name__} {node!r} as an RDF term")


def statement(subject: Node, predicate: Node, obj: Node) -> str:
    """``s p o`` with each term checked for its position (no literal subjects)."""
    if not isinstance(subject, URIRef | BNode):
        raise TypeError(f"a subject must be an IRI or a blank node, not {subject!r}")
    if not isinstance(predicate, URIRef):
        raise TypeError(f"a predicate must be an IRI, not {predicate!r}")
    return f"{term(subject)} {term(predicate)} {term(obj)}"


def ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """N-Triples lines for ``triples``; raises before returning if any term is unusable."""
    return "".join(statement(*triple) + " .\n" for triple in triples)
