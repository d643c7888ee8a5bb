"""The document model: sections, elements (headings, paragraphs, items, tables), footnotes and
their markers, sentences. parse_document (in document.py) builds it; extractors read it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from enum import Enum

from .cleantext import CleanText
from .lines import HeadingStyle
from .sentences import sentences
from .source import SourceText, Span


class ElementKind(Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"
    TABLE = "table"


@dataclass
class Marker:
    """A footnote reference in running text: ``label`` is the footnote number."""

    label: str
    span: Span


@dataclass
class Row:
    """One table row: its line and its cells (exact spans; empty cells are skipped)."""

    span: Span
    cells: list[Span]

    @property
    def values(self) -> list[str]:
        return [cell.quote for cell in self.cells]


@dataclass(eq=False)
class Element:
    """A body element: its exact source ``pieces``, clean ``text`` and footnote markers."""

    kind: ElementKind
    pieces: list[Span]
    section: Section
    label: str | None = None
    """Heading number (``XVII``, ``A``) or list item number (``12``); None if unnumbered."""
    bullet: bool = False
    markers: list[Marker] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    _clean: CleanText | None = None

    @property
    def clean(self) -> CleanText:
        if self._clean is None:
            raise RuntimeError("element not finished")
        return self._clean

    @property
    def text(self) -> str:
        """The clean text: markers, interleaved footnotes and scars removed."""
        return self.clean.text

    def spans(self, start: int = 0, end: int | None = None) -> list[Span]:
        """Exact source spans for ``text[start:end]`` (the whole element by default)."""
        return self.clean.spans(start, end)

    def locate(self, phrase: str, start: int = 0) -> list[Span]:
        """Exact source spans for the first ``phrase`` in the clean text; ValueError if absent."""
        return self.clean.locate(phrase, start)


@dataclass(eq=False)
class Footnote:
    """A footnote: its number, the label span opening it, its pieces and clean text."""

    label: str
    label_span: Span
    pieces: list[Span]
    clean: CleanText | None = None
    cited_by: list[tuple[Element, Marker]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "" if self.clean is None else self.clean.text

    def spans(self, start: int = 0, end: int | None = None) -> list[Span]:
        assert self.clean is not None
        return self.clean.spans(start, end)

    def locate(self, phrase: str, start: int = 0) -> list[Span]:
        assert self.clean is not None
        return self.clean.locate(phrase, start)


@dataclass(eq=False)
class Section:
    """A heading and what follows it up to the next heading of the same or a higher level."""

    level: int
    title: str
    label: str | None = None
    style: HeadingStyle | None = None
    heading: Element | None = None
    parent: Section | None = None
    children: list[Section] = field(default_factory=list)
    elements: list[Element] = field(default_factory=list)

    def walk(self) -> Iterator[Section]:
        """This section and all below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def all_elements(self) -> Iterator[Element]:
        """Elements of this section and its sub-sections, in reading order."""
        for section in self.walk():
            yield from section.elements

    def unread_sentences(
        self, kinds: Collection[ElementKind], read: set[int]
    ) -> Iterator[tuple[Element, int, int]]:
        """The sentences (element, start, end) of this section's elements of ``kinds`` whose
        ids ``read`` does not hold yet, each element marked read as it is reached: readers
        that share ``read`` never read one sentence twice."""
        for element in self.all_elements():
            if element.kind not in kinds or id(element) in read:
                continue
            read.add(id(element))
            for start, end in sentences(element.text):
                yield element, start, end

    @property
    def path(self) -> list[Section]:
        """The sections from the top level down to this one (the root excluded)."""
        chain: list[Section] = []
        node: Section | None = self
        while node is not None and node.level > 0:
            chain.append(node)
            node = node.parent
        return chain[::-1]


@dataclass(frozen=True)
class Sentence:
    """One sentence of a paragraph, item or footnote (offsets into its clean text)."""

    owner: Element | Footnote
    section: Section | None
    start: int
    end: int
    text: str

    @property
    def in_footnote(self) -> bool:
        return isinstance(self.owner, Footnote)

    def spans(self, start: int = 0, end: int | None = None) -> list[Span]:
        """Exact source spans for the sentence, or for ``text[start:end]`` within it."""
        stop = self.end if end is None else self.start + end
        return self.owner.spans(self.start + start, stop)


@dataclass
class Document:
    source: SourceText
    title_block: list[Span]
    toc: Span | None
    root: Section
    elements: list[Element]
    footnotes: dict[str, Footnote]
    dropped: list[Span] = field(default_factory=list)
    """Conversion debris left out of the body: page numbers, stray bullet glyphs and
    displaced words (see ``layout_scars.undo_layout_scars``)."""

    def sections(self) -> Iterator[Section]:
        """Every section below the root, depth first."""
        for child in self.root.children:
            yield from child.walk()

    def find_sections(self, pattern: str) -> list[Section]:
        """Sections whose title matches ``pattern`` (a regex, case-insensitive)."""
        regex = re.compile(pattern, re.IGNORECASE)
        return [s for s in self.sections() if regex.search(s.title)]

    def citing(self, label: str) -> list[Element]:
        """The body elements that cite footnote ``label``."""
        note = self.footnotes.get(label)
        return [] if note is None else [element for element, _ in note.cited_by]

    def body_sentences(self) -> Iterator[tuple[Element, int, int, str]]:
        """Every sentence of the paragraphs and items: its element, its offsets into the
        element's clean text, and the sentence."""
        for element in self.elements:
            if element.kind in (ElementKind.PARAGRAPH, ElementKind.ITEM):
                for start, end in sentences(element.text):
                    yield element, start, end, element.text[start:end]

    def sentences(self) -> Iterator[Sentence]:
        """Every sentence of the paragraphs and items, then of the footnotes; a footnote's
        section is that of the first element citing it."""
        for element, start, end, text in self.body_sentences():
            yield Sentence(element, element.section, start, end, text)
        for note in self.footnotes.values():
            section = note.cited_by[0][0].section if note.cited_by else None
            for start, end in sentences(note.text):
                yield Sentence(note, section, start, end, note.text[start:end])

    def notes_of(self, element: Element) -> list[Footnote]:
        """The footnotes ``element`` cites, in order (unknown numbers are skipped)."""
        return [self.footnotes[m.label] for m in element.markers if m.label in self.footnotes]
