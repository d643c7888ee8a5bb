"""What can be read from SPARQL text without a full parser: its form, its dataset clauses,
its own LIMIT, how deeply it nests, the SERVICE endpoints it calls, whether it needs a base IRI.

The embedded store must know whether a query names its own dataset (``FROM`` /
``FROM NAMED``) before running it, because pyoxigraph's union-default option would
override those clauses; the public endpoint must refuse absurd nesting before the engine's
recursive parser sees it and must know every SERVICE call before anything runs. Strings,
IRIs and comments are masked first so that a ``FROM`` or ``SERVICE`` inside a literal or a
``#`` inside an IRI cannot mislead the scan. (SPARQL's ``\\u`` escapes outside strings
and IRIs are not decoded by Oxigraph, so they cannot spell a hidden keyword.)

>>> query_form("PREFIX ex: <http://example.org/a#b> # comment\\nASK { ?s ?p ?o }")
'ask'
>>> has_dataset_clause('SELECT * FROM <http://example.org/g> WHERE { ?s ?p "FROM <x>" }')
True
>>> has_dataset_clause('SELECT ?from WHERE { ?s ?p "FROM <x>" } # FROM <y>')
False
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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
_FORM_OR_UPDATE = _QUERY_FORMS.keys() | _UPDATE_WORDS
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


def blank(sparql: str) -> str:
    """Like :func:`mask` but position for position: IRI and string contents and comments
    become spaces (delimiters kept), so an offset in the result is one in ``sparql``."""
    parts = []
    for match in _LEXEMES.finditer(sparql):
        kind, text = match.lastgroup, match.group()
        if kind == "iri":
            parts.append("<" + " " * (len(text) - 2) + ">")
        elif kind == "string":
            parts.append(text[0] + " " * (len(text) - 2) + text[-1])
        elif kind == "comment":
            parts.append(" " * len(text))
        else:
            parts.append(text)
    return "".join(parts)


def masked_body(sparql: str) -> str:
    """The masked text (:func:`mask`) after its prologue (``BASE`` and ``PREFIX``)."""
    text = mask(sparql)
    position = 0
    while match := _PROLOGUE.match(text, position):
        position = match.end()
    return text[position:]


def query_form(sparql: str) -> SparqlForm | None:
    """``select``, ``ask``, ``construct``, ``describe`` or ``update``; None if unclear."""
    word = _FIRST_WORD.match(sparql)  # most queries start with their form: no masking
    if not word or word.group(1).lower() not in _FORM_OR_UPDATE:
        word = _FIRST_WORD.match(masked_body(sparql))
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
    return _DISTINCT_SELECT.match(masked_body(sparql)) is not None


def _starts(keyword: str, text: str) -> Iterator[int]:
    """Where ``keyword`` (lower case) may start in ``text``, case-insensitively: found by
    ``str.find`` in C, where a keyword pattern with a look-behind tries every offset in
    Python's regex engine (4 µs on a 150-character lookup, per keyword, and every /sparql
    request scans for several on both sides of the worker hop). Most queries have no
    ``FROM`` or ``SERVICE`` at all, and then nothing is masked or blanked for them."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets moved
        yield from (m.start() for m in re.finditer(keyword, text, re.IGNORECASE | re.ASCII))
        return
    start = lowered.find(keyword)
    while start >= 0:
        yield start
        start = lowered.find(keyword, start + 1)


