"""The head of an OSCE/ODIHR final report: the issuer, the title block and the place and date
under it.
"""

from __future__ import annotations

import datetime
import re

from ..extract.head import (
    HEAD,
    Creator,
    ReportHead,
    clean,
    issued_date,
    issuer_line,
    organisation_creator,
)
from ..extract.head_organisations import head_organisations
from ..extract.states import state_named
from ..text.dates import DATE_PATTERN, MONTH_NAME, MONTHS
from ..text.source import SourceText, Span

_PLACE_DATE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Za-z .-]+?[ \t]*(?:,[ \t]*|\n[ \t]*))?"
    r"(?P<date>[^\n]{6,40}?)[ \t]*$",
    re.M,
)
"""A line that is only a date, maybe after the place on its line or the one above."""


def _day_month(name: str) -> str:
    return rf"(?P<{name}d>\d{{1,2}})(?:\s+(?P<{name}m>{MONTH_NAME})(?:,?\s+(?P<{name}y>\d{{4}}))?)?"


_TWO_DATES = re.compile(
    _day_month("a") + r"\s*(?:and|&|[-\u2013\u2014/])\s*" + _day_month("b"),
    re.IGNORECASE,
)
"""Two dates sharing what the first leaves out: "15 and 29 March 2014", "15 March and
5 April 2014", "19 November 2000 and 14 January 2001"."""
RUNOFF_DAYS = 35
"""A second date at most five weeks after the first is a second round; a later one (a
repeat election in some constituencies) is not."""
_TITLE_LINES = 3
VOTING_DAYS = 3
"""Two dates at most this many days apart are the days of one vote held over several days
("8-9 October"), dated by its first day; rounds are a week or more apart."""
_REPORT_LINE = re.compile(r"\b(?:report|mission|ODIHR)\b", re.I)
_TITLE_WIDTH = 80
TITLE_DATE = re.compile(DATE_PATTERN.pattern, re.IGNORECASE)
"""A date as a title block may write it, in capitals ("21 MAY 2006"): a title set in
capitals sets its date so too."""


def title_dates(text: str) -> list[tuple[datetime.date, int, int]]:
    """The two dates (with their offsets in ``text``) a title line starts with, if it
    starts with two; ``[]`` otherwise."""
    match = _TWO_DATES.match(text)
    if match is None or not match.group("bm") or not match.group("by"):
        return []
    year, month = int(match.group("by")), MONTHS[match.group("bm").lower()]
    try:
        second = datetime.date(year, month, int(match.group("bd")))
        first = datetime.date(
            int(match.group("ay") or year),
            MONTHS[(match.group("am") or match.group("bm")).lower()],
            int(match.group("ad")),
        )
    except ValueError:
        return []
    if not datetime.timedelta(0) < second - first:
        return []
    first_end = max(match.end(f"a{part}") for part in "dmy" if match.group(f"a{part}"))
    return [(first, match.start(), first_end), (second, match.start("bd"), match.end())]


_MASTHEAD_LINES = 8
"""The lines of a title block within which the issuer is named, if anywhere."""


def _masthead_issuer(source: SourceText, odihr_at: int) -> Creator | None:
    """The organisation the first line names when it is not the OSCE's: a final report of
    another observer (a domestic network's "FINAL OBSERVATION REPORT" under its name), whose
    text may name ODIHR later, in an abbreviations list or a recommendation it tracks. A
    masthead that names ODIHR within its first lines is ODIHR's."""
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", source.text[:HEAD]))[:_MASTHEAD_LINES]
    if not lines or (lines and odihr_at < lines[-1].end()):
        return None
    line = issuer_line(source, lines[0].start(), lines[0].end())
    if line is None:  # "NATIVE NAME \u00b7 ENGLISH NAME (ACRONYM)": its parts one by one,
        named = head_organisations(source, lines[0].start())  # or the English name under
        last = lines[min(1, len(lines) - 1)].end()  # a native name the first line holds
        line = next((one for one in named if one.span.end <= last), None)
    if line is None or re.search(r"\b(?:OSCE|security\s+and\s+co-?operation)\b", line.name, re.I):
        return None
    if state_named(line.name) is not None:
        return None  # "MONTENEGRO" over the election's name: the state a title is about
    return line


