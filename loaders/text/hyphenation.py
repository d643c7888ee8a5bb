"""Words a line's end broke with a hyphen, read whole again, every character still citable.

A justified paragraph extracted from a PDF keeps its hyphenation: "com-" ends one line and
"plaints" opens the next, and the clean text (lines joined by a space) reads "com- plaints",
which no cue, count or name reader sees as the word. ``rejoin_broken_words`` takes each such
break out of an element's clean text, before any reader looks at it, by removing characters
only: the break's space always, and the hyphen when it is the line's, not the word's. The
kept characters keep their source offsets, so a quote of "complaints" is the exact source
passage "com-\\nplaints" (``CleanText.spans`` reads a dropped line-end hyphen as the white
space between two lines).

Whose hyphen it is, the word shapes on both sides say, with the report's own usage:

- a capital or a digit on either side ("OSCE-" / "wide", "COVID-" / "19", "mid-" / "2030")
  is a compound's own hyphen: kept, the words joined by it;
- a hyphen before "and", "or", "nor" or "to" is a suspended one ("pre- and post-election",
  "short- or long-term"): left as written;
- two lower-case parts are one word broken by the line ("elec-" / "tion"), unless the report
  writes the compound elsewhere on one line ("pre-election"), or writes its first part as a
  compound's head ("pre-electoral") and its second as a word of its own ("election"), and
  never the two parts run together ("preelection").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from .cleantext import CleanText, is_line_end_hyphen
from .source import SourceText, Span

_BREAK = re.compile(r"(?<=[^\W_])- (?=[^\W_])")
"""A hyphen and a space between two word characters: a line-end hyphen as the clean text
folds it, when the space stands for a line break of the source."""
_SUSPENDED = re.compile(r"(?:and|or|nor|to)\b")
"""The word after a suspended hyphen ("pre- and post-election"): no break."""
_BROKEN_WORD = re.compile(r"[^\W\d_]+-[ \t]*\n\s*[^\W\d_]+")
_COMPOUND = re.compile(r"\b([^\W\d_]+)-([^\W\d_]+)\b")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Usage:
    """How a report writes words on one line: its words, its hyphenated compounds (as
    head, tail pairs) and the heads of those compounds, all in lower case."""

    words: frozenset[str]
    compounds: frozenset[tuple[str, str]]
    heads: frozenset[str]

    def keeps_hyphen(self, head: str, tail: str) -> bool:
        """Whether a line-end hyphen between two lower-case parts is the word's own."""
        head, tail = head.lower(), tail.lower()
        if head + tail in self.words:
            return False
        if (head, tail) in self.compounds:
            return True
        return head in self.heads and tail in self.words


@lru_cache(maxsize=4)
def usage(source: str) -> Usage:
    """The report's usage, read from its text with every line-broken word left out (so
    neither "elec" nor "tion" counts as a word of it)."""
    whole = _BROKEN_WORD.sub(" ", source)
    compounds = frozenset(
        (m.group(1).lower(), m.group(2).lower()) for m in _COMPOUND.finditer(whole)
    )
    return Usage(
        frozenset(word.lower() for word in _WORD.findall(whole)),
        compounds,
        frozenset(head for head, _ in compounds),
    )


def _word_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The whole word before ``start`` and the whole word from ``end`` in ``text``."""
    head = re.search(r"[^\W_]+$", text[:start])
    tail = re.match(r"[^\W_]+", text[end:])
    return (head.group() if head else ""), (tail.group() if tail else "")


def rejoin_broken_words(clean: CleanText) -> None:
    """Take each line-end hyphen break out of ``clean`` (in place), as the module says."""
    if "- " not in clean.text or not clean.source:
        return
    removed: list[int] = []
    for match in _BREAK.finditer(clean.text):
        hyphen, space = match.start(), match.start() + 1
        before, after = clean.origin[hyphen], clean.origin[space + 1]
        if before < 0 or after < 0 or not is_line_end_hyphen(clean.source[before:after]):
            continue
        head, tail = _word_around(clean.text, hyphen, space + 1)
        if _SUSPENDED.match(tail):
            continue
        lower = head[-1:].islower() and tail[:1].islower()
        if lower and not usage(clean.source).keeps_hyphen(head, tail):
            removed.append(hyphen)
        removed.append(space)
    if removed:
        gone = set(removed)
        clean.text = "".join(ch for i, ch in enumerate(clean.text) if i not in gone)
        clean.origin = [offset for i, offset in enumerate(clean.origin) if i not in gone]


def prose_text(
    source: SourceText, pieces: list[Span], strip_lead: str = "", scars: Collection[int] = ()
) -> CleanText:
    """The clean text of running prose (``CleanText.build``'s arguments), its line-broken
    words whole again: what every reader of a paragraph, an item or a note reads."""
    clean = CleanText.build(source, pieces, strip_lead, scars)
    rejoin_broken_words(clean)
    return clean
