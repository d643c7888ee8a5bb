"""The head of an observer statement: a one-line title naming the issuer and a bracketed date,
or a title block (capitals or title case) closed by a "Place, Date" line ("Statement, Place,
Date" and "Place, Date - This statement ..." too). The issuer is the block's first line when
it names an organisation ("NAME (ACRONYM)", or capitals such as "... DEMOCRACY INSTITUTE"),
else the organisations the opening sentence names as issuing it (joint missions).
"""

from __future__ import annotations

import re

from ..extract.head import (
    HEAD,
    ISSUED_DATE,
    SMALL_WORDS,
    Creator,
    ReportHead,
    clean,
    group_span,
    issued_date,
    issuer_line,
    issuers_in_opening,
    mission_issuer,
)
from ..text.dates import DATE_PATTERN, match_to_date
from ..text.source import SourceText


def _title_case(text: str) -> str:
    """An upper-case name as a name is usually written ("NATIONAL ... FOR ..." -> "National
    ... for ...")."""
    words = text.lower().split()
    return " ".join(
        w if i and w in SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


_TITLE_BLOCK = re.compile(
    r"(?P<title>(?:[ \t]*\S[^\n]*\n\s*){1,8}?)[ \t]*"
    r"(?:(?:Preliminary\s+|Press\s+|Joint\s+)?(?:Statement|Release|Report),[ \t]*)?"
    r"(?:(?P<place>[A-Z][\w'\u2019.-]+(?:[ -][A-Z][\w'\u2019.-]+)?),[ \t]*)?"
    rf"(?P<date>(?i:{ISSUED_DATE}))[ \t]*(?:$|[\u2013\u2014-][ \t])",
    re.M,
)
"""A statement's title block: up to eight short lines (blank lines between them allowed),
then a "Place, Date" (or date) line, which may name the document ("Statement, Place, Date")
or run on into the opening paragraph ("Place, Date - This statement ..."); dates in any of
the forms ``extract.head.ISSUED_DATE`` reads."""
_ISSUER = re.compile(r"(?P<name>[A-Z][\w'\u2019\- ]+?)\s*\((?P<short>[A-Z]{2,})\)")
"""The issuer on the block's first line: "NAME (ACRONYM)" in capitals or as a name is written."""


def _written(line: str) -> bool:
    """An issuer's name written in mixed case, kept as written."""
    return bool(_ISSUER.search(line)) and not line.isupper()


_SHORT_TITLE = 14
"""Words in a title line written as a phrase rather than in title case."""


def _headline(line: str) -> bool:
    """A line in capitals, in title case ("Lowland - Municipal Elections, 18 October") or a
    short title that is no sentence ("Observation of the elections in Lowland (5 May)")."""
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", line)
    return (
        line.upper() == line
        or all(w[0].isupper() or w in SMALL_WORDS for w in words)
        or (len(line.split()) <= _SHORT_TITLE and not re.search(r"[.;:!?]$", line))
    )


def _is_title_block(title: str) -> bool:
    """Title lines are capitals or title case, except the issuer's name on the first; none
    is a sentence."""
    lines = [line.strip() for line in title.splitlines() if line.strip()]
    if any(line.endswith(".") or len(line) > 120 for line in lines):
        return False
    first_is_issuer = bool(_ISSUER.search(lines[0]))
    return all(_headline(line) for line in lines[1 if first_is_issuer else 0 :])


def head_preliminary_statement(source: SourceText) -> ReportHead:
    return read_statement_head(source)


def read_statement_head(source: SourceText, start: int = 0) -> ReportHead:
    """The head of an observer statement that begins at ``start``.

    Two forms: a one-line title naming the issuer ("Preliminary Report of the European
    Network ... (ENMO) on ...") followed by the date in brackets; or an upper-case title
    block whose first line is the issuer ("NATIONAL INSTITUTE ... (NIIA)"),
    followed by a "Place, Date" line.
    """
    head = ReportHead()
    text = source.text[: start + HEAD]
    first = re.compile(r"\S[^\n]*").search(text, start)
    if first is None:
        return head
    block = _TITLE_BLOCK.match(text, first.start())
    if block and _is_title_block(block.group("title")):
        lines = [ln for ln in block.group("title").splitlines() if ln.strip()]
        head.title_span = source.span(
            block.start("title"), block.start("title") + len(block.group("title").rstrip())
        )
        head.title = clean(
            " ".join(_title_case(ln) if ln.isupper() and not _written(ln) else ln for ln in lines)
        )
        issuer = _ISSUER.search(lines[0])
        if issuer is None:
            first_end = block.start("title") + block.group("title").index("\n")
            line = issuer_line(source, block.start("title"), first_end)
            opening = block.start("place") if block.group("place") else block.start("date")
            head.creators.extend(
                [line]
                if line
                else issuers_in_opening(source, opening, opening + 1000)
                or mission_issuer(source, block.start("title"), block.end("title"))
            )
        else:
            offset = block.start("title") + lines[0].index(issuer.group())
            name = issuer.group("name").strip()
            head.creators.append(
                Creator(
                    name=_title_case(name) if name.isupper() else name,
                    short_name=issuer.group("short"),
                    is_person=False,
                    span=source.span(offset, offset + len(issuer.group())),
                )
            )
        issued = issued_date(block.group("date"))
        if issued is not None:
            head.issued = issued[0]
            start = block.start("place") if block.group("place") else block.start("date")
            head.issued_span = source.span(start, block.end("date"))
        return head
    head.title_span = group_span(source, first)
    head.title = clean(first.group())
    acronym = re.search(r"of the ([A-Z][\w ]+?) \((?P<short>[A-Z]{2,})\)", first.group())
    if acronym:
        head.creators.append(
            Creator(
                name=acronym.group(1),
                short_name=acronym.group("short"),
                is_person=False,
                span=source.span(first.start() + acronym.start(1), first.start() + acronym.end()),
            )
        )
    dated = re.search(r"^\s*\((?P<date>[^()\n]{6,30})\)\s*$", text[first.end() :], re.M)
    if dated and DATE_PATTERN.search(dated.group("date")):
        date_match = DATE_PATTERN.search(dated.group("date"))
        assert date_match is not None
        head.issued = match_to_date(date_match)
        head.issued_span = source.span(
            first.end() + dated.start("date"), first.end() + dated.end("date")
        )
    return head
