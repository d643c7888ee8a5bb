"""The head of a programme report: the implementer its first sentences name."""

from __future__ import annotations

import re

from ..extract.head import (
    HEAD,
    Creator,
    ReportHead,
)
from ..text.source import SourceText


def head_programme_report(source: SourceText) -> ReportHead:
    head = ReportHead()
    implementer = re.search(
        r"The (?P<name>[A-Z][\w ]+?) \((?P<short>[A-Z]{2,})\)\s+"
        r"(?:conducted|implemented|carried out)",
        source.text[:HEAD],
    )
    if implementer:
        head.creators.append(
            Creator(
                name=implementer.group("name"),
                short_name=implementer.group("short"),
                is_person=False,
                span=source.span(implementer.start("name"), implementer.end("short") + 1),
            )
        )
    return head
