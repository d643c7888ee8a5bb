"""Line shapes corrected before lines become units: what a PDF conversion does to a page's
layout (detached section numerals, glyph columns, page numbers, stray words), and numbered
lines that are notes or table rows rather than list items."""

from __future__ import annotations

import re

from .lines import (
    GLYPHS,
    LONE_NUMBER,
    HeadingStyle,
    Line,
    LineKind,
    Shape,
    detached_numeral,
    headline,
)

LONE_GLYPH = re.compile(rf"^\s*[{GLYPHS}]\s*$")
"""A bullet glyph the conversion separated from its item's text (a column of them)."""
NOTES_TITLE = re.compile(r"^\s*(?:Notes|NOTES|Endnotes|ENDNOTES|Footnotes|FOOTNOTES)\s*$")
"""The title of a list of notes: the numbered lines under it are notes, not list items."""
STRAY_WORDS = re.compile(r"^\s*[a-z]+(?: [a-z]+)?\s*$")
"""One or two lower-case words standing alone: words displaced from a line by the conversion."""
ITEM_END = re.compile(r"[;.]\s*(?:and|or)?\s*$")
"""How an item of a list written as running lines ends ("...;", "...; and", "...")."""
_NUMERAL_REACH = 15
"""Lines after a detached section numeral within which its heading is looked for."""


def undo_layout_scars(
    body: list[Line], shapes: list[Shape]
) -> tuple[list[Line], list[Shape], dict[int, Line], list[Line]]:
    """Undo what a PDF conversion does to a page's layout, before lines become units.

    - A section numeral alone on its line ("II.") is given to the next upper-case
      heading-like line (within a few lines), which becomes a Roman-numbered heading.
    - A column of bullet glyphs separated from the items' text: the text lines that
      follow are cut into that many bulleted items, each ending with ";", "; and" or ".".
    - Page numbers (a number ending its block) and one or two displaced lower-case words
      standing alone are left out of the body (and listed as dropped).

    Returns the kept lines, their shapes, the numeral line of each re-made heading (by
    its position in the kept lines) and the dropped lines.
    """
    kept: list[Line] = []
    kept_shapes: list[Shape] = []
    numerals: dict[int, Line] = {}
    dropped: list[Line] = []
    numeral: tuple[Line, str, int] | None = None
    glyphs, in_item = 0, False
    for index, (line, shape) in enumerate(zip(body, shapes, strict=True)):
        label = detached_numeral(line)
        if label:
            numeral = (line, label, 0)
            continue
        last_in_block = index + 1 == len(body) or body[index + 1].block != line.block
        if LONE_GLYPH.match(line.text):
            glyphs += 1
            dropped.append(line)
            continue
        if (LONE_NUMBER.match(line.text) and last_in_block) or (
            line.alone and STRAY_WORDS.match(line.text)
        ):
            dropped.append(line)
            continue
        if numeral is not None:
            stripped = line.text.strip()
            if (
                headline(stripped)
                and stripped.upper() == stripped
                and not any(ch.isdigit() for ch in stripped)
            ):
                indent = len(line.text) - len(line.text.lstrip())
                shape = Shape(LineKind.HEADING, numeral[1], indent, HeadingStyle.ROMAN)
                numerals[len(kept)] = numeral[0]
                numeral = None
            elif shape.style is HeadingStyle.ROMAN or numeral[2] >= _NUMERAL_REACH:
                numeral = None
            else:
                numeral = (numeral[0], numeral[1], numeral[2] + 1)
        if glyphs and shape.kind is LineKind.TEXT:
            if not in_item:
                indent = len(line.text) - len(line.text.lstrip())
                shape = Shape(LineKind.ITEM, None, indent, bullet=True)
                in_item = True
            if ITEM_END.search(line.text):
                glyphs, in_item = glyphs - 1, False
        elif shape.kind is not LineKind.TEXT:
            glyphs, in_item = 0, False
        kept.append(line)
        kept_shapes.append(shape)
    return kept, kept_shapes, numerals, dropped


def note_lines(body: list[Line], shapes: list[Shape]) -> list[Shape]:
    """Lines with a bare number under a "Notes" title ("1   Signed in 1977.") are notes,
    not list items, up to the next heading: they stay running text, as unnumbered notes."""
    found, under = [], False
    for line, shape in zip(body, shapes, strict=True):
        if shape.kind is LineKind.HEADING:
            under = False
        elif NOTES_TITLE.match(line.text):
            under = True
        elif under and _numbered_item(shape):
            shape = Shape(LineKind.TEXT)
        found.append(shape)
    return found


_HEADER_ROW = re.compile(r"^\s*\S.*?\S(?:\t|[ ]{3,})\S.*?\S(?:\t|[ ]{3,})\S")
"""A line of three or more columns set with spaces or tabs: a table's header row."""


def space_table_rows(body: list[Line], shapes: list[Shape]) -> list[Shape]:
    """Numbered rows under a header row set with spaces, in one block ("No.   Section
    Recommendation" over "1     II     The ..."), are a table's rows, not list items."""
    found: list[Shape] = []
    header: int | None = None
    for line, shape in zip(body, shapes, strict=True):
        first = not found or body[len(found) - 1].block != line.block
        if first:
            header = (
                line.block if shape.kind is LineKind.TEXT and _HEADER_ROW.match(line.text) else None
            )
        elif header == line.block and _numbered_item(shape):
            shape = Shape(LineKind.TEXT)
        found.append(shape)
    return found


def _numbered_item(shape: Shape) -> bool:
    """A list item with a bare number for its label (what a note or a table row can look like)."""
    return shape.kind is LineKind.ITEM and (shape.label or "").isdigit()
