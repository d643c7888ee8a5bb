"""The phrasings a report names an election in, as patterns, and how they are tried.

A date before or after the type, years listed, rounds, by-elections, referendums, the
state's own name for the body elected (from the data): each pattern's groups say what the
mention holds, for :mod:`.election_mentions` to read. Patterns that open alike (with the
election type, or with a month) are tried only where that opening matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..text.dates import MONTH_NAME, NUMERIC_DATE
from ..text.needed_words import finditer, folded_once, lookahead_starts, may_match
from .state_data import election_type_words
from .states import participating_states

_MONTH = MONTH_NAME
_DAY_MONTH = (
    rf"(?:{MONTH_NAME}|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![\w'\u2019])\.?)"
)
"""A month in a full date: its name or its capitalised abbreviation ("7 Feb. 2033", "Nov 7,
2010"); with a day and a year the short form is a date, alone it is not read."""
_DAYS = r"(?:\s*[-\u2013]\s*\d{1,2})?"
"""The last day of a vote held over several days ("17-19 September"): the election is
dated by its first day."""
_DATE = (
    rf"(?P<month>{_DAY_MONTH})\s+(?P<day>\d{{1,2}}){_DAYS}(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
)
_DMY = (
    rf"(?P<day>\d{{1,2}}){_DAYS}(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>{_DAY_MONTH}),?\s+"
    r"(?P<year>\d{4})"
)
"""A day-month-year date ("7 June 2026", "17-19 September 2021", "7th of Feb. 2033")."""
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+|the\s+)?"
"""What a date may open with: the day of the week ("on Sunday, 7 February 2033"), or "the"
("of the 7th of February 2033")."""
_EARLY = r"(?:(?P<early>early|pre-term|extraordinary|snap)\s+|repeat\s+)?"
"""An election called before its term ("early", "snap", "pre-term", "extraordinary"); a
"repeat" election is held again, not early."""
_EARLY_ONLY = r"(?:\b(?P<early>early|pre-term|extraordinary|snap)\s+)?"
"""An untyped election called early ("the early elections of 28 October 2017")."""
_GLOSS = r"(?:\s+\([\w ]+\))?"


def _alternatives(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: -len(w))
    )


_HELD = (
    r"(?:,?\s+(?:which\s+|that\s+)?(?:held|took\s+place|were\s+held|was\s+held)"
    r"|\s+(?:(?:is|are|was|were)\s+)?(?:due|scheduled|planned|expected)"
    r"(?:\s+to\s+(?:be\s+held|take\s+place))?)?"
)
"""What may stand between an election and the month or year it was held in ("the
previous parliamentary elections, held in October 2000"), or is to be held in ("the next
presidential election is due in 2019", "the presidential election scheduled for
November 2001")."""
_IN_PLACE = r"(?:\s+in\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})?"
"""Where an election was held, between it and its date ("local elections in England on
4 May 2023")."""
_MEMBERS = (
    r"(?P<type>deputies|members)\s+(?:of|to)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}"
)
"""Elections named by whom they elect to a body named in capitals ("elections of deputies
of the National Council"): a parliament's, as local councils are not named so."""
_BY = r"(?P<type>by|bi)-elections?"
"""A by-election, of any body ("the mayoral by-election", "a by-election to parliament")."""
_BY_PLACE = r"(?:\s+(?:in|for)\s+[^\W\d]+(?:[\s-][^\W\d]+){0,3})?"
"""Where a by-election was held, between it and its date ("by-election in Durres, 8 May")."""
_YEARS = r"(?P<years>\d{4}(?:(?:,\s*(?:and\s+)?|\s+and\s+)\d{4})+)"
"""A run of two or more years ("1999, 2005 and 2011", "2004, 2007, and 2012")."""
_WAS_HELD = r"(?:was|were)\s+(?:(?:last|first|previously|also|then|eventually)\s+)?held"
"""A vote said to be held, perhaps with an adverb of when ("were last held")."""
_SCHEDULED = (
    r"(?:(?:is|are|was|were|had\s+been|has\s+been|have\s+been)\s+)?"
    r"(?:due|scheduled|planned|set|expected|slated|called)(?:\s+to\s+(?:be\s+held|take\s+place))?"
    r"\s+(?:on|for)"
    r"|(?:will|would|is\s+to|are\s+to|was\s+to|were\s+to)\s+(?:be\s+held|take\s+place)\s+on"
)
"""A verb placing a vote on a day still to come ("The presidential election is due on 29
August 2031", "was scheduled for 3 March 2030", "will be held on ..."): the election
named so is dated like one said to be held."""
_HAPPENED = rf"(?:(?:{_WAS_HELD}|took\s+place|followed)\s+on|{_SCHEDULED})\s+"
"""A verb saying a vote took place, or is to take place, on a day ("A referendum followed
on 30 April 2023", "The presidential election is due on 29 August 2031")."""
CHAMBER = (
    r"(?-i:(?:[A-Z][\w'-]+\s+){0,3}(?:House|Assembly|Chamber|Senate|Congress)"
    r"(?:\s+of\s+(?:the\s+)?(?:Representatives|Deputies|Commons|Delegates|the\s+People))?)"
)
"""A chamber of parliament named by its generic noun in capitals ("the House of
Representatives", "the National Assembly", "the Chamber of Deputies"): elections to it are
parliamentary, whatever the state calls them."""