def head_final_report(source: SourceText) -> ReportHead:
    text = source.text[:HEAD]
    head = ReportHead()
    full = re.search(r"Office for Democratic Institutions and Human Rights", text)
    acronym = re.search(r"\b(?:OSCE/)?ODIHR\b", text)
    issuer = full or acronym  # older title blocks: acronym only
    # ODIHR named in the title block in either form makes it ODIHR's, though the full
    # name stands only further down ("OSCE/ODIHR ... Final Report" over an introduction)
    named = min((m.start() for m in (full, acronym) if m is not None), default=len(text))
    masthead = _masthead_issuer(source, named)
    if masthead is not None:
        head.creators.append(masthead)
        issuer = full = None
    if issuer:
        head.creators.append(
            organisation_creator(
                source,
                issuer,
                "OSCE Office for Democratic Institutions and Human Rights",
                "OSCE/ODIHR",
            )
        )
    span = _title_block(source, full)
    if span is not None:
        head.title_span = span
        head.title = ", ".join(
            clean(line) for line in span.quote.splitlines() if re.search(r"[^\W_]", line)
        )
        after = span.end
        # The place and date under the title: "Place" then "20 January 2001", "Place,
        # 27 February 2001", or the date alone, in any form ``issued_date`` reads.
        under = source.text[after : after + 400]
        for dated in _PLACE_DATE.finditer(under):
            issued = issued_date(dated.group("date"))
            if issued is not None and issued[1:] == (0, len(dated.group("date"))):
                head.issued = issued[0]
                head.issued_span = source.span(after + dated.start(), after + dated.end())
                break
    return head


_REPORT_NAME = re.compile(
    r"^[^\n]*(?:(?:Mission|Team)[ \t]+(?:Final[ \t]+)?Report\b|\bODIHR[ \t]+Final[ \t]+Report\b)"
    r"[^\n]*$"
    r"|^[ \t]*(?:Final[ \t]+(?:Observation[ \t]+)?)?Report[ \t]*$"
    r"|^[ \t]*(?:Final[ \t]+)?Report[ \t]+(?:of|on)[ \t]+the[ \t]+[^\n]*(?:Mission|Team)[ \t]*$"
    r"|^[ \t]*Final[ \t]+(?:Observation[ \t]+)?Report[ \t]+(?:of|on)[ \t]+the[ \t]+[^\n]{3,60}$",
    re.IGNORECASE | re.MULTILINE,
)
"""The title block's last line, naming the report: "OSCE/ODIHR Election Observation Mission
Final Report", "ODIHR Election Expert Team / Final Report", "FINAL REPORT" alone, "REPORT OF
THE OSCE/ODIHR OBSERVER MISSION", "FINAL REPORT OF THE CITIZEN OBSERVATION" (a
network's)."""
_TITLE_BLOCK_LINES = 14
"""Lines of the opening in which the report-naming line is looked for."""


def _title_block(source: SourceText, full: re.Match[str] | None) -> Span | None:
    """The title block: from the opening (or the line after the issuer's name, when the
    block names it first) to the line naming the report. The issuer's name found only
    further down (the introduction's "OSCE Office for ... deployed ...") does not move the
    start, so a title block without it ("MONTENEGRO / PRESIDENTIAL ELECTION / ... / OSCE/ODIHR
    Election Observation Mission Final Report") is read too."""
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", source.text[:HEAD]))[:_TITLE_BLOCK_LINES]
    if not lines:
        return None
    end = lines[-1].end()
    named = _REPORT_NAME.search(source.text, lines[0].start(), end)
    if named is None:
        return None
    start = lines[0].start()
    if full is not None and full.end() < named.start():
        after = [line for line in lines if line.start() > full.end()]
        start = after[0].start() if after else named.start()
    if named.start() < start:
        return None
    return source.span(start, named.end())


def _next_line(text: str, index: int) -> int:
    """Where the text goes on after ``index``: past the rest of a line's spaces, its line
    end and at most one blank line, and the next line's indent."""
    rest = re.match(r"[ \t,:-]*(?:\r?\n[ \t]*){0,2}", text[index : index + 80])
    return index + (rest.end() if rest else 0)


def date_below(text: str, index: int) -> re.Match[str] | None:
    """The date at the start of one of the next lines of a title block (the type's line
    may be followed by a line naming the body or the rounds before the date)."""
    for _ in range(_TITLE_LINES):
        index = _next_line(text, index)
        date = TITLE_DATE.match(text, index)
        line_end = text.find("\n", index)
        if date is not None or line_end < 0 or line_end - index > _TITLE_WIDTH:
            return date
        if _REPORT_LINE.search(text, index, line_end):
            return None  # the date under the report's name is its issue date
        index = line_end
    return None


def two_dates(text: str, after: int) -> list[tuple[datetime.date, int, int]]:
    """The two dates of a title naming two rounds ("15 and 29 March 2014") or two days of
    voting ("8-9 October 2021"), on the rest of the line after the election's type or on
    one of the next title lines (the body's name may wrap first), with offsets in ``text``."""
    index = after
    for _ in range(_TITLE_LINES):
        start = _next_line(text, index)
        found = title_dates(text[start : start + 80])
        if found:
            return [(day, start + a, start + b) for day, a, b in found]
        line_end = text.find("\n", start)
        if line_end < 0 or line_end - start > _TITLE_WIDTH or TITLE_DATE.match(text, start):
            return []
        if _REPORT_LINE.search(text, start, line_end):
            return []
        index = line_end
    return []
