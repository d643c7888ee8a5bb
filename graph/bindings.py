"""Pre-bound query variables for a store that only takes query text: an inline VALUES block.

The SPARQL 1.1 Protocol has no way to send bindings beside a query, so the remote store
writes them into the query as data, never as code: after the query has been checked to
parse (rdflib's ``prepareQuery``), a ``VALUES (?a ?b) { (<x> "y") }`` block built from
terms checked by :mod:`.syntax` goes first inside the query's WHERE group, and the result
is parsed again before it is sent.

Why inside the WHERE group and not a trailing ``VALUES`` clause: a trailing clause joins
*after* grouping and aggregation, so ``SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g {...} }``
with ``?g`` bound would still count every graph, and a variable used only in a FILTER
would be unbound there. Joined at the top of the WHERE group it behaves like Oxigraph's
pre-binding (``substitutions``) for patterns, top-level FILTERs, FILTERs inside OPTIONAL
and EXISTS, and aggregates. It differs where the embedded store's initial binding reaches
and a join does not: a FILTER inside a nested group or a UNION branch sees the variable
unbound; and ``BIND(... AS ?x)`` of a bound ``?x`` is a syntax error. A query
without a WHERE group (``DESCRIBE <x>``, ``CONSTRUCT WHERE {...}``) gets a trailing VALUES
clause, which for those forms means the same.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from .errors import QuerySyntaxError
from .syntax import term

_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")

# One token at a time; the order matters: strings and IRIs before comments, so a '#' or
# a brace inside them is never read as syntax.
_TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
        |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^\x00-\x20<>"{}|^`\\]*>)
    | (?P<comment>\#[^\n\r]*)
    | (?P<word>(?:[^\s{}()<>"'\#,;\\]|\\.)+)
    | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    start: int

    def is_word(self, *words: str) -> bool:
        return self.kind == "word" and self.text.upper() in words


def _tokens(sparql: str) -> list[_Token]:
    found = [_Token(m.lastgroup or "punct", m[0], m.start()) for m in _TOKEN.finditer(sparql)]
    return [t for t in found if t.kind not in ("space", "comment")]


@dataclass(frozen=True)
class _Shape:
    """Where a query's parts are: its form keyword and its WHERE group's braces."""

    form: str | None
    where: tuple[int, int] | None
    """Token indexes of the WHERE group's ``{`` and matching ``}``."""


def _shape(tokens: list[_Token]) -> _Shape:
    form_at = next((i for i, t in enumerate(tokens) if t.is_word(*_FORMS)), None)
    if form_at is None:
        return _Shape(None, None)
    form = tokens[form_at].text.upper()
    groups: list[tuple[int, int]] = []
    saw_values = saw_where = False
    braces = parens = 0
    opened = 0
    for index in range(form_at + 1, len(tokens)):
        token = tokens[index]
        if braces == 0 and parens == 0:
            if token.is_word("VALUES"):
                saw_values = True
            if token.is_word("WHERE") and not groups:
                saw_where = True
        if token.text == "(" and braces == 0:
            parens += 1
        elif token.text == ")" and braces == 0:
            parens -= 1
        elif token.text == "{" and parens == 0:
            if braces == 0:
                opened = index
            braces += 1
        elif token.text == "}" and parens == 0:
            braces -= 1
            if braces == 0 and not saw_values:
                groups.append((opened, index))
    if form == "CONSTRUCT":
        # CONSTRUCT {template} WHERE {...}; the short form CONSTRUCT WHERE {...} has
        # only a triples template, where no VALUES may go.
        where = None if saw_where else (groups[1] if len(groups) > 1 else None)
    else:
        where = groups[0] if groups else None
    return _Shape(form, where)


def query_form(sparql: str) -> str | None:
    """SELECT, CONSTRUCT, DESCRIBE or ASK, read without a full parse (None if not found)."""
    return _shape(_tokens(sparql)).form


def values_block(bindings: Mapping[str, URIRef | Literal]) -> str:
    """``VALUES (?a ?b) { (<x> "y") }`` for one row of bindings, every term checked."""
    names = []
    for name in bindings:
        if not _VARIABLE.fullmatch(name):
            raise ValueError(f"not a variable name: {name!r}")
        names.append(f"?{name}")
    for name, value in bindings.items():
        if not isinstance(value, URIRef | Literal):
            raise TypeError(f"?{name} can only be bound to an IRI or a literal, not {value!r}")
    row = " ".join(term(value) for value in bindings.values())
    return f"VALUES ({' '.join(names)}) {{ ({row}) }}"


_PARSER_LOCK = threading.Lock()  # rdflib's pyparsing grammar is shared module state


@lru_cache(maxsize=256)
def check_parses(sparql: str) -> None:
    """Raise QuerySyntaxError saying where, if rdflib cannot parse ``sparql``."""
    try:
        with _PARSER_LOCK:
            prepareQuery(sparql)
    except Exception as error:  # pyparsing raises its own types; any failure means no
        raise QuerySyntaxError(f"the query does not parse: {error}") from None


def bind(sparql: str, bindings: Mapping[str, URIRef | Literal]) -> str:
    """``sparql`` with ``bindings`` joined in as an inline VALUES block (see module doc).

    >>> print(bind("SELECT ?s WHERE { ?s ?p ?o }", {"o": Literal(1)}))
    SELECT ?s WHERE { VALUES (?o) { ("1"^^<http://www.w3.org/2001/XMLSchema#integer>) } ?s ?p ?o }
    """
    if not bindings:
        return sparql
    check_parses(sparql)
    block = values_block(bindings)
    tokens = _tokens(sparql)
    shape = _shape(tokens)
    if shape.where is None:
        bound = f"{sparql}\n{block}"
    else:
        open_brace, close_brace = (tokens[i].start for i in shape.where)
        after = open_brace + 1
        if tokens[shape.where[0] + 1].is_word("SELECT"):
            # WHERE { SELECT ... } holds a sub-select alone: wrap it in a group.
            bound = (
                f"{sparql[:after]} {block} {{{sparql[after:close_brace]}}} {sparql[close_brace:]}"
            )
        else:
            bound = f"{sparql[:after]} {block}{sparql[after:]}"
    try:
        check_parses(bound)
    except QuerySyntaxError as error:
        raise QuerySyntaxError(
            f"cannot bind {', '.join(bindings)} in this query: {error}"
        ) from None
    return bound
