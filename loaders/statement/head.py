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
    delegation_issuer,
    group_span,
    issued_date,
    issuer_line,
    issuers_in_opening,
    mission_issuer,
    unspaced,
)
from ..extract.head_organisations import head_organisations
from ..text.dates import DATE_PATTERN, MONTH_NAME, match_to_date
from ..text.lines import TERMINAL
from ..text.source import SourceText


def _title_case(text: str) -> str:
    """An upper-case name as a name is usually written ("NATIONAL ... FOR ..." -> "National
    ... for ...")."""
    words = text.lower().split()
    return " ".join(
        w if i and w in SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


_PERIOD_START = rf"\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t]+(?i:{MONTH_NAME}))?(?:[ \t]+\d{{4}})?"
"""The first day of a reporting period ("3 \u2013 17 February", "28 January \u2013 10 February"), as
an interim report's title block closes with the period it covers."""
_DATE_LINE = re.compile(
    rf"\s*^[ \t]*(?:[A-Z][\w'\u2019.-]+(?:[ -][A-Z][\w'\u2019.-]+)?,[ \t]*)?"
    rf"(?P<date>(?i:{ISSUED_DATE}))[ \t]*$",
    re.M,
)
"""A line that is only a date, maybe after a place: an interim report's issue date under its
period line."""
_REFERENCE = re.compile(r"(?:Doc(?:ument)?|Ref(?:erence)?|No)\.?[ \t]*[\w/.-]*\d[\w/.-]*", re.I)
"""A document's reference number, written over its date ("Doc. 12664"): no title."""
_FIRST_LINES = 400
"""Characters of a title block in which its mission line is looked for when the block has a
shape the readers above do not know."""


_NO_PLACE = r"[^,\n]*\b(?i:elections?|referend(?:um|a))\b"
"""A title line naming the election before its date ("Parliamentary Elections, 25 September
2021") is part of the title: its words are no place of issue."""


_TIME = r",?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:h|hrs|[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?"
"""An hour after the date of issue ("<Place>, 18 December 2023, 12:00"), as a press
release dates itself: no part of the date."""


def _block(period: str, lazy: str = "?") -> re.Pattern[str]:
    """A title block closed by a date line, maybe after ``period`` (the start of a period);
    the first such line, or with ``lazy`` empty the last of the eight lines."""
    return re.compile(
        rf"(?P<title>(?:[ \t]*\S[^\n]*\n(?:[ \t]*\n)*){{1,8}}{lazy})[ \t]*"
        r"(?:(?:Preliminary\s+|Press\s+|Joint\s+)?(?:Statement|Release|Report),[ \t]*)?"
        rf"(?:(?!{_NO_PLACE})(?P<place>[A-Z][\w'\u2019.-]+(?:[ -][A-Z][\w'\u2019.-]+)?),[ \t]*)?"
        rf"(?P<period>{period})(?P<date>(?i:{ISSUED_DATE}))\)?(?:{_TIME})?"
        r"[ \t]*(?:$|[\u2013\u2014-][ \t]|\.[ \t]+(?=[A-Z]))",
        re.M,
    )


_TITLE_BLOCK = _block("")
_LONGEST_BLOCK = _block("", "")
"""A title block closed by the last date line of its head: a title line that wraps before
the election's date ("... Elections to Municipal / Councils, 1 June 2031") looks like a
"Place, Date" line, and the dateline below it is the issue date."""
_PERIOD_BLOCK = _block(
    r"\(?(?i:(?:for[ \t]+the[ \t]+)?(?:reporting[ \t]+)?period[ \t:]+)?"
    rf"{_PERIOD_START}[ \t]*[\u2013\u2014-][ \t]*"
)
"""A statement's title block: up to eight short lines (blank lines between them allowed),
then a "Place, Date" (or date) line, which may name the document ("Statement, Place, Date")
or run on into the opening paragraph ("Place, Date - This statement ...", "Place, Date.
This statement ..."); dates in any of
the forms ``extract.head.ISSUED_DATE`` reads. Failing that, a block closed by the period an
interim report covers ("3 \u2013 17 February 2031", "(for the period ...)")."""
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
        or (len(line.split()) <= _SHORT_TITLE and not TERMINAL.search(line))
    )


def _is_title_block(title: str) -> bool:
    """Title lines are capitals or title case, except the issuer's name on the first; none
    is a sentence."""
    lines = [line.strip() for line in title.splitlines() if line.strip()]
    if any(line.endswith(".") or len(line) > 120 for line in lines):
        return False
    first_is_issuer = bool(_ISSUER.search(lines[0]))
    return all(_headline(line) for line in lines[1 if first_is_issuer else 0 :])


_ELECTION_WORD = re.compile(r"\b(?:elections?|referend(?:um|a)|by-elections?)\b", re.I)


