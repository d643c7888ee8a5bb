"""One regular expression of many alternatives, substituted at a tenth of ``re.sub``'s cost.

``textsim.terms`` replaces paraphrases (``ontology/paraphrases.toml``: some 80 patterns)
in every text grouping reads, several times per recommendation and finding: at 1,000
reports, millions of texts. Python's ``re`` tries every alternative at every word start,
so that substitution was most of the reading's cost. Here each alternative's possible
first characters (up to ``PREFIX``) are worked out once from its parsed pattern, one
cheap pattern finds the word starts where one of those prefixes stands, and only the
alternatives that can start there are tried, in their order. The result is the very
string ``re.sub`` gives over the alternation (the first alternative matching at the
leftmost position wins, the scan goes on after it): every prefix set holds every way its
pattern can start, and a pattern this cannot read (a back-reference, an inline flag, an
empty match, a set too large) makes the whole scan fall back to ``re.sub``.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

with warnings.catch_warnings():
    # The parser ``re`` itself uses; the old module name is the typed one.
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as sc
    import sre_parse

PREFIX = 3
"""Characters of each alternative's starts worked out (longer: fewer tries, larger sets)."""
_LIMIT = 4096
"""Most prefixes one alternative may have before it is not worth the analysis."""
_TOO_MANY = "too many prefixes"
_ASCII = tuple(chr(code) for code in range(128))
_CATEGORIES = {
    sc.CATEGORY_DIGIT: r"\d",
    sc.CATEGORY_NOT_DIGIT: r"\D",
    sc.CATEGORY_SPACE: r"\s",
    sc.CATEGORY_NOT_SPACE: r"\S",
    sc.CATEGORY_WORD: r"\w",
    sc.CATEGORY_NOT_WORD: r"\W",
}


class Unreadable(ValueError):
    """A pattern whose starts this module does not work out (the scan uses ``re.sub``)."""


def _charset(items: Iterable[tuple[Any, Any]]) -> set[str]:
    """The ASCII characters a character class matches."""
    chars: set[str] = set()
    negate = False
    for op, value in items:
        if op is sc.NEGATE:
            negate = True
        elif op is sc.LITERAL:
            chars.add(chr(value))
        elif op is sc.RANGE:
            chars |= {c for c in _ASCII if value[0] <= ord(c) <= value[1]}
        elif op is sc.CATEGORY and value in _CATEGORIES:
            category = re.compile(_CATEGORIES[value])
            chars |= {c for c in _ASCII if category.match(c)}
        else:
            raise Unreadable(f"class item {op}")
    return set(_ASCII) - chars if negate else chars


def _then(heads: set[str], tails: Callable[[], set[str]], length: int) -> set[str]:
    """Each head followed by each tail, cut at ``length`` (a head that long stays)."""
    out: set[str] = set()
    for head in heads:
        if len(head) >= length:
            out.add(head)
            continue
        out |= {(head + tail)[:length] for tail in tails()}
        if len(out) > _LIMIT:
            raise Unreadable(_TOO_MANY)
    return out


def _sequence(nodes: Iterable[tuple[Any, Any]], length: int) -> set[str]:
    """The starts of a sequence: a string shorter than ``length`` is a whole match."""
    starts = {""}
    for op, value in nodes:
        if all(len(s) >= length for s in starts):
            break
        starts = _then(starts, partial(_node, op, value, length), length)
    return starts


def _node(op: Any, value: Any, length: int) -> set[str]:
    if op is sc.LITERAL:
        return {chr(value)}
    if op is sc.IN:
        return _charset(value)
    if op in (sc.AT, sc.ASSERT, sc.ASSERT_NOT):
        return {""}  # zero-width: what it asks of the text only narrows the starts
    if op is sc.SUBPATTERN:
        _group, add_flags, del_flags, pattern = value
        if add_flags or del_flags:
            raise Unreadable("inline flags")
        return _sequence(pattern, length)
    if op is sc.BRANCH:
        return set().union(*(_sequence(branch, length) for branch in value[1]))
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
        least, most, pattern = value
        one = _sequence(pattern, length)
        if "" in one:
            raise Unreadable("a repeat that can match nothing")
        out: set[str] = set()
        current, count = {""}, 0
        while True:
            if count >= least:
                out |= current
            if count >= most or all(len(s) >= length for s in current):
                return out
            current = _then(current, lambda: one, length)
            count += 1
    raise Unreadable(f"pattern item {op}")


def starts(pattern: str, length: int = PREFIX) -> frozenset[str]:
    """Every way a match of ``pattern`` on ASCII text can begin, to ``length`` characters
    (shorter strings are whole matches), or to fewer where that many would be too many
    (``b\\w*``); :class:`Unreadable` if that is not worked out."""
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & ~sc.SRE_FLAG_UNICODE:
        raise Unreadable("flags")
    try:
        found = _sequence(parsed.data, length)
    except Unreadable as error:
        if str(error) != _TOO_MANY or length == 1:
            raise
        return starts(pattern, length - 1)
    if "" in found:
        raise Unreadable("can match nothing")
    return frozenset(found)


def _trie(strings: Iterable[str]) -> str:
    """A pattern matching any of the strings, as a tree of literals (``re`` skips a
    branch opening with a literal at one comparison)."""
    tree: dict[str, Any] = {}
    for string in strings:
        node = tree
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        parts = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if "" in node:
            parts.append("")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return emit(tree)


class AlternationScan:
    """``re.sub`` of ``before + (?:p0|p1|...)`` with one replacement per alternative,
    where ``before`` is a fixed lookbehind (or empty)."""

    def __init__(self, patterns: Sequence[str], replacements: Sequence[str], before: str = ""):
        self.replacements = tuple(replacements)
        groups = "|".join(f"(?P<g{n}>{p})" for n, p in enumerate(patterns))
        self.plain = re.compile(before + "(?:" + groups + ")")
        self.alternatives = tuple(re.compile(p) for p in patterns)
        try:
            self.starts: tuple[frozenset[str], ...] | None = tuple(starts(p) for p in patterns)
        except (Unreadable, re.error, OverflowError, RecursionError):
            self.starts = None
        union = set().union(*self.starts) if self.starts else set()
        self.candidates = re.compile(before + "(?=" + _trie(union) + ")") if union else None
        self.tried: dict[str, tuple[int, ...]] = {}

    def _at(self, window: str) -> tuple[int, ...]:
        """The alternatives that can start with ``window`` (a text's next characters)."""
        found = self.tried.get(window)
        if found is None:
            assert self.starts is not None
            found = tuple(
                n for n, s in enumerate(self.starts) if any(window.startswith(x) for x in s)
            )
            self.tried[window] = found
        return found

    def sub(self, text: str) -> str:
        if self.candidates is None or not text.isascii():
            return self.plain.sub(self._replacement, text)
        out: list[str] = []
        end = 0
        for candidate in self.candidates.finditer(text):
            at = candidate.start()
            if at < end:
                continue
            for n in self._at(text[at : at + PREFIX]):
                hit = self.alternatives[n].match(text, at)
                if hit is not None:
                    out += (text[end:at], self.replacements[n])
                    end = hit.end()
                    break
        out.append(text[end:])
        return "".join(out)

    def _replacement(self, match: re.Match[str]) -> str:
        return self.replacements[int(str(match.lastgroup)[1:])]
