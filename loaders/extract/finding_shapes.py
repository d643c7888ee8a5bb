"""What is not a finding however it judges: an ask. A sentence that asks for something
("The law should be amended to ...", "We recommend that the commission ...") is a
recommendation, wherever a report puts it, even when its words criticise ("should end the
misuse of ..."); "should have" looks back and judges, so it stays a finding."""

from __future__ import annotations

import re

from ..text.sentences import sentences

_ASK = re.compile(
    r"^[^,;:]{0,100}?\b(?:should|ought\s+to)\b(?!\s+(?:not\s+)?have\b)"
    r"|^[^,;:]{0,40}?\b(?:we|mission|delegation|observers?)\s+(?:also\s+)?"
    r"(?:recommends?|urges?|calls?\s+on)\b",
    re.I,
)
"""An ask opening a sentence: its subject, then the modal ("The commission should ...",
"07 - The law should ..."); a clause that judges first ("The exclusion is at odds with
the Constitution, and it should be reviewed") keeps the sentence a finding."""


def only_asks(text: str) -> bool:
    """Does every sentence of ``text`` open with an ask (``_ASK``)?"""
    bounds = sentences(text)
    return bool(bounds) and all(_ASK.search(text[start:end]) for start, end in bounds)


__all__ = ["only_asks"]
