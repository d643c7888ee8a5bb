"""What can be read from SPARQL text without a full parser: its form and its dataset clauses.

The embedded store must know whether a query names its own dataset (``FROM`` /
``FROM NAMED``) before running it, because pyoxigraph's union-default option would
override those clauses. Strings, IRIs and comments are masked first so that a ``FROM``
inside a literal or a ``#`` inside an IRI cannot mislead the scan.

>>> query_form("PREFIX ex: <http://example.org/a#b> # comment\\nASK { ?s ?p ?o }")
'ask'
>>> has_dataset_clause('SELECT * FROM <http://example.org/g> WHERE { ?s ?p "FROM <x>" }')
True
>>> has_dataset_clause('SELECT ?from WHERE { ?s ?p "FROM <x>" } # FROM <y>')
False
"""

from __future__ import annotations

import re
from typing import Literal

SparqlForm = Literal["select", "ask", "construct", "describe", "update"]

_LEXEMES = re.compile(
    r"""
      (?P<iri><[^<>"{}|^`\\\s]*>)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'''(?:[^'\\]|\\.|'(?!''))*'''
              |"(?:[^"\\\n]|\\.)*"
              |'(?:[^'\\\n]|\\.)*')
    | (?P<comment>\#[^\n]*)
    | (?P<other>[^<"'\#]+|.)
    """,
    re.VERBOSE | re.DOTALL,
)
_PROLOGUE = re.compile(
    r"\s*(?:BASE\s*<>|PREFIX\s+[A-Za-z_]?[\w.-]*:\s*<>)", re.IGNORECASE | re.ASCII
)
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")
_DISTINCT_SELECT = re.compile(r"\s*SELECT\s+DISTINCT\b", re.IGNORECASE)
_QUERY_FORMS = {"select": "select", "ask": "ask", "construct": "construct", "describe": "describe"}
_UPDATE_WORDS = {
    "insert",
    "delete",
    "load",
    "clear",
    "create",
    "drop",
    "copy",
    "move",
    "add",
    "with",
}
_DATASET_CLAUSE = re.compile(
    r"(?<![\w?$:])FROM\s+(?:NAMED\s+)?(?:<>|[A-Za-z_]?[\w.-]*:)", re.IGNORECASE | re.ASCII
)


def mask(sparql: str) -> str:
    """The text with every IRI as ``<>``, every string as ``""`` and comments removed."""
    parts = []
    for match in _LEXEMES.finditer(sparql):
        kind = match.lastgroup
        if kind == "iri":
            parts.append("<>")
        elif kind == "string":
            parts.append('""')
        elif kind == "comment":
            parts.append(" ")
        else:
            parts.append(match.group())
    return "".join(parts)


def query_form(sparql: str) -> SparqlForm | None:
    """``select``, ``ask``, ``construct``, ``describe`` or ``update``; None if unclear."""
    text = mask(sparql)
    position = 0
    while match := _PROLOGUE.match(text, position):
        position = match.end()
    word = _FIRST_WORD.match(text, position)
    if not word:
        return None
    keyword = word.group(1).lower()
    if keyword in _QUERY_FORMS:
        return _QUERY_FORMS[keyword]  # type: ignore[return-value]
    if keyword in _UPDATE_WORDS:
        return "update"
    return None


def selects_distinct(sparql: str) -> bool:
    """Whether the query's own SELECT, not a subquery's, is ``SELECT DISTINCT``.

    >>> selects_distinct('PREFIX a: <x> SELECT DISTINCT ?s { { SELECT ?s {} } }')
    True
    >>> selects_distinct('SELECT ?s { { SELECT DISTINCT ?s {} } }')
    False
    """
    text = mask(sparql)
    position = 0
    while match := _PROLOGUE.match(text, position):
        position = match.end()
    return _DISTINCT_SELECT.match(text, position) is not None


def has_dataset_clause(sparql: str) -> bool:
    """Whether the query names its dataset with ``FROM`` or ``FROM NAMED``."""
    return _DATASET_CLAUSE.search(mask(sparql)) is not None
