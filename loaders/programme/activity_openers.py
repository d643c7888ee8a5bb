"""Where a numbered activity opens: a line of a programme report that starts with an
activity's code and names it. Codes take any shape a work plan gives them ("Activity 3",
"Activity 1.2", "Activity 1(a)", "Task 2.1", "A1", "A.1", "T4", "A1.2", "WP2", "1.1.1"); a
heading's own section number before a worded code gives way to it ("3.1  Work package 1:
Evidence" is work package 1). The name is the rest of the line up to its first full stop
("T1.1  Recruitment of observers. Completed ..."), the whole line when it is a short title
("Task 1.2 Training of observers" over a paragraph), or the next line when the code stands
alone ("Activity 1" / "Training of board members").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.document import Element, ElementKind
from ..text.model import Row

_WORD = r"(?:Activit(?:y|ies)|(?:Sub-?)?[Tt]ask|Action|Work\s+[Pp]ackage)"
_OPENER = re.compile(
    rf"(?:(?P<word>{_WORD})\s+(?P<number>(?:[A-Z]\.?)?\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}"
    r"(?:[a-z]|\([a-z]{1,4}\))?"
    r"|[IVX]{1,4}\b|[A-Z])"
    r"|(?P<bare>(?:WP|[A-Z])\.?\d{1,2}(?:\.\d{1,2}){0,2}|\d{1,2}(?:\.\d{1,2}){1,3}))"
    r"(?![\w.]*\d)[ \t]*[:.)\u2013\u2014-]?[ \t]*"
)
"""An activity's code at a line's start, with what separates it from its name."""
_NAME_START = re.compile(r"[A-Z\"\u201c]")
_TITLE_WORDS = 12
"""A line of at most this many words without a full stop is a title."""
_OPEN_END = re.compile(
    r"\b(?:of|the|and|or|in|on|for|to|with|by|a|an|at|from|was|were|is|are)$", re.I
)
"""A line that ends in a function word runs on: it is a sentence, not a title."""
_SENTENCE_END = '.:;!?"\u201d'
_NAME_MAX = 120
_RUN_ON_NAME = re.compile(r"[^.\n]{2,120}?\.(?=\s|$)")
"""A name that runs on over lines to its full stop."""


@dataclass(frozen=True)
class Opener:
    """A numbered activity's opening: where its code starts, its number (as written, or
    None for a work package), its name and where the name ends in the element's text."""

    start: int
    number: str
    name: str
    name_end: int
    package: bool
    """A work package ("WP2", "Work package 2"): a group of tasks, an activity only when
    the report numbers nothing under it."""


def _line_of(element: Element, at: int) -> tuple[int, str, int] | None:
    """The line the text offset ``at`` falls in: its piece's index, the source text from
    ``at`` to the line's end, and whether ``at`` is where the line starts (0 or 1)."""
    spans = element.spans(at, at + 1)
    if not spans:
        return None
    where = spans[0].start
    for index, piece in enumerate(element.pieces):
        if piece.start <= where < piece.end:
            return index, piece.quote[where - piece.start :], int(where == piece.start)
    return None


def _titled(before: str) -> bool:
    """Is the text before an opener a heading's line ("Objective A: Fair Rules")?"""
    return len(before.split()) <= _TITLE_WORDS and not re.search(r"[.!?]\s", before)


def _name(element: Element, rest_at: int, piece: int, line: str) -> tuple[str, int] | None:
    """The activity's name from the rest of its line (see the module's docstring) and
    where it ends in the element's text; None when the line is a sentence."""
    text = element.text
    line = " ".join(line.split())
    if not line and piece + 1 < len(element.pieces):  # the code alone on its line
        line = " ".join(element.pieces[piece + 1].quote.split())
        rest_at = text.find(line, rest_at) if line else -1
        if rest_at < 0 or len(line.split()) > _TITLE_WORDS or _OPEN_END.search(line):
            return None
    if not line or not _NAME_START.match(text, rest_at):
        return None
    stop = re.search(r"\.(?=\s|$)", line)
    if stop is not None and 2 <= stop.start() <= _NAME_MAX:
        return line[: stop.start()], rest_at + stop.start()
    if len(line.split()) <= _TITLE_WORDS and not _OPEN_END.search(line.rstrip(".")):
        name = line.rstrip(".:")
        return name, rest_at + len(name)
    ended = _RUN_ON_NAME.match(text, rest_at)
    return (ended.group()[:-1], ended.end() - 1) if ended else None


