"""SPARQL JSON results as a table a person reads: IRIs link to their record pages.

A column ``xLabel`` beside a column ``x`` gives the link text for ``x``'s IRI in the same
row, so a reader sees "Restrictions on assembly" rather than ``id:issue/assembly`` while
the CSV keeps both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from markupsafe import Markup
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from normgraph.namespaces import XSD

from .html import term_html

_NUMERIC = {str(XSD[t]) for t in ("integer", "decimal", "double", "float", "nonNegativeInteger")}


@dataclass(frozen=True)
class Cell:
    """One cell: its HTML, its sort key and whether it is a number."""

    html: Markup
    sort: str
    numeric: bool = False


@dataclass
class ResultTable:
    """The columns and rows of a SELECT answer (or the answer of an ASK)."""

    names: list[str] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    boolean: bool | None = None
    truncated: bool = False

    @property
    def numeric(self) -> list[bool]:
        """Per column: do all its filled cells hold numbers (they align right)?"""
        return [
            all(row[i].numeric for row in self.rows if row[i].sort) and bool(self.rows)
            for i in range(len(self.names))
        ]


def _term(cell: dict[str, str]) -> Node:
    if cell["type"] == "uri":
        return URIRef(cell["value"])
    if cell["type"] == "bnode":
        return BNode(cell["value"])
    return Literal(cell["value"], lang=cell.get("xml:lang"), datatype=cell.get("datatype"))


def result_table(body: bytes, truncated: bool = False) -> ResultTable:
    """The table for a SPARQL 1.1 JSON results document.

    >>> body = b'{"head": {"vars": ["issue", "issueLabel", "n"]}, "results": {"bindings": ['
    >>> body += b'{"issue": {"type": "uri", "value": "https://w3id.org/normgraph/id/issue/a"},'
    >>> body += b' "issueLabel": {"type": "literal", "value": "Assembly"},'
    >>> body += b' "n": {"type": "literal", "value": "2",'
    >>> body += b' "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}'
    >>> table = result_table(body)
    >>> str(table.rows[0][0].html)
    '<a href="/id/issue/a" title="https://w3id.org/normgraph/id/issue/a">Assembly</a>'
    >>> table.numeric
    [False, False, True]
    """
    data = json.loads(body)
    if "boolean" in data:
        return ResultTable(boolean=bool(data["boolean"]), truncated=truncated)
    names: list[str] = data["head"]["vars"]
    table = ResultTable(names=names, truncated=truncated)
    for binding in data["results"]["bindings"]:
        row = []
        for name in names:
            if name not in binding:
                row.append(Cell(Markup(""), ""))
                continue
            term = _term(binding[name])
            label = binding.get(name + "Label")
            labels = {str(term): label["value"]} if label and isinstance(term, URIRef) else None
            numeric = isinstance(term, Literal) and str(term.datatype) in _NUMERIC
            text = labels[str(term)] if labels else str(term)
            row.append(Cell(term_html(term, labels, datatypes=False), text, numeric))
        table.rows.append(row)
    return table
