"""What a statement's head reader makes of a title block closed by a dateline, for tests
that check the title and the dateline a block gives (each test its own layout)."""

from __future__ import annotations

import datetime

from normgraph.loaders.statement.head import read_statement_head
from normgraph.loaders.text.source import SourceText


def title_and_dateline(text: str) -> tuple[datetime.date | int | None, str, str]:
    """The issue date (or year) read from ``text``'s head, the title's quote and the
    dateline's quote (each "" when the head has none)."""
    head = read_statement_head(SourceText("statement", "statement.txt", text))
    title = head.title_span.quote if head.title_span is not None else ""
    dateline = head.issued_span.quote if head.issued_span is not None else ""
    return head.issued, title, dateline
