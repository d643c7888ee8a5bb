"""Headings drawn with a frame: a run of one mark on both sides of the title ("*** 4. MEDIA
***", "=== Election day ===", "~~ III. COMPLAINTS ~~", "-- Voter lists --").

The frame says "heading" as plainly as a number does, so such a line is read as the heading
its title alone would be (numbered, lettered or topical), with the frame blanked out in
place so that offsets stay those of the source. Without this, a numbered title inside a
frame matched no heading pattern and a whole report ran on under its first heading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lines import Line

_FRAME = re.compile(
    r"^(?P<lead>\s*(?P<mark>[*=~#_+\u00b7\u2022\u25c6\u25a0-])(?P=mark)+\s+)"
    r"(?P<title>[^\s*=~#_+\u00b7\u2022\u25c6\u25a0-].{0,158}?)"
    r"(?P<tail>\s+(?P=mark){2,}\s*)$"
)
"""Two or more of one mark, a space, a title, a space, two or more of the same mark."""
_SENTENCE_END = re.compile(r"[.;:!?,]$")


def unframed(line: Line) -> Line | None:
    """``line`` with its frame blanked to spaces, standing alone (a frame sets a title off
    as a blank line would), or None when it has no frame or its title reads as a sentence
    ("*** Observers were not admitted. ***" stays text: a title does not end in a stop)."""
    match = _FRAME.match(line.text)
    if match is None or _SENTENCE_END.search(match.group("title")):
        return None
    start, end = match.span("title")
    text = " " * start + line.text[start:end] + " " * (len(line.text) - end)
    return replace(line, text=text, alone=True)


__all__ = ["unframed"]
