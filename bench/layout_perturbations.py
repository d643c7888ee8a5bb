"""Layout perturbations: rewrite a report's layout, never its content, as real reports differ.

Each transform is a pure function ``(text, rng) -> edits``: non-overlapping replacements
``(start, end, new)`` of the original text (an insertion has ``start == end``). ``perturb``
applies them and keeps the offset map, so a gold quote's span in the original maps onto the
perturbed text (``Perturbed.remap``): the gold needs no rewriting and stays findable however
the whitespace, labels or furniture around it changed. A transform is seeded by its name and
the report's name (``rng_for``), so every run perturbs the same way.

Used by bench/layout_robustness.py, which scores the loaders on perturbed fixture reports
against their unchanged gold; a fact found on the original and lost on a perturbation is a
layout fragility.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from bench.quality_gold import Span

Edit = tuple[int, int, str]
Transform = Callable[[str, random.Random], list[Edit]]

_LINE = re.compile(r"[^\n]*\n|[^\n]+$")
_LABEL = re.compile(r"\s*(?:\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|[-\u2013\u2014\u2022*])\s")
_LEADING = re.compile(r"[\d(\u2022*\u2013\u2014-]")
"""What no re-wrapped line may start with: a number, a bracket, a bullet or a dash."""
_TITLE_LINES = 15
_TABLE_GAP = re.compile(r"\S(?: {2,}|\t)\S|\|")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Perturbed:
    """A perturbed text and the edits that made it, to map original offsets onto it."""

    text: str
    edits: tuple[Edit, ...]

    def offset(self, at: int, *, end: bool = False) -> int:
        """Where original offset ``at`` lies in the perturbed text; an offset inside a
        replaced stretch goes to the replacement's start (or its end, for a span's end)."""
        shift = 0
        for start, stop, new in self.edits:
            if stop <= at and not (start == stop == at and end):
                shift += len(new) - (stop - start)
            elif start < at:
                return start + shift + (len(new) if end else 0)
            else:
                break
        return at + shift

    def remap(self, span: Span) -> Span:
        """An original span's place in the perturbed text."""
        return Span(self.offset(span.start), self.offset(span.end, end=True))


def perturb(text: str, edits: list[Edit]) -> Perturbed:
    """Apply non-overlapping ``edits``; a ValueError names two that overlap."""
    ordered = sorted(edits, key=lambda edit: (edit[0], edit[1]))
    pieces, cursor = [], 0
    for start, stop, new in ordered:
        if start < cursor:
            raise ValueError(f"edits overlap at offset {start}")
        pieces += [text[cursor:start], new]
        cursor = stop
    pieces.append(text[cursor:])
    return Perturbed("".join(pieces), tuple(ordered))


def rng_for(transform: str, name: str, seed: int = 0) -> random.Random:
    """The transform's random source for one report: the same on every run."""
    return random.Random(f"{seed}:{transform}:{name}")


def lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line's start offset and its text without the newline."""
    for match in _LINE.finditer(text):
        yield match.start(), match.group().rstrip("\n")


def _prose(line: str) -> bool:
    return bool(line.strip()) and not _TABLE_GAP.search(line.strip())


def _units(text: str) -> Iterator[list[tuple[int, str]]]:
    """Runs of prose lines that read as one wrapped paragraph: each line continues a long
    line above it and starts with no list label. The title block (the first
    ``_TITLE_LINES`` lines) is no paragraph."""
    unit: list[tuple[int, str]] = []
    for index, (start, line) in enumerate(lines(text)):
        joins = unit and len(unit[-1][1]) >= 50 and not _LABEL.match(line) and _prose(line)
        if not joins:
            if unit:
                yield unit
            unit = [(start, line)] if _prose(line) and index >= _TITLE_LINES else []
        else:
            unit.append((start, line))
    if unit:
        yield unit


