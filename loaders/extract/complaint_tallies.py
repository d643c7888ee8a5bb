"""Tallies after a complaint figure: a sentence that tells what the figure's body made of
them without naming the complaints again ("It rejected 15 as unfounded, dismissed 6 on
procedural grounds and upheld 2"), each count a figure of its own with its outcome."""

from __future__ import annotations

import re

from .complaint_figure_words import ANY_VERDICT, CLAUSE, COUNTED, NUM, REST, FigureReading
from .complaint_outcomes import outcome_in
from .count_words import number_value

_TALLY_LEAD = re.compile(
    r"^\s*(?:(?:[^,.;]{3,60},\s+)?(?:It|it|They|they)|(?:The\s+)?(?:same\s+)?[A-Za-z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3}?)"
    r"\s+(?:then\s+|subsequently\s+|in\s+turn\s+|eventually\s+)?(?=(?:"
    + ANY_VERDICT
    + r"|considered|reviewed|decided|found|examined|heard|processed|resolved)\s)"
    # the auxiliary of a tally told as of a date: "By 30 November it had rejected 14 of them"
    r"|^\s*(?:[^,.;]{3,60}?\s+)?(?:it|they)\s+(?:had|has|have)\s+(?=(?:" + ANY_VERDICT + r")\s)"
)
"""A sentence after a figure that tells what its body made of them, without naming the
complaints again: "It rejected 15 as unfounded, dismissed 6 on procedural grounds and upheld
2", "PECs considered only 392 of them, and upheld 41"."""
_TALLY_ITEM = re.compile(
    # after a colon the body may be named again: "...: it upheld 4, partially upheld 3"
    rf"\s*(?:(?:it|they)\s+)?"
    rf"(?P<verdict>(?:partially\s+|partly\s+)?(?:rejected|dismissed|upheld|satisfied|granted)|"
    rf"denied|left|returned|declared|found|"
    rf"(?:refused|declined)\s+to\s+(?:examine|consider|review|hear)|"
    # any other verb in the past ("turned down 14"): the item's words decide the outcome
    rf"[a-z]+ed(?:\s+down)?)"
    rf"\s+(?:only\s+)?(?:{REST})?{NUM.format(name='k')}\b"
    rf"(?!\s*(?:per|%|of\b(?!\s+(?:them|these|those)\b)))(?P<rest>.*)",
    re.I | re.S,
)
_ONLY = r"(?:(?:only|just|merely)\s+)?"
"""A count a tally's item stresses as small: "Only 41 of them were considered"."""
_TALLY_COUNT = re.compile(
    rf"\s*{_ONLY}(?:{REST})?{NUM.format(name='k')}\s+(?:of\s+(?:them|these|those)\s+)?"
    rf"(?:(?:{COUNTED})\s+)?"
    rf"(?:(?:were|was|had been|have been)\s+(?P<rest>.+)|(?P<part>in part|partially)\b"
    rf"|(?P<gapped>(?:{ANY_VERDICT}|left|returned|not)\b.*))",
    re.I | re.S,
)
"""A tally's item with its count first: "21 were denied", "the remaining 52 complaints were
rejected", the auxiliary left out ("16 rejected and 6 left without consideration"), or the
verb of the item before left out: "granted 5 in full and 3 in part"."""
_COUNT_ITEM = (
    rf"{_ONLY}(?:{REST})?{NUM.format(name='k')}\s+(?:of\s+(?:them|these|those)\s+)?"
    rf"(?:(?:{COUNTED})\s+)?(?:were|was|had been|have been|{ANY_VERDICT}|left|returned|not)\b"
)
"""A tally's item, count first: "9 were upheld", "16 rejected", "the remaining 8 were ..."."""
_TALLY_GAP = re.compile(
    rf"{CLAUSE.pattern}|:\s*(?={_COUNT_ITEM}|(?:(?:it|they)\s+)?(?:partially\s+)?(?:{ANY_VERDICT}|[a-z]+ed)\s+"
    rf"(?:{REST})?{NUM.format(name='g')}\b)",
    re.I,
)
"""Where a tally's item ends: a clause's end, or the colon that opens a tally of counts ("It
considered 27: 5 were upheld, ...") or of verdicts ("It reviewed 21 of them: it upheld 4,
..."), not the colon of a labelled item ("granted: 4")."""
_SOURCE = (
    r"(?:(?!(?:of|among)\s+(?:these|them|those)\b)[^,.;\d]{3,60},\s+"
    r"(?!(?:\S+\s+){1,3}?of\s+(?:them|these|those)\b))?"
)
"""An opening clause that says whose the figures are ("According to the CEC, ...", "By
their own count, ...") before a tally's first item; no count in it. A split told as "Of
these, ..." or "..., 6 of them were ..." is a breakdown the part reader takes
(``complaint_figure_parts``)."""
_REST_FIRST = re.compile(rf"^\s*{_SOURCE}(?=(?:{REST}){NUM.format(name='k')}\s)", re.I)
"""A sentence opening on the rest of the figure before ("The remaining 137 complaints were
forwarded to other bodies without a decision"): a tally item of that figure."""
_TALLY_FOUND = re.compile(
    rf"\s*(?:(?:it|they)\s+)?found\s+(?:{NUM.format(name='k')}\s+(?:violations?|breach(?:es)?)\b"
    rf"|(?:a\s+)?(?:violations?|breach(?:es)?)\s+in\s+{NUM.format(name='k2')}\s+"
    rf"(?:cases|of them|instances|complaints)\b)(?P<rest>)",
    re.I,
)
"""A regulator's "found one violation ..." or "found violations in 7 cases": the complaints
it upheld."""
_TALLY_REST = re.compile(
    r"\s*(?:(?:it|they)\s+)?(?P<verdict>rejected|dismissed|upheld|satisfied|granted|denied|returned)\s+(?:all\s+)?"
    r"the\s+(?:remainder|rest|others|other\s+ones)\b(?P<rest>.*)",
    re.I | re.S,
)
"""The rest of the figure, uncounted ("and rejected the remainder as unfounded", "dismissed
the others", "and it rejected the rest"): the figure before less the tally's other
items."""
_TALLY_NAMED_REST = re.compile(rf".*?\b{REST}{NUM.format(name='k')}\b(?P<rest>)", re.I | re.S)
"""The rest counted after other words ("declared itself without competence on the remaining
seven"): the clause's words give its outcome."""


