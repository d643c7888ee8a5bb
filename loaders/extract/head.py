"""What a report says about itself (title, creators, date, affiliation), as each genre's head
reader (loaders/<genre>/head.py) finds it, with the helpers those readers share.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

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
_DEFINED = re.compile(
    r"(?P<name>[A-Z][\w.'\u2019/-]*(?:\s+(?:(?:of|for|and|the|in|on)\s+)*[A-Z][\w.'\u2019/-]*)*)"
    r"\s*\((?P<short>[A-Z][A-Za-z]{1,9})\)"
)
"""An organisation defined with its acronym: "OSCE Office for ... Human Rights (ODIHR)"."""
_ISSUING = re.compile(r"\b(?:statement|mission|delegation|observ\w+)\b", re.I)
"""An opening sentence that says who issues the document."""


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
    name several. Only a sentence about the statement or mission counts."""
    text = source.text[start:end]
    sentence = re.match(r"[^.]*(?:\.(?=\S)[^.]*)*\.?", text)
    if sentence is None or not _ISSUING.search(sentence.group()):
        return []
    found = []
    for match in _DEFINED.finditer(sentence.group()):
        name = re.sub(r"^(?:The|This)\s+", "", " ".join(match.group("name").split()))
        if name and not re.match(r"(?:Statement|Mission|Delegation)\b", name):
            span = source.span(start + match.start(), start + match.end())
            found.append(Creator(name, match.group("short"), False, span))
    return found
