"""Status symbols a tracker's key explains: a table of earlier recommendations whose status
cells are glyphs ("●", "◐", "✓", "~") or one-letter codes ("F", "P", "N"), with a key line
near the table that says what each stands for ("Key: ● implemented  ◐ partly implemented
○ not implemented", "Legend: ✓ = implemented; ~ = in part; ✗ = not implemented",
"implemented (●), partly (◑), not implemented (○)", "Codes: F = fully implemented, P =
partially ..."). Without a key a glyph says nothing: no status is guessed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..text.columns import CELL_GAP
from .bare_status import bare_status
from .verdict_cues import assessment_status

_LABEL = re.compile(
    r"\s*(?:(?:status\s+)?(?:key|legend|symbols?|codes?|notes?)|status)\s*(?:to\s+\w+\s*)?"
    r"[:.\u2013\u2014-]?\s*",
    re.I,
)
"""The word that opens a key line ("Key:", "Legend -", "Status codes:"), if any."""
_NOT_GLYPHS = frozenset("=<>|^`")
_LETTER_CODE = re.compile(r"(?<![\w'])([A-Z]{1,8})\s*[=:\u2013\u2014]\s*(?=[a-z])")
"""A code in capitals explained after a sign: "F = fully implemented", "P: partly",
"YES = implemented"."""
_FILLER = " \t=:;,.()[]\u2013\u2014-\"'\u201c\u201d\u2018\u2019"
_BRACKETED = re.compile(r"[\[(]([^\w\s\[\]()])[\])]")
"""A sign in brackets: "[+]", "[~]", "[-]", "(*)"; a dash or a star is no status glyph
alone, but in brackets it is a tracker's mark. The sign stands for the mark (a cell may
bracket it or not)."""


def _is_glyph(char: str) -> bool:
    """A symbol a table may use for a status: any symbol character (geometric shapes,
    ticks, crosses, "+", "~"), not a sign that joins a key's parts ("=")."""
    return unicodedata.category(char) in ("So", "Sm") and char not in _NOT_GLYPHS


@dataclass(frozen=True)
class StatusKey:
    """What each symbol of a tracker stands for (a status slug per glyph or letter)."""

    meanings: dict[str, str]

    def cell(self, line: str) -> re.Match[str] | None:
        """A row's last cell when it is one of the key's symbols (its group 1), bracketed
        or not."""
        if not self.meanings:
            return None
        symbols = "|".join(re.escape(symbol) for symbol in self.meanings)
        return re.search(rf"{CELL_GAP}\s*[\[(]?({symbols})[\])]?[\s|.]*$", line)

    def meaning(self, symbol: str) -> str | None:
        """The status a symbol of the key stands for."""
        return self.meanings.get(symbol)


def _parts(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    """A key line without its label, and where each symbol of it stands."""
    label = _LABEL.match(line)
    body = line[label.end() :] if label else line
    marks = [(m.start(), m.end(), m.group(1)) for m in _BRACKETED.finditer(body)]
    if len(marks) < 2:
        marks = [(i, i + 1, c) for i, c in enumerate(body) if _is_glyph(c)]
    if len(marks) < 2:
        marks = [(m.start(1), m.end(1), m.group(1)) for m in _LETTER_CODE.finditer(body)]
    return body, marks


def read_key(line: str, status_of: Callable[[str], str | None]) -> dict[str, str]:
    """The symbols a line explains, with their status (``status_of`` reads the words), when
    it explains at least two symbols with different statuses; the words stand after each
    symbol ("● implemented") or, when the line opens with a status, before it
    ("implemented (●)")."""
    body, marks = _parts(line)
    if len(marks) < 2:
        return {}
    ends = [start for start, _, _ in marks[1:]] + [len(body)]
    after = [body[end:stop].strip(_FILLER) for (_, end, _), stop in zip(marks, ends, strict=True)]
    starts = [0] + [end for _, end, _ in marks[:-1]]
    before = [
        body[go:start].strip(_FILLER) for go, (start, _, _) in zip(starts, marks, strict=True)
    ]
    words = before if status_of(before[0]) is not None and marks[0][0] > 0 else after
    meanings: dict[str, str] = {}
    for (_, _, symbol), text in zip(marks, words, strict=True):
        status = status_of(text)
        if status is None or symbol in meanings:
            return {}
        meanings[symbol] = status
    return meanings if len(set(meanings.values())) >= 2 else {}


def cell_status(cell: str) -> str | None:
    """The status a tracker's cell or a key's words state: the shared reader's, else the
    words of a bare status (``bare_status``, which a follow-up row's field reads too)."""
    return assessment_status(cell) or bare_status(cell)


def is_key(text: str) -> bool:
    """Is ``text`` a status key ("YES = implemented; NO = not implemented", "Legend: ✓ =
    implemented; ✗ = not implemented")? It explains symbols, and states no verdict."""
    return bool(read_key(" ".join(text.split()), cell_status))


_NEAR = 800
"""How far (in characters) before or after a table its key may stand."""


def key_near(
    text: str, spans: Iterable[tuple[int, int]], status_of: Callable[[str], str | None]
) -> StatusKey:
    """The key of the tables at ``spans`` (start, end of each table's text): the line or
    paragraph (a key wrapped over two lines) within ``_NEAR`` characters of them that
    explains the most status symbols, two or more; the first of equals."""
    spans = list(spans)
    if not spans:
        return StatusKey({})
    start = max(0, min(s for s, _ in spans) - _NEAR)
    end = min(len(text), max(e for _, e in spans) + _NEAR)
    near = text[start:end]
    # a key on one line, or wrapped over the lines of its paragraph: the reading that
    # explains the most symbols (a wrapped key's second line alone may explain two wrongly)
    paragraphs = [" ".join(block.split()) for block in re.split(r"\n\s*\n", near)]
    readings = [read_key(line, status_of) for line in [*near.splitlines(), *paragraphs]]
    return StatusKey(max(readings, key=len, default={}))


__all__ = ["StatusKey", "cell_status", "is_key", "key_near", "read_key"]
