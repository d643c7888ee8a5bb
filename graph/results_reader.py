"""SPARQL 1.1 Query Results JSON -> rdflib terms, the same terms the embedded store gives.

pyoxigraph's own results parser (:func:`pyoxigraph.parse_query_results`) reads the body;
each solution then becomes a plain ``dict[str, Node]`` row through the one conversion the
embedded store uses (:func:`normgraph.graph.terms.solution_row`), so the two stores'
answers are equal term for term (``xsd:string`` literals come out simple). rdflib's JSON
parser would keep ``xsd:string`` as an explicit datatype and return its own ``Result``.
https://www.w3.org/TR/sparql11-results-json/
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib.term import Node

from .base import Row
from .terms import solution_row


class ResultsFormatError(ValueError):
    """The body is not SPARQL JSON results of the expected kind."""


def _parse(body: bytes) -> ox.QuerySolutions | ox.QueryBoolean:
    try:
        return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
    except SyntaxError as error:
        raise ResultsFormatError(f"not SPARQL JSON results: {error}") from None


def parse_select(body: bytes, distinct: bool = False) -> tuple[list[str], list[Row]]:
    """Variable names and rows of a SELECT answer; with ``distinct``, a row repeated is
    dropped (Virtuoso 7.2 may repeat rows of a DISTINCT answer: openlink/virtuoso-opensource
    issues 472 and 568).

    >>> names, rows = parse_select(b'{"head":{"vars":["s"]},"results":{"bindings":'
    ...     b'[{"s":{"type":"literal","value":"1","datatype":'
    ...     b'"http://www.w3.org/2001/XMLSchema#integer"}}]}}')
    >>> names, rows[0]["s"].toPython()
    (['s'], 1)
    >>> parse_select(b'{"head":{},"boolean":true}')
    Traceback (most recent call last):
    ...
    normgraph.graph.results_reader.ResultsFormatError: a boolean answer, not a SELECT answer
    """
    results = _parse(body)
    if not isinstance(results, ox.QuerySolutions):
        raise ResultsFormatError("a boolean answer, not a SELECT answer")
    names = [variable.value for variable in results.variables]
    try:
        rows = [solution_row(solution, names) for solution in results]
    except SyntaxError as error:  # the parser reads solutions lazily
        raise ResultsFormatError(f"not SPARQL JSON results: {error}") from None
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
    """The answer of an ASK query.

    >>> parse_ask(b'{"head":{},"boolean":false}')
    False
    """
    results = _parse(body)
    if not isinstance(results, ox.QueryBoolean):
        raise ResultsFormatError("solutions, not an ASK answer")
    return bool(results)
