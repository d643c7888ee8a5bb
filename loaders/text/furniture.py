"""Page furniture of a plain-text conversion: what a page break leaves inside the body.

A report converted page by page carries, between the last line of one page and the first
of the next, a footnote rule ("________") and the footnotes under it ("3 See also ..."),
a footer ("Republic of X, Parliamentary Elections ...   Page 12", "- 12 -") and a running
header ("ODIHR EOM Final Report"), all inside a paragraph or a list item that goes on after
them. ``page_furniture`` finds those lines from their shape alone: the rule, the numbered
notes under it (footnotes, not text), page-number lines, the short lines right after a
page-number line (not a numbered or lettered heading: a chapter opens the page), and any
line of three words or more repeated verbatim on three pages; where form feeds mark the
page breaks, a page's number and any line standing at a break on two pages (a running
header, even one in capitals). The lines after furniture start a block of their own, so a
sentence continued on the next page joins the element the page break interrupted (which
is still open), not the notes.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Collection

from .cleantext import PLAIN_MARKER
from .lines import TERMINAL, Line, LineKind, Shape, classify, unfinished

_RULE = re.compile(r"^\s*(?:_{5,}|-{10,}|\u2014{5,})\s*$")
"""The rule that separates a page's footnotes from its text."""
_NOTE = re.compile(
    r"^\s*(?:\((?P<paren>\d{1,3})\)|\[(?P<square>\d{1,3})\]|(?P<label>\d{1,3}))[ \t]+(?=\S)"
)
"""A footnote under the rule: its number ("3", "(3)" or "[3]"), then its text."""
_PAGE = re.compile(
    r"(?:^|\s{2,}|\t|\s[-\u2013|\u2022]\s)(?:[Pp]age:?|[Pp]\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$"
    r"|^\s*[-\u2013]\s*\d{1,4}\s*[-\u2013]\s*$"
)
"""A footer with the page number: "...   Page 12", "... - Page 12", "Page: 3 of 20", "- 12 -"."""
_HEADER_LINES = 2
"""Short lines after a page-number line that are the next page's running header."""
_REPEATS = 3
"""A line repeated this often (three words or more) is a running header or footer."""


def _repeated(lines: list[Line], shapes: list[Shape]) -> set[str]:
    """Texts of the lines repeated on several pages (never headings or table rows)."""
    counts = Counter(
        line.text.strip()
        for line, shape in zip(lines, shapes, strict=True)
        if shape.kind in (LineKind.TEXT, LineKind.FOOTNOTE) and len(line.text.split()) >= 3
    )
    return {text for text, count in counts.items() if count >= _REPEATS}


_LONE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
_BREAK_REACH = 300
"""How far (characters) a form feed may stand from a line, white space only between."""


def _at_break(line: Line, text: str) -> bool:
    """Whether only white space parts ``line`` from a form feed before or after it: the
    first or last line of a page in a conversion that marks its page breaks."""
    before = text.rfind("\f", max(0, line.start - _BREAK_REACH), line.start)
    if before >= 0 and not text[before + 1 : line.start].strip():
        return True
    after = text.find("\f", line.end, line.end + _BREAK_REACH)
    return after >= 0 and not text[line.end : after].strip()


def page_break_lines(lines: list[Line], shapes: list[Shape], text: str) -> set[int]:
    """Positions of the lines that a form feed's page break makes furniture: a page's
    number ("12" alone on the first or last line of a page), and a line standing at page
    breaks on two pages or more (a running header or footer, even one set in capitals
    like a heading: a real heading opens a page once). A numbered item never is."""
    if "\f" not in text:
        return set()
    edges = [
        i
        for i, (line, shape) in enumerate(zip(lines, shapes, strict=True))
        if shape.kind is not LineKind.ITEM and _at_break(line, text)
    ]
    counts = Counter(lines[i].text.strip() for i in edges)
    return {
        i
        for i in edges
        if counts[lines[i].text.strip()] >= 2
        or _LONE_NUMBER.match(lines[i].text)
        or is_page_footer(lines[i].text)
    }


def is_page_footer(text: str) -> bool:
    """A footer line with the page number ("...   Page 12", "Page: 3 of 20", "- 12 -")."""
    return bool(_PAGE.search(text))


def _alone_after(lines: list[Line], position: int, shape: Shape) -> Shape:
    """The shape of a line right after dropped furniture, which stands alone once the
    furniture is gone ("...   Page 2" over "4. RECOMMENDATIONS" and a blank line): a
    heading then, not an item, when its own text says so."""
    line = lines[position]
    last = position + 1 == len(lines) or lines[position + 1].block != line.block
    if line.alone or not last or shape.kind is LineKind.HEADING:
        return shape
    alone = classify(dataclasses.replace(line, alone=True))
    return alone if alone.kind is LineKind.HEADING else shape


