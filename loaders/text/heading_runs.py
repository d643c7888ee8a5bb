"""Numbered headings known by their place in the report's own numbering, not their case.

The line classifier takes "1. Introduction" for a heading, but "2. Sources and method"
(sentence case) may as well open a numbered paragraph, so alone it is read as a list item,
and the whole report then stands under its first heading. What settles it is the
numbering: a short line alone in its block, without a closing stop, whose number is the
next one of the headings above it ("2." after the heading "1.", "4.1" after the heading
"4.", "4.2" after "4.1"; a chapter written as the chapters are, with a full stop after
its number or none) is the next heading, whatever its case. A report whose first
heading the classifier did not find keeps its lines as they were: nothing here guesses
where a numbering starts. The same holds for a lettered chapter's subsections: "B.1",
"B.2" ... alone on their lines under the heading "B  |  TITLE" are its subsections.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lines import HeadingStyle, Line, LineKind, Shape

_NUMBERED_TITLE = re.compile(
    r"^\s*(?P<num>[1-9]\d?(?:\.\d{1,2})?)\.?(?:\t|[ ]+)(?P<title>[A-Z][^\n]{0,90}?)\s*$"
)
"""A section number, then a title that opens with a capital."""
_LETTERED_TITLE = re.compile(
    r"^\s*(?P<num>(?P<letter>[A-Z])\.(?P<sub>[1-9]\d?))\.?(?:\t|[ ]+)"
    r"(?P<title>[A-Z][^\n]{0,90}?)\s*$"
)
"""A lettered chapter's subsection: its letter, a dot and a number, then a title ("B.3  The
2020 parliamentary elections")."""
_CHAPTER_LETTER = re.compile(r"^\s*(?P<letter>[A-Z])(?:\s*[|.):\u2013-]|[ \t]{2,})\s*\S")
"""A chapter heading that opens with its letter ("B  |  FIVE VOTES", "B. MEDIA", "B) ...")."""
_MAX_WORDS = 10
"""A heading's title is short; a longer line is a paragraph or an item."""
_CLOSING = re.compile(r"[.!?;:,]$")


def numbered_heading_runs(lines: Sequence[Line], shapes: Sequence[Shape]) -> list[Shape]:
    """``shapes`` with each short numbered line that continues the numbering of the
    headings above it made a decimal heading (see the module docstring)."""
    found = list(shapes)
    last: tuple[int, ...] | None = None
    stop = False  # whether the chapters put a full stop after their number ("1." or "1")
    chapter: tuple[str, int] | None = None  # a lettered chapter's letter, its last subsection
    depth = 2  # the level of its subsections: one below the chapter's
    for index, (line, shape) in enumerate(zip(lines, shapes, strict=True)):
        if shape.kind is LineKind.HEADING:
            if shape.style is HeadingStyle.DECIMAL and shape.label:
                last = _parts(shape.label)
                stop = _stopped(line.text) if last is not None and len(last) == 1 else stop
            lettered = _CHAPTER_LETTER.match(line.text)
            if shape.label is None or shape.style is not HeadingStyle.DECIMAL:
                chapter = (lettered["letter"], 0) if lettered else None
                depth = 3 if shape.style is HeadingStyle.LETTER else 2
            continue
        if not line.alone or shape.kind not in (LineKind.ITEM, LineKind.TEXT):
            continue
        sub = _LETTERED_TITLE.match(line.text) if chapter is not None else None
        following = (chapter[0], chapter[1] + 1) if chapter is not None else None
        if (
            sub is not None
            and _titled(sub["title"])
            and (sub["letter"], int(sub["sub"])) == following
        ):
            found[index] = Shape(
                LineKind.HEADING, sub["num"], sub.start("title"), HeadingStyle.DECIMAL, depth
            )
            chapter = following
            continue
        if last is None:
            continue
        match = _NUMBERED_TITLE.match(line.text)
        if match is None or not _titled(match["title"]):
            continue
        number = _parts(match["num"])
        if number is None or not _next(last, number):
            continue
        if len(number) == 1 and _stopped(line.text) != stop:
            continue  # not written as the chapters are ("4. Political context" under "3  ...")
        found[index] = Shape(
            LineKind.HEADING, match["num"], match.start("title"), HeadingStyle.DECIMAL, len(number)
        )
        last = number
    return found


_NUMBER_STOP = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*(\.?)(?=\s)")


def _stopped(text: str) -> bool:
    """Does the line's number end with a full stop ("4. Title", not "4  Title", "4.1 Title")?"""
    match = _NUMBER_STOP.match(text)
    return bool(match and match.group(1))


def _parts(label: str) -> tuple[int, ...] | None:
    """A section number's parts ("4.1" -> (4, 1)); None for anything else."""
    pieces = label.strip().rstrip(".").split(".")
    return tuple(int(p) for p in pieces) if all(p.isdigit() for p in pieces) else None


def _next(last: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """Does ``number`` come right after the heading ``last`` ("2" after "1" or "1.3", "1.1"
    after "1", "1.3" after "1.2")?"""
    if len(number) == 1:
        return number[0] == last[0] + 1
    if len(number) == 2:
        return (len(last) == 1 and number == (last[0], 1)) or (
            len(last) == 2 and number in ((last[0], last[1] + 1), (last[0] + 1, 1))
        )
    return False


def _titled(title: str) -> bool:
    """A heading's title: a few words, no closing punctuation, no figure-led table row."""
    words = title.split()
    return (
        len(words) <= _MAX_WORDS
        and not _CLOSING.search(title)
        and not re.search(r"\S(?:\t|[ ]{2,})\S", title)
    )


__all__ = ["numbered_heading_runs"]
