"""What a report says about itself (title, creators, date, affiliation), as each genre's head
reader (loaders/<genre>/head.py) finds it, with the helpers those readers share.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from ..text.dates import MONTH_NAME, MONTHS
from ..text.source import SourceText, Span

HEAD = 6000
"""Characters from the start in which a report's own metadata is looked for."""


@dataclass(frozen=True)
class Creator:
    """Who issued or wrote a report, as the text names them."""

    name: str
    short_name: str
    is_person: bool
    span: Span


@dataclass(frozen=True)
class Affiliation:
    """Where the (first) author works or studies: an organisation, maybe one of its units."""

    organisation: str
    span: Span
    unit: str | None = None


@dataclass
class ReportHead:
    """What a report says about itself."""

    title: str | None = None
    title_span: Span | None = None
    creators: list[Creator] = field(default_factory=list)
    affiliation: Affiliation | None = None
    issued: datetime.date | int | None = None
    issued_span: Span | None = None


def group_span(source: SourceText, match: re.Match[str], group: int | str = 0) -> Span:
    return source.span(match.start(group), match.end(group))


def clean(text: str) -> str:
    """Markdown emphasis and hard line breaks removed, white space folded."""
    return re.sub(r"\s+", " ", text.replace("*", "").replace("#", "")).strip(" \u2013\u2014-")


def organisation_creator(
    source: SourceText, match: re.Match[str], name: str, short: str
) -> Creator:
    return Creator(name=name, short_name=short, is_person=False, span=group_span(source, match))


SMALL_WORDS = {"for", "of", "and", "the", "in", "on", "to", "a", "an"}


_ORGANISATION_NOUN = re.compile(
    r"\b(?:INSTITUTE|NETWORK|OFFICE|ASSOCIATION|FOUNDATION|COUNCIL|COALITION|CENT(?:RE|ER)|"
    r"COMMITTEE|UNION|ALLIANCE|ASSEMBLY|FUND|ORGANI[SZ]ATION|ENDOWMENT|MOVEMENT|INITIATIVE|"
    r"SOCIETY|PLATFORM)\b"
)
"""A word that makes an upper-case line an organisation's name ("... DEMOCRACY INSTITUTE")."""
_NOT_ISSUER = re.compile(r"\d|\b(?:STATEMENT|REPORT|ELECTIONS?|MISSION|DELEGATION)\b")
"""Words of a title line, not of an issuer line."""
_SHORT = r"[A-Z][A-Za-z/]{1,11}(?:\s[A-Z]{2,4})?"
"""An acronym: "ODIHR", "OSCE/ODIHR", "OSCE PA"."""
_DEFINED = re.compile(
    r"(?P<name>[A-Z][\w.'\u2019/-]*(?:\s+(?:(?:of|for|and|the|in|on)\s+)*[A-Z][\w.'\u2019/-]*)*)"
    rf"\s*\((?P<short>{_SHORT})\)"
)
"""An organisation defined with its acronym: "OSCE Office for ... Human Rights (ODIHR)"."""
_ISSUING = re.compile(
    r"\b(?:this|the present)\s+(?:[\w-]+\s+){0,6}?(?:statement|report)\b|\bjoint work\b"
    r"|\bcommon endeavou?r\b|\b(?:issued|organi[sz]ed|deployed|offered|led)\s+by\b",
    re.I,
)
"""A sentence that says who issues the document ("This statement is the joint work of ...",
"... the result of a common endeavour involving ...", "... organized by ...")."""
_OPENING_SENTENCES = 4
_MISSION_LINE = re.compile(
    rf"^[ \t]*(?:the\s+)?(?P<short>{_SHORT})\s+(?:[A-Z][\w-]*\s+){{0,4}}?"
    r"(?:Mission|Delegation|Team)\b",
    re.M,
)
"""A title line naming the mission by its organisation's acronym ("ODIHR Election
Observation Mission", "OSCE/ODIHR Limited Election Observation Mission")."""


