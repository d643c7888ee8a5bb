"""``CleanText.build`` against the character-by-character reading it replaced for speed.

The build folds white space, straightens quotes and drops scars a stretch at a time
(docs/build.md); the reference below walks the characters one by one, as the first version
did. Both must give the same text, the same source offset for every character and the same
``ascending`` flag, on pieces in and out of source order, with and without a lead to strip.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise

import pytest

from bench.synthetic_reports import synthetic_report
from normgraph.loaders.text.cleantext import _QUOTES, CleanText, _dropped
from normgraph.loaders.text.source import SourceText, Span

SCARS = (
    "The *de facto* rule\u00b2\u2079 applies \\(see\\) [the law](http://x.org/a_(b)) and "
    "<https://y.org/z>; \u201cquoted\u201d \u2018words\u2019 \n\n  across\tlines\u00a0and "
    "\u3000 odd\u2028spaces **bold**<sup> 12 </sup> \\\\( end.  \n"
)


def reference(source: SourceText, pieces: list[Span], strip_lead: str) -> tuple[str, list[int]]:
    """The clean text and each character's source offset, one character at a time."""
    chars: list[str] = []
    origin: list[int] = []
    for number, piece in enumerate(pieces):
        raw = source.text[piece.start : piece.end]
        drop = _dropped(raw)
        lead = re.match(strip_lead, raw) if strip_lead and number > 0 else None
        for index in range(lead.end() if lead else 0):
            drop[index] = True
        if chars and chars[-1] != " ":
            chars.append(" ")
            origin.append(-1)
        for index, ch in enumerate(raw):
            if drop[index] or (ch.isspace() and (not chars or chars[-1] == " ")):
                continue
            chars.append(" " if ch.isspace() else _QUOTES.get(ch, ch))
            origin.append(piece.start + index)
    while chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    return "".join(chars), origin


@pytest.mark.parametrize("text", [SCARS, SCARS * 3, synthetic_report(3)[:20000]])
def test_build_reads_as_the_character_walk(text: str) -> None:
    source = SourceText("d", "d.txt", text)
    chance = random.Random(15)
    for _ in range(400):
        count = chance.randint(1, 4)
        cuts = sorted(chance.randint(0, len(text)) for _ in range(2 * count))
        pieces = [Span(a, b, text[a:b]) for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
        if chance.random() < 0.3:
            chance.shuffle(pieces)
        for lead in ("", r"\s*[-*\d.]+\s*"):
            clean = CleanText.build(source, pieces, lead)
            expected, origin = reference(source, pieces, lead)
            assert (clean.text, clean.origin) == (expected, origin)
            kept = [offset for offset in origin if offset >= 0]
            assert clean.ascending == all(a < b for a, b in pairwise(kept))
