"""A numbered block of recommendations read from its structure alone: the fallback when a
report's recommendations heading or its labels are of a shape the document model and the
section readers do not know ("12 / RECOMMENDATIONS" over "01 \u00b7 The ..." items, "[6]
Recommendations" over "1 \u25b8 ...").

A line that says recommendations (any wording, any number in front of it, in any style) opens
the block; the next line numbered in the same style as that title ("13 / NEXT STEPS"), an
annex, or the end of the text closes it. In between, the first labelled paragraph sets the
label style (digits, zero-padded digits, letters, roman numerals or codes, bracketed or not,
followed by any separator or a gap); every paragraph labelled in that style continuing the
numbering is an item, and an item runs until the next label of the same style. Short lines
between items that are no sentences ("For the Republic Electoral Commission", "To the
Parliament:") head the items below them; a label alone on its line takes the next
paragraph as its text. Precision: at least two items in sequence, or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..text.furniture import is_page_footer
from ..text.lines import TERMINAL, UNNUMBERED_TOP, line_spans
from ..text.model import Document
from ..text.source import SourceText, Span
from .assessments import REVIEW
from .priority_lists import first_priorities
from .recommendation_block_labels import Label, as_roman, block_label
from .recommendation_marks import closing_mark, item_mark, legend_marks, priority_mark

_TITLE = re.compile(
    r"(?P<prefix>(?:(?:part|chapter|section|annex)\s+|\u00a7\s*)?[(\[]?\s*(?:\d[\w.]{0,4}|[IVXLC]{1,5}|[A-Za-z]\d{0,2})\s*[)\]]?"
    r"\s*[./:)\u00b7|\u2013\u2014-]{0,2}\s+"
    r"|(?:part|chapter|section|annex)\s+[A-Za-z-]{3,14}\s*[./:)\u00b7|\u2022\u2013\u2014-]{1,2}\s+)?"
    r"(?P<title>(?:[\w'\u2019-]+,?\s+){0,4}recommendations"
    r"(?:\s+(?:to|for|of|by|on|and)\s+[^.;!?]{3,60})?"
    r"|(?:[\w'\u2019-]+\s+){1,3}recommends?"
    r"|recommended\s+(?:actions|measures|steps|changes|reforms|improvements))",
    re.I,
)
"""A line that titles recommendations: a short line whose head is the word (maybe with
whom they address), opening with a capital, maybe after a number in any style ("12 /
RECOMMENDATIONS", "[6] Recommendations to the authorities", "[13 ]  RECOMMENDATIONS", "\u00a7 9
Recommendations", "7 - Our recommendations", "What we recommend", "Recommended actions",
"PART ELEVEN \u00b7 RECOMMENDATIONS");
"Recommendation 426 (2018)" names a resolution, no list."""
_TITLE_WORDS = 10
_MIN_ITEMS = 2
_HEAD_WORDS = 12
"""Words of a line that heads items (an addressee, a topic) rather than being one."""
_RANKING = re.compile(r"\b(?:priority|other|further|additional)\b", re.I)
"""A title inside the block that ranks the items below it rather than opening a list."""
_RULE = re.compile(r"\s*([-=_~*\u2500\u2014])\1{4,}\s*")
_FURNITURE_LENGTH = 12
"""Characters of a repeated line that make it a running header or footer ("R1" is none)."""
_ADDRESSED = re.compile(
    r"^\s*(?:(?:(?:addressed|directed|recommendations)\s+)?(?:to|for)\b|addressees?\s*:)", re.I
)
"""A heading naming whom the items below address: "For the Parliament", "To the commission",
"Addressed to: the Prosecutor", "Addressee: the courts"."""


@dataclass(frozen=True)
class _Unit:
    """A paragraph of the block as its lines give it: a run of lines up to a blank line
    or a labelled line."""

    lines: tuple[tuple[int, int, str], ...]

    @property
    def first(self) -> str:
        return self.lines[0][2]

    @property
    def text(self) -> str:
        return " ".join(" ".join(line for _, _, line in self.lines).split())


def _folded(lines: Sequence[tuple[int, int, str]], skip: int = 0) -> tuple[str, list[int]]:
    """``lines`` joined and their white space folded (the first less ``skip`` characters),
    with the source offset of every character of the result."""
    chars: list[str] = []
    offsets: list[int] = []
    for number, (start, _, line) in enumerate(lines):
        at = skip if number == 0 else 0
        for index, char in enumerate(line[at:], start=start + at):
            if char.isspace():
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    offsets.append(index)
                continue
            chars.append(char)
            offsets.append(index)
        if chars and chars[-1] != " ":
            chars.append(" ")
            offsets.append(start + len(line))
    while chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets


def spans_of(source: SourceText, offsets: Sequence[int], start: int, end: int) -> list[Span]:
    """The exact source spans of ``[start, end)`` of a folded text whose characters stand at
    ``offsets``: one per run of adjacent source lines' characters."""
    picked = list(offsets[start:end])
    spans: list[Span] = []
    run_start = previous = picked[0] if picked else 0
    for offset in picked[1:]:
        if "\n" in source.text[previous:offset]:
            spans.append(source.span(run_start, previous + 1))
            run_start = offset
        previous = offset
    if picked:
        spans.append(source.span(run_start, previous + 1))
    return spans


