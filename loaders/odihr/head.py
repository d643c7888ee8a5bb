"""The head of an OSCE/ODIHR final report: the issuer, the title block and the place and date
under it.
"""

from __future__ import annotations

import re

from ..extract.head import (
    HEAD,
    ReportHead,
    clean,
    issued_date,
    organisation_creator,
)
from ..text.source import SourceText

_PLACE_DATE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Za-z .-]+?[ \t]*(?:,[ \t]*|\n[ \t]*))?"
    r"(?P<date>[^\n]{6,40}?)[ \t]*$",
    re.M,
)
"""A line that is only a date, maybe after the place on its line or the one above."""


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
        # The place and date under the title: "Place" then "20 January 2001", "Place,
        # 27 February 2001", or the date alone, in any form ``issued_date`` reads.
        under = source.text[after : after + 400]
        for dated in _PLACE_DATE.finditer(under):
            issued = issued_date(dated.group("date"))
            if issued is not None and issued[1:] == (0, len(dated.group("date"))):
                head.issued = issued[0]
                head.issued_span = source.span(after + dated.start(), after + dated.end())
                break
    return head
