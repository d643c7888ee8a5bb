"""Cases told by counted filers ("Three initiative groups ... appealed to the Supreme Court.
The Supreme Court dismissed all three appeals ..."): several complaints, not one. When a
figure of that count was read from the sentences that tell the case, the figure states them
and the case, a single complaint, is dropped."""

from __future__ import annotations

import re

from rdflib import URIRef

from normgraph.namespaces import NG

from ..rdf.facts import Extraction, Fact
from .count_words import WORD_NUMBERS, number_value

_COUNTED_FILERS = re.compile(
    r"^\W*(?:(?:After|Before|During|On|In)\b[^,]{0,60},\s*)?"
    rf"(?P<n>\d+|{'|'.join(w for w in WORD_NUMBERS if w not in ('no', 'one'))})\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?[a-z][\w-]*s\b",
    re.I,
)
"""A sentence that opens on a count of filers ("Three initiative groups", "After the vote,
12 candidates"), a plural noun after the number."""


def _count(fact: Fact) -> int | None:
    counts = [str(v) for p, v in fact.values if p == NG.complaintCount]
    return int(counts[0]) if counts else None


def _overlaps(one: Fact, other: Fact) -> bool:
    return any(a.start < b.end and b.start < a.end for a in one.evidence for b in other.evidence)


def without_counted_filers(
    extraction: Extraction, cases: list[Fact], figures: list[Fact]
) -> list[Fact]:
    """``cases`` less those told by counted filers that a figure of the same count, read
    from the same sentences, already states (they leave ``extraction`` too)."""
    dropped: set[URIRef] = set()
    for case in cases:
        told = next((str(v) for p, v in case.values if p == NG.text), "")
        filers = _COUNTED_FILERS.match(told)
        if filers is None:
            continue
        count = number_value(filers["n"])
        if any(_count(f) == count and _overlaps(f, case) for f in figures):
            dropped.add(case.iri)
    if dropped:
        extraction.facts[:] = [f for f in extraction.facts if f.iri not in dropped]
    return [case for case in cases if case.iri not in dropped]


__all__ = ["without_counted_filers"]
