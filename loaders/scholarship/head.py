"""The heads of scholarship: an article's title, byline and affiliation line; a thesis's cover
page (title, author, academic year, university).
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
