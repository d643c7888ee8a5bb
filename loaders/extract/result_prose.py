"""Results listed in running text without a verb, one contestant after another: "Ana Lupu
1,204,331 votes (48.2 per cent); Ion Rusu 803,118 (32.1 per cent); ...", or one a line
("- Ana Lupu: 1,204,331 votes (48.2%)", a list's seats perhaps after its share).

A short report or an annex often strings a round's results into one sentence, items
divided by semicolons (or lines), the word "votes" written once, after the first count,
the name perhaps followed by a colon or a dash. Such a list
is read only when its figures leave no doubt which is the votes: the first item says
"votes", every item gives its share in brackets, the shares add up to no more than 100,
and every count over its share gives one common base (within rounding), as the votes of
one contest over their valid total do. An item whose name is not capitalised ("five other
candidates together") lumps contestants and is left out; a party after the name, between
commas ("Ion Rusu, Unity Party, 803,118"), is no part of it.

The election and round of such a list are named by its paragraph's opening ("Presidential
election, first round, 1 November 2020: ..."), or by the caption above a list that opens
its paragraph; that text is kept as the result's ``sentence``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.source import SourceText
from .text_results import BASE, COUNT, SHARE, TextResult, count_of

_WORD = r"[A-Z][\w'\u2019.-]*"
_NAME = rf"(?P<name>{_WORD}(?:\s+(?:(?:of|for|the|and)\s+)?{_WORD}){{0,5}})"
_ITEM = re.compile(
    rf"{_NAME}(?:,\s+[^;,()\d]{{1,60}},)?(?:\s*[:\u2013\u2014-]|\s*\.{{2,}})?\s+"
    rf"{COUNT}(?P<noun>\s+(?:valid\s+)?votes)?\s*\(\s*{SHARE}{BASE}\s*\)"
    r"(?:(?:,\s*|\s+and\s+|\s*[\u2013\u2014-]\s*|\s*\.{2,}\s*)"
    r"(?P<seats>\d{1,3})\s+(?:seats|mandates)\b)?"
)
"""One item: a name (its dot leaders or a colon or dash after it), the votes, the share in
brackets, and perhaps the seats ("Unity List ....... 5 321 votes (35.9 %) ...... 10 seats")."""
_NEXT = re.compile(r"\s*;\s*(?:and\s+)?|[.;,]?[ \t]*\n[ \t]*(?:[-\u2022\u25aa*\u25b8]\s+)?")
"""What stands between two items: a semicolon, or a line break (one item a line, each
perhaps after a bullet)."""
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_LEAD = 400
_SPREAD = Decimal("1.06")
"""How far two items' bases (count over share) may stand apart: rounded shares."""


def listed_results(source: SourceText, start: int = 0, stop: int | None = None) -> list[TextResult]:
    """Every contestant of a verbless list of results in ``source.text[start:stop]``."""
    text = source.text
    end = len(text) if stop is None else stop
    found: list[TextResult] = []
    at = start
    while (first := _ITEM.search(text, at, end)) is not None:
        chain = [first]
        while (gap := _NEXT.match(text, chain[-1].end(), end)) is not None:
            item = _ITEM.match(text, gap.end(), end)
            if item is None:
                break
            chain.append(item)
        at = chain[-1].end()
        if _certain(chain):
            found += _read(source, chain)
    return found


def _certain(chain: list[re.Match[str]]) -> bool:
    """Two items or more, the first saying "votes", shares within 100, one common base."""
    if len(chain) < 2 or not chain[0].group("noun"):
        return False
    shares = [Decimal(item.group("share").replace(",", ".")) for item in chain]
    if sum(shares) > 100 + Decimal("0.5") or min(shares) <= 0:
        return False
    counts = [count_of(item.group("votes")) for item in chain]
    bases = [count * 100 / share for count, share in zip(counts, shares, strict=True)]
    return max(bases) <= min(bases) * _SPREAD


def paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding offset ``at`` begins (at most a few lines back): its
    opening names the contest its figures are of."""
    paragraph = [m.end() for m in _PARAGRAPH.finditer(text, max(0, at - _LEAD), at)]
    if paragraph and not text[paragraph[-1] : at].strip(" \t-\u2022\u25aa*\u25b8"):
        paragraph.pop()  # a list opening its paragraph: the caption above names the contest
    return max([*paragraph, at - _LEAD, 0])


def _read(source: SourceText, chain: list[re.Match[str]]) -> list[TextResult]:
    text = source.text
    lead = paragraph_start(text, chain[0].start())
    found: list[TextResult] = []
    for item in chain:
        share = Decimal(item.group("share").replace(",", "."))
        found.append(
            TextResult(
                " ".join(item.group("name").split()),
                source.span(item.start("name"), item.end("name")),
                count_of(item.group("votes")),
                source.span(item.start("votes"), item.end("votes")),
                share,
                source.span(item.start("share"), item.end("share")),
                text[lead : item.end()],
                seats=int(item.group("seats")) if item.group("seats") else None,
                seats_span=source.span(item.start("seats"), item.end("seats"))
                if item.group("seats")
                else None,
            )
        )
    return found


__all__ = ["listed_results", "paragraph_start"]
