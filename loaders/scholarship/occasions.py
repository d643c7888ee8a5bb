"""The occasion an attributed statement was made at, as a dated event: "X told a press
conference on 21 June 2021 that ...", "In his address of 2 June 2005 the President argued
...", "Speaking to the council of elders on 14 September, X said ...", "told the assembly in
February 2022". The words are a statement (``attributed.py``); the press conference, the
address, the debate or the letter is something that happened on that day, and a reader
marks it as an event too.

A statement's date is an occasion's when a setting ("at a press conference on", "in his
address of") or an audience ("told the committee in", "told journalists on") other than
the speaker stands right before it: the date then belongs to that phrase. A date the verb
or the sentence carries ("X said on 3 May", "On 20 October the ministry called ...")
dates the statement alone.
"""

from __future__ import annotations

import re

from ..text.dates import When, find_when
from ..text.words import any_word
from .attributed import Attributed

_DETERMINED = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+"
    r"(?:[\w'\u2019-]+\s+){0,5}?(?:of|on|dated|in)\s+$"
)
"""A setting the date closes ("at a press conference on ", "at the council in the capital
on ", "in his address of ", "in a letter to the ministry dated "); a date after "by the
court on" or "after the elections of" is an act's or a time's, not an occasion's."""
_AUDIENCE = re.compile(
    r"\b(?:told|addressed|briefed|informed|wrote to|[Ss]peaking to|[Ww]riting to)\s+"
    r"(?:[\w'\u2019-]+\s+){1,5}?(?:on|in)\s+$"
)
"""An audience before the date ("told journalists on ", "addressed parliament in "; an
opening participle too: "Speaking to the council on ")."""
_VERB_ENDING = re.compile(r"\b\w+(?:ed|said|told|wrote|spoke|argued)\s+(?:on|in)\s+$")
"""A verb right before the date ("said on", "stated in"): the statement's date, no occasion."""
_WRITTEN = any_word(
    r"release, statement, note, verbale, communiqu\S*, interview, op-ed, post, tweet, me, us",
    flags=0,
)
"""A statement's own text or the author as its audience ("in a press release of", "in a
statement of", "told me in"): the words' medium, not a happening a reader dates."""
_REACH = 80
"""How far back from the date its noun phrase may open."""


def occasion_of(text: str, statement: Attributed) -> tuple[When, int, int] | None:
    """The occasion's date a statement of ``text`` is made at (its when and extent), or None
    when the date is the statement's own or there is none."""
    if statement.when_at is None:
        return None
    start, end = statement.when_at
    before = text[max(0, start - _REACH) : start]
    if _VERB_ENDING.search(before):
        return None
    phrase = _DETERMINED.search(before) or _AUDIENCE.search(before)
    if phrase is None:
        return None
    if _WRITTEN.search(phrase.group()):
        return None
    opens = start - len(before) + phrase.start()
    speaker_start, speaker_end = statement.speaker_at
    if opens < speaker_end and speaker_start < start:
        return None  # the phrase is the speaker's ("the minister said on ...")
    found = find_when(text[start:end])
    return (found[0], start, end) if found else None


__all__ = ["occasion_of"]
