"""SPARQL 1.1 Query Results JSON -> rdflib terms, the same terms the embedded store gives.

rdflib has a JSON results parser, but it returns its own ``Result`` object and keeps
``xsd:string`` as an explicit datatype; normgraph's rows are plain ``dict[str, Node]``
with simple literals, as :func:`normgraph.graph.terms.from_oxigraph` makes them, so this
small parser keeps the two stores' answers equal.
https://www.w3.org/TR/sparql11-results-json/
"""

from __future__ import annotations

import json
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .base import Row

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class ResultsFormatError(ValueError):
    """The body is not SPARQL JSON results of the expected kind."""


def _node(value: dict[str, Any]) -> Node:
    kind, text = value.get("type"), value.get("value")
    if not isinstance(text, str):
        raise ResultsFormatError(f"a term without a string value: {value!r}")
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":
        return BNode(text)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return Literal(text, lang=value["xml:lang"])
        datatype = value.get("datatype")
        if datatype is None or datatype in (_XSD_STRING, _RDF_LANG_STRING):
            return Literal(text)
        return Literal(text, datatype=URIRef(datatype))
    raise ResultsFormatError(f"unsupported term type {kind!r} in the results")


def _document(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ResultsFormatError(f"not JSON: {error}") from None
    if not isinstance(data, dict):
        raise ResultsFormatError("not a JSON object")
    return data


def parse_select(body: bytes, distinct: bool = False) -> tuple[list[str], list[Row]]:
    """Variable names and rows of a SELECT answer; with ``distinct``, a row repeated is
    dropped (Virtuoso 7.2 may repeat rows of a DISTINCT answer: openlink/virtuoso-opensource
    issues 472 and 568).

    >>> names, rows = parse_select(b'{"head":{"vars":["s"]},"results":{"bindings":'
    ...     b'[{"s":{"type":"literal","value":"1","datatype":'
    ...     b'"http://www.w3.org/2001/XMLSchema#integer"}}]}}')
    >>> names, rows[0]["s"].toPython()
    (['s'], 1)
    """
    data = _document(body)
    try:
        names = [str(name) for name in data["head"]["vars"]]
        solutions = data["results"]["bindings"]
    except (KeyError, TypeError):
        raise ResultsFormatError("no head.vars or results.bindings: not a SELECT answer") from None
    rows = [{name: _node(value) for name, value in solution.items()} for solution in solutions]
    return names, _unique(rows) if distinct else rows


def _unique(rows: list[Row]) -> list[Row]:
    """The rows without repeats, in their order."""
    seen: set[frozenset[tuple[str, Node]]] = set()
    kept = []
    for row in rows:
        key = frozenset(row.items())
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


def parse_ask(body: bytes) -> bool:
    """The answer of an ASK query."""
    answer = _document(body).get("boolean")
    if not isinstance(answer, bool):
        raise ResultsFormatError("no boolean: not an ASK answer")
    return answer