def _defined_short(text: str, name: str) -> str | None:
    """The acronym ``text`` defines for ``name`` ("Name (ACRONYM)", any case, any breaks)."""
    words = r"\s+".join(re.escape(word) for word in name.split())
    found = re.search(rf"(?i:{words})\s*\((?P<short>[A-Z][A-Za-z]{{1,9}})\)", text)
    return found.group("short") if found else None


def issuer_line(source: SourceText, start: int, end: int) -> Creator | None:
    """The issuer a title block opens with when written as a line of capitals naming an
    organisation ("INTERNATIONAL INSTITUTE FOR ..."): its name as usually written, its
    acronym as the text defines it, else its initials."""
    line = source.text[start:end].strip()
    if not line or line.upper() != line or _NOT_ISSUER.search(line):
        return None
    if not _ORGANISATION_NOUN.search(line) or len(line) > 100:
        return None
    words = line.lower().split()
    name = " ".join(
        w if i and w in SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )
    short = _defined_short(source.text, name) or "".join(
        w[0].upper() for w in words if w not in SMALL_WORDS
    )
    offset = start + source.text[start:end].index(line)
    return Creator(name, short, False, source.span(offset, offset + len(line)))


def issuers_in_opening(source: SourceText, start: int, end: int) -> list[Creator]:
    """The issuers an opening sentence names with their acronyms ("This statement is the
    result of a common endeavour involving the ... (ODIHR) and ..."): joint missions
    name several. Only the first sentence of the opening few that says who issues the
    document counts."""
    text = source.text[start:end]
    at = 0
    for sentence in re.finditer(r"[^.]*(?:\.(?=\S)[^.]*)*\.?", text):
        if at >= _OPENING_SENTENCES:
            break
        if not sentence.group().strip():
            continue
        at += 1
        if not _ISSUING.search(sentence.group()):
            continue
        found = []
        for match in _DEFINED.finditer(sentence.group()):
            name = re.sub(r"^(?:The|This)\s+", "", " ".join(match.group("name").split()))
            if name and not re.match(r"(?:Statement|Mission|Delegation)\b", name):
                offset = start + sentence.start()
                span = source.span(offset + match.start(), offset + match.end())
                found.append(Creator(name, match.group("short"), False, span))
        if found:
            return found
    return []


def mission_issuer(source: SourceText, start: int, end: int) -> list[Creator]:
    """The organisation a title block names by acronym as its mission's ("ODIHR Election
    Observation Mission"), with its full name when the text defines the acronym."""
    line = _MISSION_LINE.search(source.text, start, end)
    if line is None:
        return []
    short = line.group("short")
    defined = re.search(rf"(?P<name>[A-Z][^()\n]{{3,100}}?)\s*\({re.escape(short)}\)", source.text)
    name = defined.group("name") if defined else short
    span = source.span(line.start("short"), line.end("short"))
    return [Creator(" ".join(name.split()), short, False, span)]


ISSUED_DATE = (
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH_NAME}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTH_NAME})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<d3>\d{1,2})[./](?P<n3>\d{1,2})[./](?P<y3>\d{4})"
    r"|(?P<y4>\d{4})-(?P<n4>\d{2})-(?P<d4>\d{2}))\b"
)
"""An issue date as title blocks write it: "27 February 2001", "27th of February 2001",
"February 27th, 2001", "27.02.2001", "27/02/2001" (day first, as in European reports),
"2001-02-27"."""
_ISSUED = re.compile(ISSUED_DATE, re.I)


def issued_date(text: str, start: int = 0) -> tuple[datetime.date, int, int] | None:
    """The first issue date in ``text`` from ``start``: the date and where it is written."""
    for match in _ISSUED.finditer(text, start):
        day = match["d1"] or match["d2"] or match["d3"] or match["d4"]
        month = match["m1"] or match["m2"]
        number = int(match["n3"] or match["n4"] or 0) or MONTHS[month.lower()]
        year = match["y1"] or match["y2"] or match["y3"] or match["y4"]
        try:
            return datetime.date(int(year), number, int(day)), match.start(), match.end()
        except ValueError:
            continue
    return None
