"""The heads of scholarship: an article's title, byline and affiliation line (marked up, or
plain text: an optional journal line, the title block, the byline, the affiliation), and
where no byline stands under a title, the organisations the head's lines name (a network's
alternative report); a thesis's cover page (title, author, academic year, university).
"""

from __future__ import annotations

import itertools
import re

from ..extract.head import (
    HEAD,
    Affiliation,
    Creator,
    ReportHead,
    clean,
    group_span,
)
from ..extract.head_organisations import head_organisations
from ..text.dates import MONTH_NAME
from ..text.source import SourceText, Span


def head_journal_article(source: SourceText) -> ReportHead:
    head = ReportHead()
    title = re.search(r"^#\s+(?P<title>\S[^\n]*)$", source.text[:HEAD], re.M)
    if title:
        head.title_span = group_span(source, title, "title")
        head.title = clean(title.group("title"))
        byline = re.search(r"\A\s*\*(?P<name>[^*\n]{3,80})\*", source.text[title.end() : HEAD])
        if byline:
            start = title.end() + byline.start("name")
            span = source.span(start, title.end() + byline.end("name"))
            name = clean(span.quote)
            head.creators.append(Creator(name, name.split()[-1], is_person=True, span=span))
            # The affiliation line follows the byline: "*Department of X, Y University, UK*".
            after = title.end() + byline.end()
            line = re.match(r"\*?\s*\n\s*\*(?P<aff>[^*\n]{5,200})\*", source.text[after:HEAD])
            if line:
                head.affiliation = _affiliation(
                    source.span(after + line.start("aff"), after + line.end("aff"))
                )
        return head
    head = _plain_article_head(source, head)
    if not head.creators:  # no byline under a title: the organisations its head names
        head.creators.extend(head_organisations(source))
    return head


_JOURNAL_LINE = re.compile(
    r"\bVol\.|\bNo\.\s*\d|\bpp\.\s*\d|\bJournal\b|\bReview\b|\b\d{1,4}\s+\((?:19|20)\d\d\)"
)
"""The citation line some articles open with ("Journal of X, Vol. 19, No. 2 (2024), pp. ...",
a publisher's masthead "Electoral Research 12 (2026) 102893": volume, year, article)."""
_SERIES_LINE = re.compile(
    r"\b(?:Working|Discussion|Occasional|Research|Policy)\s+(?:Papers?|Briefs?)\b"
    r"(?:\s+Series)?(?:[,:]?\s*(?:No\.?|Number|#)\s*\d+)?",
    re.I,
)
"""The series line of a working paper or policy brief ("Working Paper Series, No. 12"): with
the publisher's name it may make a block of its own before the title."""
_SERIES_LINES = 3
"""At most this many lines in a publisher and series block."""
_CAPITAL = r"[A-Z\u00c0-\u00de\u0100-\u017f\u0400-\u042f]"
"""A name's initial: a capital of the Latin alphabets (with the Latin Extended-A letters:
"Žemaitė", "Łukasz") or of Cyrillic."""
_NAME_WORD = rf"{_CAPITAL}(?:[^\W\d_]|['\u2019.-])+"
"""A word of a person's name: letters only, so a footnote digit after it is no part of it."""
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
_MARK = r"(?:\*+|\d{1,2}|\u2020|(?<=\s)[a-h](?![\w.])|\([a-h1-9]\))"
_MARKS = rf"(?:{_MARK}(?:\s*,\s*{_MARK})*)"
"""A name's footnote or affiliation marks as extraction leaves superscripts: "*", "1",
"\u2020", or the letters of a publisher's affiliation list ("Ana Lima a,*", "Ana Lima (a)")."""
_BYLINE = re.compile(
    rf"(?P<name>{_NAME})\s*{_MARKS}?"
    rf"(?:\s*(?:,|\band)\s+{_CAPITAL}[\w'\u2019.\s-]+?\s*{_MARKS}?)*"
)
"""A byline: the first author's name, maybe a footnote mark, maybe co-authors."""


def _blocks(text: str, start: int, count: int) -> list[tuple[int, int]]:
    """The first ``count`` blocks of non-blank lines from ``start``: (start, end) offsets."""
    return [
        (start + m.start(), start + m.end())
        for m in re.finditer(r"\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", text[start:])
    ][:count]


_FIRST_BLOCKS = 10
"""Blocks of the opening in which the title and the byline are looked for: a conference
paper's or a preprint's note ("Paper prepared for ...; draft, please do not cite"), or a
publisher's masthead (citation line, "Contents lists available at ...", the journal's name,
its homepage, the section: one block each), may stand before the title."""


