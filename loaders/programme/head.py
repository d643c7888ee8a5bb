"""The head of a programme report: the implementer, as the title block's first line names it
("INTERNATIONAL INSTITUTE FOR ..."), else as its first sentences do ("... the Institute for
X (IFX) implemented ...", "Submitted by: X (IFX)")."""

from __future__ import annotations

import re

from ..extract.head import (
    HEAD,
    Creator,
    ReportHead,
    issuer_line,
)
from ..text.source import SourceText

_NAME = r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,9}?)\s*\((?P<short>[A-Z]{2,})\)"
_IMPLEMENTERS = (
    re.compile(rf"\b[Tt]he\s+{_NAME}\s+(?:conducted|implemented|carried\s+out)\b"),
    re.compile(rf"^[ \t]*(?:Submitted|Implemented)\s+by:?\s+{_NAME}", re.M),
)
"""The implementer named with its acronym as the one that ran the programme or submits the
report."""


def head_programme_report(source: SourceText) -> ReportHead:
    head = ReportHead()
    first = re.search(r"\S[^\n]*", source.text[:HEAD])
    line = issuer_line(source, first.start(), first.end()) if first else None
    if line is not None:
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
    return head
