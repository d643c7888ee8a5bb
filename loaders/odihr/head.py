"""The head of an OSCE/ODIHR final report: the issuer, the title block and the place and date
under it.
"""

from __future__ import annotations

import datetime
import re

from ..extract.head import (
    HEAD,
    ReportHead,
    clean,
    issued_date,
    organisation_creator,
)
from ..text.dates import MONTH_NAME, MONTHS
from ..text.source import SourceText

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


def head_final_report(source: SourceText) -> ReportHead:
    text = source.text[:HEAD]
    head = ReportHead()
    full = re.search(r"Office for Democratic Institutions and Human Rights", text)
    issuer = full or re.search(r"\b(?:OSCE/)?ODIHR\b", text)  # older title blocks: acronym only
    if issuer:
        head.creators.append(
            organisation_creator(
                source,
                issuer,
                "OSCE Office for Democratic Institutions and Human Rights",
                "OSCE/ODIHR",
            )
        )
    # The title: from the line after the issuer to the line naming the report ("Election
    # Observation Mission Final Report", "OSCE/ODIHR FINAL REPORT", "... Mission Report",
    # "... Election Expert Team Final Report").
    block = re.search(
        r"(?P<title>[^\n]*\S[^\n]*\n(?:[^\n]*\n){0,8}?"
        r"[^\n]*(?:(?:Mission|Team)\s+(?:Final\s+)?Report|\bODIHR\s+Final Report))",
        text[full.end() if full else 0 :],
        re.IGNORECASE,
    )
    if block:
        offset = full.end() if full else 0
        span = source.span(offset + block.start("title"), offset + block.end("title"))
        head.title_span = span
        head.title = ", ".join(clean(line) for line in span.quote.splitlines() if line.strip())
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