def _titled_below(block: str, line: str) -> bool:
    """A masthead over the date (the body's name, its session, a reference such as
    "CG35(2018)14final") that names no election, and below the date a headline that does
    ("Observation of local elections in Lowland (14 October 2018)"): that line is the title,
    as a parliamentary assembly's or a congress's report sets it."""
    return (
        not _ELECTION_WORD.search(block)
        and bool(_ELECTION_WORD.search(line))
        and _headline(line.strip())
    )


def _read_issued(source: SourceText, head: ReportHead, block: re.Match[str]) -> None:
    """The issue date closing a title block; under a period line (interim reports), the date
    line right below it, else none: the period's end is not the day the report was issued."""
    if block.group("period"):
        title_end = block.end()
        head.title_span = source.span(head.title_span.start if head.title_span else 0, title_end)
        dated = _DATE_LINE.match(source.text, title_end)
        if dated is None:
            return
        start, end = dated.start("date"), dated.end("date")
    else:
        start = block.start("place") if block.group("place") else block.start("date")
        end = block.end("date")
    issued = issued_date(source.text[start:end])
    if issued is not None:
        head.issued = issued[0]
        head.issued_span = source.span(start, end)


def head_preliminary_statement(source: SourceText) -> ReportHead:
    return read_statement_head(source)


def read_statement_head(source: SourceText, start: int = 0) -> ReportHead:
    """The head of an observer statement that begins at ``start`` (``_read_head``); where
    its shapes name no issuer, the organisations the head's lines name in any order."""
    head = _read_head(source, start)
    if not head.creators:
        head.creators.extend(head_organisations(source, start))
    return head


def _read_head(source: SourceText, start: int) -> ReportHead:
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
    longest = _LONGEST_BLOCK.match(text, first.start())
    if block and longest and longest.end() > block.end() and _is_title_block(longest["title"]):
        block = longest
    if not (block and _is_title_block(block.group("title"))):
        block = _PERIOD_BLOCK.match(text, first.start())  # closed by the period it covers
    if block and _is_title_block(block.group("title")):
        lines = [ln for ln in block.group("title").splitlines() if re.search(r"[^\W\d_]", ln)]
        head.title_span = source.span(
            block.start("title"), block.start("title") + len(block.group("title").rstrip())
        )
        head.title = clean(
            " ".join(
                _title_case(unspaced(ln)) if ln.isupper() and not _written(ln) else ln
                for ln in lines
            )
        )
        following = re.compile(r"\S[^\n]*").search(text, block.end())
        if following is not None and (
            _REFERENCE.fullmatch(head.title)  # "Doc. 12664" over the date: the title follows
            or _titled_below(head.title, following[0])
        ):
            head.title_span, head.title = group_span(source, following), clean(following[0])
        issuer, at = _ISSUER.search(lines[0]), 0
        first_end = block.start("title") + block.group("title").index("\n")
        line = None if issuer else issuer_line(source, block.start("title"), first_end)
        if issuer is None and line is None and len(lines) > 1 and _written(lines[1]):
            # a masthead in the state's language over the issuer's name as written, with
            # its acronym: "Citizens' Watch (CW)" under "VIGILANCIA CIUDADANA"
            issuer, at = _ISSUER.search(lines[1]), 1
        if issuer is None:
            opening = block.start("place") if block.group("place") else block.start("date")
            head.creators.extend(
                [line]
                if line
                else issuers_in_opening(source, opening, opening + 1000)
                or mission_issuer(source, block.start("title"), block.end("title"))
                or delegation_issuer(source, first.start(), first.start() + HEAD)
            )
        else:
            offset = block.start("title") + block.group("title").index(lines[at])
            offset += lines[at].index(issuer.group())
            name = issuer.group("name").strip()
            head.creators.append(
                Creator(
                    name=_title_case(name) if name.isupper() else name,
                    short_name=issuer.group("short"),
                    is_person=False,
                    span=source.span(offset, offset + len(issuer.group())),
                )
            )
        _read_issued(source, head, block)
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
    if not head.creators:  # a title block of another shape: its issuer or mission line
        block_end = min(len(text), first.start() + _FIRST_LINES)
        line = issuer_line(source, first.start(), first.end())
        head.creators.extend([line] if line else mission_issuer(source, first.start(), block_end))
    dated = re.search(r"^\s*\((?P<date>[^()\n]{6,30})\)\s*$", text[first.end() :], re.M)
    if dated and DATE_PATTERN.search(dated.group("date")):
        date_match = DATE_PATTERN.search(dated.group("date"))
        assert date_match is not None
        head.issued = match_to_date(date_match)
        head.issued_span = source.span(
            first.end() + dated.start("date"), first.end() + dated.end("date")
        )
    return head
