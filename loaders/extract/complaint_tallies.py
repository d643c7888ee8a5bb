"""Tallies after a complaint figure: a sentence that tells what the figure's body made of
them without naming the complaints again ("It rejected 15 as unfounded, dismissed 6 on
procedural grounds and upheld 2"), each count a figure of its own with its outcome."""

from __future__ import annotations

import re

from .complaint_figure_words import ANY_VERDICT, CLAUSE, NUM, REST, FigureReading
from .complaint_outcomes import outcome_in
from .count_words import number_value

_TALLY_LEAD = re.compile(
    r"^\s*(?:It|They|(?:The\s+)?(?:same\s+)?[A-Za-z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3}?)"
    r"\s+(?:then\s+|subsequently\s+|in\s+turn\s+|eventually\s+)?(?=(?:"
    + ANY_VERDICT
    + r"|considered|reviewed)\s)"
)
"""A sentence after a figure that tells what its body made of them, without naming the
complaints again: "It rejected 15 as unfounded, dismissed 6 on procedural grounds and upheld
2", "PECs considered only 392 of them, and upheld 41"."""
_TALLY_ITEM = re.compile(
    rf"\s*(?P<verdict>rejected|dismissed|upheld|satisfied|granted|denied|left|returned|declared|"
    rf"(?:refused|declined)\s+to\s+(?:examine|consider|review|hear))"
    rf"\s+(?:only\s+)?(?:{REST})?{NUM.format(name='k')}\b"
    rf"(?!\s*(?:per|%|of\b(?!\s+(?:them|these|those)\b)))(?P<rest>.*)",
    re.I | re.S,
)
_TALLY_COUNT = re.compile(
    rf"\s*(?:{REST})?{NUM.format(name='k')}\s+(?:of\s+(?:them|these|those)\s+)?"
    rf"(?:(?:were|was|had been|have been)\s+(?P<rest>.+)|(?P<part>in part|partially)\b)",
    re.I | re.S,
)
"""A tally's item with its count first: "21 were denied", "the remaining 52 were rejected",
or the verb of the item before left out: "granted 5 in full and 3 in part"."""


def _tally_verdict(item: re.Match[str] | None, before: str | None) -> str | None:
    """What a tally's item says became of its count: its own words, or "in part" of the
    grant before it."""
    if item is None:
        return None
    groups = item.groupdict()
    if groups.get("part"):
        return "partially-upheld" if before == "upheld" else None
    return outcome_in(f"{groups.get('verdict') or ''} {groups['rest']}")


def read_tally(sentence: str, carried_body: str) -> list[FigureReading]:
    """The counts by outcome of a tally sentence (``_TALLY_LEAD``): each a figure of its own
    with its outcome, filed with the body of the figure the sentence before gave."""
    lead = _TALLY_LEAD.match(sentence)
    if lead is None:
        return []
    found: list[FigureReading] = []
    start = lead.end()
    for gap in [*CLAUSE.finditer(sentence, start), None]:
        end = gap.start() if gap is not None else len(sentence.rstrip(". "))
        item = _TALLY_ITEM.match(sentence, start, end) or _TALLY_COUNT.match(sentence, start, end)
        verdict = _tally_verdict(item, found[-1].outcome if found else None)
        if item is not None and verdict is not None:
            at = item.start("verdict") if item.re is _TALLY_ITEM else item.start("k")
            reading = FigureReading(number_value(item["k"]), at, end, carried_body, None, verdict)
            found.append(reading)
        start = gap.end() if gap is not None else end
    return found


__all__ = ["read_tally"]
