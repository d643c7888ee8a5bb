"""Where a report's body starts: its title block, its table of contents, its front parts.

A report opens with a short head (title, issuer, reference, date, rapporteurs), often a
table of contents, and then its body. Many reports put unnumbered parts before their first
numbered chapter: a summary, a foreword, the adopted text of a recommendation or
resolution, "Main conclusions". Those are body, not title: the head ends where the first
paragraph of prose or the first numbered item begins (with the heading just above it),
or, when the contents list them, at the first part it lists. A report that numbers no
heading at all is body from its first line (its title lines are the first elements).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lines import (
    TERMINAL,
    HeadingStyle,
    Line,
    LineKind,
    classify,
    detached_numeral,
    is_toc_heading,
    is_toc_line,
    run_in_heading,
)
from .source import Span

_LEADERS = re.compile(r"\S.*?\s*\.{3,}\s*\d{1,3}\s*$")
"""A contents entry with dot leaders ("Explanatory memorandum ......... 4")."""
_SENTENCE_END = re.compile(r"[.!?](?:[\"'\u2019\u201d)\]]*)(?:\s+[\"'\u2018\u201c(]?[A-Z]|\s*$)")
_NOTE_MARKS = "*\u2020\u2021"
"""Marks that open a title-page note (the author's "* Associate Professor at ...")."""
_PROSE_WORDS = 20
"""Words a block needs to be a paragraph of prose rather than title lines."""
_ENTRY_WORDS = 16
"""Words at most in a contents entry ("Appendix 2 - Statement by the ad hoc committee")."""
_TITLE_WORDS = 4
"""Words at most in a title standing over its paragraph in one block ("Summary")."""
_ENTRY_FURNITURE = re.compile(r"^[\s\d.IVXLC]*\s|[\s.]*\d*\s*$")


@dataclass(frozen=True)
class Front:
    """What comes before the body: ``begin`` is the index of the body's first line,
    ``title_block`` the head's lines, ``toc`` the table of contents, ``apart`` the lines
    left out of the body (the contents and title-page notes),
    ``titles`` the start offsets of front-part headings only their place shows."""

    begin: int
    title_block: list[Span]
    toc: Span | None
    apart: set[int]
    titles: set[int]


def entry(text: str) -> str:
    """A contents entry or a heading reduced to its title words, to match one to the
    other ("Main conclusions ....... 2" and "MAIN CONCLUSIONS")."""
    return " ".join(_ENTRY_FURNITURE.sub(" ", text).split()).casefold()


def _contents(lines: list[Line]) -> tuple[set[int], Span | None]:
    """The table of contents' lines: a "CONTENTS" heading and the entries under it, or,
    without a heading, a run of two or more entries with dot leaders before the body."""
    for index, line in enumerate(lines[:400]):
        if is_toc_heading(line):
            end = index + 1
            while end < len(lines) and is_toc_line(lines[end]):
                end += 1
            if end == index + 1:  # entries without page numbers: the block under the heading
                while (
                    end < len(lines)
                    and lines[end].block == lines[index + 1].block
                    and _entry_like(lines[end].text)
                ):
                    end += 1
            if end > index + 1:
                return set(range(index, end)), Span(line.start, lines[end - 1].end, "")
            return set(), None
    for index, line in enumerate(lines[:400]):
        if _LEADERS.match(line.text):
            end = index + 1
            while end < len(lines) and _LEADERS.match(lines[end].text):
                end += 1
            if end > index + 1:
                return set(range(index, end)), Span(line.start, lines[end - 1].end, "")
            continue
        shape = classify(line)
        if shape.kind is LineKind.HEADING and shape.style is not HeadingStyle.TOPICAL:
            break  # the body has begun: a contents list is not looked for after it
    return set(), None


def _first_part(lines: list[Line], toc_lines: set[int]) -> int:
    """The first numbered heading, or the first unnumbered part the contents list; 0 if
    the report numbers no heading (then all of it is body)."""
    entries = {entry(lines[i].text) for i in toc_lines} - {""}
    last_toc = max(toc_lines, default=-1)
    for index, line in enumerate(lines):
        if index in toc_lines:
            continue
        if index > last_toc >= 0 and entry(line.text) in entries:
            return index  # "MAIN CONCLUSIONS", listed in the contents, opens the body
        if detached_numeral(line):
            return index
        shape = classify(line)
        if shape.kind is LineKind.HEADING and shape.style is not HeadingStyle.TOPICAL:
            return index
    return 0


def _prose(block: list[Line]) -> bool:
    """A paragraph of running text: enough words and at least one finished sentence."""
    text = " ".join(line.text.strip() for line in block)
    return len(text.split()) >= _PROSE_WORDS and _SENTENCE_END.search(text) is not None


def _head_end(lines: list[Line], begin: int, toc_lines: set[int]) -> int:
    """Where the short head ends, before ``begin``: at the first block of prose or the
    first numbered item, taking the heading line just above it ("Summary", "FOREWORD")
    along; ``begin`` when the head runs straight into the first part."""
    index = 0
    while index < begin:
        if index in toc_lines:
            index += 1
            continue
        block = [index]
        while (
            block[-1] + 1 < begin
            and block[-1] + 1 not in toc_lines
            and lines[block[-1] + 1].block == lines[index].block
        ):
            block.append(block[-1] + 1)
        shape = classify(lines[index])
        item = shape.kind is LineKind.ITEM and shape.label is not None
        note = shape.kind is LineKind.FOOTNOTE or lines[index].text.lstrip()[:1] in _NOTE_MARKS
        if not note and (item or _prose([lines[i] for i in block])):
            above = index - 1
            while above in toc_lines:
                above -= 1
            heading = classify(lines[above]) if above > 0 else None
            if heading is not None and heading.kind is LineKind.HEADING and lines[above].alone:
                return above
            if item or (len(block) > 1 and _short_title(lines[index].text)):
                return index
            # prose under no heading ("Paper prepared for ...", a statement's dateline
            # paragraph) is a note of the title page, not a part of the report
        index = block[-1] + 1
    return begin


def _short_title(text: str) -> bool:
    """A few words opening with a capital, no figure, no closing punctuation ("Key findings")."""
    words = text.split()
    return (
        0 < len(words) <= _TITLE_WORDS
        and words[0][:1].isupper()
        and not any(ch.isdigit() for ch in text)
        and not re.search(r"[.,;:!?]$", text.rstrip())
    )


def _entry_like(text: str) -> bool:
    """A contents entry without a page number: a short line that is no sentence."""
    return len(text.split()) <= _ENTRY_WORDS and not TERMINAL.search(text.strip())


def _titles(lines: list[Line], begin: int, end: int, toc_lines: set[int]) -> set[int]:
    """Lines of the front parts (``begin`` to ``end``) that are their headings though
    their shape alone does not say so: a line the contents list ("RECOMMENDATION 426
    (2018)" with a footnote number glued on), and a short title opening a block of prose
    ("Summary" over its first line), as their start offsets."""
    entries = {entry(lines[i].text) for i in toc_lines} - {""}
    found: set[int] = set()
    for index in range(begin, end):
        line = lines[index]
        if index in toc_lines or classify(line).kind is not LineKind.TEXT:
            continue
        if entry(line.text) in entries:
            found.add(line.start)
            continue
        opens = index == 0 or lines[index - 1].block != line.block
        following = lines[index + 1] if index + 1 < end else None
        if (
            opens
            and following is not None
            and following.block == line.block
            and _short_title(line.text)
            and _prose([x for x in lines[index + 1 : end] if x.block == line.block])
        ):
            found.add(line.start)
    return found


def _notes(lines: list[Line], begin: int, end: int) -> set[int]:
    """Title-page notes among the front parts: blocks that open with a run-in label
    ("Keywords: ...", "About the authors: ...", "Acknowledgements: ...") after the first
    front part, as their line indices; they belong to the head, not to the part above."""
    found: set[int] = set()
    for index in range(begin, end):
        line = lines[index]
        opens = index > begin and lines[index - 1].block != line.block
        if opens and classify(line).kind is LineKind.TEXT and run_in_heading(line.text):
            block = line.block
            while index < end and lines[index].block == block:
                found.add(index)
                index += 1
    return found


def front(lines: list[Line]) -> Front:
    """Where the body starts, the title block, the lines apart from both (the table of
    contents, title-page notes) and the front parts' headings."""
    toc_lines, toc = _contents(lines)
    first = _first_part(lines, toc_lines)
    begin = _head_end(lines, first, toc_lines) if first else 0
    apart = toc_lines | _notes(lines, begin, first)
    head = [
        Span(x.start, x.end, x.text)
        for i, x in enumerate(lines[:first])
        if i not in toc_lines and (i < begin or i in apart)
    ]
    titles = _titles(lines, begin, min(first + 1, len(lines)), toc_lines)
    return Front(begin, head, toc, apart, titles)