def _tally_verdict(item: re.Match[str] | None, before: str | None) -> str | None:
    """What a tally's item says became of its count: its own words, or "in part" of the
    grant before it."""
    if item is None:
        return None
    groups = item.groupdict()
    if groups.get("part"):
        return "partially-upheld" if before == "upheld" else None
    return outcome_in(f"{groups.get('verdict') or ''} {groups['rest'] or groups.get('gapped')}")


def read_tally(
    sentence: str, carried_body: str | None, total: int | None = None
) -> list[FigureReading]:
    """The counts by outcome of a tally sentence (``_TALLY_LEAD``): each a figure of its own
    with its outcome, filed with the body of the figure the sentence before gave (of
    ``total`` complaints, when known: the rest is that less the other items)."""
    # a count first ("Five were upheld and ...") opens on its first item, not on a lead
    lead = _REST_FIRST.match(sentence) or _ITEM_FIRST.match(sentence) or _TALLY_LEAD.match(sentence)
    if lead is None:
        return []
    found: list[FigureReading] = []
    start = lead.end()
    for gap in [*_TALLY_GAP.finditer(sentence, start), None]:
        end = gap.start() if gap is not None else len(sentence.rstrip(". "))
        item = next((m for p in _ITEMS if (m := p.match(sentence, start, end)) is not None), None)
        verdict = _tally_verdict(item, found[-1].outcome if found else None)
        if item is not None and item.re is _TALLY_FOUND:
            verdict = "upheld"
        count = _rest_of(total, found) if item is not None and item.re is _TALLY_REST else None
        if item is not None and item.re is _TALLY_NAMED_REST:
            verdict = outcome_in(sentence[start:end])
        if item is not None and verdict is not None and (count or item.re is not _TALLY_REST):
            number = "k2" if item.groupdict().get("k2") else "k"
            at = item.start("verdict" if "verdict" in item.re.groupindex else number)
            count = count or number_value(item[number])
            found.append(FigureReading(count, at, end, carried_body, None, verdict))
        start = gap.end() if gap is not None else end
    return found


_ITEM_FIRST = re.compile(
    rf"^\s*{_SOURCE}(?={_COUNT_ITEM}|(?:{ANY_VERDICT}|not considered|returned)\s*[:=\u2013-]\s*\d)",
    re.I,
)
"""A sentence that is one item of a list splitting the figure before, count or outcome
first ("9 were upheld;", "dismissed: 10" after "The courts considered 14 appeals:"), after
the clause naming the figures' source ("According to the board, 4 complaints were granted
and the remaining 8 ...")."""
_TALLY_LABEL = re.compile(
    rf"\s*(?P<verdict>{ANY_VERDICT}|not considered|returned)\s*[:=\u2013-]\s*"
    rf"{NUM.format(name='k')}\b(?P<rest>)",
    re.I,
)
"""A labelled item: "upheld: 9", "rejected \u2013 30"."""


def opens_on_rest(sentence: str) -> bool:
    """Whether ``sentence`` opens on the rest of the figure before (``_REST_FIRST``)."""
    return _REST_FIRST.match(sentence) is not None


_ITEMS = (_TALLY_FOUND, _TALLY_ITEM, _TALLY_COUNT, _TALLY_LABEL, _TALLY_REST, _TALLY_NAMED_REST)
"""A regulator's "found 2 violations" before the general item, which reads "found 3 of them
well-founded" by the words after the count."""


def _rest_of(total: int | None, items: list[FigureReading]) -> int | None:
    """How many the rest of a figure of ``total`` counts, after the tally's ``items``."""
    rest = None if total is None or not items else total - sum(i.count for i in items)
    return rest if rest is not None and rest > 0 else None


__all__ = ["opens_on_rest", "read_tally"]