@dataclass
class BlockItem:
    """One numbered item of a block: its number, its lines (the first from ``start``, after
    the label), the line that heads it, if any."""

    number: str
    lines: list[tuple[int, int, str]]
    start: int
    heading: tuple[int, int, str] | None = None
    above: tuple[str, ...] = ()
    """The heading lines between the item before and this one, in order ("B. Other
    recommendations", then "Media"): what they say of priority holds for the items below."""
    priority: bool | None = None
    """What a mark between the label and the text says ("1. [P]  The ..."), if the list has
    priority marks."""

    @property
    def text(self) -> str:
        """The item's whole text, wrapped lines and continuation paragraphs joined."""
        return _folded(self.lines, self.start)[0]

    @property
    def heading_text(self) -> str | None:
        return _folded([self.heading])[0].rstrip(":") if self.heading else None

    def spans(self, source: SourceText, start: int = 0, end: int | None = None) -> list[Span]:
        """Exact source spans of ``text[start:end]`` (the whole item, its label left out)."""
        text, offsets = _folded(self.lines, self.start)
        return spans_of(source, offsets, start, len(text) if end is None else end)

    def heading_spans(self, source: SourceText, start: int, end: int) -> list[Span]:
        """Exact source spans of ``heading_text[start:end]``."""
        if self.heading is None:
            return []
        return spans_of(source, _folded([self.heading])[1], start, end)


def _title_shape(prefix: str) -> re.Pattern[str] | None:
    """The shape of a numbered title's prefix ("12 / " -> any number, then " / "): the next
    line of that shape starts the next section."""
    if not prefix.strip():
        return None
    shape = re.sub(r"\d+", r"\\d{1,3}", re.escape(prefix.strip()))
    shape = re.sub(r"(?<![\\\w])[IVXLC]+(?![\w])", "[IVXLC]{1,7}", shape)
    return re.compile(rf"\s*{shape}\s*\S")


def _is_title(line: str) -> re.Match[str] | None:
    """A line that titles recommendations (not a review of earlier ones)."""
    text = " ".join(line.replace("*", "").replace("#", "").split()).rstrip(":")
    if not text or len(text.split()) > _TITLE_WORDS or TERMINAL.search(text):
        return None
    title = _TITLE.fullmatch(text)
    if title is None or REVIEW.search(title["title"]) or not title["title"][:1].isupper():
        return None  # "recommendations they receive are ..." wraps a sentence
    return title


def _heads(unit: _Unit, label: Label | None = None) -> bool:
    """A short line with no sentence's end: a heading of the items below it ("To the
    Parliament:"); a labelled one ends with no colon either ("A. Election administration",
    not "(i) The commission should:", which opens its parts)."""
    text = unit.text
    return (
        len(unit.lines) == 1
        and 0 < len(text.split()) <= _HEAD_WORDS
        and (not TERMINAL.search(text) or (label is None and text.endswith(":")))
    )


def _units(lines: Sequence[tuple[int, int, str]]) -> list[_Unit]:
    """The block's paragraphs: runs of lines between blank lines, a labelled line opening
    a unit of its own."""
    units: list[list[tuple[int, int, str]]] = []
    blank = True
    for line in lines:
        if not line[2].strip():
            blank = True
            continue
        if blank or block_label(line[2]) is not None:
            units.append([line])
        else:
            units[-1].append(line)
        blank = False
    return [_Unit(tuple(unit)) for unit in units]


