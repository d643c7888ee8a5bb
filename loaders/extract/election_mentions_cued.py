"""Elections named by a year alone ("the 2005 election", "the early election of 2007"),
typed by what the sentence, else the paragraph, says of them: scholarship and narrative
passages often leave the type to the context ("the 2005 election ... won with 92 percent
of the vote ... his inauguration speech"). A mention whose context names no type, or
names two, is not read: a year alone is not evidence enough.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.sentences import sentences
from ..text.source import Span, overlaps_any
from .elections import Mention

_EARLY_WORD = r"(?P<early>early|pre-term|extraordinary|snap)"
_YEAR = r"(?:19|20)\d{2}"
_NOT_AN_ELECTION = r"(?!\s+(?:law|code|legislation|act|legal|observation\s+mission)\b)"
"""What makes "the 2005 election ..." name a law or a body rather than an election."""
_UNTYPED_YEAR = (
    re.compile(
        rf"\b(?:the|that|this|its|their)\s+(?P<year>{_YEAR})\s+(?:{_EARLY_WORD}\s+)?"
        rf"elections?\b{_NOT_AN_ELECTION}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:the|that|this|its|their)\s+(?:{_EARLY_WORD}\s+)?elections?\s+(?:of|in)\s+"
        rf"(?P<year>{_YEAR})(?![\d-])(?!,?\s+(?:and|or)\s+\d)",
        re.IGNORECASE,
    ),
)
"""An election named by its year only, before or after it ("the 2005 election", "the
early election of 2007"); a run of years ("the elections of 2004 and 2007") is left
alone, as it may span elections of several types."""

_CUES: dict[str, re.Pattern[str]] = {
    "parliamentary": re.compile(
        r"\b(?:parliamentary|seats?|mandates|legislature|party[- ]lists?|"
        r"proportional|majoritarian|deputies|parliament)\b",
        re.IGNORECASE,
    ),
    "presidential": re.compile(
        r"\b(?:presidential|inaugurat\w+|(?:re-?)?elected\s+(?:as\s+)?president|"
        r"president\s+(?:was|is)\s+(?:re-?)?elected|incumbent\s+president)\b",
        re.IGNORECASE,
    ),
    "local": re.compile(
        r"\b(?:municipal|mayors?|mayoral|local\s+councils?|city\s+councils?)\b", re.IGNORECASE
    ),
}
"""Words that tell an election's type from its context: the body elected and what it
elects (seats, mandates, party lists; an inauguration or a president elected)."""


def cued_kind(*contexts: str) -> str | None:
    """The one type the first context that names any type names; None when it names
    several (a sentence on a president dissolving parliament says nothing of the vote)."""
    for context in contexts:
        kinds = [kind for kind, cue in _CUES.items() if cue.search(context)]
        if len(kinds) == 1:
            return kinds[0]
        if kinds:
            return _strongest(context, kinds)
    return None


def _strongest(context: str, kinds: list[str]) -> str | None:
    """When a sentence names several types, the one with most cues, if any has more than
    the others ("none of the parties won a seat, making the president's party the only one
    in the new parliament")."""
    counts = sorted(((len(_CUES[k].findall(context)), k) for k in kinds), reverse=True)
    if counts[0][0] > counts[1][0]:
        return counts[0][1]
    return None


def cued_mentions(
    text: str,
    spans_of: Callable[[int, int], list[Span]],
    country: str,
    taken: list[tuple[int, int]],
) -> list[tuple[int, int, Mention]]:
    """The elections ``text`` names by a year alone, typed by their sentence, else by the
    whole of ``text`` (a paragraph), leaving out the stretches in ``taken`` (elections
    already read, whose type words are theirs)."""
    found: list[tuple[int, int, Mention]] = []
    bounds = sentences(text)
    context = text
    for start, end in taken:  # another election's type words describe that election
        context = context[:start] + " " * (end - start) + context[end:]
    for pattern in _UNTYPED_YEAR:
        for match in pattern.finditer(text):
            if overlaps_any(*match.span(), taken):
                continue
            sentence = next((context[s:e] for s, e in bounds if s <= match.start() < e), "")
            kind = cued_kind(sentence, context)
            if kind is None:
                continue
            spans = tuple(spans_of(match.start(), match.end()))
            early = bool(match.group("early"))
            mention = Mention(country, kind, int(match.group("year")), spans, early=early)
            found.append((match.start(), match.end(), mention))
            taken.append((match.start(), match.end()))
    return found