def _right_after(dropped: list[Line], lines: list[Line], position: int) -> bool:
    """Whether the line at ``position`` comes right after a line dropped as furniture."""
    return bool(dropped) and position > 0 and dropped[-1] is lines[position - 1]


def _opens_page(line: Line, text: str) -> bool:
    """Whether a form feed stands just before ``line`` in the source: it opens a page."""
    return "\f" in text[max(0, line.start - 3) : line.start]


def _header_like(stripped: str) -> bool:
    """A running header's shape: a short line without a closing stop."""
    return len(stripped) < 100 and not TERMINAL.search(stripped)


def _header_mid_sentence(
    lines: list[Line], position: int, kept: list[Line], dropped: list[Line], text: str
) -> bool:
    """Whether the line is the running header of a page that a sentence runs across: it
    follows a form feed right after dropped page furniture, the kept line before that
    does not end its sentence and the line after it goes on in lower case."""
    line = lines[position]
    if not (kept and position < len(lines) - 1) or not _opens_page(line, text):
        return False
    stripped, after = line.text.strip(), lines[position + 1].text.lstrip()
    return (
        _right_after(dropped, lines, position)
        and unfinished(kept[-1].text)
        and after[:1].islower()
        and _header_like(stripped)
    )


_NUMBERED_HEADER = re.compile(r"\S(?:\t|[ ]{3,})(?P<page>\d{1,4})\s*$")
"""A running header that carries its page's number, set off by a column gap ("Final Report
        12")."""
_NUMBER = re.compile(r"\d{1,4}")


def _numbered_header(lines: list[Line], position: int, dropped: list[Line], text: str) -> bool:
    """Whether the line is the running header of a new page with that page's number: it
    opens the page (a form feed before it) right after a dropped footer, and it ends in a
    column gap and the footer's number or the next one ("- 3 -" / "UNIVERSITY OF X      3",
    "Page 7 of 40" / "Annual Review 2031      8"), whatever the line after it: a sentence the
    page break cut may go on in capitals ("... on 23" / "October 2006 ...")."""
    line = lines[position]
    if not (_right_after(dropped, lines, position) and _opens_page(line, text)):
        return False
    header, footer = _NUMBERED_HEADER.search(line.text), _NUMBER.search(dropped[-1].text)
    if header is None or footer is None:
        return False
    page, number = int(footer.group()), int(header["page"])
    return number in (page, page + 1) and _header_like(line.text[: header.start("page")].strip())


def page_furniture(
    lines: list[Line], shapes: list[Shape], text: str = ""
) -> tuple[list[Line], list[Shape], list[Line]]:
    """The lines without page furniture, their shapes (notes under a rule are footnotes)
    and the dropped lines. Lines after dropped furniture get a block of their own.
    ``text`` (the source's) shows where form feeds break pages (``page_break_lines``)."""
    repeated = _repeated(lines, shapes)
    at_breaks = page_break_lines(lines, shapes, text)
    kept: list[Line] = []
    kept_shapes: list[Shape] = []
    dropped: list[Line] = []
    shift, in_notes, header, block = 0, False, 0, -1
    for position, (line, shape) in enumerate(zip(lines, shapes, strict=True)):
        if line.block != block:
            in_notes, header = False, 0  # a blank line ends the notes and the header
        block = line.block
        if _right_after(dropped, lines, position):
            shape = _alone_after(lines, position, shape)  # the line after furniture
        stripped = line.text.strip()
        page = _PAGE.search(line.text) is not None
        furniture = (
            page
            or position in at_breaks
            or _RULE.match(line.text) is not None
            or stripped in repeated
            or _header_mid_sentence(lines, position, kept, dropped, text)
            or _numbered_header(lines, position, dropped, text)
            or (
                header > 0
                and _header_like(stripped)
                and shape.kind is not LineKind.ITEM  # a numbered item starts the new page
                and not (shape.kind is LineKind.HEADING and shape.label)  # so does a chapter
            )
        )
        if furniture:
            in_notes = (in_notes or _RULE.match(line.text) is not None) and not page
            header = _HEADER_LINES if page else max(header - 1, 0)
            dropped.append(line)
            shift += 1_000_000
            continue
        header = 0
        note = _NOTE.match(line.text) if in_notes else None
        if note is not None:
            label = note.group("label") or note.group("paren") or note.group("square")
            shape = Shape(LineKind.FOOTNOTE, label, note.end())
        kept.append(dataclasses.replace(line, block=line.block + shift) if shift else line)
        kept_shapes.append(shape)
    return kept, kept_shapes, dropped


def without_note_markers(text: str, notes: Collection[str]) -> str:
    """``text`` less the plain-digit markers of the footnotes numbered ``notes`` (a
    recommendation's text as a reader quotes it, without "adoption.3")."""
    return PLAIN_MARKER.sub(lambda m: "" if m.group() in notes else m.group(), text)


__all__ = ["page_furniture", "without_note_markers"]
