"""A recommendation's text with the words a line break hyphenated joined again ("the legal
frame- work should" -> "the legal framework should"), as a reader quotes it.

The document model folds a hard-wrapped line's break into a space, so a word split at the
end of a line keeps its hyphen and gains a space. Whether the hyphen is the word's own
("election-\nrelated") or the line's ("frame-\nwork") the report itself says: a form the
text writes elsewhere on one line wins ("election-related" keeps its hyphen, "framework"
is joined); a form it never writes whole is a word split by the line (joined). A hyphen
before "and", "or" or "to" is a suspended one ("pre- and post-election"), no break.
"""

from __future__ import annotations

import re

from rdflib import Literal

from normgraph.namespaces import NG

from ..rdf.facts import Extraction

_BROKEN = re.compile(r"\b(?P<head>[a-z]+)- (?!(?:and|or|nor|to)\b)(?P<tail>[a-z]+)\b")


def rejoined(text: str, source: str) -> str:
    """``text`` with each word a line break hyphenated written as ``source`` writes it."""

    def joined(match: re.Match[str]) -> str:
        head, tail = match["head"], match["tail"]
        if re.search(rf"\b{head}-{tail}\b", source, re.I):
            return f"{head}-{tail}"
        return head + tail

    return _BROKEN.sub(joined, text) if "- " in text else text


def rejoin_recommendation_texts(extraction: Extraction, source: str) -> None:
    """Every recommendation's text in ``extraction`` with its line-break hyphens undone."""
    for fact in extraction.facts:
        if fact.kind != NG.Recommendation:
            continue
        fact.values = [
            (p, Literal(rejoined(str(v), source)))
            if p == NG.text and isinstance(v, Literal) and "- " in str(v)
            else (p, v)
            for p, v in fact.values
        ]


__all__ = ["rejoin_recommendation_texts", "rejoined"]
