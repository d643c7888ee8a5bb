"""The head of an OSCE/ODIHR final report: the issuer, the title block and the place and date
under it.
"""

from __future__ import annotations

import re

from ..extract.head import (
    HEAD,
    ReportHead,
    clean,
    organisation_creator,
)
from ..text.dates import DATE_PATTERN, match_to_date
from ..text.source import SourceText


def head_final_report(source: SourceText) -> ReportHead:
    text = source.text[:HEAD]
    head = ReportHead()
    full = re.search(r"Office for Democratic Institutions and Human Rights", text)
    issuer = full or re.search(r"\b(?:OSCE/)?ODIHR\b", text)  # older title blocks: acronym only
    if issuer:
        head.creators.append(
            organisation_creator(
                source,
                issuer,
                "OSCE Office for Democratic Institutions and Human Rights",
                "OSCE/ODIHR",
            )
        )
    # The title: from the line after the issuer to the line naming the report ("Election
    # Observation Mission Final Report", "OSCE/ODIHR FINAL REPORT", "... Mission Report",
    # "... Election Expert Team Final Report").
    block = re.search(
        r"(?P<title>[^\n]*\S[^\n]*\n(?:[^\n]*\n){0,8}?"
        r"[^\n]*(?:(?:Mission|Team)\s+(?:Final\s+)?Report|\bODIHR\s+Final Report))",
        text[full.end() if full else 0 :],
        re.IGNORECASE,
    )
    if block:
        offset = full.end() if full else 0
        span = source.span(offset + block.start("title"), offset + block.end("title"))
        head.title_span = span
        head.title = ", ".join(clean(line) for line in span.quote.splitlines() if line.strip())
        after = span.end
        dated = re.search(
            r"^\s*(?P<place>[A-Z][A-Za-z .-]+?)\s*\n\s*(?P<date>" + DATE_PATTERN.pattern + ")",
            source.text[after : after + 400],
            re.MULTILINE,
        )
        if dated:
            date_match = DATE_PATTERN.search(dated.group("date"))
            if date_match:
                head.issued = match_to_date(date_match)
                head.issued_span = source.span(after + dated.start(), after + dated.end())
    return head