def activity_openers(element: Element, bare: bool) -> list[Opener]:
    """The numbered activities opening lines of ``element``; codes without a word
    ("A.1", "2.3") only when ``bare`` (in a section that reports activities), and only
    after a sentence's end or a heading's line, not in a sentence wrapped onto a line."""
    found: list[Opener] = []
    text = element.text
    numbered_at = -1  # where a worded code follows a heading's section number
    for match in _OPENER.finditer(text):
        if match["bare"] and not bare:
            continue
        if found and match.start() < found[-1].name_end:
            continue
        line = _line_of(element, match.start())
        if line is None or (match.start() and not line[2] and match.start() != numbered_at):
            continue
        worded = _OPENER.match(text, match.end())
        if match["bare"] and line[2] and worded is not None and worded["word"]:
            numbered_at = match.end()
            continue
        rest = line[1][match.end() - match.start() :]
        named = _name(element, match.end(), line[0], rest)
        if named is None:
            continue
        before = text[: match.start()].rstrip()
        whole_line = named[0] == " ".join(rest.split()).rstrip(".:")
        wrapped = before and before[-1] not in _SENTENCE_END and not _titled(before)
        if match["bare"] and wrapped and not whole_line:  # a sentence wrapped onto a line
            continue
        code = match["number"] or match["bare"]
        package = bool(
            (match["word"] or "").lower().startswith("work") or (match["bare"] and code[:2] == "WP")
        )
        number = f"WP{code}" if package and not code.startswith("WP") else code
        found.append(Opener(match.start(), number, named[0], named[1], package))
    return found


_LEAD = re.compile(r"^\s*(?:[-*\u2022\u2013\u25aa\u25cf]|\(?\w{1,3}[.)])\s*")
"""A list item's bullet or label at its first line's start."""


def item_opener(element: Element) -> Opener | None:
    """A numbered list item of a section that reports activities ("1. Round table on the
    election law. Held in May ..."): an activity numbered by its label, named by its first
    sentence (or its whole text when that is a short title)."""
    if element.kind is not ElementKind.ITEM or element.bullet:
        return None
    label = element.label or ""
    if not re.fullmatch(r"\d{1,2}|[a-z]", label):  # "2.1" may wrap a sentence
        return None
    if not _NAME_START.match(element.text) or not element.pieces:
        return None
    first = _LEAD.sub("", element.pieces[0].quote)
    named = _name(element, 0, 0, first)
    if named is None:
        return None
    return Opener(0, label, named[0], named[1], False)


def bullet_opener(element: Element) -> Opener | None:
    """A bullet or an unnumbered item naming one thing done, by its first sentence; keyed
    "-" and its first words, since it has no number."""
    if not element.pieces or not _NAME_START.match(element.text):
        return None
    first = _LEAD.sub("", element.pieces[0].quote)
    named = _name(element, 0, 0, first)
    if named is None or len(named[0].split()) < 2:
        return None
    key = "-" + "-".join(named[0].lower().split()[:6])
    return Opener(0, key, named[0], named[1], False)


_CELL_CODE = re.compile(
    r"(?:(?:Activity|Task)\s+)?(?P<code>(?:WP|[A-Z])?\.?\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?)\.?"
)
"""A table cell that holds only an activity's code ("4.1", "A1.2", "Activity 3")."""


def row_activities(element: Element) -> list[tuple[Row, str, str]]:
    """The rows of a work plan's table that give an activity's code and name ("| 4.1 |
    Observer handbook | Jan-Mar 2011 | done |"): each row, its code and its name."""
    found = []
    for row in element.rows:
        values = [" ".join(v.split()) for v in row.values]
        if len(values) < 2:
            continue
        code = _CELL_CODE.fullmatch(values[0])
        if code is None or not _NAME_START.match(values[1]) or len(values[1].split()) > 20:
            continue
        found.append((row, code["code"], values[1].rstrip(".")))
    return found


__all__ = ["Opener", "activity_openers", "bullet_opener", "item_opener", "row_activities"]
