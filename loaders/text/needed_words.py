"""The words a pattern cannot match without, read from its parse, to skip texts that lack them.

Python's ``re`` scans a case-insensitive pattern at every character of a text: it gets no
literal prefix or first-character skip from one. A pattern whose every match needs some
fixed text ("election", one of the month names) cannot match a text that holds none of it,
and ``str.find`` says so for a fraction of the scan's cost. :func:`needed` reads those
needs from the pattern's own parse (so they cannot drift from it); :func:`may_match` tests
them on :func:`folded` text. Exact: it only ever skips texts the pattern cannot match.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

Need = frozenset[str]
"""Folded strings one of which every match of a pattern (or its look-arounds) holds."""
_Items = list[tuple[Any, Any]]
"""A parsed pattern's sequence of (opcode, argument)."""

_FOLDS = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
"""The characters outside ASCII that ``re``'s case-insensitive matching takes for an ASCII
letter (dotted and dotless i, long s, the Kelvin sign): folded to it before lowering, so
that a word such a character spells is still found."""


def folded(text: str) -> str:
    """``text`` lower-cased as the needs are, with ``_FOLDS`` applied first."""
    return (text if text.isascii() else text.translate(_FOLDS)).lower()


class Folded:
    """A text :func:`folded`, and which needs it holds (patterns of one reader share many,
    "election" or the month names), each looked for once."""

    __slots__ = ("_holds", "text")

    def __init__(self, text: str) -> None:
        self.text = folded(text)
        self._holds: dict[Need, bool] = {}

    def holds(self, need: Need) -> bool:
        known = self._holds.get(need)
        if known is None:
            known = self._holds[need] = _holds(need, self.text)
        return known


def _holds(need: Need, text: str) -> bool:
    for string in need:  # noqa: SIM110 (a loop: no generator per call, the hot path)
        if string in text:
            return True
    return False


@lru_cache(maxsize=8)
def folded_once(text: str) -> Folded:
    """:class:`Folded` for ``text``, remembered for the last few texts (the patterns of one
    reader are tried on the same text one after another)."""
    return Folded(text)


_UNPLAIN = frozenset({0xB5, 0x130, 0x131, 0x17F})
"""Letters below U+0250 that ``re`` matches case-insensitively with a letter ``str.lower``
does not map them to (the micro sign and the letter mu, the i's and s's of ``_FOLDS``)."""


def _is_plain(code: int) -> bool:
    """A Latin character (below U+0250, as "á" in a body's name), which ``re`` matches
    case-insensitively exactly where :func:`folded` text holds its lower case."""
    return code < 0x250 and code not in _UNPLAIN


def _needs(items: Any) -> list[Need]:
    """What every match of the parsed sequence ``items`` needs: each run of plain literals,
    the needs of required groups, repeats and look-arounds, and for an alternation the
    union of one need of each alternative (when every alternative has one)."""
    found: list[Need] = []
    run: list[str] = []

    def close() -> None:
        if run:
            found.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op == sre.LITERAL and _is_plain(av):
            run.append(chr(av))
            continue
        close()
        if op == sre.SUBPATTERN:
            found += _needs(av[3])
        elif op == sre.ATOMIC_GROUP:
            found += _needs(av)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found += _needs(av[2])
        elif op == sre.ASSERT:  # a look-ahead or look-behind reads the same text
            found += _needs(av[1])
        elif op == sre.BRANCH:
            best = [_best(_needs(alternative)) for alternative in av[1]]
            if all(need is not None for need in best):
                found.append(frozenset().union(*(n for n in best if n is not None)))
    close()
    return found


def _best(needs: list[Need]) -> Need | None:
    """The need whose shortest string is longest (the rarest in text), if any."""
    return max(needs, key=lambda need: min(len(s) for s in need), default=None)


@cache
def needed(pattern: re.Pattern[str]) -> tuple[Need, ...]:
    """What every match of ``pattern`` needs in the text it is tried on, folded; the needs
    with a string shorter than three characters are left out (too common to
    skip a text)."""
    if pattern.flags & (re.LOCALE | re.VERBOSE):  # not read here: no need claimed
        return ()
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    return tuple(
        need for need in dict.fromkeys(_needs(parsed.data)) if min(len(s) for s in need) >= 3
    )


_NEEDS: dict[int, tuple[re.Pattern[str], tuple[Need, ...]]] = {}
""":func:`needed` by the pattern's id (hashing a compiled pattern reads all its code)."""


def may_match(pattern: re.Pattern[str], text: Folded) -> bool:
    """False only when ``pattern`` cannot match anywhere in ``text``: some need of it has
    none of its strings there."""
    known = _NEEDS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _NEEDS[id(pattern)] = (pattern, needed(pattern))
    for need in known[1]:  # noqa: SIM110 (a loop: no generator per call, the hot path)
        if not text.holds(need):
            return False
    return True


_LONG = 2000
"""A text longer than this is searched from the places a pattern's openings stand: on a
sentence, ``re``'s own scan is as quick."""


