"""Speakers a study describes rather than names, and what stands between a speaker and the
verb of saying: a long noun phrase ("a senior official of the electoral department of the
ministry told us"), a relative clause or a discourse adverbial set off by commas ("X, who
had resigned after 2016, put it"), a preposition a name picked up at a sentence's start
("For <Name>, ...").
"""

from __future__ import annotations

import re

from ..text.words import any_word

_PREPOSITION_WORD = re.compile(r"^(?:For|To|In|As|By|With|From|According to)\s+(?=[A-Z])")
"""A preposition a capitalised name picked up at a sentence's start ("For <Name>, ...")."""
_ASIDE = re.compile(
    r",\s+(?:who|whose|which)\b[^,;\"\u201c]{3,120},\s*$"
    r"|,\s+(?:by contrast|in contrast|however|too|for (?:his|her|its|their) part)\s*,\s*$",
    re.I,
)
"""What stands between a speaker and the verb, set off by commas: a relative clause ("X,
who had resigned after 2016, put it") or a discourse adverbial ("X, by contrast,
considered")."""
_DESCRIBED = re.compile(
    r"(?:^|[,:;]\s+)(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\w'\u2019/-]+\s+){1,18}?"
    r"[\w'\u2019/-]+)\s*$"
)
"""A speaker described at length, after any opening phrase ("In interview, a senior official
of the electoral department of the ministry told us"): longer than a name or a short role."""
_FINITE = any_word("is, are, was, were, has, have, had, did, does, do, will, would", flags=0)


def described(lead: str) -> tuple[str, int, str | None] | None:
    """The long noun phrase, with an article, that ends ``lead`` and holds no verb."""
    found = _DESCRIBED.search(lead.rstrip())
    if found is None or _FINITE.search(found["np"]):
        return None
    return found["np"], found.start("np"), None


def without_aside(lead: str) -> str:
    """``lead`` with an aside before the verb blanked (offsets kept)."""
    return _ASIDE.sub(lambda aside: " " * len(aside[0]), lead)


def opening_preposition(name: str) -> re.Match[str] | None:
    """The preposition a capitalised name picked up at a sentence's start, if any."""
    return _PREPOSITION_WORD.match(name)


__all__ = ["described", "opening_preposition", "without_aside"]