def _block_items(units: Sequence[_Unit]) -> list[BlockItem]:
    """The items of the block ``units`` hold (see the module docstring)."""
    items: list[BlockItem] = []
    style: tuple[str, str, str, str] | None = None
    heading: tuple[int, int, str] | None = None
    above: list[str] = []
    previous = 0
    pending: BlockItem | None = None  # a label alone on its line: the next paragraph is its text
    labels = [block_label(unit.first) for unit in units]
    lead: list[str] = []  # what the block says before its first item
    for index, unit in enumerate(units):
        label = labels[index] = as_roman(labels[index], style)
        follows = label is not None and label.style == style and label.value in (previous + 1, 1)
        if label is not None and (follows or (style is None and not _heads(unit, label))):
            style, previous = label.style, label.value
            item = BlockItem(label.number, list(unit.lines), label.end, heading, tuple(above))
            items.append(item)
            pending, above = (item if not item.text else None), []
            continue
        if not items:
            lead.append(unit.text)
        if _heads(unit) and (pending is None or len(pending.lines) > 1):
            heading = unit.lines[0]  # "For the Parliament", "B. Other recommendations"
            above.append(unit.text.rstrip(":"))
            continue
        if not items:
            continue  # the lead-in
        last = items[-1]
        if pending is not None and label is None:
            if _heads(unit):
                pending.heading = unit.lines[0]
                continue  # "To the Parliament:" between the label and its text
            pending.lines.extend(unit.lines)
            pending = None
            continue
        if label is not None:  # a label of another style: a part of the item above
            last.lines.extend(unit.lines)
            continue
        later = any(
            one is not None and one.style == style and one.value == previous + 1
            for one in labels[index + 1 :]
        )
        if TERMINAL.search(last.text) and not later:
            break  # the list is over: a closing paragraph follows the last item
        last.lines.extend(unit.lines)  # an item runs until the next label of its style
    return _rated(items, " ".join(lead)) if len(items) >= _MIN_ITEMS else []


def _rated(items: list[BlockItem], lead: str) -> list[BlockItem]:
    """``items`` with what a mark between label and text says of their priority: marked
    ones are priorities, the others not, where the lead-in or the mark says so; such a
    mark is no part of the text."""
    marks = [_mark(item) for item in items]
    rating = {m[0] for m in marks if m is not None and priority_mark(m[0], lead)}
    for item, mark in zip(items, marks, strict=True):
        if not rating:
            break
        item.priority = mark is not None and mark[0] in rating
        item.start = mark[1] if mark is not None and item.priority else item.start
    for item, mark in zip(items, marks, strict=True):
        if mark is not None and not item.lines[0][2][item.start - 1 : item.start].isspace():
            item.start = mark[1]  # a glyph glued to the label ("1.\u2020  The ...") is no text
    closing = legend_marks(lead)  # "Those followed by "-- priority" are priorities"
    ends = [closing_mark(item.text, closing) is not None for item in items] if closing else []
    if any(ends):
        for item, end in zip(items, ends, strict=True):
            item.priority = end
    first = 0 if rating or any(ends) else first_priorities(lead)
    for position, item in enumerate(items if first else []):
        item.priority = position < first  # "The first three are urgent" over the list
    return items


_GLUED_STAR = re.compile(r"[^*]*\w\*{1,3}[^*]*")
"""A label with an asterisk glued to its number ("A.1*", "3*."), not one in bold ("**3.**")."""


def _mark(item: BlockItem) -> tuple[str, int] | None:
    """The tag or glyph between an item's label and its text, and where its text starts
    after it; an asterisk glued to the number counts as one too."""
    line = item.lines[0][2]
    mark = item_mark(line, item.start)
    if mark is not None:
        return mark["mark"], mark.end()
    return ("*", item.start) if _GLUED_STAR.fullmatch(line[: item.start].strip()) else None


_ASKING = re.compile(
    r"\b(?:should|must|shall|ought\s+to|needs?\s+to|(?:is|are)\s+recommended|recommends?"
    r"|urges?|encourages?|calls?\s+(?:up)?on|invites?|consider(?:ed|ation)?)\b",
    re.I,
)
_IMPERATIVE = re.compile(
    r"(?-i:[A-Z])[a-z]+\s+(?:the|a|an|that|all|its|their|each|every|clear|further|more)\b"
)
"""An item that opens by asking in the imperative ("Amend the law ...", "Ensure that ...")."""


