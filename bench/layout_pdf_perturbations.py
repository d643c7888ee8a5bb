"""Layout perturbations that imitate PDF text extraction, where most loaded reports come from.

The same kind of transform as bench/layout_perturbations.py (seeded edits with an offset map,
a gold quote's words unchanged), with one more argument: the gold quotes' spans (``avoid``),
so that furniture a real PDF puts anywhere is put only where no quote runs (a quote cut by a
page footer would no longer be one passage, and the gold could not say where it is).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from bench.layout_perturbations import TRANSFORMS, Edit, _units, find_transform, lines
from bench.quality_gold import Span

PdfTransform = Callable[[str, random.Random, Sequence[Span]], list[Edit]]

_BREAKABLE = re.compile(r"[a-z]{7,}\b")
_MARKABLE = re.compile(r"[a-z]{4,}([.,;])(?=\s)")
_PAGE = 3000
"""Characters of text per page, about forty lines."""
NOTES = (
    "See the annex to this report.",
    "Interview with an interlocutor, on file with the mission.",
    "Ibid.",
    "As published in the official gazette, p. 3.",
)
"""A footnote's text: references, as real notes mostly are, naming nothing."""


def _inside(at: int, avoid: Sequence[Span]) -> bool:
    return any(span.start < at < span.end for span in avoid)


def _title(text: str) -> str:
    return next((line.strip() for _, line in lines(text) if line.strip()), "Report")[:60]


def hyphenate(text: str, rng: random.Random, avoid: Sequence[Span] = ()) -> list[Edit]:
    """Words broken at a wrapped line's end with a hyphen ("elec-" / "tion"), as PDF text
    keeps a justified paragraph's hyphenation. Only lower-case words of 7+ letters, inside
    gold quotes too: the bench matches a fact by its span and key values (numbers, dates,
    names), never by a quote's characters, and bench/quality_gold.py's ``squash`` joins a
    lower-case break; a loader that does not join it loses the fact, which is the point."""
    edits: list[Edit] = []
    for unit in _units(text):
        for (_, above), (start, line) in pairwise(unit):
            margin = len(line) - len(line.lstrip())
            word = _BREAKABLE.match(line, margin)
            if word is None or above.rstrip().endswith("-") or rng.random() >= 0.5:
                continue
            end_above = start - 1 - (len(above) - len(above.rstrip()))
            cut = start + margin + rng.randrange(3, len(word.group()) - 2)
            edits += [(end_above, start + margin, " "), (cut, cut, f"-\n{line[:margin]}")]
    return edits


def page_break_mid_paragraph(
    text: str, rng: random.Random, avoid: Sequence[Span] = ()
) -> list[Edit]:
    """A page break inside a paragraph, between two of its lines (a PDF page ends wherever
    the text reaches the foot): a footer (page number), a form feed and the running header,
    about every forty lines, where no gold quote runs across the two lines."""
    title, edits, page, last = _title(text), [], 1, 0
    for unit in _units(text):
        breaks = [start for start, _ in unit[1:] if not _inside(start, avoid)]
        if not breaks or unit[0][0] - last < _PAGE:
            continue
        at, page = rng.choice(breaks), page + 1
        footer = rng.choice((f"{page}", f"- {page} -", f"Page {page} of 99"))
        header = rng.choice((title, title.upper(), f"{title}{' ' * 8}{page}"))
        edits.append((at, at, f"{footer}\n\f{header}\n"))
        last = at
    return edits


def _notes(numbers: list[int], rng: random.Random) -> str:
    notes = "\n".join(f"{number} {rng.choice(NOTES)}" for number in numbers)
    return f"\n\n{'_' * rng.choice((10, 15, 20))}\n{notes}\n\f"


def footnote_marks(text: str, rng: random.Random, avoid: Sequence[Span] = ()) -> list[Edit]:
    """Footnote numbers glued after a word's punctuation or before it ("elections.12",
    "law3,"), outside gold quotes, and the notes at the page's foot (after the paragraph
    ending a page of about forty lines, or the text's end) under a short rule, a form feed
    after them: a PDF's text of a footnoted report."""
    edits: list[Edit] = []
    number, pending, last = 0, [], 0
    for unit in _units(text):
        end = unit[-1][0] + len(unit[-1][1])
        marks = [m for m in _MARKABLE.finditer(text, unit[0][0], end)]
        marks = [
            m for m in marks if not _inside(m.start(1), avoid) and not _inside(m.end(1), avoid)
        ]
        if marks and rng.random() < 0.6:
            mark, number = rng.choice(marks), number + 1
            at = mark.end(1) if rng.random() < 0.7 else mark.start(1)
            edits.append((at, at, str(number)))
            pending.append(number)
        if pending and end - last >= _PAGE and not _inside(end, avoid):
            edits.append((end, end, _notes(pending, rng)))
            pending, last = [], end
    if pending:
        edits.append((len(text), len(text), _notes(pending, rng)))
    return edits


PDF_TRANSFORMS: dict[str, PdfTransform] = {
    "hyphenate": hyphenate,
    "page_break_mid_paragraph": page_break_mid_paragraph,
    "footnote_marks": footnote_marks,
}
"""The PDF transforms by name, run after bench/layout_perturbations.py's."""
NAMES = (*TRANSFORMS, *PDF_TRANSFORMS)
"""Every transform's name, in the order the robustness bench runs them."""


def edits_for(name: str, text: str, rng: random.Random, avoid: Sequence[Span]) -> list[Edit]:
    """Transform ``name``'s edits of ``text`` (a PDF one kept off the ``avoid`` spans); a
    KeyError names the known transforms."""
    if name in PDF_TRANSFORMS:
        return PDF_TRANSFORMS[name](text, rng, avoid)
    if name not in TRANSFORMS:
        raise KeyError(f"no transform {name!r}; known: {', '.join(NAMES)}")
    return find_transform(name)(text, rng)
