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


_SPACED = re.compile(r"[^\W_](?: [^\W_]){4,}(?: {2,}[^\W_](?: [^\W_])*)*")
"""A line in letter-spaced capitals ("O F F I C E   F O R   ..."): single letters a space
apart, words three spaces apart."""


def unspaced(line: str) -> str:
    """A letter-spaced line as its words ("O F F I C E   F O R" -> "OFFICE FOR"); any other
    line as it is."""
    if not _SPACED.fullmatch(line.strip()):
        return line
    return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", line.strip()))


def clean(text: str) -> str:
    """Markdown emphasis, letter spacing and hard line breaks removed, white space folded."""
    text = "\n".join(unspaced(line) for line in text.splitlines())
    return re.sub(r"\s+", " ", text.replace("*", "").replace("#", "")).strip(" \u2013\u2014-")


def organisation_creator(
    source: SourceText, match: re.Match[str], name: str, short: str
) -> Creator:
    return Creator(name=name, short_name=short, is_person=False, span=group_span(source, match))


SMALL_WORDS = {"for", "of", "and", "the", "in", "on", "to", "a", "an"}


ORGANISATION_NOUN = re.compile(
    r"\b(?:INSTITUTE|NETWORK|OFFICE|ASSOCIATION|FOUNDATION|COUNCIL|COALITION|CENT(?:RE|ER)|"
    r"COMMITTEE|UNION|ALLIANCE|ASSEMBLY|FUND|ORGANI[SZ]ATION|ENDOWMENT|MOVEMENT|INITIATIVE|"
    r"SOCIETY|PLATFORM|WATCH)\b"
)
"""A word that makes an upper-case line an organisation's name ("... DEMOCRACY INSTITUTE")."""
NOT_ISSUER = re.compile(
    r"\d|\b(?:STATEMENT|REPORT|ELECTIONS|ELECTION\s+(?:OF|TO|FOR|IN|DAY)|MISSION|DELEGATION)\b"
)
"""Words of a title line ("PARLIAMENTARY ELECTIONS", "ELECTION OF THE PRESIDENT"), not of
an issuer line; an organisation may be named for what it watches ("... ELECTION WATCH")."""
_SHORT = r"[A-Z][A-Za-z/]{1,11}(?:\s[A-Z]{2,4})?"
"""An acronym: "ODIHR", "OSCE/ODIHR", "OSCE PA"."""
DEFINED = re.compile(
    r"(?P<name>[A-Z][\w.'\u2019/-]*(?:\s+(?:(?:of|for|and|the|in|on)\s+)*[A-Z][\w.'\u2019/-]*)*)"
    rf"\s*\((?P<short>{_SHORT})\)"
)
"""An organisation defined with its acronym: "OSCE Office for ... Human Rights (ODIHR)"."""
_ISSUING = re.compile(
    r"\b(?:this|the present)\s+(?:[\w-]+\s+){0,6}?(?:statement|report)\s+(?:is|was|has been)\b"
    r"|\b(?:joint|common)\s+(?:work|undertaking|endeavou?r|effort|initiative|venture)\b"
    r"|\b(?:issued|organi[sz]ed|deployed|offered|led)\s+by\b",
    re.I,
)
"""A sentence that says who issues the document ("This statement is the joint work of ...",
"... the result of a common endeavour involving ...", "... a joint undertaking of ...", "...
organized by ..."); not one that
only mentions the document ("This report covers the work of the ... Commission (CEC)")."""
_OPENING_SENTENCES = 4
_MISSION_LINE = re.compile(
    r"^[ \t#*]*(?:the\s+)?(?P<short>[A-Z][A-Z/]{1,11}(?:\s[A-Z]{2,4})?)\s+(?:[A-Z][\w-]*\s+){0,4}?"
    r"(?i:Mission|Delegation|Team)\b",
    re.M,
)
"""A title line naming the mission by its organisation's acronym ("ODIHR Election
Observation Mission", "OSCE/ODIHR Limited Election Observation Mission")."""


def defined_short(text: str, name: str) -> str | None:
    """The acronym ``text`` defines for ``name`` ("Name (ACRONYM)", any case, any breaks)."""
    words = r"\s+".join(re.escape(word) for word in name.split())
    found = re.search(rf"(?i:{words})\s*\((?P<short>[A-Z][A-Za-z]{{1,9}})\)", text)
    return found.group("short") if found else None


def title_case_line(line: str) -> bool:
    """Every word capitalised but the small ones ("OSCE Office for Democratic ...")."""
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", line)
    return bool(words) and all(w[0].isupper() or w in SMALL_WORDS for w in words)


_NAMED_LINE = re.compile(r"(?P<name>[A-Z][^\d()\n]{5,90}?)\s*\((?P<short>[A-Z][A-Za-z]{1,9})\)")
"""A line that is a name with its acronym ("CIVIC ELECTION WATCH (CEW)"): an issuer even
when its name has words of a title ("Society for Fair Elections")."""


