"""Clean text with a way back: PDF-conversion scars removed, every character still citable.

Report texts carry the marks of their conversion: footnote markers glued to words
(``guidelines²⁹``, ``<sup>12</sup>``), Markdown emphasis (``*de facto*``), escaped link
characters (``\\(``), Markdown links, curly quotes mixed with straight ones, runs of white
space. ``CleanText`` is built from one or more exact source pieces; it drops those marks
while remembering, for every character it keeps, the source offset it came from, so any
stretch of the clean text can be cited by exact source spans (``spans``).

>>> from normgraph.loaders.text.source import SourceText
>>> source = SourceText("d", "d.txt", "The *de facto* rule²⁹ applies.")
>>> clean = CleanText.build(source, [source.span(0, len(source.text))])
>>> clean.text
'The de facto rule applies.'
>>> [span.quote for span in clean.spans(4, 17)]
['de facto* rule']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field

from .source import SourceText, Span

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
"""Unicode superscript digits, in value order."""
MARKER_FORMS = rf"<sup>\s*(?P<sup>\d{{1,4}})\s*</sup>|(?P<uni>[{SUPERSCRIPT_DIGITS}]{{1,4}})"
"""A footnote number as the conversion writes it: ``<sup>12</sup>`` or up to four Unicode
superscript digits (groups ``sup`` and ``uni``, read by :func:`marker_label`)."""
MARKER = re.compile(MARKER_FORMS)
"""A footnote marker in running text."""
PLAIN_MARKER = re.compile(
    r"(?<=[a-z])(?P<glued>\d{1,3})(?=[.,;:)]?(?:\s|$))"
    r"|(?<=[^\W\d_]{3}[.,;:)\"'\u201d])(?P<after>\d{1,3})(?=\s|$)"
)
"""A footnote number in plain digits, as PDF text extraction leaves a superscript: glued to
a word ("rule3", "rule3,") or after its punctuation ("adoption.3", three letters before it,
so an abbreviation's number, "p.3", is none). Only a number the report has a note for is one
(``parse_document`` checks)."""
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"'}
_QUOTE_TABLE = str.maketrans(_QUOTES)
_SPACE = re.compile(r"\s+")
"""White space: each run folds to one space, ..."""
_SPACES = re.compile(r"\s\s+")
"""... so a run of more than one character loses all but its first."""
_ESCAPE = re.compile(r"\\(?=[()\[\]*_#.<>-])")
"""A backslash escaping a Markdown character: dropped."""
_LINK = re.compile(r"\[(?P<label>[^\]\n]*)\]\((?P<target>(?:\\.|\([^()\s]*\)|[^()\s\\])*)\)")
_AUTOLINK = re.compile(r"<(?P<url>https?://[^>\s]+)>")
_LINE_END_HYPHEN = re.compile(r"-[ \t]*\n\s*")
"""A hyphen, the line break after it and the next line's margin."""
_EMPHASIS = re.compile(r"(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])")


def marker_label(marker: re.Match[str]) -> str:
    """The footnote number a MARKER match denotes, as a string of ASCII digits."""
    if marker.group("sup"):
        return marker.group("sup")
    return "".join(str(SUPERSCRIPT_DIGITS.index(ch)) for ch in marker.group("uni"))


def is_line_end_hyphen(gap: str) -> bool:
    """Whether the source between two quoted stretches is a hyphen at a line's end and the
    next line's margin: a word the line broke (:mod:`.hyphenation`), quoted as one passage."""
    return _LINE_END_HYPHEN.fullmatch(gap) is not None


def _one_passage(gap: str) -> bool:
    """Whether two stretches this far apart in the source quote as one: white space (the
    lines of a hard-wrapped paragraph) or a line-end hyphen the rejoined word dropped."""
    return not gap.strip() or is_line_end_hyphen(gap)


def _dropped(text: str) -> list[bool]:
    """Which characters of one piece are conversion scars (markers, emphasis, escapes...)."""
    drop = [False] * len(text)

    def mark(start: int, end: int) -> None:
        for index in range(start, end):
            drop[index] = True

    for match in MARKER.finditer(text):
        mark(match.start(), match.end())
    for match in _LINK.finditer(text):
        # Keep the label when it says something else than the target, else the target.
        label, target = match.group("label"), match.group("target").replace("\\", "")
        if label.replace("\\", "") == target or not label:
            mark(match.start(), match.start("target"))
            mark(match.end("target"), match.end())
        else:
            mark(match.start(), match.start("label"))
            mark(match.end("label"), match.end())
    for match in _AUTOLINK.finditer(text):
        mark(match.start(), match.start("url"))
        mark(match.end("url"), match.end())
    for match in _EMPHASIS.finditer(text):
        mark(match.start(), match.end())
    for match in _ESCAPE.finditer(text):
        drop[match.start()] = True
    return drop


def _kept(drop: list[bool]) -> Iterator[tuple[int, int]]:
    """The stretches (start, end) of a piece whose characters are all kept."""
    start, size = 0, len(drop)
    while start < size:
        try:
            stop = drop.index(True, start)
        except ValueError:
            stop = size
        if start < stop:
            yield start, stop
        try:
            start = drop.index(False, stop)
        except ValueError:
            return


@dataclass
class CleanText:
    """Text stripped of scars, with ``origin[i]`` the source offset of ``text[i]`` (-1 if added)."""

    text: str = ""
    origin: list[int] = field(default_factory=list)
    pieces: list[Span] = field(default_factory=list)
    source: str = ""
    """The whole source text, to tell whether two pieces are only a line break apart."""
    ascending: bool = False
    """Whether the kept characters' source offsets only grow (the pieces in source
    order): then a piece's stretch of any slice is found by bisection."""

    @classmethod
    def build(
        cls,
        source: SourceText,
        pieces: list[Span],
        strip_lead: str = "",
        scars: Collection[int] = (),
    ) -> CleanText:
        """Join ``pieces`` with single spaces; ``strip_lead`` is a regex dropped at each start,
        ``scars`` are source offsets dropped too (plain-digit footnote markers).

        White space is folded, quotes straightened, scars dropped.
        """
        clean = cls(pieces=list(pieces), source=source.text)
        written: list[str] = []  # the clean text in stretches, none of them empty
        origin = clean.origin
        latest = -1  # the source offset of the last character written
        clean.ascending = True
        for number, piece in enumerate(pieces):
            raw = source.text[piece.start : piece.end]
            drop = _dropped(raw)
            for offset in scars:
                if piece.start <= offset < piece.end:
                    drop[offset - piece.start] = True
            if strip_lead and number > 0:
                lead = re.match(strip_lead, raw)
                if lead:
                    for index in range(lead.end()):
                        drop[index] = True
            if written and written[-1][-1] != " ":
                written.append(" ")
                origin.append(-1)
            for start, end in _kept(drop):
                if not written or written[-1][-1] == " ":  # no space to open the stretch
                    while start < end and raw[start].isspace():
                        start += 1
                    if start == end:
                        continue
                stretch, offset = raw[start:end], piece.start + start
                if offset <= latest:
                    clean.ascending = False
                resume = 0
                for run in _SPACES.finditer(stretch):  # each run keeps its first character
                    origin.extend(range(offset + resume, offset + run.start() + 1))
                    resume = run.end()
                origin.extend(range(offset + resume, offset + len(stretch)))
                latest = origin[-1]
                written.append(_SPACE.sub(" ", stretch).translate(_QUOTE_TABLE))
        while written and written[-1][-1] == " ":
            written[-1] = written[-1][:-1]
            origin.pop()
            if not written[-1]:
                written.pop()
        clean.text = "".join(written)
        return clean

    def spans(self, start: int = 0, end: int | None = None) -> list[Span]:
        """Exact source spans covering ``text[start:end]``: one per passage it touches.

        Pieces only white space apart in the source (the lines of a hard-wrapped
        paragraph), or a line-end hyphen a rejoined word dropped, make one span whose quote
        keeps the line breaks; pieces parted by
        something else (an interleaved footnote block, a page number) make one span each.
        Within a piece the span runs from the first to the last kept character, so it may
        include dropped markers or emphasis; it always resolves exactly in the source.
        """
        end = len(self.text) if end is None else end
        found: list[Span] = []
        for piece, first, last in self._stretches(start, end):
            span = _exact(piece, first, last + 1)
            if found and self.source and _one_passage(self.source[found[-1].end : span.start]):
                span = Span(found[-1].start, span.end, self.source[found[-1].start : span.end])
                found[-1] = span
            else:
                found.append(span)
        return found

    def _stretches(self, start: int, end: int) -> Iterator[tuple[Span, int, int]]:
        """Each piece with kept characters in ``text[start:end]``: the source offsets of
        the first and the last of them."""
        offsets = [offset for offset in self.origin[start:end] if offset >= 0]
        for piece in self.pieces:
            if self.ascending:
                low = bisect_left(offsets, piece.start)
                high = bisect_left(offsets, piece.end)
                if low < high:
                    yield piece, offsets[low], offsets[high - 1]
                continue
            inside = [offset for offset in offsets if piece.start <= offset < piece.end]
            if inside:
                yield piece, inside[0], inside[-1]

    def locate(self, phrase: str, start: int = 0) -> list[Span]:
        """Spans for the first occurrence of ``phrase`` in the clean text; ValueError if absent."""
        index = self.text.find(phrase, start)
        if index < 0:
            raise ValueError(f"phrase not in text: {phrase[:60]!r}")
        return self.spans(index, index + len(phrase))


def _exact(piece: Span, start: int, end: int) -> Span:
    offset = piece.start
    quote = piece.quote[start - offset : end - offset]
    lead = len(quote) - len(quote.lstrip())
    trail = len(quote) - len(quote.rstrip())
    return Span(start + lead, end - trail, quote.strip())
