"""Dates as reports write them: "3 April 2011", "December 5, 2005", "5 December, 2005",
and less precise ones: "in March 2006", "in 1994" (``When``, ``find_when``).

>>> parse_date("3 April 2011")
datetime.date(2011, 4, 3)
>>> parse_date("December 5, 2005")
datetime.date(2005, 12, 5)
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from rdflib import Literal

from normgraph.namespaces import XSD

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
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
"""A month's full English name: the one pattern every reader of dates builds on."""
_MONTH = MONTH_NAME
_MONTH_OR_SHORT = (
    rf"(?:{MONTH_NAME}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![\w'\u2019])\.?)"
)
"""A month's name or its abbreviation ("13 Mar 2012", "Sept. 4, 2018"): with a day and a
year the short form is a date (tables and chronologies write it), alone it is not read."""
DATE_PATTERN = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_OR_SHORT}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH_OR_SHORT})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}}))\b"
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
    return datetime.date(int(year), MONTHS[month.lower().rstrip(".")], int(day))


MONTH_YEAR_PATTERN = re.compile(rf"\b(?P<month>{_MONTH}),?\s+(?P<year>\d{{4}})\b")
"""A month and year without a day: "March 2020", "in June, 2011"."""
YEAR_PATTERN = re.compile(r"\b(?P<year>1[89]\d{2}|20\d{2})\b(?!\s*(?:percent|per cent|%))")
"""A year between 1800 and 2099 standing alone (not "2011 percent")."""
NUMERIC_DATE = r"(?P<day>\d{1,2})[./](?P<mnum>\d{1,2})[./](?P<year>(?:19|20)\d{2})"
"""A numeric day-month-year date ("19.11.2000", "19/11/2000"), a fragment to build on:
groups ``day``, ``mnum`` (the month's number) and ``year``."""
_ISO = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class When:
    """A date as precise as the source gives it: a day, a month or only a year.

    >>> parse_when("in March 2020, the agreement"), parse_when("in 1994")
    (When(year=2020, month=3, day=None), When(year=1994, month=None, day=None))
    >>> parse_when("on 24 January 2006").iso(), When.from_iso("2006-01").literal().datatype
    ('2006-01-24', rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYearMonth'))
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        # Checks the calendar (30 February, month 13...) with a clear ValueError.
        datetime.date(self.year, self.month or 1, self.day or 1)

    @classmethod
    def from_iso(cls, text: str) -> When:
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ValueError for anything else."""
        match = _ISO.match(text.strip())
        if match is None:
            raise ValueError(f"not a date, month or year (YYYY[-MM[-DD]]): {text!r}")
        month, day = match.group("month"), match.group("day")
        return cls(int(match["year"]), int(month) if month else None, int(day) if day else None)

    @classmethod
    def from_date(cls, value: datetime.date) -> When:
        return cls(value.year, value.month, value.day)

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def literal(self) -> Literal:
        """The typed literal: xsd:date, xsd:gYearMonth or xsd:gYear."""
        datatype = XSD.gYear if self.month is None else XSD.date if self.day else XSD.gYearMonth
        return Literal(self.iso(), datatype=datatype)


def find_when(text: str) -> tuple[When, re.Match[str]] | None:
    """The first, most precise date in ``text``: a full date, else a month, else a year."""
    for pattern in (DATE_PATTERN, MONTH_YEAR_PATTERN, YEAR_PATTERN):
        match = pattern.search(text)
        if match is None:
            continue
        if pattern is DATE_PATTERN:
            return When.from_date(match_to_date(match)), match
        month = match.groupdict().get("month")
        year = int(match.group("year"))
        return When(year, MONTHS[month.lower()] if month else None), match
    return None


def numeric_when(text: str) -> When | None:
    """The first numeric day-month-year date in ``text`` (``NUMERIC_DATE``: "18.03.1977"),
    None when there is none or it is no calendar day."""
    match = re.search(rf"\b{NUMERIC_DATE}\b", text)
    if match is None:
        return None
    try:
        return When(int(match["year"]), int(match["mnum"]), int(match["day"]))
    except ValueError:
        return None


def parse_when(text: str) -> When:
    """The date, month or year written in ``text``; ValueError if there is none."""
    found = find_when(text)
    if found is None:
        raise ValueError(f"no date, month or year in {text!r}")
    return found[0]
