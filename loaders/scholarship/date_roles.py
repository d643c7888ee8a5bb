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
ACT_VERBS = (
    r"(?:adopted|amended|passed|enacted|introduced|abolished|repealed|established|created"
    r"|held|annulled|dissolved|lowered|raised|replaced|reformed|revised)"
)
"""Verbs of an act on the rules or the vote (a count after one is the act's: "amended 12
articles")."""
ACT_YEAR = re.compile(
    rf"\b{ACT_VERBS}\s+"
    r"(?:(?!(?:since|until|before|after|from|between)\b)[\w'-]+\s+){0,6}?"
    r"in\s+(?P<year>1[89]\d{2}|20\d{2})\b(?!\s*(?:-|\u2013|and|to)\s*\d)"
)
"""A year an act is dated by, the act's verb up to six words before it ("the Code was
amended in 2023", "introduced video recording of the count in 2016"); a time word between
them ("adopted before the elections in 2016") leaves the year to something else."""

COMPARED = re.compile(
    r"\b(?:[Cc]ompared\s+(?:with|to)|[Ii]n\s+comparison\s+(?:with|to)|[Uu]nlike"
    r"|than\s+(?=(?:that|those|the|in|at|during|before|after)\b))[^,;.:]{0,80}"
)
"""A date a sentence measures something against ("Compared with the elections of <day>,
the party gained ground", "higher than in the election of <month>"): the yardstick's date,
not the date of what the sentence says happened ("more than 300 complaints" is a count, no
yardstick)."""
PLANNED = re.compile(
    rf"\b(?:(?:set|scheduled|planned|fixed|slated|due)\s+for|to\s+(?:be\s+held|take\s+place)"
    rf"\s+on)\s+(?:{_DATE})"
)
"""A date something was planned for ("The repeat was first set for <day>", "the vote,
scheduled for <month>", "was to be held on <day>"): what was meant to happen, not what did
(the day it was set or called, "called on <day>", stays an act's)."""
_AUXILIARY = re.compile(r"\b(?:was|were|been|being|be|is|are|had|has|have)\s+(?:[a-z]+ly\s+)?$")
_STANDING = re.compile(
    r",?(?:\s+and\s+(?:[a-z]+\s+){0,2}?[a-z]+ed\b[^,;.]{0,40}?)?,?\s+"
    r"(?:has|have|is|are|remains?|(?!(?:was|its|this|thus)\b)[a-z]{2,}(?<![su])s)\b"
)
"""What follows the year of a participle that describes a standing thing, with the
sentence's present-tense verb ("The election administration created in 2013 has three
tiers", "The law, adopted in 1998 and amended many times since, requires ...")."""


def describes_a_standing(text: str, act: re.Match[str]) -> bool:
    """Whether the act-year ``act`` only describes a thing the sentence says something
    present about: a participle with no auxiliary before it, its year followed by the
    present-tense verb of the sentence. The year is the thing's origin, already a fact of
    the thing (a law's adoption), not an act the sentence tells ("was amended in 2019",
    "the register introduced in 2017, which ..." stay acts)."""
    if _AUXILIARY.search(text[max(0, act.start() - 24) : act.start()]):
        return False
    return _STANDING.match(text, act.end()) is not None


STATE_OF_AFFAIRS = re.compile(
    r"\b(?:at|by) the time of\b[^,;.]{0,60}|\b(?:as of|as at)\s+[^,;.]{0,30}"
    r"|\bsince\b[^,;.]{0,60}",
    re.I,
)
"""A date that only places a state of affairs ("still unaddressed at the time of the
December 2023 elections", "as of May 2024", "..., since the elections of <date>, ...")."""
INSTRUMENT_DATE = re.compile(
    rf"\b(?:Code|Law|Act|Directive|Document|Constitution|Decree|Regulation|Ordinance)"
    rf"(?:\s+(?:on|for|of)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:(?:and|of|on|the)\s+)*[A-Z][\w'-]*)*)?"
    rf"(?:\s+(?:No\.\s*)?[\w/.-]*\d[\w/-]*)?\s+of\s+(?:\d{{1,2}}\s+)?{MONTH_NAME}\s+\d{{4}}"
    rf"|,?\s+as\s+amended\s+(?:in|on|by)\s+[^,;.]{{0,40}}"
)
"""A date that names a legal instrument ("the Election Code of 27 May 2003", "Directive
94/80/EC of 19 December 1994", "the Law on Political Parties of 16 December 2016") or the
version of one in force (", as amended in June 2010"):
a citation of the text, not something the sentence says happened."""

__all__ = [
    "ACT_VERBS",
    "ACT_YEAR",
    "COMPARED",
    "ELECTION_NAMED",
    "FROM_TO",
    "INSTRUMENT_DATE",
    "MONTHS_PERIOD",
    "PERIOD",
    "PLANNED",
    "STATE_OF_AFFAIRS",
    "describes_a_standing",
]
