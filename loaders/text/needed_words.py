"""The words a pattern cannot match without, read from its parse, to skip texts that lack them.

Python's ``re`` scans a case-insensitive pattern at every character of a text: it gets no
literal prefix or first-character skip from one. A pattern whose every match needs some
fixed text ("election", one of the month names) cannot match a text that holds none of it,
and ``str.find`` says so for a fraction of the scan's cost. :func:`needed` reads those
needs from the pattern's own parse (so they cannot drift from it); :func:`may_match` tests
them on :func:`folded` text. Exact: it only ever skips texts the pattern cannot match.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

Need = frozenset[str]
"""Folded strings one of which every match of a pattern (or its look-arounds) holds."""

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
            known = self._holds[need] = any(s in self.text for s in need)
        return known


@lru_cache(maxsize=8)
def folded_once(text: str) -> Folded:
    """:class:`Folded` for ``text``, remembered for the last few texts (the patterns of one
    reader are tried on the same text one after another)."""
    return Folded(text)


_UNPLAIN = frozenset({0xB5, 0x130, 0x131, 0x17F})
"""Letters below U+0250 that ``re`` matches case-insensitively with a letter ``str.lower``
does not map them to (the micro sign and Greek mu, the i's and s's of ``_FOLDS``)."""


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


def first_search(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    """The first match of the first of ``patterns`` that matches ``text`` (``a.search(text)
    or b.search(text) or ...``), the text folded once and a pattern not scanned where it
    lacks a word it needs."""
    lowered = Folded(text)
    for pattern in patterns:
        if may_match(pattern, lowered) and (match := pattern.search(text)) is not None:
            return match
    return None
