"""Line classification: what each line of a converted report is, judged from its shape alone.

A line is a heading (Roman-numbered section, lettered sub-section "B." or "B)", Markdown
``#``, a decimal-numbered heading standing alone (``3.1.3 Phase 1 - Repression``), or a short
upper-case topical heading standing alone), the start of a footnote (a superscript number
at the start of the line), a list item (``1.``, ``- 1.``, ``-``, ``•``), a table row (cells
separated by tabs or pipes) or running text. ``document.py`` assembles lines into the tree;
this module only looks at one line (and whether it stands alone in its block).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import Enum

from .cleantext import MARKER_FORMS, SUPERSCRIPT_DIGITS, marker_label
from .dates import MONTH_NAME
from .framed import unframed
from .labels import GLUED_MARKS, ITEM_LABEL, ROMAN, SENTENCE, SPELT_NUMBERS, item_label

_ROMAN_HEADING = re.compile(r"^\s*(?P<num>[IVXLC]{1,7})\.?\s+(?P<title>\S.{0,160}?)\s*$")
_LETTER_HEADING = re.compile(r"^\s*(?P<num>[A-Z])[.)]\s+(?P<title>\S.{0,160}?)\s*$")
_DECIMAL_HEADING = re.compile(
    r"^\s*(?P<num>[1-9]\d?(?:\.\d{1,2}){0,4}|[1-9]\d?[a-z](?=[ \t]+/)"
    r"|[A-Z]{1,2}\d{1,2}(?=[ \t]{2}))\.?(?:[ \t]+/)?[ \t]+"
    r"(?P<title>[A-Z(].{0,120}?)\s*$"
)
"""A decimal-numbered heading standing alone: ``3.1.3 Phase 1 - Repression``, ``2 Methodology``,
a slash after the number (``4 / LEGAL FRAMEWORK``, an inserted ``7a / MEDIA``), a coded
number set off by a column gap (a questionnaire's ``Q4  MAIN FINDINGS``)."""
_CHAPTER_HEADING = re.compile(
    r"^\s*(?:CHAPTER|Chapter|PART|Part|SECTION|Section)[ \t]+"
    rf"(?P<num>[1-9]\d?|[IVXLC]{{1,7}}|(?i:{'|'.join(SPELT_NUMBERS)})\b)"
    r"(?:[ \t]*(?:[.:\u2013\u2014]|-{1,2})[ \t]*|\t[ \t]*|[ ]{2,})(?P<title>[A-Z].{0,120}?)\s*$"
)
"""A heading led by the word for its rank ("Chapter 3   Legal framework", "PART II: THE
CAMPAIGN", "PART SEVEN -- RECOMMENDATIONS"): the number is the section's, the title may
be in sentence case."""
_MONTH_START = re.compile(rf"^{MONTH_NAME}\b")
_MARKDOWN_HEADING = re.compile(r"^\s*(?P<hashes>#{1,6})\s+(?P<title>\S.*?)\s*#*\s*$")
_FOOTNOTE_START = re.compile(rf"^\s*(?:{MARKER_FORMS})\s*(?=\S)")
"""A footnote's number at the start of its line, then its text."""
GLYPHS = (
    "\u2022\u25aa\u25e6\u00b7\u25ba\u25b6\u27a2\u27a4\u25a0\u25a1\u25c6\u2666\uf0b7\uf0a7\uf0d8"
)
"""Bullet glyphs: dots and squares, arrowheads ("\u25ba", "\u27a2") and the private-use
glyphs a Symbol or Wingdings bullet becomes in PDF extraction ("\uf0b7")."""
_ITEM = re.compile(
    rf"^\s*(?:(?:[{GLYPHS}][ \t]*|[{GLUED_MARKS}](?=[(\d]))?(?:{ITEM_LABEL})"
    rf"|(?P<bullet>>>|--|[-\u2013*>{GLYPHS}]|o(?=\s+[A-Za-z])))\s+(?=\S)"
)
"""A list item: a label (:mod:`.labels`) or a bullet (">>", a typewriter's "--" and a word
processor's "o" too), then its text. A glyph before a label ("\u25ba 1.") or a mark glued to
it ("*1)") marks the numbered item (a priority, as the lead-in says): the number is its label."""
_LABEL_ONLY = re.compile(rf"^\s*(?:{ITEM_LABEL})\s*$")
"""A label alone on its line ("5.", "(b)"): the item's text follows on the next line."""
LONE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
"""A number alone: a page's on its line, a row's in a tab-separated cell."""
_DECIMAL_CELL = re.compile(r"^\s*[1-9]\d?(?:\.\d{1,2}){0,4}\.?\s*$")
"""A section number alone in a tab-separated cell: on a line of its own, "2.1<tab>Norm
Contestation" is a heading, not a table row."""
_TOC_HEADING = re.compile(r"^\s*(TABLE OF CONTENTS|CONTENTS)\s*$", re.I)
_TOC_LINE = re.compile(r"^.*\S(?:\t+\s*|\s*\.{3,}\s*|\s{2,})\d{1,3}\s*$")
_GAPPED_NUMBER = re.compile(r"^\s*[1-9]\d?(?:\.\d{1,2}){0,4}(?:\t|[ ]{2,})\S")
"""A section number set off from its title by a column gap ("3.1  The campaign")."""
TERMINAL = re.compile(r"[.!?;:]$")
"""Punctuation that closes a sentence or clause, last on a (stripped) line: such a line is
prose, not a title, a heading, a contents entry or a running header."""
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
UNNUMBERED_TOP = re.compile(r"^(ANNEX|APPENDIX|ABOUT THE)\b", re.I)
"""Unnumbered headings that open a top-level part (annexes, the issuer's description)."""
DETACHED_NUMERAL = re.compile(r"^\s*(?P<num>[IVXLC]{1,7})\.\s*$")
"""A section numeral the conversion left on a line of its own, away from its heading."""
_RUN_IN = re.compile(r"^\s*(?P<title>[A-Z][\w'-]*(?:\s+[\w'-]+){0,9}):\s+\S")
_BREAK = re.compile(r"[\n\v\f\x1c-\x1e\x85\u2028\u2029]|\r\n?")
"""A line break, as ``str.splitlines`` reads them."""


class LineKind(Enum):
    HEADING = "heading"
    FOOTNOTE = "footnote"
    ITEM = "item"
    TABLE_ROW = "table-row"
    TEXT = "text"


class HeadingStyle(Enum):
    ROMAN = "roman"
    LETTER = "letter"
    MARKDOWN = "markdown"
    DECIMAL = "decimal"
    TOPICAL = "topical"


@dataclass(frozen=True)
class Line:
    """One non-blank line: offsets of its text (without the newline) and its block number."""

    start: int
    end: int
    text: str
    block: int
    alone: bool
    """The only line in its block (blank lines or the text's edges around it)."""


@dataclass(frozen=True)
class Shape:
    """What a line is. ``label`` is the heading number, item number or footnote number;
    ``body`` the offset (within the line) where its content starts."""

    kind: LineKind
    label: str | None = None
    body: int = 0
    style: HeadingStyle | None = None
    level: int = 0
    bullet: bool = False
    end: int | None = None
    """Where (within the line) a heading's title ends, when something follows it (a frame)."""


def line_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Every line of ``text[start:end]``, blank ones too, as its start and end offsets in
    ``text`` and its text (a carriage return or newline that ends it left out), read as
    they are asked for. Table readers walk these from a header or a caption: what stands
    above a row and where the first blank line stops a table are theirs to judge, so the
    lines come one by one without reading the rest of the report.

    >>> list(line_spans("Total\\t12\\r\\n\\nNext"))
    [(0, 8, 'Total\\t12'), (10, 10, ''), (11, 15, 'Next')]
    """
    stop = len(text) if end is None else end
    begin = start
    for brk in _BREAK.finditer(text, start, stop):
        close = brk.start() if brk.group() in ("\n", "\r", "\r\n") else brk.end()
        yield begin, close, text[begin:close]
        begin = brk.end()
    if begin < stop:
        yield begin, stop, text[begin:stop]


_UNDERLINE = re.compile(r"\s*([-=~_])\1{2,}\s*")
"""A line of one repeated dash or equals sign: a typewritten heading's underline."""
_UNDERLINE_SLACK = 3
"""How much an underline's width may differ from its heading's."""


def split_lines(text: str) -> list[Line]:
    """The text's non-blank lines, each with its block (a run between blank lines)."""
    raw: list[tuple[int, int, str, int]] = []
    block, offset, previous_blank = 0, 0, True
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        if raw and not previous_blank and _underlines(raw[-1][2], content):
            start, end, title, _ = raw.pop()  # an underlined title: a block of its own
            block += 1 if raw and raw[-1][3] == block else 0
            raw.append((start, end, title, block))
            previous_blank = True
        elif content.strip():
            if previous_blank and raw:
                block += 1
            raw.append((offset, offset + len(content), content, block))
            previous_blank = False
        else:
            previous_blank = True
        offset += len(line)
    sizes: dict[int, int] = {}
    for *_, number in raw:
        sizes[number] = sizes.get(number, 0) + 1
    return [Line(s, e, t, b, sizes[b] == 1) for s, e, t, b in raw]


def _underlines(title: str, rule: str) -> bool:
    """Is ``rule`` a line of one repeated dash under ``title``, about as long ("PART ONE --
    SUMMARY" over "-------------------"): a typescript's heading, which then stands alone
    and loses its rule, not a table's rule under its header row (columns set apart)?"""
    words = title.strip()
    return (
        bool(_UNDERLINE.fullmatch(rule))
        and abs(len(rule.strip()) - len(words)) <= _UNDERLINE_SLACK
        and not re.search(r"\S\s{2,}\S", re.sub(r"^[\dIVX]{1,3}(?:\.\d{1,2})*\.?\s+", "", words))
    )


def is_toc_heading(line: Line) -> bool:
    return bool(_TOC_HEADING.match(line.text))


def is_toc_line(line: Line) -> bool:
    """A table-of-contents entry: a title followed by a page number."""
    return bool(_TOC_LINE.match(line.text)) and len(line.text) < 200


def headline(title: str) -> bool:
    """Looks like a heading's title: upper case or Title Case, short, no closing full stop."""
    stripped = title.replace("*", "").strip()
    if not stripped or len(stripped) > 160 or TERMINAL.search(stripped.rstrip(")")):
        return False
    letters = [ch for ch in stripped if ch.isalpha()]
    if len(letters) < 2:
        return False
    if all(not ch.islower() for ch in letters):
        return True
    words = re.findall(r"[^\W\d_][\w'-]*", stripped)
    if not words or len(words) > 10:
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words) and words[0][0].isupper()