def _asking(items: Sequence[BlockItem]) -> bool:
    """Do most items ask something (a modal, a recommending verb, an imperative)? Page-foot
    notes ("1   Interview with ...") under a line that looked like a title ask nothing."""
    asking = [item for item in items if _ASKING.search(item.text) or _IMPERATIVE.match(item.text)]
    return 2 * len(asking) >= len(items)


def _wrapped(lines: Sequence[tuple[int, int, str]], index: int) -> bool:
    """Is the line at ``index`` the first line of a wrapped sentence (the next line runs on
    in lower case: "    This chapter follows the recommendations of ... through" over
    "six national votes ..."), not a title?"""
    following = lines[index + 1][2].strip() if index + 1 < len(lines) else ""
    return following[:1].islower() and lines[index + 1][0] <= lines[index][1] + 1


def _furniture(lines: Sequence[tuple[int, int, str]]) -> set[int]:
    """Lines that are page furniture: rules, page footers ("...   Page 30"), and a line
    repeated through the text but for its page number (a running header or footer)."""
    seen: dict[str, list[int]] = {}
    for start, _, line in lines:
        key = re.sub(r"\s+\d{1,3}$", "", " ".join(line.split()))
        if len(key) >= _FURNITURE_LENGTH:
            seen.setdefault(key, []).append(start)
    repeated = {start for starts in seen.values() if len(starts) > 1 for start in starts}
    return repeated | {
        start for start, _, line in lines if _RULE.fullmatch(line) or is_page_footer(line)
    }


def _goes_on(before: Sequence[tuple[int, int, str]], items: Sequence[BlockItem]) -> bool:
    """Do the items go on from the report's own numbered paragraphs above the title (the
    first is "30", and a paragraph above is "29" in the same style)? Reports that number
    every paragraph number their closing section's too: those are no list."""
    first = block_label(items[0].lines[0][2]) if items else None
    if first is None or first.value <= 1:
        return False
    return any(
        (label := block_label(line)) is not None
        and (label.style, label.value) == (first.style, first.value - 1)
        and len(line.split()) > _HEAD_WORDS // 2  # a paragraph's line, not a heading
        for _, _, line in before
    )


def recommendation_block(document: Document) -> list[BlockItem]:
    """The numbered recommendations under a line that titles them, whatever the shape of
    that line and of their labels; the longest such block in the text, else none."""
    text = document.source.text
    pieces = [piece for element in document.elements for piece in element.pieces]
    if not pieces:
        return []
    begin = min(piece.start for piece in pieces)  # the stretch parsed (an attachment's own)
    begin = max(begin, document.toc.end if document.toc is not None else 0)
    begin = text.rfind("\n", 0, begin) + 1
    end = max(piece.end for piece in pieces)
    everything = list(line_spans(text, begin, end))
    furniture = _furniture(everything)
    lines = [line for line in everything if line[0] not in furniture]
    best: list[BlockItem] = []
    read_to = 0  # a title inside a block read ("Priority recommendations") opens none
    for index, (_, _, line) in enumerate(lines):
        title = _is_title(line) if index >= read_to else None
        if title is None or _wrapped(lines, index):
            continue
        shape = _title_shape(title["prefix"] or "")
        block: list[tuple[int, int, str]] = []
        for at, following in enumerate(lines[index + 1 :], start=index + 1):
            content = following[2]
            if UNNUMBERED_TOP.match(content.strip()):
                break
            if _is_title(content) and not _RANKING.search(content) and not _wrapped(lines, at):
                break  # another list; "B. Other recommendations" heads part of this one
            if shape is not None and shape.match(content) and _heads(_Unit((following,))):
                break  # "13 / NEXT STEPS": the next section of the title's numbering
            block.append(following)
        items = _block_items(_units(block))
        if not _asking(items) or _goes_on(lines[:index], items):
            items = []  # notes or findings under a wrapped line; the report's own paragraphs
        if items:
            read_to = index + 1 + len(block)
        if len(items) >= len(best):
            best = items
    return best


def addressed(heading: str | None) -> bool:
    """Does a heading name whom the items below it address ("For the Parliament", "To the
    commission", "Addressed to: the courts")?"""
    return bool(heading and _ADDRESSED.match(heading))


__all__ = ["BlockItem", "addressed", "recommendation_block", "spans_of"]