def search(pattern: re.Pattern[str], text: str, lowered: Folded) -> re.Match[str] | None:
    """``pattern.search(text)``, not scanned where ``lowered`` (``text`` folded) lacks a
    word the pattern needs; in a long text tried only where one of its :func:`prefixes`
    stands, the nearest first (the first that matches is the leftmost match)."""
    if not may_match(pattern, lowered):
        return None
    opening = prefixes(pattern) if len(text) > _LONG else None
    if opening is None:
        return pattern.search(text)
    folded_text = lowered.text
    places = [(at, s) for s in opening if (at := folded_text.find(s)) >= 0]
    heapq.heapify(places)
    while places:
        at, string = places[0]
        match = pattern.match(text, at)
        if match is not None:
            return match
        following = folded_text.find(string, at + 1)
        if following >= 0:
            heapq.heapreplace(places, (following, string))
        else:
            heapq.heappop(places)
    return None


def first_search(
    patterns: tuple[re.Pattern[str], ...], text: str, lowered: Folded | None = None
) -> re.Match[str] | None:
    """The first match of the first of ``patterns`` that matches ``text`` (``a.search(text)
    or b.search(text) or ...``), the text folded once (``lowered``, if at hand) and a
    pattern not scanned where it lacks a word it needs."""
    lowered = lowered or Folded(text)
    for pattern in patterns:
        if may_match(pattern, lowered) and (match := pattern.search(text)) is not None:
            return match
    return None


_MOST_PREFIXES = 200
"""Beyond this many opening strings a pattern is scanned as ``re`` does."""


def _prefixes(items: _Items, ahead: bool) -> set[str] | None:
    """The folded strings every match of ``items`` opens with, or None when some match
    may open otherwise (with a class of characters, or with nothing). With ``ahead``, what
    a look-ahead opening the items needs counts too (a match may then be empty)."""
    if not items:
        return None
    (op, av), rest = items[0], items[1:]
    if op == sre.LITERAL and _is_plain(av):
        run = [chr(av)]
        for next_op, next_av in rest:
            if next_op != sre.LITERAL or not _is_plain(next_av):
                break
            run.append(chr(next_av))
        return {"".join(run).lower()}
    if op == sre.SUBPATTERN:
        return _prefixes(list(av[3]) + rest, ahead)
    if ahead and op == sre.ASSERT and av[0] == 1:
        looked = _prefixes(list(av[1]), ahead)
        return looked if looked is not None else _prefixes(rest, ahead)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero-width: the match opens after
        return _prefixes(rest, ahead)
    if op == sre.BRANCH:
        return _union([list(alternative) + rest for alternative in av[1]], ahead)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        first = list(av[2]) + rest
        return _union([first] if av[0] >= 1 else [first, rest], ahead)
    return None


def _union(paths: list[_Items], ahead: bool) -> set[str] | None:
    found: set[str] = set()
    for path in paths:
        opening = _prefixes(path, ahead)
        if opening is None or len(found) + len(opening) > _MOST_PREFIXES:
            return None
        found |= opening
    return found


@cache
def prefixes(pattern: re.Pattern[str], ahead: bool = False) -> tuple[str, ...] | None:
    """The folded strings every match of ``pattern`` opens with, none the start of another
    (its matches start where one of them stands), or None when they cannot be told. Without
    ``ahead`` every match holds one of them, so none is empty."""
    if pattern.flags & (re.LOCALE | re.VERBOSE):
        return None
    found = _prefixes(list(sre_parse.parse(pattern.pattern, pattern.flags).data), ahead)
    if found is None:
        return None
    return tuple(s for s in sorted(found) if not any(s != t and s.startswith(t) for t in found))


def _starts(opening: tuple[str, ...], text: str) -> list[int]:
    """Where any of ``opening`` stands in (folded) ``text``, in order."""
    found: set[int] = set()
    for string in opening:
        at = text.find(string)
        while at >= 0:
            found.add(at)
            at = text.find(string, at + 1)
    return sorted(found)


def lookahead_starts(pattern: re.Pattern[str], text: str, lowered: Folded) -> list[int]:
    """Where the zero-width ``pattern`` (a look-ahead) matches in ``text``, in order: the
    places ``finditer`` finds, tried only where what it looks for opens (``lowered`` is
    ``text`` folded)."""
    opening = prefixes(pattern, ahead=True)
    if opening is None:
        return [match.start() for match in pattern.finditer(text)]
    return [start for start in _starts(opening, lowered.text) if pattern.match(text, start)]


def finditer(
    pattern: re.Pattern[str], text: str, lowered: Folded | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the pattern tried only where one of its
    :func:`prefixes` stands (``lowered`` is ``text`` folded, if at hand). Every match is
    then at least one character long, so the next is looked for from its end, as
    ``finditer`` does; the matches have the same spans and groups (their ``pos`` is where
    each was tried)."""
    opening = prefixes(pattern)
    if opening is None:
        yield from pattern.finditer(text)
        return
    resume = 0
    for start in _starts(opening, (lowered or Folded(text)).text):
        if start < resume:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            resume = match.end()
