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
and EXISTS, and aggregates. A sub-select is evaluated on its own, so a join outside it
cannot reach it, while the embedded store's initial binding flows into every sub-select
that projects the variable by name (and whose enclosing sub-selects do): such a
sub-select gets the block (of those variables) first in its own WHERE group too. It
still differs where the initial binding reaches and a join does not: a FILTER inside a
nested group or a UNION branch sees the variable unbound; and ``BIND(... AS ?x)`` of a
bound ``?x`` is a syntax error. A query without a WHERE group (``DESCRIBE <x>``,
``CONSTRUCT WHERE {...}``) gets a trailing VALUES clause, which for those forms means
the same.
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
    >>> print(bind("SELECT ?s ?o WHERE { { SELECT ?s ?o WHERE { ?s ?p ?o } } }", {"o": Literal(1)}))
    ... # doctest: +NORMALIZE_WHITESPACE
    SELECT ?s ?o WHERE { VALUES (?o) { ("1"^^<http://www.w3.org/2001/XMLSchema#integer>) }
      { SELECT ?s ?o WHERE { VALUES (?o) { ("1"^^<http://www.w3.org/2001/XMLSchema#integer>) }
        ?s ?p ?o } } }
    """
    if not bindings:
        return sparql
    check_parses(sparql)
    tokens = _tokens(sparql)
    shape = _shape(tokens)
    if shape.where is None:
        bound = f"{sparql}\n{values_block(bindings)}"
    else:
        edits = _group_edits(tokens, shape.where, values_block(bindings))
        for group, names in _sub_selects(tokens, shape.where, set(bindings)):
            block = values_block({n: term for n, term in bindings.items() if n in names})
            edits += _group_edits(tokens, group, block)
        bound = sparql
        for offset, text in sorted(edits, key=lambda edit: edit[0], reverse=True):
            bound = bound[:offset] + text + bound[offset:]
    try:
        check_parses(bound)
    except QuerySyntaxError as error:
        raise QuerySyntaxError(
            f"cannot bind {', '.join(bindings)} in this query: {error}"
        ) from None
    return bound


def _group_edits(tokens: list[_Token], group: tuple[int, int], block: str) -> list[tuple[int, str]]:
    """Insertions that put ``block`` first in the group between the token indexes ``group``;
    a group that holds a sub-select alone (``{ SELECT ... }``) is wrapped in one first."""
    after = tokens[group[0]].start + 1
    close = tokens[group[1]].start
    if tokens[group[0] + 1].is_word("SELECT"):
        return [(after, f" {block} {{"), (close, "} ")]
    return [(after, f" {block}")]


def _sub_selects(
    tokens: list[_Token], where: tuple[int, int], bound: set[str]
) -> list[tuple[tuple[int, int], set[str]]]:
    """Each sub-select inside the WHERE group that a bound variable reaches: its WHERE
    group (token indexes of its braces) and the bound variables it projects by name, those
    its enclosing sub-selects project too. ``SELECT *`` passes none: Oxigraph expands it to
    the variables its patterns bind, so a variable only its FILTERs name is not passed."""
    found: list[tuple[tuple[int, int], set[str]]] = []
    reach: list[tuple[int, set[str]]] = [(where[1], bound)]  # (group end, names reaching)
    index = where[0] + 1
    while index < where[1]:
        while reach[-1][0] < index:
            reach.pop()
        if tokens[index].is_word("SELECT"):
            projected, group = _projection(tokens, index)
            names = projected & reach[-1][1]
            reach.append((group[1], names))
            if names:
                found.append((group, names))
            index = group[0]
        index += 1
    return found


def _projection(tokens: list[_Token], select: int) -> tuple[set[str], tuple[int, int]]:
    """The variables a SELECT at token ``select`` projects by name, and its group."""
    projected: set[str] = set()
    parens = 0
    index = select + 1
    while not (tokens[index].text == "{" and parens == 0):
        text = tokens[index].text
        parens += (text == "(") - (text == ")")
        if parens == 0 and text[:1] in ("?", "$"):
            projected.add(text.lstrip("?$"))
        index += 1
    return projected, (index, _closing(tokens, index))


def _closing(tokens: list[_Token], opening: int) -> int:
    depth = 0
    for index in range(opening, len(tokens)):
        depth += (tokens[index].text == "{") - (tokens[index].text == "}")
        if depth == 0:
            return index
    raise QuerySyntaxError("unbalanced braces")