def _margin(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def rewrap(text: str, rng: random.Random) -> list[Edit]:
    """Paragraphs re-wrapped to another width (a report set in another column width, or
    converted by another tool), a hanging indentation kept. No line is made to start with
    a number or a label, and a word hyphenated at a line's end stays so."""
    width = rng.choice((58, 66, 96, 120))
    edits: list[Edit] = []
    for unit in _units(text):
        first, last = unit[0][0], unit[-1][0] + len(unit[-1][1])
        margin = _margin(unit[min(1, len(unit) - 1)][1])
        words = list(_WORD.finditer(text, first + len(_margin(unit[0][1])), last))
        column = words[0].start() - first if words else 0
        for before, word in pairwise(words):
            column += 1 + len(word.group())
            labelled = bool(_LEADING.match(word.group()))
            gap = " "
            hyphenated = before.group().endswith("-") and "\n" in text[before.end() : word.start()]
            if hyphenated or (column > width and not labelled):
                gap, column = f"\n{margin}", len(margin) + len(word.group())
            if text[before.end() : word.start()] != gap:
                edits.append((before.end(), word.start(), gap))
    return edits


def page_furniture(text: str, rng: random.Random) -> list[Edit]:
    """A page break every ~40 lines, at the next paragraph break: a form feed, a running
    header (the report's first line), a page number line or a footer (a PDF's text)."""
    title = next((line.strip() for _, line in lines(text) if line.strip()), "Report")[:60]
    edits: list[Edit] = []
    page, since, blank = 1, 0, False
    for start, line in lines(text):
        since += 1
        if not line.strip() and not blank and since >= 40:
            page += 1
            style = rng.randrange(4)
            furniture = (
                f"\f{title}\n",
                f"- {page} -\n\f",
                f"{title}{' ' * 8}Page {page} of 99\n\f",
                f"{page}\n\f\n{title.upper()}\n",
            )[style]
            edits.append((start, start, f"\n{furniture}"))
            since = 0
        blank = not line.strip()
    return edits


def crlf(text: str, rng: random.Random) -> list[Edit]:
    """Windows line endings (a report saved on another system)."""
    return [(m.start(), m.end(), "\r\n") for m in re.finditer(r"(?<!\r)\n", text)]


def as_read(changed: Perturbed) -> Perturbed:
    """``changed``'s text as a reader reading the file in text mode has it (every line end a
    newline, as bench/quality_gold.py reads a report): a CRLF report's gold counts there."""
    ends = [(m.start(), m.end(), "\n") for m in re.finditer(r"\r\n?", changed.text)]
    return perturb(changed.text, ends)


_TYPOGRAPHY = {'"': "\u201c\u201d", "'": "\u2018\u2019"}
_STRAIGHT = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-"}


def typography(text: str, rng: random.Random) -> list[Edit]:
    """Curly quotes for straight ones (and straight for curly), en dashes for spaced hyphens
    (a word processor's smart quotes, or a plain-text export of one)."""
    edits: list[Edit] = []
    for match in re.finditer(r"[\"'\u201c\u201d\u2018\u2019\u2013]| - ", text):
        char = match.group()
        if char == " - ":
            edits.append((match.start() + 1, match.start() + 2, "\u2013"))
        elif char in _STRAIGHT:
            edits.append((match.start(), match.end(), _STRAIGHT[char]))
        else:
            opening = (
                match.start() == 0
                or text[match.start() - 1].isspace()
                or text[match.start() - 1] in "([\u2014"
            )
            edits.append((match.start(), match.end(), _TYPOGRAPHY[char][0 if opening else 1]))
    return edits


def indent(text: str, rng: random.Random) -> list[Edit]:
    """Every line indented by a few spaces (a PDF extraction keeping the left margin)."""
    pad = " " * rng.choice((2, 4, 6))
    return [(start, start, pad) for start, line in lines(text) if line.strip()]


def dedent(text: str, rng: random.Random) -> list[Edit]:
    """Every line's leading indentation removed (a plain-text export flattening hanging
    indents and centred headings)."""
    edits: list[Edit] = []
    for start, line in lines(text):
        lead = len(line) - len(line.lstrip(" \t"))
        if lead and line.strip():
            edits.append((start, start + lead, ""))
    return edits


_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:([ ,.\u00a0'])\d{3})(?:\1\d{3})*(?![\d%]|[.,]\d)")
_PLAIN = re.compile(r"(?<![\d.,\u00a0' ])\d{5,9}(?![\d%]|[.,]\d)")
SEPARATORS = (" ", ",", ".", "", "\u00a0", "'")


def thousands(text: str, rng: random.Random) -> list[Edit]:
    """Large numbers written with another thousands separator (space, comma, dot, none,
    no-break space, apostrophe): tables typeset in another country's convention."""
    separator = rng.choice(SEPARATORS)
    edits: list[Edit] = []
    for match in _GROUPED.finditer(text):
        for at in range(match.start(), match.end()):
            if not text[at].isdigit():
                edits.append((at, at + 1, separator))
    for match in _PLAIN.finditer(text):
        digits = match.group()
        for at in range(len(digits) % 3 or 3, len(digits), 3):
            edits.append((match.start() + at, match.start() + at, separator))
    return [edit for edit in edits if edit[2] != text[edit[0] : edit[1]]]


_HEAD_LABEL = re.compile(
    r"(?:(?:chapter|part|section)\s+)?(?:\d{1,2}|[IVXL]{1,5})(?:\.|:| -|\s)\s*", re.I
)
_ROMANS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
HEADING_STYLES = ("arabic", "roman", "chapter", "none")


def _heading(line: str) -> re.Match[str] | None:
    """A heading line's label match (an empty one for an unnumbered all-capitals heading);
    a table of contents' line (a page number after a gap) is none."""
    body = line.strip()
    if not 3 <= len(body) <= 70 or body.endswith((".", ",", ";")):
        return None
    label = _HEAD_LABEL.match(body)
    rest = body[label.end() :] if label else body
    if _TABLE_GAP.search(rest):
        return None
    letters = [c for c in rest if c.isalpha()]
    if len(letters) < 4 or not rest[:1].isupper():
        return None
    if label and (label.group().rstrip(" \t.:-") in _ROMANS or label.group()[0].isdigit()):
        return label
    return re.match("", body) if all(c.isupper() for c in letters) else None


def _style_of(label: str) -> str:
    """The style of a heading label (the one style a transform must move away from)."""
    if label[0].isdigit():
        return "arabic"
    return "roman" if label[0] in "IVXL" else "chapter"


def _heading_label(style: str, number: int) -> str:
    if style == "roman":
        return f"{_ROMANS[number]}. " if number < len(_ROMANS) else f"{number}. "
    return {"arabic": f"{number}. ", "chapter": f"Chapter {number}: ", "none": ""}[style]


def heading_numbers(text: str, rng: random.Random) -> list[Edit]:
    """Numbered section headings numbered in another style (1. / I. / Chapter 1: / none),
    counted in order (a report whose headings restart in each part is renumbered). A
    heading is a short line alone between blank lines (a wrapped list item is not)."""
    edits: list[Edit] = []
    number, style = 0, ""
    rows = list(lines(text))
    for index, (start, line) in enumerate(rows):
        alone = all(
            not rows[near][1].strip() for near in (index - 1, index + 1) if 0 <= near < len(rows)
        )
        label = _heading(line) if alone else None
        if label is None or not label.group():
            continue
        number += 1
        style = style or rng.choice([s for s in HEADING_STYLES if s != _style_of(label.group())])
        at = start + len(line) - len(line.lstrip())
        edits.append((at, at + label.end(), _heading_label(style, number)))
    return edits


_ITEM = re.compile(r"(\s*)(?:(\d{1,3})[.)]|\((\d{1,3})\))[ \t]+(?=\S)")
LABEL_STYLES = ("{n}.", "({n})", "{n})", "{a}.", "({a})", "{n} -")


def list_labels(text: str, rng: random.Random) -> list[Edit]:
    """Numbered list items and paragraphs labelled in another style: 1. / (1) / 1) / a. /
    (a) / 1 - (a letter only up to 26; items past it keep a number in the same style)."""
    style = rng.choice(LABEL_STYLES)
    edits: list[Edit] = []
    for start, line in lines(text):
        item = _ITEM.match(line)
        if item is None or _heading(line) is not None:
            continue
        number = int(item.group(2) or item.group(3))
        lettered = 1 <= number <= 26
        form = style if lettered or "{a}" not in style else style.replace("{a}", "{n}")
        label = form.format(n=number, a=chr(ord("a") + number - 1) if lettered else "")
        edits.append((start + len(item.group(1)), start + item.end(), f"{label} "))
    return edits


TRANSFORMS: dict[str, Transform] = {
    "rewrap": rewrap,
    "page_furniture": page_furniture,
    "crlf": crlf,
    "typography": typography,
    "indent": indent,
    "dedent": dedent,
    "thousands": thousands,
    "heading_numbers": heading_numbers,
    "list_labels": list_labels,
}
"""The transforms by name, in the order the robustness bench runs them."""


def find_transform(name: str) -> Transform:
    """The transform called ``name``; a KeyError names the known ones."""
    if name not in TRANSFORMS:
        raise KeyError(f"no transform {name!r}; known: {', '.join(TRANSFORMS)}")
    return TRANSFORMS[name]
