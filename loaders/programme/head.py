"""The head of a programme report: the implementer, as the title block's first line names it
("INTERNATIONAL INSTITUTE FOR ..."), else as its first sentences do ("... the Institute for
X (IFX) implemented ...", "Submitted by: X (IFX)"), else as its summary block does
("Grantee: X (IFX)"); the issue date, from a dated line of the title page ("Capital City, 15 April
2024", "Date of submission: 15 April 2024"), else from the summary block's submission date
(a ruled table's row), never from the programme's period."""

from __future__ import annotations

import re

from ..extract.head import (
    HEAD,
    ISSUED_DATE,
    Creator,
    ReportHead,
    issued_date,
    issuer_line,
)
from ..text.source import SourceText
from .summary import Field, read_summary

_NAME = r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,9}?)\s*\((?P<short>[A-Z]{2,})\)"
_IMPLEMENTERS = (
    re.compile(rf"\b[Tt]he\s+{_NAME}\s+(?:conducted|implemented|carried\s+out)\b"),
    re.compile(rf"^[ \t]*(?:Submitted|Implemented)\s+by:?\s+{_NAME}", re.M),
)
"""The implementer named with its acronym as the one that ran the programme or submits the
report."""
_DATED_LINE = re.compile(
    rf"^[ \t]*(?:(?:Date(?:\s+of\s+(?:submission|issue))?|Submitted(?:\s+on)?|Issued)\s*:\s*"
    rf"|[A-Z][\w .'\u2019-]{{1,30}},\s*)?(?P<date>{ISSUED_DATE})[ \t]*$",
    re.M | re.I,
)
"""A title page's date line: the date alone, after a place ("Capital City, 15 April 2024"), or as
the value of "Date:", "Date of submission:", "Submitted on:"."""


def _donor_template(line: Creator, grantee: Field | None) -> bool:
    """Is the title block's first line a funder's name over its own form, which the grantee
    fills in (a "GRANTEE" field naming another organisation): the grantee writes the report."""
    if grantee is None:
        return False
    first = {w.lower() for w in re.findall(r"[\w'\u2019-]{3,}", line.name)}
    named = {w.lower() for w in re.findall(r"[\w'\u2019-]{3,}", grantee.value)}
    return not first & named and not (line.short_name and line.short_name in grantee.value)


def head_programme_report(source: SourceText) -> ReportHead:
    head = ReportHead()
    dated = _DATED_LINE.search(source.text[:HEAD])
    found = issued_date(source.text[: dated.end()], dated.start("date")) if dated else None
    submitted = read_summary(source).get("submitted")
    if found is None and submitted is not None:  # "| Date of submission | 31 March 2017 |"
        found = issued_date(source.text[: submitted.end], submitted.start)
    if found is not None:
        head.issued, head.issued_span = found[0], source.span(found[1], found[2])
    first = re.search(r"\S[^\n]*", source.text[:HEAD])
    line = issuer_line(source, first.start(), first.end()) if first else None
    grantee = read_summary(source).get("implementer")
    if line is not None and not _donor_template(line, grantee):
        head.creators.append(line)
        return head
    for pattern in _IMPLEMENTERS:
        implementer = pattern.search(source.text[:HEAD])
        if implementer is None:
            continue
        head.creators.append(
            Creator(
                name=" ".join(implementer["name"].split()),
                short_name=implementer["short"],
                is_person=False,
                span=source.span(implementer.start("name"), implementer.end("short") + 1),
            )
        )
        break
    named = re.fullmatch(_NAME, grantee.value.split(",")[0].strip()) if grantee else None
    if grantee is not None and not head.creators:
        name = named["name"] if named else re.sub(r"\s*\(.*", "", grantee.value.split(",")[0])
        short = named["short"] if named else "".join(w[0] for w in name.split() if w[0].isupper())
        span = source.span(grantee.start, grantee.end)
        head.creators.append(Creator(" ".join(name.split()), short, False, span))
    return head
