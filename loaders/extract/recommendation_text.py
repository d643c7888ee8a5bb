"""A recommendation's text as a reader quotes it: the item's own words, with the words a
line break hyphenated joined again ("the legal frame- work should" -> "the legal framework
should") and the list's marks around those words taken off, whatever layout put them there:
an addressee tag opening the item ("[Parliament] The law should ...", "(To the CEC) ..."), a
closing pointer to another recommendation or paragraph ("(see recommendation 4);", "(cf.
para. 12)") with the list's punctuation after it, and the semicolon that joins an item
written as a sentence of its own to the next. An item that goes on its lead-in's sentence
("calls on the authorities to:" / "publish the lists;") keeps it, as a reader quotes it.

The document model reads a word a line's end broke as one (``text/hyphenation.py``); what
reaches this reader is a break it could not see as one: "frame- work" on one line, in a text
converted with its lines already joined, or a word broken across a page's furniture.
Whether the hyphen is the word's own ("election-related") or the line's ("framework") the
report itself says: a form the text writes elsewhere on one line wins ("election-related"
keeps its hyphen, "framework" is joined); a form it never writes whole is a word split by
the line (joined). A hyphen before "and", "or" or "to" is a suspended one ("pre- and
post-election"), no break.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rdflib import Literal

from normgraph.namespaces import NG

from ..rdf.facts import Extraction
from .recommendation_marks import closing_mark, legend_marks

_ADDRESSEE_TAG = re.compile(
    r"^\s*(?:\[[^\]\n]{2,80}\]|\((?:addressed\s+)?(?:to|for)\s+[^)\n]{2,80}\))"
    r"\s*[:.\u2013\u2014-]?\s+(?=[A-Z\u201c\"])",
    re.I,
)
"""A tag naming whom an item addresses, in brackets before its first word: "[Parliament,
Constitutional Court] The resolution ...", "(To the CEC) Adopt ...". A recommendation's
addressees are read from it elsewhere; it is no part of the words."""
_KIND = r"(?:recommendations?|recs?\.|paras?\.|paragraphs?|pp?\.|pages?|sections?|chapters?|annex)"
_POINTER = re.compile(
    rf"\s*\((?:(?:see(?:\s+also)?|cf\.?|compare)\s*(?:{_KIND}\s*)?|{_KIND}\s*)"
    r"(?:[\dIVX]+[\w.]*|[A-H])(?:\s*(?:,|and|&|\u2013|-|to)\s*(?:[\dIVX]+[\w.]*|[A-H]))*\s*\)"
    r"(?:\s*[;,.])?(?:\s+(?:and|or))?\s*$",
    re.I,
)
"""A closing pointer to where else the report says it ("(see recommendation 1);", "(see
4).", "(paras. 12-14)", "(cf. section IV)"), with the list's punctuation after it. "See" or
a kind of place is needed: "(2019)" or "(three)" after a word is the sentence's own."""
_JOINING = re.compile(r"\s*;(?:\s+(?:and|or))?\s*$")
"""The semicolon (and "and"/"or") that ties an item to the next one."""
_BROKEN = re.compile(r"\b(?P<head>[a-z]+)- (?!(?:and|or|nor|to)\b)(?P<tail>[a-z]+)\b")


def rejoined(text: str, source: str) -> str:
    """``text`` with each word a line break hyphenated written as ``source`` writes it."""

    def joined(match: re.Match[str]) -> str:
        head, tail = match["head"], match["tail"]
        if re.search(rf"\b{head}-{tail}\b", source, re.I):
            return f"{head}-{tail}"
        return head + tail

    return _BROKEN.sub(joined, text) if "- " in text else text


def own_words(text: str) -> str:
    """``text`` without an opening addressee tag, a closing pointer and, for an item that
    is a sentence of its own, the joining semicolon; unchanged where nothing would be left."""
    untagged = _ADDRESSEE_TAG.sub("", text, count=1)
    pointer = _POINTER.search(untagged)
    trimmed = untagged
    if pointer is not None:
        # a sentence keeps its full stop; a clause that goes on the lead-in ("that: the law
        # be amended (see 4);") ends where its pointer and the list's punctuation begin
        stop = "." if untagged[:1].isupper() and "." in pointer.group() else ""
        trimmed = untagged[: pointer.start()] + stop
    elif untagged[:1].isupper():
        # a sentence of its own ("The CEC should ...;") ends with the list's semicolon; a
        # clause that goes on the lead-in ("to:  publish ...;") keeps it, as quoted
        trimmed = _JOINING.sub("", untagged)
    return trimmed if len(trimmed.split()) >= 2 else text


_RUNNING = 3
"""A line printed this often (its numbers aside) is a page's running header or footer."""
_LETTERS = 3
_TERMINAL = re.compile(r"[.!?;:,]$")


@lru_cache(maxsize=4)
def _running_lines(source: str) -> tuple[re.Pattern[str], ...]:
    """Patterns of the lines ``source`` prints on several pages, their numbers free ("Doc.
    12664", "Final Report \u2013 2031 | 8"): a page's furniture, never prose (no closing
    punctuation), each of two words or more with a few letters."""
    counts = Counter(re.sub(r"\d+", "#", " ".join(line.split())) for line in source.splitlines())
    return tuple(
        re.compile(
            r"\s+".join(re.escape(word).replace("\\#", "#") for word in line.split()).replace(
                "#", r"\d+"
            )
            + r"\s+"
        )
        for line, count in counts.items()
        if count >= _RUNNING
        and len(line.split()) >= 2
        and sum(ch.isalpha() for ch in line) >= _LETTERS
        and not _TERMINAL.search(line)
    )


def without_running_lead(text: str, source: str) -> str:
    """``text`` without a page's running header the document model glued before it (a page
    break between a list's lead-in and its item, or before a paragraph)."""
    for running in _running_lines(source):
        lead = running.match(text)
        if lead is not None and len(text[lead.end() :].split()) >= 2:
            return text[lead.end() :]
    return text


def rejoin_recommendation_texts(extraction: Extraction, source: str) -> None:
    """Every recommendation's text in ``extraction`` as its own words (``own_words``),
    without a running header before it or a priority mark a legend of the report quotes
    after it (``closing_mark``), with its line-break hyphens undone."""
    marks = legend_marks(source) if _LEGEND_HINT.search(source) else []
    for fact in extraction.facts:
        if fact.kind != NG.Recommendation:
            continue
        fact.values = [
            (
                p,
                Literal(
                    rejoined(
                        own_words(_unmarked(without_running_lead(str(v), source), marks)), source
                    )
                ),
            )
            if p == NG.text and isinstance(v, Literal)
            else (p, v)
            for p, v in fact.values
        ]


_LEGEND_HINT = re.compile(r"priorit(?:y|ies)|urgent", re.I)


def _unmarked(text: str, marks: list[str]) -> str:
    """``text`` without a closing mark of ``marks``."""
    end = closing_mark(text, marks) if marks else None
    return text if end is None else text[:end]


__all__ = ["own_words", "rejoin_recommendation_texts", "rejoined", "without_running_lead"]
