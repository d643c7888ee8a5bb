"""Short forms a report gives a law once and then uses alone: "the Law on Elections of
Members of Parliament (LEMP)" and after it "the LEMP", "Article 15 of the LEMP". Both law
readers (``legal.py``, ``legal_patterns.py``) read the definitions and the later uses
with these two helpers, whatever the law and the state.

>>> defined("the Law on Courts (LoC) applies", [(4, 17, "Law on Courts")])
{'LoC': 'Law on Courts'}
>>> uses("Under the LoC, and the LoC (2020).", {"LoC": "x"})
[(10, 13, 'LoC'), (23, 26, 'LoC')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

T = TypeVar("T")

_DEFINITION = re.compile(
    r"\s*\((?:the\s+)?[\"\u201c]?(?P<short>(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,8})[\"\u201d]?\)"
)
"""A parenthesised short form right after a name, with two capitals at least."""


def defined(text: str, names: Iterable[tuple[int, int, T]]) -> dict[str, T]:
    """Short form -> the law (``names`` gives each law named: start, end, law) that a
    parenthesis right after its name defines."""
    found: dict[str, T] = {}
    for _, end, law in names:
        match = _DEFINITION.match(text, end)
        if match is not None:
            found[match.group("short")] = law
    return found


def uses(text: str, acronyms: Mapping[str, object]) -> list[tuple[int, int, str]]:
    """Where ``text`` uses one of ``acronyms`` as a word, outside the parenthesis that
    defines it."""
    if not acronyms:
        return []
    alternation = "|".join(re.escape(a) for a in sorted(acronyms, key=lambda a: (-len(a), a)))
    pattern = re.compile(rf"(?<![\w(\"\u201c])(?:{alternation})(?![\w])")
    return [(match.start(), match.end(), match.group()) for match in pattern.finditer(text)]


__all__ = ["defined", "uses"]
