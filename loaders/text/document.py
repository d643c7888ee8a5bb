"""Document model: a report's text as a tree of sections, paragraphs, items, tables, footnotes.

This is the stage between source text and genre extractors; every loader reads reports
through it. ``parse_document(source)`` returns a ``Document``:

- ``title_block``: the short head before the body (title, issuer, reference, date lines),
  as spans; ``toc``: the table of contents, recognised and skipped (:mod:`.front` finds
  both, and keeps a summary or adopted text before the first numbered chapter as body).
- ``root``: a ``Section`` tree (Roman-numbered sections, lettered sub-sections, topical
  headings, Markdown ``#`` headings, decimal-numbered headings such as ``3.1.3``); each
  section holds its ``elements`` in reading order.
- ``elements``: every body element in reading order: headings, paragraphs, list items
  (numbered, bulleted, ``- 1.``) and tables.
- ``footnotes``: by number; each knows the ``Marker`` spans that cite it.

PDF scars are undone: a sentence or numbered item split by an interleaved footnote block
or a page break is rejoined (its ``pieces`` are the exact source spans it consists of),
and a footnote continued after a page break gets its continuation. ``Element.text`` is
the clean text (markers, emphasis, escapes removed, white space folded); since it is not
contiguous in the source, cite it with ``Element.spans(start, end)`` or
``Element.locate(phrase)``, which return exact source spans.

>>> from normgraph.loaders.text.source import SourceText
>>> text = "I. INTRODUCTION\\n\\nThe law was amended in a hurry¹ and\\n\\n"
>>> text += "¹ In February.\\n\\nlater.\\n"
>>> doc = parse_document(SourceText("d", "d.txt", text))
>>> paragraph = doc.elements[1]
>>> paragraph.text, paragraph.section.title
('The law was amended in a hurry and later.', 'INTRODUCTION')
>>> [span.quote for span in paragraph.pieces]
['The law was amended in a hurry¹ and', 'later.']
>>> doc.footnotes["1"].text, [e.text for e in doc.citing("1")]
('In February.', ['The law was amended in a hurry and later.'])
"""

from __future__ import annotations

import itertools
import re

from .cleantext import MARKER, PLAIN_MARKER, CleanText, marker_label
from .front import front
from .furniture import page_furniture
from .heading_runs import numbered_heading_runs
from .hyphenation import prose_text
from .labels import opens_worded
from .layout_scars import note_lines, space_table_rows, undo_layout_scars
from .lines import (
    UNNUMBERED_TOP,
    HeadingStyle,
    Line,
    LineKind,
    Shape,
    classify,
    run_in_heading,
    split_lines,
    unfinished,
)
from .model import Document, Element, ElementKind, Footnote, Marker, Row, Section, Sentence
from .source import SourceText, Span

_CONTINUATION_LEAD = r"\s*[-\u2013\u2022]\s+(?=[a-z])"
"""A bullet a page break left before the rest of a split item (``- transparent ...``)."""
_DIGIT = re.compile(r"\d")
"""A digit: only a line with one can hold a plain footnote number (a quick test first)."""
_OPENER = r"\s*(?:However|Unfortunately|Moreover|Furthermore|In addition|Nevertheless|Finally),\s"
"""A paragraph that opens with a linking adverb ("Unfortunately, ...") starts afresh even
after a line left unfinished (a missing full stop, not a page break)."""


def _capitals(title: str) -> bool:
    """Whether a heading is set in capitals (two letters or more, no lower-case one)."""
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


