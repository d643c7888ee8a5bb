"""Dates in a study's sentence that name something instead of dating its act, and years an
act is dated by from a few words away.

A month or year that names an election the sentence only refers to ("received 41
complaints about the October 2020 elections", "appeals against the May 2031 vote") is the
election's, not the date of what the sentence says happened: the act (complaints
received) has no date of its own there, so no event. A time word before the election
("after the elections of 4 May, the opposition filed complaints") places the act in
time, and stays its date. An election dated where it is the
subject ("The elections of 4 May 2031 were ...") is its own event and stays. A span from
one dated occasion to another ("from the presidential election of 15 October 2017 to the
parliamentary elections of 28 November 2021") bounds a period, as "between 2017 and
2021" does. And an act verb, a few words, then "in <year>" ("introduced video recording
of the count in 2016") dates the act by that year.
"""

from __future__ import annotations

import re

from ..text.dates import DATE_PATTERN, MONTH_NAME

_DAY = re.sub(r"\(\?P<\w+>", "(?:", DATE_PATTERN.pattern)
"""A full date, its named groups unnamed (the pattern is used more than once below)."""
_DATE = rf"(?:{_DAY}|{MONTH_NAME}\s+\d{{4}}|\d{{4}})"
_POLL = r"(?:elections?|polls?|votes?|referend(?:um|a)|ballots?|run-?offs?|rounds?)"
_WORDS = r"(?:[\w'-]+\s+){0,3}?"
_REFERRED = (
    r"\b(?:about|concerning|regarding|over|for|against|on|into|challenging|contesting|"
    r"annulling)\s+the\s+"
)
ELECTION_NAMED = re.compile(
    rf"{_REFERRED}{_WORDS}(?:{MONTH_NAME}\s+)?\d{{4}}\s+{_WORDS}{_POLL}\b",
    re.I,
)
"""An election the sentence refers to after a preposition by its month or year only ("about
the October 2020 elections"): that names it (its day, where the study gives it, is its own
event), and dates nothing the sentence says happened. An election with its day ("for the
elections of 4 May 2031") is an event of its own, read as one."""
FROM_TO = re.compile(
    rf"\bfrom\s+(?:the\s+)?{_WORDS}(?:of\s+)?{_DATE}\s+(?:to|until|till|through)\s+"
    rf"(?:the\s+)?{_WORDS}(?:of\s+)?{_DATE}",
    re.I,
)
"""A period from one dated occasion to another."""
PERIOD = re.compile(
    rf"\b(?:between|from)\s+(?:{MONTH_NAME}\s+|\d{{1,2}}\s+{MONTH_NAME}\s+)?\d{{4}}"
    rf"\s+(?:and|to|until|till)\s+(?:{MONTH_NAME}\s+|\d{{1,2}}\s+{MONTH_NAME}\s+)?\d{{4}}"
)
"""A period bounded by two dates: when something lasted, not when it happened."""
MONTHS_PERIOD = re.compile(
    rf"\b(?:between|from)\s+(?:\d{{1,2}}\s+)?{MONTH_NAME}\s+(?:and|to|until|till)\s+"
    rf"(?:\d{{1,2}}\s+)?{MONTH_NAME}(?:,?\s+\d{{4}})?"
)
"""A period within one year ("between February and November 2023"): no event's date."""
ACT_YEAR = re.compile(
    r"\b(?:adopted|amended|passed|enacted|introduced|abolished|repealed|established|created"
    r"|held|annulled|dissolved|lowered|raised|replaced|reformed|revised)\s+"
    r"(?:(?!(?:since|until|before|after|from|between)\b)[\w'-]+\s+){0,6}?"
    r"in\s+(?P<year>1[89]\d{2}|20\d{2})\b(?!\s*(?:-|\u2013|and|to)\s*\d)"
)
"""A year an act is dated by, the act's verb up to six words before it ("the Code was
amended in 2023", "introduced video recording of the count in 2016"); a time word between
them ("adopted before the elections in 2016") leaves the year to something else."""

__all__ = ["ACT_YEAR", "ELECTION_NAMED", "FROM_TO", "MONTHS_PERIOD", "PERIOD"]