def as_written(name: str) -> str:
    """A name in capitals as names are written ("FUND FOR ..." -> "Fund for ...")."""
    words = name.lower().split()
    return " ".join(
        w if i and w in SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


SEPARATED = re.compile(r"[ \t]+(?:[\u00b7|\u2022\u2013\u2014]|--)[ \t]+")
"""What divides a masthead line into parts: " \u00b7 ", " | ", " \u2022 ", and a dash before
what the organisation is ("<Name> (<ACRONYM>) -- an association of observers")."""


def issuer_line(source: SourceText, start: int, end: int) -> Creator | None:
    """The issuer a title block opens with when written as a line naming an organisation, in
    capitals ("INTERNATIONAL INSTITUTE FOR ...") or title case: its name as usually written,
    its acronym as the text defines it, else its initials."""
    line = source.text[start:end].strip()
    offset = start + source.text[start:end].index(line) if line else start
    span = source.span(offset, offset + len(line))
    line = unspaced(line)  # "O F F I C E   F O R ...": the span stays the line's
    capitals = line.upper() == line
    if not line or not (capitals or title_case_line(line)) or len(line) > 100:
        return None
    if SEPARATED.search(line):
        return None  # "ACRONYM | native name | name": parts to read one by one
    named = _NAMED_LINE.fullmatch(line)
    title_words = re.compile(r"\b(?:STATEMENT|REPORT|MISSION|DELEGATION)\b")
    if (
        named
        and named["name"][0].upper() == named["short"][0]
        and not title_words.search(named["name"].upper())
    ):
        name, short = " ".join(named["name"].split()), named["short"]
        name = as_written(name) if name.isupper() else name
        return Creator(name, short, False, span)
    name = as_written(line) if capitals else line
    defined = defined_short(source.text, name)
    if NOT_ISSUER.search(line.upper()) or not (ORGANISATION_NOUN.search(line.upper()) or defined):
        return None  # a name the text defines with its acronym is an organisation's
    words = line.lower().split()
    short = defined or "".join(w[0].upper() for w in words if w not in SMALL_WORDS)
    return Creator(name, short, False, span)


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
        for match in DEFINED.finditer(sentence.group()):
            name = re.sub(r"^(?:The|This)\s+", "", " ".join(match.group("name").split()))
            if name and not re.search(
                r"^(?:Statement|Mission|Delegation)\b|\b(?:Mission|Delegation)$", name
            ):
                # the mission itself ("The International ... Mission (IEOM) is a joint
                # undertaking of ...") is not among those who issue it
                offset = start + sentence.start()
                span = source.span(offset + match.start(), offset + match.end())
                found.append(Creator(name, match.group("short"), False, span))
        if found:
            return found
    return []


_DELEGATING = re.compile(
    r"[^.]{0,160}?\b(?:set\s+up|constitut(?:e|ed)|sen[dt]|appoint(?:ed)?|form(?:ed)?|establish(?:ed)?)"
    r"\b[^.]{0,80}?\b(?:ad\s+hoc\s+committee|delegation)\b",
    re.I,
)
"""A sentence in which a body sets up or sends the delegation (or ad hoc committee) whose
report this is: "the Bureau of the ... Assembly (XA) decided ... to set up an ad hoc
committee", "The ... Assembly (XA) sent a delegation of 12 members"."""


def delegation_issuer(source: SourceText, start: int, end: int) -> list[Creator]:
    """The body that set up or sent the delegation: the first organisation defined with its
    acronym in the sentence that says so. A unit of that body ("the Bureau of the Assembly
    (XA)") gives way to the body when the acronym spells the body's name."""
    for sentence in _DELEGATING.finditer(source.text, start, end):
        match = DEFINED.search(sentence.group())
        if match is None:
            continue
        name = re.sub(r"^(?:The|This)\s+", "", " ".join(match.group("name").split()))
        short = match.group("short")
        body = re.match(r"(?:[A-Z][\w-]*\s+){1,3}of\s+the\s+(?P<body>.+)", name)
        if body and _initials(body["body"]) == short.upper():
            name = body["body"]
        offset = sentence.start() + match.start()
        span = source.span(offset, sentence.start() + match.end())
        return [Creator(name, short, False, span)]
    return []


def _initials(name: str) -> str:
    """A name's initials, small words left out, each part of a hyphenated word counted
    ("Inter-Parliamentary Assembly of the Union" -> "IPAU")."""
    words = re.split(r"[\s-]+", name)
    return "".join(word[0].upper() for word in words if word and word not in SMALL_WORDS)


def mission_issuer(source: SourceText, start: int, end: int) -> list[Creator]:
    """The organisation a title block names by acronym as its mission's ("ODIHR Election
    Observation Mission"), with its full name when the text defines the acronym."""
    line = _MISSION_LINE.search(source.text, start, end)
    if line is None:
        return []
    short = line.group("short")
    capitals = line.group().upper() == line.group()
    parts = (re.escape(part) for part in short.split("/"))
    if capitals and not re.search(rf"\((?:{'|'.join(parts)})\)", source.text):
        return []  # in a line of capitals only an acronym the text defines is one ("JOINT")
    defined = (m for m in DEFINED.finditer(source.text) if m.group("short") == short)
    found = next(defined, None)  # the name may run over a line break
    name = re.sub(r"^(?:The|This)\s+", "", found.group("name")) if found else short
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