class _Builder:
    """Assembles classified lines into the tree, undoing interleaved footnotes."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.root = Section(level=0, title="")
        self.current = self.root
        self.elements: list[Element] = []
        self.footnotes: dict[str, Footnote] = {}
        self.last_note: Footnote | None = None
        self.open: Element | None = None
        """The last body element, while it stops mid-sentence."""

    def span(self, line: Line, offset: int = 0) -> Span:
        return self.source.span(line.start + offset, line.end)

    def heading(self, line: Line, shape: Shape, numeral: Line | None = None) -> None:
        title_span = self.span(line, shape.body)
        if shape.end is not None:  # a frame after the title ("*** 4. MEDIA ***")
            title_span = self.source.span(title_span.start, line.start + shape.end)
        title = CleanText.build(self.source, [title_span]).text
        level = self._level(shape, title)
        while self.current.level >= level and self.current.parent is not None:
            self.current = self.current.parent
        section = Section(level, title, shape.label, shape.style, parent=self.current)
        self.current.children.append(section)
        self.current = section
        pieces = [self.span(numeral)] if numeral is not None else []
        pieces.append(self.span(line))
        element = Element(ElementKind.HEADING, pieces, section, shape.label)
        section.heading = element
        self._add(element)
        self.open = None

    def _level(self, shape: Shape, title: str) -> int:
        if shape.style is HeadingStyle.ROMAN:
            return 1
        if shape.style in (HeadingStyle.MARKDOWN, HeadingStyle.DECIMAL):
            return shape.level
        if shape.style is HeadingStyle.LETTER:
            return 2
        if UNNUMBERED_TOP.match(title):
            return 1
        if (peer := self._capitals_peer(title)) is not None:
            return peer.level
        node = self.current
        if node.style is HeadingStyle.TOPICAL:  # a sibling topical heading
            return node.level
        return node.level + 1

    def _capitals_peer(self, title: str) -> Section | None:
        """The outermost open unnumbered heading in capitals, for a heading in capitals: a
        report whose main headings are unnumbered capitals ("ELECTION ADMINISTRATION")
        keeps them at one level, however deep lettered or topical subsections went between
        them (each capitals heading is then the sibling of the first, not nested below)."""
        if not _capitals(title):
            return None
        chain, node = [], self.current
        while node.parent is not None:
            chain.append(node)
            node = node.parent
        peers = [n for n in chain if n.style is HeadingStyle.TOPICAL and _capitals(n.title)]
        return peers[-1] if peers else None

    def _add(self, element: Element) -> None:
        self.current.elements.append(element)
        self.elements.append(element)

    def footnote(self, lines: list[Line], shape: Shape) -> None:
        first = lines[0]
        label_span = self.source.span(first.start, first.start + shape.body)
        pieces = [self.span(first, shape.body)] + [self.span(line) for line in lines[1:]]
        note = Footnote(shape.label or "", label_span, pieces)
        if note.label not in self.footnotes:
            self.footnotes[note.label] = note
        self.last_note = note

    def text(self, lines: list[Line], shape: Shape, next_is_note: bool) -> None:
        body = shape.body if shape.kind is LineKind.ITEM else 0
        bare = _bare_label(shape, lines[0])  # "5." over its text, or alone: the label
        pieces = [self.span(lines[0])] if bare and len(lines) == 1 else []
        pieces += [] if bare else [self.span(lines[0], body)]
        pieces += [self.span(line) for line in lines[1:]]
        note = self.last_note
        if (
            shape.kind is LineKind.TEXT
            and next_is_note
            and note is not None
            and unfinished(note.pieces[-1].quote)
        ):
            note.pieces.extend(pieces)  # a footnote continued from the previous page
            return
        whole = [self.span(lines[0]), *pieces[1:]]
        continues = (
            shape.kind is LineKind.TEXT
            and run_in_heading(lines[0].text) is None
            and re.match(_OPENER, lines[0].text) is None
        ) or (shape.bullet and re.match(_CONTINUATION_LEAD, lines[0].text) is not None)
        if self.open is not None and continues:
            self.open.pieces.extend(whole if shape.bullet else pieces)
        else:
            kind = ElementKind.PARAGRAPH if shape.kind is LineKind.TEXT else ElementKind.ITEM
            element = Element(kind, pieces, self.current, shape.label, shape.bullet)
            self._add(element)
            self.open = element
        assert self.open is not None
        last = self.open.pieces[-1].quote
        if not unfinished(last) or _LEADER_ROW.search(last):
            self.open = None  # a dot leader's row ends with its value, stop or none

    def table(self, lines: list[Line]) -> None:
        rows = []
        for line in lines:
            cells, offset = [], line.start
            for cell in re.split(r"[\t|]", line.text):
                if cell.strip():
                    cells.append(self.source.span(offset, offset + len(cell)))
                offset += len(cell) + 1
            rows.append(Row(self.span(line), cells))
        element = Element(ElementKind.TABLE, [r.span for r in rows], self.current, rows=rows)
        self._add(element)
        self.open = None

    def _markers(self, element: Element) -> list[Marker]:
        """The footnote markers of ``element``'s pieces, in order: superscripts, and in
        prose the plain digits PDF extraction leaves of one ("elections.12", "law3,") when
        the report has a note of that number."""
        prose = element.kind in (ElementKind.PARAGRAPH, ElementKind.ITEM)
        markers: list[Marker] = []
        for piece in element.pieces:
            found = [(match, marker_label(match)) for match in MARKER.finditer(piece.quote)]
            if prose and self.footnotes and _DIGIT.search(piece.quote):
                plain = PLAIN_MARKER.finditer(piece.quote)
                found += [(match, match[0]) for match in plain if match[0] in self.footnotes]
            for match, label in sorted(found, key=lambda pair: pair[0].start()):
                start = piece.start + match.start()
                markers.append(Marker(label, Span(start, start + len(match[0]), match[0])))
        return markers

    def finish(self) -> None:
        for element in self.elements:
            lead = _CONTINUATION_LEAD if element.kind is not ElementKind.TABLE else ""
            element.markers = self._markers(element)
            plain = [m.span for m in element.markers if m.span.quote.isdecimal()]
            scars = {offset for span in plain for offset in range(span.start, span.end)}
            build = CleanText.build if element.kind is ElementKind.TABLE else prose_text
            element._clean = build(self.source, element.pieces, lead, scars)
            for marker in element.markers:
                note = self.footnotes.get(marker.label)
                if note is not None:
                    note.cited_by.append((element, marker))
        for note in self.footnotes.values():
            note.clean = prose_text(self.source, note.pieces)


_LEADER_ROW = re.compile(r"\S\s?\.{4,}\s*\S")
"""A line of a list that joins a label to its value by a dot leader ("Turnout ..... 61%")."""


def _paragraph_breaks(run: list[Line]) -> list[list[Line]]:
    """Split a run of text lines of one block into paragraphs (for hard-wrapped texts)."""
    if len(run) == 1:
        return [run]
    width = max(len(line.text) for line in run)
    groups: list[list[Line]] = [[run[0]]]
    for previous, line in itertools.pairwise(run):
        ends = not unfinished(previous.text)
        run_in = run_in_heading(line.text) is not None
        if ends and (width > 250 or len(previous.text.rstrip()) < 0.8 * width):
            groups.append([line])
        elif run_in and (ends or run_in_heading(previous.text) is not None):
            groups.append([line])  # "Media: ..." opens a paragraph of its own
        elif ends and opens_worded(line.text):
            groups.append([line])  # so does "Proposal 3 - ..." after a finished sentence
        elif _LEADER_ROW.search(previous.text) and _LEADER_ROW.search(line.text):
            groups.append([line])  # "2002/3  Computerise registers ....... DONE": a row each
        else:
            groups[-1].append(line)
    return groups


def _bare_label(shape: Shape, line: Line) -> bool:
    """An item whose label stands alone on its line: its text is on the next line."""
    return shape.kind is LineKind.ITEM and shape.body >= len(line.text.rstrip())


def _shape(line: Line, titles: set[int]) -> Shape:
    """The line's shape; a front part's heading only its place shows is a topical heading."""
    if line.start in titles:
        indent = len(line.text) - len(line.text.lstrip())
        return Shape(LineKind.HEADING, None, indent, HeadingStyle.TOPICAL)
    return classify(line)


def _masked(source: SourceText, start: int, end: int) -> SourceText:
    """``source`` with everything outside ``[start, end)`` blanked (offsets unchanged)."""
    text = source.text

    def blank(part: str) -> str:
        return "".join(ch if ch in "\r\n" else " " for ch in part)

    return SourceText(
        source.document_id,
        source.file_name,
        blank(text[:start]) + text[start:end] + blank(text[end:]),
    )


def parse_document(source: SourceText, start: int = 0, end: int | None = None) -> Document:
    """The document tree of ``source``; never fails on odd text (it just finds less).

    ``start`` and ``end`` parse only that stretch (an attachment, say) as a document of
    its own; offsets and spans still count in the whole source.
    """
    whole = source
    if start or end is not None:
        source = _masked(source, start, len(source.text) if end is None else end)
    lines = split_lines(source.text)
    head = front(lines)
    begin, title_block, toc_span = head.begin, head.title_block, head.toc
    builder = _Builder(source)
    body_lines = [line for i, line in enumerate(lines) if i >= begin and i not in head.apart]
    body_lines, shapes, furniture = page_furniture(
        body_lines, [_shape(line, head.titles) for line in body_lines], source.text
    )
    body_lines, shapes, numerals, dropped = undo_layout_scars(body_lines, shapes)
    shapes = space_table_rows(body_lines, note_lines(body_lines, shapes))
    shapes = numbered_heading_runs(body_lines, shapes)
    dropped = sorted(furniture + dropped, key=lambda line: line.start)
    body = list(enumerate(body_lines))
    # Group lines into units: one heading line; a footnote or item with the text lines of
    # its block that follow it; a run of table rows; a run of text lines.
    units: list[tuple[Shape, list[Line]]] = []
    numeral_of: dict[int, Line] = {}
    for (position, line), shape in zip(body, shapes, strict=True):
        if position in numerals:
            numeral_of[line.start] = numerals[position]
        previous = units[-1] if units else None
        same_block = previous is not None and previous[1][-1].block == line.block
        if previous is not None and shape.kind is LineKind.TEXT:
            if not same_block and len(previous[1]) == 1:
                same_block = _bare_label(previous[0], previous[1][0])
            kind = previous[0].kind
            if same_block and kind in (LineKind.FOOTNOTE, LineKind.ITEM, LineKind.TEXT):
                previous[1].append(line)
                continue
        table = shape.kind is LineKind.TABLE_ROW
        if previous is not None and same_block and table and previous[0].kind is shape.kind:
            previous[1].append(line)
            continue
        units.append((shape, [line]))
    expanded: list[tuple[Shape, list[Line]]] = []
    for shape, group in units:
        if shape.kind is LineKind.TEXT:
            expanded.extend((shape, part) for part in _paragraph_breaks(group))
        else:
            expanded.append((shape, group))
    for index, (shape, group) in enumerate(expanded):
        following = expanded[index + 1][0].kind if index + 1 < len(expanded) else None
        if shape.kind is LineKind.HEADING:
            builder.heading(group[0], shape, numeral_of.get(group[0].start))
        elif shape.kind is LineKind.FOOTNOTE:
            builder.footnote(group, shape)
        elif shape.kind is LineKind.TABLE_ROW:
            builder.table(group)
        else:
            builder.text(group, shape, following is LineKind.FOOTNOTE)
    builder.finish()
    if toc_span is not None:
        toc_span = source.span(toc_span.start, toc_span.end)
    return Document(
        whole,
        title_block,
        toc_span,
        builder.root,
        builder.elements,
        builder.footnotes,
        [source.span(line.start, line.end) for line in dropped],
    )


__all__ = [
    "Document",
    "Element",
    "ElementKind",
    "Footnote",
    "Marker",
    "Row",
    "Section",
    "Sentence",
    "parse_document",
]