def _plain_article_head(source: SourceText, head: ReportHead) -> ReportHead:
    """An article as plain text: [journal line,] title block (no sentence), byline,
    affiliation line; each block separated by a blank line. The title is the first block
    that is no sentence and has a byline under it, so a note over it is passed by."""
    text = source.text[:HEAD]
    blocks = _blocks(text, 0, _FIRST_BLOCKS)
    first = text[blocks[0][0] : blocks[0][1]] if blocks else ""
    series = _SERIES_LINE.search(first) and first.count("\n") < _SERIES_LINES
    journal = _JOURNAL_LINE.search(first.split("\n")[0]) and first.count("\n") < _SERIES_LINES
    if series or journal:  # a citation line, maybe over its received / published dates
        year = re.search(r"\((?P<year>(?:19|20)\d\d)\)", first)
        if year:  # the year: "Vol. 19, No. 2 (2024)"
            head.issued = int(year.group("year"))
            head.issued_span = source.span(blocks[0][0] + year.start(), blocks[0][0] + year.end())
        blocks = blocks[1:]
    chosen = _title_and_byline(text, blocks)
    if chosen is not None:
        index, names = chosen
        (title_start, title_end), (by_start, by_end) = blocks[index], blocks[index + 1]
        head.title_span = source.span(title_start, title_end)
        head.title = clean(text[title_start:title_end])
        for start, end in names:
            span = source.span(start, end)
            head.creators.append(
                Creator(span.quote, span.quote.split()[-1], is_person=True, span=span)
            )
        lines = list(re.finditer(r"[^\n]+", text[by_start:by_end]))
        if len(lines) > 1 and _AFFILIATION_WORD.search(lines[1].group()):
            line = lines[1]
            head.affiliation = _affiliation(
                source.span(by_start + line.start(), by_start + line.end())
            )
        elif len(blocks) > index + 2 and "\n" not in text[slice(*blocks[index + 2])]:
            head.affiliation = _affiliation(source.span(*blocks[index + 2]))
    return head


def _title_and_byline(
    text: str, blocks: list[tuple[int, int]]
) -> tuple[int, list[tuple[int, int]]] | None:
    """The block that is the title (its index) and the authors' names in the block under
    it: the first title-like block (no sentence) over a byline, preferring one whose
    byline carries an affiliation (in its own lines or the block after it), so a masthead's
    line over the journal's name ("Contents lists available at ..." over "Electoral
    Research") is passed by for the title over the authors."""
    first: tuple[int, list[tuple[int, int]]] | None = None
    for index, ((title_start, title_end), (by_start, by_end)) in enumerate(
        itertools.pairwise(blocks)
    ):
        title = text[title_start:title_end]
        if title.rstrip().endswith(".") or title.count("\n") > 3:
            continue
        names = _byline_names(text, by_start, by_end)
        if not names:
            continue
        after = text[slice(*blocks[index + 2])] if len(blocks) > index + 2 else ""
        lines = [*text[by_start:by_end].split("\n")[1:], after.split("\n")[0]]
        if any(_affiliation_line(line) for line in lines):
            return index, names
        first = first or (index, names)
    return first


def _affiliation_line(line: str) -> bool:
    """An affiliation line under a byline ("a Institute of ..., University of X, Country"):
    an affiliation word in a list of parts, not a bullet of a summary under a heading."""
    return (
        bool(_AFFILIATION_WORD.search(line))
        and "," in line
        and not re.match(r"\s*[\u2022\u25aa*\u2013-]", line)
    )


_AFFILIATION_WORD = re.compile(
    r"\b(?:Universit\w*|Universidad\w*|College|Institut\w*|School|Cent(?:re|er)|Academy|"
    r"Foundation|Council|Department|Faculty)\b"
)
"""An affiliation's word, in English or as other languages write it ("Universidade",
"Università", "Instituto")."""
_CONTACT = re.compile(r"^\s*\S+@\S+\s*$|^\s*(?:ORCID|https?://)", re.I)
"""A byline's e-mail address or ORCID line."""


_AUTHOR_LINE = re.compile(
    rf"(?P<name>{_NAME})\s*(?:\*+|\d{{1,2}}|\u2020)?"
    r"\s*(?:,|\(|\u2013|\u2014|-)\s*[^\n]*(?:University|College|Institute|School|Cent(?:re|er)|"
    r"Academy|Foundation|Council|Department|Faculty)\b[^\n]*"
)
"""One author per line with an affiliation ("Anna Veldt, Department of ..., University of X")."""


def _under_byline(line: str) -> bool:
    """An affiliation or contact line under a name line, not another author's line."""
    affiliation = _AFFILIATION_WORD.search(line) or _CONTACT.match(line)
    return bool(affiliation) and _AUTHOR_LINE.fullmatch(line.strip()) is None


