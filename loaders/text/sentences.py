"""Sentences of clean text, for the document model, for facts a single sentence states and
for the asks a recommendation makes (``textsim.sentences`` cuts these again at semicolons).

>>> text = "Mr. Smith voted. In Testville, e.g. at PEC 5, it was slow. Then it rained."
>>> [text[s:e] for s, e in sentences(text)]
['Mr. Smith voted.', 'In Testville, e.g. at PEC 5, it was slow.', 'Then it rained.']
>>> text = 'He said "no".[4] Then he left.'
>>> [text[s:e] for s, e in sentences(text)]
['He said "no".[4]', 'Then he left.']
"""

from __future__ import annotations

import re
from functools import lru_cache

_END = re.compile(
    r"[.!?][\"')\]]*(?:\[\d{1,3}\]|(?<=[a-z][.!?])\d{1,3}|(?<=\b(?:1[89]|20)\d\d[.])\d{1,3})?"
    r"\s+(?=[\"(\[]?[A-Z0-9])"
)
"""A sentence's end: its stop, closing quotes or brackets, a bracketed endnote ("\".[6]") or
a footnote number glued to the stop after a word ("implemented.2 Article 35 ...") or after a
year ("a judgment of 12 October 2017.149 In 2015 ...")."""
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|No|Nos|Rec|Recs|Art|Arts|para|paras|p|pp|e\.g|i\.e|etc|cf|vs|St|U\.S|"
    r"v|Amb|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|hrs|approx|incl|Ibid|ibid|al)"
    r"|\b[A-Z])\.$"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``; abbreviations do not end one."""
    return list(_sentences(text))


def forget_sentences() -> None:
    """Empty :func:`sentences`' memory (a benchmark timing one text again and again)."""
    _sentences.cache_clear()


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`sentences`, remembered: the extractors split the same paragraphs again and
    again (``Document.sentences`` is read by each of them)."""
    found: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        stop = match.start() + 1
        if _ABBREVIATION.search(text[max(start, stop - 8) : stop]):
            continue
        if text[max(start, stop - 4) : stop] == "....":
            continue  # a dot leader between a label and its value ("Turnout ...... 61%")
        found.append((start, match.end() - (len(match[0]) - len(match[0].rstrip()))))
        start = match.end()
    if text[start:].strip():
        found.append((start, len(text.rstrip())))
    return tuple(found)