_ROUND_DATE = (
    r"\s+elections?(?:,\s+(?:(?:of|on|held\s+on)\s+)?|\s+(?:of|on|held\s+on)\s+|,?\s+"
    rf"{_HAPPENED}){_WEEKDAY}{_DMY}"
)
"""What joins a round's election to the round's date: a preposition, a comma (a title's
"..., 22 May 2016") or a verb of holding ("was held on")."""
_AND_BODY = rf"(?:\s+and\s+(?:the\s+)?{CHAMBER})?"
"""The other chamber of parliament elected the same day ("... and the Senate")."""
_OF_STATE = r"(?:\s+of\s+the\s+(?:[A-Z][\w'-]+\s+(?:of\s+)?){0,3}[A-Z][\w'-]+)?"
"""The state the body is of, in full ("of the Republic of <X>")."""
_AND_REFERENDUM = r"\s+and\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?P<type2>referendum)\b"
"""A referendum held with the election just named ("... election and referendum")."""
_UNTYPED_END = r"(?=\s+(?:to|in|for|were|was|and|of)\b|\s*[,.;:)])"
"""Where an election named by its date alone ends: before a preposition, a verb of its own
or punctuation, not before a noun it qualifies ("the 5 May 2020 election officials")."""


VOTE_WORD = re.compile(r"election|referendum|run-?off|(?:first|second)[- ]round", re.IGNORECASE)
"""A word every pattern of :func:`phrasings` needs: a text without one is not scanned."""


@cache
def _body() -> str:
    """``|`` and the words a state's reports use for the body elected, or nothing."""
    bodies = _alternatives(list(election_type_words()))
    return f"|{bodies}" if bodies else ""


@cache
def _kind() -> str:
    """An election's type, perhaps called early ("early presidential")."""
    return (
        rf"{_EARLY}(?P<type>presidential|national parliamentary|parliamentary|general|"
        r"mid-?term(?:\s+(?:congressional|parliamentary|legislative))?|"
        r"legislative|congressional|gubernatorial|special(?=\s+elections?\b)|"
        r"local\s+general|general\s+local|"  # "local general elections": all councils at once
        r"local council|local legislative|local|municipal|communal|mayoral|regional|"
        rf"provincial|city"
        rf"{_body()})"
    )


@cache
def type_pattern() -> str:
    """The election-type alternation the phrasings open with (groups ``early`` and
    ``type``), for readers of phrasings that name several types or days at once."""
    return _kind()


_DAY_LEAD = r"(?P<day>\d{1,2})"
"""The day's number a date-first phrasing opens with ("14 May 2028", "14.05.2028")."""


