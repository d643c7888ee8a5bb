"""Dates as reports write them: "3 April 2011", "December 5, 2005", "5 December, 2005".

>>> parse_date("3 April 2011")
datetime.date(2011, 4, 3)
>>> parse_date("December 5, 2005")
datetime.date(2005, 12, 5)
"""

from __future__ import annotations

import datetime
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
DATE_PATTERN = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}}))\b"
)
"""A day-month-year or month-day-year date; groups give its parts."""


def parse_date(text: str) -> datetime.date:
    """The date written in ``text`` (one of the two forms above); ValueError otherwise."""
    match = DATE_PATTERN.search(text)
    if match is None:
        raise ValueError(f"no date in {text!r}")
    return match_to_date(match)


def match_to_date(match: re.Match[str]) -> datetime.date:
    """The date a DATE_PATTERN match denotes; ValueError for an impossible date."""
    day = match.group("d1") or match.group("d2")
    month = match.group("m1") or match.group("m2")
    year = match.group("y1") or match.group("y2")
    return datetime.date(int(year), MONTHS[month.lower()], int(day))
