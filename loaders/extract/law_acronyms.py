"""Short forms a report gives a law once and then uses alone: "the Law on Elections of
Members of Parliament (LEMP)" and after it "the LEMP", "Article 15 of the LEMP"; or its
long name cut short ("the Law on the Election of Deputies to the Assembly", then "the Law
on the Election of Deputies"). Both law readers (``legal.py``, ``legal_patterns.py``)
read them with these helpers, whatever the law and the state.

>>> defined("the Law on Courts (LoC) applies", [(4, 17, "Law on Courts")])
{'LoC': 'Law on Courts'}
>>> fuller("Law on Courts", ["Law on Courts of Appeal", "Law on Parties"])
'Law on Courts of Appeal'
>>> uses("Under the LoC, and the LoC (2020).", {"LoC": "x"})
[(10, 13, 'LoC'), (23, 26, 'LoC')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TypeVar

from ..text.dates import MONTH_NAME

T = TypeVar("T")

_DEFINITION = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})?"
    rf"(?:\s+of\s+(?:\d{{1,2}}\s+{MONTH_NAME}\s+)?(?:19|20)\d\d)?\s*\("
    r"(?:(?:[^()]{0,80}?,\s*)?(?P<marker>hereinafter|hereafter|henceforth)\b[,:]?"
    r"(?:\s+(?:referred\s+to|cited)\s+as)?[,:]?\s+)?"
    r"(?:the\s+)?[\"\u201c]?(?:the\s+)?"
    r"(?P<short>(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,8}"
    r"|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+(?:Law|Act|Code)"
    r"|(?:Law|Act|Code)\s+on\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})[\"\u201d]?\)"
)
"""A parenthesised short form right after a name (or after the state it names, "the Electoral
Code of <State> (EC)", or its year or date, "of 1992 (LPE)", "of 17 December 1976 (FAPR)"),
or a law's name cut short ("(the Law on Basic Guarantees)" after the full title), or last
in the parenthesis after what else it gives and "hereinafter" ("(No. 5/1990, as
amended, hereinafter "the Election Law")", "(<name in the state's language>, hereafter EA)",
"(hereafter, the Election Law)"): two capitals at least, or three words or more ending as a
law's name does ("(Party Funding Law)"); a two-word "(Election Law)" is read as a law's name
of its own unless a marker ("hereinafter", "hereafter", "henceforth") says it is short."""


def defined(text: str, names: Iterable[tuple[int, int, T]]) -> dict[str, T]:
    """Short form -> the law (``names`` gives each law named: start, end, law) that a
    parenthesis right after its name defines."""
    found: dict[str, T] = {}
    for _, end, law in names:
        match = _definition(text, end)
        if match is not None:
            found[match.group("short")] = law
    return found


def _definition(text: str, end: int) -> re.Match[str] | None:
    """The parenthesis right after a name at ``end`` that defines its short form, if any:
    a short name of two words only after a marker ("(hereafter, the Election Law)")."""
    match = _DEFINITION.match(text, end)
    if match is None or match.group("marker") or len(match.group("short").split()) != 2:
        return match
    return None


def restated(text: str, names: Sequence[tuple[int, int, T]]) -> dict[int, T]:
    """Start of a name written inside the parenthesis that defines another's short form ->
    that other law: "the Law on X (Law 5/1990, hereinafter "the Election Law")" names one
    law, whose number the parenthesis gives."""
    found: dict[int, T] = {}
    for _, end, law in names:
        match = _definition(text, end)
        if match is None:
            continue
        for start, _, other in names:
            if end < start < match.end() and other != law:
                found[start] = law
    return found


def uses(text: str, acronyms: Mapping[str, object]) -> list[tuple[int, int, str]]:
    """Where ``text`` uses one of ``acronyms`` as a word, outside the parenthesis that
    defines it."""
    if not acronyms:
        return []
    pattern = _acronym_pattern(frozenset(acronyms))
    return [(match.start(), match.end(), match.group()) for match in pattern.finditer(text)]


@lru_cache(maxsize=256)
def _acronym_pattern(acronyms: frozenset[str]) -> re.Pattern[str]:
    """Any of ``acronyms`` as a word, the longest first: built once per set of short forms
    (a report defines a few and every sentence is read for them, twice)."""
    alternation = "|".join(re.escape(a) for a in sorted(acronyms, key=lambda a: (-len(a), a)))
    return re.compile(rf"(?<![\w(\"\u201c])(?:{alternation})(?![\w])")


def fuller(name: str, earlier: Iterable[str]) -> str | None:
    """The one longer name read ``earlier`` that ``name`` begins, cut at a word ("Law on
    X" after "Law on X to the Y"); None where none or several do."""
    longer = {other for other in earlier if other.startswith(name + " ")}
    return longer.pop() if len(longer) == 1 else None


__all__ = ["defined", "fuller", "restated", "uses"]
