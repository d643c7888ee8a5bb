"""The words complaint figures are made of, shared by the figure and tally readers: a
count ("some 100", "twelve", "1 204"), the verdicts a figure ends on, "the remaining",
where one clause of a tally ends, and one count read with its offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .count_words import WORD_NUMBERS

NUM = (
    r"(?:(?:some|about|around|approximately|over|more than|at least|nearly|almost|"
    r"a total of|in total|all(?: the)?|a further|another|an additional)\s+)?"
    r"(?P<{name}>\d{{1,3}}(?:(?:,|[ \u00a0\u202f])\d{{3}})+(?![\d,])|\d+|"
    + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
    + r")"
)
ANY_VERDICT = (
    r"rejected|dismissed|upheld|satisfied|granted|denied|left without consideration|"
    r"not considered|partially upheld|withdrawn|pending"
)
"""The outcome words a passive figure sentence ends on ("... were rejected")."""
REST = r"(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+"
"""The rest of a figure, after its other parts: "the remaining 52", "the other 9"."""
CLAUSE = re.compile(r"[,;]\s*(?:and\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas)\s+")
"""Where one item of a tally ends and the next begins ("..., while 4 were forwarded")."""
COUNTED = (
    r"complaints|appeals|petitions|protests|cases|claims|lawsuits|objections|challenges|"
    r"disputes|applications|requests|motions|reports|allegations"
)
"""The nouns that name what a complaint figure counts ("protest" and "objection" are the
electoral complaint's name in several electoral codes). "Applications" and "requests" count
only in a sentence about a dispute (``LOOSE_COUNTED``, ``DISPUTE``), and so do "motions"
(a court's name for a complaint, but also a parliament's), "reports" and
"allegations" only of a wrong (``REPORTED``, ``reports_a_wrong``)."""
NOUN = (
    rf"(?:(?!criminal\b)[\w-]+\s+){{0,3}}?(?:{COUNTED})"
    r"(?:\s+and\s+(?:appeals|complaints))?"
)
"""A counted noun and up to three words before it ("12 formal complaints and appeals"); a
prosecutor's "23 criminal cases" are no complaints."""
LOOSE_COUNTED = re.compile(r"\b(?:applications|requests|motions)\b", re.I)
"""Counted nouns that also name other things: applications for registration, requests for
accreditation."""
REPORTED = re.compile(r"\b(?:reports|allegations)\b", re.I)
"""Counted nouns that are complaints only when they report a wrong: "58 reports of vote
buying" were filed with a body as complaints are; "27 campaign finance reports" were not."""
_OF_A_WRONG = re.compile(
    r"\s+(?:of|on|about|concerning|regarding|alleging)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:violat|breach|infring|misuse|abuse|irregular|fraud|vote[- ]?buying|buying\s+of\s+votes|"
    r"pressure|intimidat|coerci|brib|malpractice|offen[cs]e|unlawful|illegal)",
    re.I,
)
"""What follows a report of a wrong: "of possible violations", "on suspected misuse of ...",
"of the alleged buying of votes"."""


def reports_a_wrong(text: str, at: int) -> bool:
    """Does the first "reports" / "allegations" at or after ``at`` in ``text`` report a
    wrong (``_OF_A_WRONG`` right after it)? A figure counting such nouns is a complaint
    figure only then."""
    noun = REPORTED.search(text, at)
    return noun is not None and _OF_A_WRONG.match(text, noun.end()) is not None


GERUNDS = {
    "upholding": "upheld",
    "satisfying": "upheld",
    "granting": "upheld",
    "rejecting": "rejected",
    "dismissing": "rejected",
    "denying": "rejected",
}
"""A verdict told by a participle after the figure ("..., satisfying 12 and rejecting 70",
"..., dismissing all of them"), and the outcome it gives."""
DISPUTE = re.compile(
    r"complain|appeal|\bcourt|prosecutor|lawsuit|petition|challeng|recount|annul|invalidat|"
    r"cancel|dispute|objection|\bsued\b|judicial\s+review|"
    # asked to review another body's decisions: "requests for review of board decisions"
    r"review\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}?decisions?\b",
    re.I,
)
"""Words of a dispute: a sentence with none of them counts no applications or requests
("received 120 applications for registration") and tells no "case" or "request"; a request
for (judicial) review of a body's decisions is an appeal against them."""


@dataclass(frozen=True)
class FigureReading:
    """One count of complaints in a sentence: offsets of the words that state it."""

    count: int
    start: int
    end: int
    body: str | None
    body_at: tuple[int, int] | None
    outcome: str | None = None
    complainant: str | None = None
    subject: str | None = None
    part: bool = False
    """A part of the figure before it ("of which 12 were upheld"): a breakdown of that
    figure, not a figure of its own."""


__all__ = [
    "ANY_VERDICT",
    "CLAUSE",
    "COUNTED",
    "DISPUTE",
    "GERUNDS",
    "LOOSE_COUNTED",
    "NOUN",
    "NUM",
    "REPORTED",
    "REST",
    "FigureReading",
    "reports_a_wrong",
]