def _lead_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """Where every match of ``pattern`` must start, when its text opens with an election
    type or a month: the places that lead matches at, found once per text for all the
    patterns that share it (eight open with the type, six with a month), which are then
    tried there only instead of at every character. A pattern opening with a day's number
    is tried where a number stands (the numeric dates every day-month-year phrasing also
    reads doubled such patterns)."""
    for lead in (_kind(), f"(?P<month>{_MONTH})", f"(?P<month>{_DAY_MONTH})", _DAY_LEAD):
        if pattern.pattern.startswith(lead):
            return _lookahead(lead)
    return None


@cache
def _lookahead(lead: str) -> re.Pattern[str]:
    return re.compile(f"(?={lead})", re.IGNORECASE)


def matches(
    pattern: re.Pattern[str], text: str, starts: dict[re.Pattern[str], list[int]]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``; a pattern with a lead is tried only where its lead
    matches (``starts`` keeps those places per lead for the other patterns); a text that
    lacks a word the pattern needs is not scanned."""
    lowered = folded_once(text)
    if not may_match(pattern, lowered):
        return
    lead = _lead_of(pattern)
    if lead is None:
        yield from finditer(pattern, text, lowered)
        return
    if lead not in starts:
        starts[lead] = lookahead_starts(lead, text, lowered)
    resume = 0
    for start in starts[lead]:
        if start < resume:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            resume = max(match.end(), start + 1)


@cache
def phrasings() -> tuple[tuple[re.Pattern[str], int | None], ...]:
    """Ways a report names an election; the number is the round the date belongs to. The
    words a state's reports use for an election type (the body elected) and the states'
    adjectives ("the <adjective> presidential election") come from the data. Each pattern
    must need a word of ``VOTE_WORD`` (texts without one skip them all)."""
    body, kind = _body(), _kind()
    also = r"\s+and\s+(?P<type2>presidential|parliamentary|local|municipal|mayoral|regional)"
    adjectives = _alternatives([a for s in participating_states() for a in s.adjectives])
    patterns: tuple[tuple[str, int | None], ...] = (
        # "the 22 November 2009 presidential election and referendum", "Presidential
        # Election and Referendum, 22 November 2009": a referendum held with it
        (rf"{_DMY},?\s+{kind}\s+elections?{_AND_REFERENDUM}", None),
        (rf"{kind}\s+elections?{_AND_REFERENDUM},?\s+{_DMY}", None),
        (rf"{_DATE},?\s+{kind}{_GLOSS}\s+elections?", None),
        (rf"{_DMY},?\s+{kind}{_GLOSS}\s+elections?", None),
        (rf"{_DMY},?\s+{kind}{also}\s+elections?", None),
        # "the second round of the presidential election of 22 May 2016", a title's
        # "Second Round of the Presidential Election, 22 May 2016", "... was held on ..."
        (rf"(?:second|2nd)\s+round\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?{kind}{_ROUND_DATE}", 2),
        # "The first round of the presidential election was held on 24 April 2016"
        (rf"\b(?:first|1st)\s+round\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?{kind}{_ROUND_DATE}", 1),
        # "The first round had been held on 24 April 2016": a round of the year's election
        (
            r"\bfirst\s+round\s+(?:of\s+(?:the\s+)?(?:voting|elections?)\s+)?"
            rf"(?:had\s+been|was)\s+held\s+on\s+{_DMY}",
            1,
        ),
        (rf"(?<![\d-])(?P<year>\d{{4}})\s+{kind}{also}\s+elections?", None),
        # a run of years, after the type in brackets or before it ("4 presidential
        # elections (1999, 2005 and 2011)", "the 2004, 2007 and 2012 parliamentary elections")
        (rf"{kind}\s+elections\s*\(\s*{_YEARS}\s*\)", None),
        (rf"(?<![\d-])(?<!between\s)(?<!from\s){_YEARS}\s+{kind}\s+elections", None),
        (
            rf"{kind}{_GLOSS}\s+elections?{_IN_PLACE}(?:,?\s+|\s*\(\s*)(?:of\s+|on\s+|held\s+on\s+|"
            rf"{_HAPPENED})?{_WEEKDAY}{_DMY}",
            None,
        ),
        (rf"\belections?\s+of\s+(?:the\s+)?{_MEMBERS},?\s+(?:of|on|held\s+on)\s+{_DMY}", None),
        # "the last general elections (February 2021)", "the municipal council elections
        # held in October 2019": a month and a year
        (
            rf"{kind}{_GLOSS}\s+elections?\s*(?:\(\s*|,?\s+(?:(?:which|that)\s+)?"
            rf"(?:held\s+|took\s+place\s+)?in\s+)(?P<month>{_MONTH})\s+(?P<year>\d{{4}})(?!\d)",
            None,
        ),
        (rf"{kind}{_GLOSS}\s+elections?,?\s+(?:of|on|held\s+on)\s+{NUMERIC_DATE}", None),
        (rf"{NUMERIC_DATE},?\s+{kind}{_GLOSS}\s+elections?", None),
        (
            rf"{kind}\s+(?:run-?off|second[- ]round)(?:\s+elections?)?\s+(?:on|of|held\s+on)\s+"
            rf"{_DMY}",
            2,
        ),
        (rf"{_DATE}\s+elections\s+to\s+(?:the\s+)?(?P<type>parliament{body}|{CHAMBER})", None),
        (rf"{_DMY}\s+elections\s+to\s+(?:the\s+)?(?P<type>parliament{body}|{CHAMBER})", None),
        # "the elections to the <town> city council of 23 September 2018", "elections to
        # the National Assembly held on 5 May 2030": the body after "to", then its day
        (
            rf"\belections?\s+to\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]+\s+){{0,2}}"
            r"(?P<type>city|municipal|local|regional|district|town|village)\s+(?:councils?|"
            rf"assembl(?:y|ies)),?\s+(?:of|on|held\s+on)\s+{_DMY}",
            None,
        ),
        (
            rf"\belections?\s+to\s+(?:the\s+)?(?P<type>parliament{body}|{CHAMBER}),?\s+"
            rf"(?:of|on|held\s+on)\s+{_DMY}",
            None,
        ),
        # "elections to the <chamber> and the Senate of the Republic of <X> held on 21.10.2007":
        # both chambers elected on one day, the date written in words or in figures
        *(
            (
                rf"\belections?\s+to\s+(?:the\s+)?(?P<type>parliament{body}|{CHAMBER})"
                rf"{_AND_BODY}{_OF_STATE},?\s+(?:(?:of|on|held\s+on)\s+)?{date}",
                None,
            )
            for date in (_DMY, NUMERIC_DATE)
        ),
        (
            r"(?P<type>by|bi)-elections?\s+(?:to|for)\s+parliament\s+(?:on|in)\s+"
            rf"(?:{_DATE}|(?P<y2>\d{{4}}))",
            None,
        ),
        (rf"(?P<type>parliamentary)\s+run-off\s+elections?\s+on\s+{_DATE}", 2),
        (rf"{_DMY},?\s+(?:[\w-]+\s+){{0,2}}{_BY}", None),
        (rf"{_DATE},?\s+(?:[\w-]+\s+){{0,2}}{_BY}", None),
        (rf"{_BY}{_BY_PLACE},?\s+(?:(?:of|on|held\s+on)\s+)?{_DMY}", None),
        (rf"{_BY}{_BY_PLACE},?\s+(?:(?:of|on|held\s+on)\s+)?{_DATE}", None),
        (
            rf"(?P<type>parliamentary)\s+elections\s+on\s+(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})"
            rf"\s+and\s+(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}),\s+(?P<year>\d{{4}})",
            1,
        ),
        (rf"(?P<month>{_MONTH})\s+(?P<year>\d{{4}})\s+{kind}{_GLOSS}\s+elections?", None),
        (
            rf"{kind}{_GLOSS}\s+elections?,?\s+(?:(?:of|on|held\s+on)\s+|{_HAPPENED})"
            rf"{_WEEKDAY}{_DATE}",
            None,
        ),
        (rf"(?<![\d-])(?P<year>\d{{4}})\s+{kind}\s+elections?", None),
        # "no municipal elections have been held since 2008": the last were in 2008
        (
            rf"{kind}\s+elections?\s+(?:have|has|had)\s+been\s+held\s+since\s+(?P<year>\d{{4}})",
            None,
        ),
        (
            rf"{kind}\s+elections?{_IN_PLACE}{_HELD}\s+(?:in|of|for)\s+(?P<month>{_MONTH})\s+"
            r"(?P<year>\d{4})",
            None,
        ),
        (
            rf"{kind}\s+elections?{_HELD}\s+(?:in|of)\s+"
            rf"(?P<years>\d{{4}}(?:(?:,\s*(?:and\s+)?|\s+and\s+)\d{{4}})*)",
            None,
        ),
        (
            rf"elections\s+to\s+(?P<type>local\s+legislatures|parliament{body}){_GLOSS}\s+in\s+"
            rf"(?:(?P<month>{_MONTH})\s+)?(?P<year>\d{{4}})",
            None,
        ),
        (rf"(?<!\d )(?P<month>{_MONTH})\s+{kind}{_GLOSS}\s+elections", None),
        (rf"(?P<country>{adjectives})\s+(?P<type>presidential)\s+election", None),
        (rf"(?P<type>referendum)\s+(?:of|on|held\s+on)\s+{_DATE}", None),
        (rf"(?P<type>referendum)\s+(?:of|on|held\s+on)\s+{_DMY}", None),
        # "the referendum on membership of the Union of 23 June 2016", "the consultative
        # referendum on the agreement, held on 30 September 2031"
        (rf"(?P<type>referendum)\s+on\s+(?:[\w'-]+,?\s+){{1,8}}?(?:of|held\s+on)\s+{_DMY}", None),
        (
            rf"(?P<type>referendum)\s+(?:of|in|held\s+in)\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}})",
            None,
        ),
        (rf"(?P<type>referendum)\s+{_HAPPENED}{_DMY}", None),
        (rf"(?P<type>referendum)\s+{_HAPPENED}{_DATE}", None),
        (rf"{_DATE}\s+(?:constitutional\s+)?(?P<type>referendum)", None),
        (rf"{_DMY}\s+(?:constitutional\s+)?(?P<type>referendum)", None),
        (
            r"(?<![\d-])(?P<year>\d{4})\s+(?:constitutional\s+|national\s+)?(?P<type>referendum)",
            None,
        ),
        # a federal election by its day ("the federal election of 25 October 2029"): a
        # parliament's; by a year alone it is as often the kind ("for federal elections in
        # 2007") as one of them
        (rf"{_EARLY}(?P<type>federal)\s+elections?,?\s+(?:of|on|held\s+on)\s+{_DMY}", None),
        (rf"{_EARLY}(?P<type>federal)\s+elections?,?\s+(?:of|on|held\s+on)\s+{_DATE}", None),
        # no type: "the elections of 17 December 2023" (``resolve`` files it under the one
        # typed election of that year, if there is exactly one), maybe called early
        (rf"{_EARLY_ONLY}(?<!-)\belections?,?\s+(?:of|on|held\s+on)\s+{_DMY}", None),
        (rf"{_EARLY_ONLY}(?<!-)\belections?,?\s+(?:of|on|held\s+on)\s+{_DATE}", None),
        # the date before: "the October 6, 2018 elections to the ...", "the 8 April 2018 election."
        (rf"{_DATE},?\s+elections?{_UNTYPED_END}", None),
        (rf"{_DMY},?\s+elections?{_UNTYPED_END}", None),
        (rf"(?P<month>{_MONTH})\s+(?P<year>\d{{4}})\s+elections?\b", None),
    )
    return tuple((re.compile(p, re.IGNORECASE), n) for p, n in _with_numeric_dates(patterns))


def _with_numeric_dates(
    patterns: tuple[tuple[str, int | None], ...],
) -> list[tuple[str, int | None]]:
    """Each phrasing with a day-month-year date, and its twin with the date in digits
    ("held on 01.11.2031", "of 26/09/2032"): a report that writes its dates so names its
    elections in the same words. Twins already written out are not repeated."""
    found: list[tuple[str, int | None]] = []
    for pattern, round_number in patterns:
        for one in (pattern, pattern.replace(_DMY, NUMERIC_DATE)):
            if (one, round_number) not in found:
                found.append((one, round_number))
    return found