def _keyword(pattern: re.Pattern[str], keyword: str, text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` (which starts with ``keyword``) in ``text``, in order."""
    for start in _starts(keyword, text):
        if match := pattern.match(text, start):
            yield match


def has_dataset_clause(sparql: str) -> bool:
    """Whether the query names its dataset with ``FROM`` or ``FROM NAMED``."""
    if next(_starts("from", sparql), None) is None:
        return False
    return _DATASET_CLAUSE.search(mask(sparql)) is not None


_LIMIT = re.compile(r"(?<![\w?$:])LIMIT\s+([0-9]+)", re.IGNORECASE | re.ASCII)


def solution_limit(sparql: str) -> int | None:
    """The query's own ``LIMIT`` (not a subquery's), or None if it has none.

    >>> solution_limit('SELECT * { { SELECT * {} LIMIT 5 } } LIMIT 10 # LIMIT 1')
    10
    >>> solution_limit('SELECT * { { SELECT * {} LIMIT 5 } }') is None
    True
    """
    if next(_starts("limit", sparql), None) is None:
        return None
    blanked = blank(sparql)
    for match in _keyword(_LIMIT, "limit", blanked):
        if _depth_at(blanked, match.start()) == 0:
            return int(match.group(1))
    return None


def _depth_at(blanked: str, position: int) -> int:
    """The bracket depth at ``position`` of blanked text, counted in C (``str.count``)
    rather than bracket by bracket (:func:`_depths`); the two differ only in text with
    more closers than openers, which no engine parses."""
    before = blanked[:position]
    opened = before.count("(") + before.count("{") + before.count("[")
    return max(opened - before.count(")") - before.count("}") - before.count("]"), 0)


_OPENERS, _CLOSERS = "({[", ")}]"
_BRACKETS = re.compile(r"[(){}\[\]]")


def nesting_depth(sparql: str) -> int:
    """The deepest nesting of brackets, braces and parentheses outside strings and IRIs.

    >>> nesting_depth('SELECT * { ?s ?p "((((" FILTER((?s)) }')
    3
    """
    depth = deepest = 0
    for bracket in _BRACKETS.finditer(blank(sparql)):
        if bracket.group() in _OPENERS:
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth = max(depth - 1, 0)
    return deepest


_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.IGNORECASE | re.ASCII)
_SERVICE_TARGET = re.compile(r"\s*(?:SILENT\s+)?(<[^>]*>|\S*)", re.IGNORECASE | re.ASCII)
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def service_targets(sparql: str) -> list[str]:
    """What every ``SERVICE`` names, as written: an IRI (escapes decoded, brackets
    dropped), else the prefixed name or variable (an empty string if nothing follows).

    >>> service_targets('SELECT * { SERVICE SILENT <http://e.org/s> { ?s ?p "SERVICE" } }')
    ['http://e.org/s']
    >>> service_targets("SELECT ?service { ?service ?p ?o } # SERVICE <x>")
    []
    """
    if next(_starts("service", sparql), None) is None:
        return []
    blanked = blank(sparql)
    targets = []
    for keyword in _keyword(_SERVICE, "service", blanked):
        target = _SERVICE_TARGET.match(blanked, keyword.end())
        assert target is not None  # the pattern matches the empty string
        start, end = target.span(1)
        text = sparql[start:end]
        if text.startswith("<"):
            text = _UNICODE_ESCAPE.sub(lambda m: chr(int(m[1] or m[2], 16)), text[1:-1])
        targets.append(text)
    return targets


_SCHEME_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def has_relative_iri(sparql: str) -> bool:
    """Whether an IRI in the text is relative, so that the text needs a base IRI.

    >>> has_relative_iri("SELECT * { <a> ?p <http://e.org/b> }")
    True
    """
    if all(_SCHEME_PREFIX.match(iri) for iri in _IRI_LIKE.findall(sparql)):
        return False  # every IRI lexeme is one of these (quick, in C), and none is relative
    return any(
        match.lastgroup == "iri" and not _SCHEME_PREFIX.match(match.group()[1:])
        for match in _LEXEMES.finditer(sparql)
    )


_IRI_LIKE = re.compile(r"<([^<>\"{}|^`\\\s]*)>")
"""Text shaped like an IRI, in strings and comments too: a match cannot hold a ``<``, so
none can swallow the start of a real IRI, and every IRI lexeme is among the matches."""


_KEYWORD = r"(?<![\w?$:]){}(?![\w:-])"
_DATASET_KEYWORDS = re.compile(_KEYWORD.format("(?:USING|WITH)"), re.IGNORECASE | re.ASCII)
_WHERE = re.compile(_KEYWORD.format("WHERE"), re.IGNORECASE | re.ASCII)


def with_using(update: str, default_graphs: list[str], named_graphs: list[str]) -> str:
    """The update with ``USING <g>`` / ``USING NAMED <g>`` before the WHERE of every
    DELETE/INSERT operation: the protocol's ``using-graph-uri`` and
    ``using-named-graph-uri``. The IRIs must already be checked as absolute IRIs.

    >>> with_using("INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", ["http://e.org/g"], [])
    'INSERT { ?s ?p 1 } USING <http://e.org/g> WHERE { ?s ?p ?o }'

    Raises ValueError when the update names its own dataset (USING or WITH), which the
    protocol forbids together with these parameters.
    """
    blanked = blank(update)
    depth_at = _depths(blanked)
    if any(depth_at[m.start()] == 0 for m in _DATASET_KEYWORDS.finditer(blanked)):
        raise ValueError("the update has its own USING or WITH clause")
    clause = "".join(f"USING <{g}> " for g in default_graphs)
    clause += "".join(f"USING NAMED <{g}> " for g in named_graphs)
    parts, position = [], 0
    for where in _WHERE.finditer(blanked):
        before = where.start() - 1
        while before >= 0 and blanked[before].isspace():
            before -= 1
        if depth_at[where.start()] == 0 and before >= 0 and blanked[before] == "}":
            parts += [update[position : where.start()], clause]
            position = where.start()
    parts.append(update[position:])
    return "".join(parts)


def _depths(blanked: str) -> list[int]:
    """The bracket depth at every offset of blanked text (a bracket is at the depth
    outside it), built a run of equal depths at a time."""
    depths: list[int] = []
    depth = last = 0
    for bracket in _BRACKETS.finditer(blanked):
        position = bracket.start()
        depths.extend([depth] * (position - last))
        if bracket.group() in _CLOSERS:
            depth = max(depth - 1, 0)
            depths.append(depth)
        else:
            depths.append(depth)
            depth += 1
        last = position + 1
    depths.extend([depth] * (len(blanked) - last))
    return depths