def _short_title(title: str) -> bool:
    """A short title in sentence case: at most eight words, no sentence inside."""
    return _titled(title) and len(title.split()) <= 8 and ". " not in title


def _titled(cell: str) -> bool:
    """A chapter title after a tab ("From Application to Validity: Contestation after 2010"):
    opens with a capital, ends without a full stop, at most 16 words."""
    cell = cell.strip()
    return (
        cell[:1].isupper()
        and not TERMINAL.search(cell)
        and len(cell.split()) <= 16
        and not _MONTH_START.match(cell)
    )


def bullet_title(line: Line, match: re.Match[str]) -> bool:
    """A bullet glyph before a short title alone in its block ("\u25a0 Voter Registration",
    blank lines around): a heading drawn with a glyph, not a list item (an item says
    something: it has a verb, a full stop or runs on to the next line)."""
    title = line.text[match.end() :].strip()
    return (
        line.alone
        and match.groupdict().get("bullet") is not None
        and headline(title)
        and not any(ch.isdigit() for ch in title)
        and len(title.split()) <= 8
    )


_NUMBERED_CELLS: tuple[tuple[re.Pattern[str], Callable[[str], object]], ...] = (
    (re.compile(r"^\s*(?:[IVXLC]{1,7}|[A-Z])\.\s*$"), headline),
    (
        re.compile(rf"^\s*(?:\d{{1,3}}[.)]|[-\u2013*{GLYPHS}])\s*$"),
        re.compile(r"[a-z]{3,}\s+[a-z]{2,}").search,
    ),
    (LONE_NUMBER, re.compile(rf"^\s*{SENTENCE}").match),
)
"""The first cell of a tab-separated line that numbers it, and what its second cell must be
for the line to be a heading or a list item, not a table row: a numeral and a headline
("I.<tab>EXECUTIVE SUMMARY"), an item's number or a bullet and words of prose ("12.<tab>The
CEC should ...", "•<tab>The CEC should ..."), a number and a sentence."""


