"""The heads of scholarship: an article's title, byline and affiliation line (marked up, or
plain text: an optional journal line, the title block, the byline, the affiliation); a
thesis's cover page (title, author, academic year, university).
"""

from __future__ import annotations

import re

from ..extract.head import (
    HEAD,
    Affiliation,
    Creator,
    ReportHead,
    clean,
    group_span,
)
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
    return _plain_article_head(source, head)


_JOURNAL_LINE = re.compile(r"\bVol\.|\bNo\.\s*\d|\bpp\.\s*\d|\bJournal\b|\bReview\b")
"""The citation line some articles open with ("Journal of X, Vol. 19, No. 2 (2024), pp. ...")."""
_BYLINE = re.compile(
    r"(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3})\s*(?:\*+|\d{1,2}|\u2020)?"
    r"(?:\s*(?:,|and)\s+[A-Z][\w'\u2019.\s-]+?\s*(?:\*+|\d{1,2}|\u2020)?)*"
)
"""A byline: the first author's name, maybe a footnote mark, maybe co-authors."""


def _blocks(text: str, start: int, count: int) -> list[tuple[int, int]]:
    """The first ``count`` blocks of non-blank lines from ``start``: (start, end) offsets."""
    return [
        (start + m.start(), start + m.end())
        for m in re.finditer(r"\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", text[start:])
    ][:count]


def _plain_article_head(source: SourceText, head: ReportHead) -> ReportHead:
    """An article as plain text: [journal line,] title block (no sentence), byline,
    affiliation line; each block separated by a blank line."""
    text = source.text[:HEAD]
    blocks = _blocks(text, 0, 4)
    first = text[blocks[0][0] : blocks[0][1]] if blocks else ""
    if _JOURNAL_LINE.search(first) and "\n" not in first:
        year = re.search(r"\((?P<year>(?:19|20)\d\d)\)", first)
        if year:  # the year: "Vol. 19, No. 2 (2024)"
            head.issued = int(year.group("year"))
            head.issued_span = source.span(blocks[0][0] + year.start(), blocks[0][0] + year.end())
        blocks = blocks[1:]
    if len(blocks) < 2:
        return head
    (title_start, title_end), (by_start, by_end) = blocks[0], blocks[1]
    title = text[title_start:title_end]
    if title.rstrip().endswith(".") or title.count("\n") > 3:
        return head
    byline = _BYLINE.fullmatch(text[by_start:by_end].strip())
    if byline is None:
        return head
    head.title_span = source.span(title_start, title_end)
    head.title = clean(title)
    offset = by_start + len(text[by_start:by_end]) - len(text[by_start:by_end].lstrip())
    span = source.span(offset + byline.start("name"), offset + byline.end("name"))
    head.creators.append(Creator(span.quote, span.quote.split()[-1], is_person=True, span=span))
    if len(blocks) > 2 and "\n" not in text[blocks[2][0] : blocks[2][1]]:
        head.affiliation = _affiliation(source.span(*blocks[2]))
    return head


def _affiliation(span: Span) -> Affiliation | None:
    """``Department of X, Y University, UK`` -> unit and organisation; None if no university."""
    parts = [part.strip() for part in span.quote.split(",")]
    for index, part in enumerate(parts):
        if re.search(r"\b(University|College|Institute|School)\b", part, re.I):
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