def _byline_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The authors' names in a byline block: one line naming them ("A and B", "A, B"),
    else one author per line, each with an affiliation: (start, end) offsets."""
    block = text[start:end]
    offset = start + len(block) - len(block.lstrip())
    byline = _BYLINE.fullmatch(block.strip())
    if byline is not None:
        first = [(offset + byline.start("name"), offset + byline.end("name"))]
        more = re.finditer(
            rf"(?:,|\band)\s+(?P<name>{_NAME})",
            block.strip()[byline.end("name") :],
        )
        at = offset + byline.end("name")
        return first + [(at + m.start("name"), at + m.end("name")) for m in more]
    lines = block.strip().split("\n")
    alone = _BYLINE.fullmatch(lines[0].strip())
    if (
        alone is not None
        and not _AFFILIATION_WORD.search(lines[0])
        and all(_under_byline(line) for line in lines[1:])
    ):  # the names on a line of their own, the affiliation and e-mail under them
        return _byline_names(text, offset, offset + len(lines[0].rstrip()))
    names = []
    for line in re.finditer(r"[^\n]+", block):
        author = _AUTHOR_LINE.fullmatch(line.group().strip())
        if author is None:
            return []
        at = start + line.start() + len(line.group()) - len(line.group().lstrip())
        names.append((at + author.start("name"), at + author.end("name")))
    return names


def _affiliation(span: Span) -> Affiliation | None:
    """``Department of X, Y University, UK`` -> unit and organisation; None if no university."""
    parts = [part.strip() for part in span.quote.split(",")]
    for index, part in enumerate(parts):
        if re.search(r"\b(Universit\w*|Universidad\w*|College|Institut\w*|School)\b", part, re.I):
            unit = ", ".join(parts[:index]) or None
            return Affiliation(organisation=part, span=span, unit=unit)
    return None


def head_thesis(source: SourceText) -> ReportHead:
    head = ReportHead()
    text = source.text[:HEAD]
    author = re.search(r"^Author:\s*(?P<name>[^\n]+?)\s*$", text, re.M)
    if author:
        span = group_span(source, author, "name")
        head.creators.append(Creator(span.quote, span.quote.split()[-1], is_person=True, span=span))
        # The title is the text block(s) between the academic-year line and the author line.
        before = text[: author.start()]
        year = re.search(r"^A\.?Y\.?\s*(?P<from>\d{4})\s*/\s*(?P<to>\d{4})\s*$", before, re.M)
        start = year.end() if year else 0
        blocks = [b for b in re.finditer(r"\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", before[start:])]
        if blocks:
            title_span = source.span(start + blocks[0].start(), start + blocks[-1].end())
            head.title_span = title_span
            head.title = clean(" ".join(title_span.quote.split("\n")))
        if year:
            head.issued = int(year.group("to"))
            head.issued_span = group_span(source, year)
        university = re.search(r"^[^\n]*\bUNIVERSITY\b[^\n]*$", before, re.M | re.I)
        if university:
            head.affiliation = _affiliation(group_span(source, university))
        return head
    return _noted_thesis_head(source, head)


_SUBMITTED_BY = re.compile(
    rf"\b(?:submitted|written|presented|defended|prepared)\s+by\s+(?P<name>{_NAME})"
    rf"(?P<rest>[^.]{{0,300}}?\bin\s+(?:(?P<month>{MONTH_NAME})\s+)?(?P<year>(?:19|20)\d\d)\b)?"
)
"""The note a chapter of a thesis opens with instead of a cover page ("This chapter is part
of a doctoral thesis, "...", submitted by A. Name to the Department of ..., in September
2022"): the author, and the date it was submitted."""
_NOT_A_TITLE = re.compile(r"\s*(?:\d{1,4}|(?:Chapter|Part)\s+[\dIVXL]+)\s*", re.I)
"""A block that cannot be the title: a page number, "Chapter 4"."""


def _noted_thesis_head(source: SourceText, head: ReportHead) -> ReportHead:
    """A thesis without an "Author:" line: its author and date from a note saying who
    submitted it, its title the first block above the note that is no page number,
    chapter label or sentence. Nothing when no such note stands in the opening."""
    text = source.text[:HEAD]
    blocks = _blocks(text, 0, _FIRST_BLOCKS)
    note = next((m for start, end in blocks if (m := _SUBMITTED_BY.search(text, start, end))), None)
    if note is None:
        return head
    span = group_span(source, note, "name")
    name = clean(span.quote)
    head.creators.append(Creator(name, name.split()[-1], is_person=True, span=span))
    if note.group("year"):
        head.issued = int(note.group("year"))
        head.issued_span = group_span(source, note, "year")
    for start, end in blocks:
        block = text[start:end]
        if start >= note.start():
            break
        if _NOT_A_TITLE.fullmatch(block) or block.rstrip().endswith(".") or block.count("\n") > 2:
            continue
        head.title_span = source.span(start, end)
        head.title = clean(block)
        break
    return head