def classify(line: Line) -> Shape:
    """The shape of one line (see the module docstring)."""
    inner = unframed(line)
    if inner is not None:  # "*** 4. MEDIA ***": the heading its title alone would be
        shape = classify(inner)
        title = inner.text.strip()
        if shape.kind is not LineKind.HEADING and (headline(title) or _short_title(title)):
            shape = Shape(LineKind.HEADING, None, inner.text.index(title), HeadingStyle.TOPICAL)
        if shape.kind is LineKind.HEADING:
            return replace(shape, end=len(inner.text.rstrip()))
    text = line.text
    match = _FOOTNOTE_START.match(text)
    if match:
        return Shape(LineKind.FOOTNOTE, marker_label(match), match.end())
    match = _MARKDOWN_HEADING.match(text)
    if match:
        return Shape(
            LineKind.HEADING,
            None,
            match.start("title"),
            HeadingStyle.MARKDOWN,
            len(match.group("hashes")),
        )
    cells = [c for c in text.split("\t") if c.strip()]
    numbered = len(cells) == 2 and any(
        first.match(cells[0]) and second(cells[1]) for first, second in _NUMBERED_CELLS
    )
    if line.alone and len(cells) == 2 and _DECIMAL_CELL.match(cells[0]) and _titled(cells[1]):
        number = cells[0].strip().rstrip(".")
        return Shape(
            LineKind.HEADING,
            number,
            text.index(cells[1]),
            HeadingStyle.DECIMAL,
            number.count(".") + 1,
        )
    if "\t" in text.strip() and len(cells) >= 2 and not numbered:
        return Shape(LineKind.TABLE_ROW)
    if text.strip().startswith("|") and text.strip().endswith("|") and text.count("|") >= 3:
        return Shape(LineKind.TABLE_ROW)
    for pattern, style in ((_ROMAN_HEADING, HeadingStyle.ROMAN), (_LETTER_HEADING, None)):
        match = pattern.match(text)
        if match and headline(match.group("title")):
            number = match.group("num")
            if style is HeadingStyle.ROMAN and not ROMAN.match(number):
                continue
            if style is HeadingStyle.ROMAN and len(number) == 1 and number not in "IVX":
                continue
            return Shape(
                LineKind.HEADING, number, match.start("title"), style or HeadingStyle.LETTER
            )
    match = _CHAPTER_HEADING.match(text)
    if match and line.alone and _short_title(match.group("title")):
        number = match.group("num")
        roman = not number.isdigit()
        return Shape(
            LineKind.HEADING,
            number,
            match.start("title"),
            HeadingStyle.ROMAN if roman else HeadingStyle.DECIMAL,
            0 if roman else 1,
        )
    match = _DECIMAL_HEADING.match(text)
    if (
        match
        and line.alone
        # a number set off by a column gap, without a full stop, then a short line alone
        # in its block, is a heading in sentence case too ("2  Observation and authoritarian
        # learning"), as scholarship writes them; "2. Political context" may open a
        # numbered paragraph, "58 Interview with ..." is a note
        and (
            headline(match.group("title"))
            or (_GAPPED_NUMBER.match(text) is not None and _short_title(match.group("title")))
        )
        and not _MONTH_START.match(match.group("title"))
        and (
            "." in match.group("num")
            or len(match.group("title").split()) <= 6
            or match.group("title").isupper()  # "4  OBSERVATION OF THE ... : MAIN FINDINGS"
        )
    ):
        number = match.group("num")
        return Shape(
            LineKind.HEADING,
            number,
            match.start("title"),
            HeadingStyle.DECIMAL,
            number.count(".") + 1,
        )
    match = _ITEM.match(text) or _LABEL_ONLY.match(text)
    if match and bullet_title(line, match):
        return Shape(LineKind.HEADING, None, match.end(), HeadingStyle.TOPICAL)
    if match and (match.groupdict().get("bullet") or item_label(match)):
        label = None if match.groupdict().get("bullet") else item_label(match)
        return Shape(LineKind.ITEM, label, match.end(), bullet=label is None)
    stripped = text.strip()
    if UNNUMBERED_TOP.match(stripped):
        stripped = re.sub(r"(?<=[A-Z])\d{1,3}$", "", stripped)  # a footnote number glued on
        if line.alone and _short_title(stripped):
            # "Annex   Meetings held by the mission": an annex's title in sentence case
            return Shape(
                LineKind.HEADING, None, len(text) - len(text.lstrip()), HeadingStyle.TOPICAL
            )
    if (
        line.alone
        and headline(stripped)
        and not any(ch.isdigit() for ch in stripped)
        and (stripped.upper() == stripped or len(stripped.split()) <= 6)
    ):
        return Shape(LineKind.HEADING, None, len(text) - len(text.lstrip()), HeadingStyle.TOPICAL)
    return Shape(LineKind.TEXT, body=len(text) - len(text.lstrip()))


def run_in_heading(text: str) -> str | None:
    """The run-in heading a line opens with ("Media: The delegation ..."), if any."""
    match = _RUN_IN.match(text)
    if match and headline(match.group("title")):
        return match.group("title")
    return None


def detached_numeral(line: Line) -> str | None:
    """The Roman numeral of a line holding nothing else ("II."), if any."""
    match = DETACHED_NUMERAL.match(line.text)
    if match and ROMAN.match(match.group("num")):
        return match.group("num")
    return None


def unfinished(text: str) -> bool:
    """Whether running text stops mid-sentence (page break or footnote block follows).

    Trailing footnote markers, emphasis, closing quotes and brackets are ignored; a text
    ending in a link counts as finished.
    """
    tail = re.sub(
        rf"(?:<sup>\s*\d+\s*</sup>|[{SUPERSCRIPT_DIGITS}\s*_\"'\u2019\u201d)\]>])+$", "", text
    )
    if not tail:
        return False
    if re.search(r"https?://\S+$|\.pdf$|\.html?$", tail):
        return False
    return not TERMINAL.search(tail)
