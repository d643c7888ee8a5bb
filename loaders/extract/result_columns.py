"""A results row's cells as a PDF conversion leaves them: the figures it holds (a count in
any thousands grouping, a share, a bracketed share, a dash for an empty cell) and where its
label ends. The figures are the run at the line's end, and the figure columns before it
that a short word column interrupts (a threshold's "yes"/"no" between the shares and the
seats), so a word column never cuts a row's figures short."""

from __future__ import annotations

import re

from .result_lines import Line

GROUP_SEPARATORS = " \u00a0\u2009\u202f'\u2019.,"
"""What a report may put between groups of three digits: space, no-break space, thin
space, narrow no-break space, apostrophe (straight or curly), dot, comma."""
FIGURE = re.compile(
    r"(?<!\S)\(\d{1,3}(?:[.,]\d{1,3}\s?%?|\s?%)\)(?![\w])|"
    r"(?<!\S)[-+\u2212\u2013\u00b1]\d[\d.,]*(?:\s?%)?(?![\w])|"
    rf"(?<![\w.,])(?:\d[\d{GROUP_SEPARATORS}]*\d|\d)(?:\s?%)?(?![\w])|(?<!\S)[-\u2013\u2014]{{1,3}}(?!\S)"
)
"""One figure as it stands in a line, a bracketed share after the votes ("(34.5%)"; a
bracketed whole number is a count of lists in a name, "Other lists (5)"), a
signed one ("+31", "-2.4": a change since the last election, which ``read_figure`` reads as
no figure of the row's own), or a dash (or up to three, "---") for an empty cell."""


def split_row(line: Line) -> tuple[str, list[re.Match[str]]]:
    """The row's label and its figures: the figures are the longest run at the line's end,
    and the figure columns before it that a short word column interrupts (see
    ``_word_columns``)."""
    figures = list(FIGURE.finditer(line.text))
    tail: list[re.Match[str]] = []
    end = len(line.text.rstrip())
    for match in reversed(figures):
        if line.text[match.end() : end].strip():
            break
        tail.insert(0, match)
        end = match.start()
    label, before = _word_columns(line.text[:end], figures)
    return label, [*before, *tail]


_WORD_CELL_WORDS = 3


def _word_columns(label: str, figures: list[re.Match[str]]) -> tuple[str, list[re.Match[str]]]:
    """A label that holds figure columns after the name, each column of its own, with short
    word columns between them ("Unity List   5120   2.4%   no   yes   0": a threshold's
    "yes"/"no"): the name is the label up to its first figure column, the figures are those
    columns' figures, the word columns are skipped (they are no figure of the row's)."""
    cells = [
        (m.start(), m.end())
        for m in re.finditer(r"\S+(?:[ \u00a0\u2009\u202f]\S+)*", label)
        if not m.group().startswith("|")
    ]
    inside = [m for m in figures if m.end() <= len(label)]

    def covering(cell: tuple[int, int]) -> re.Match[str] | None:
        return next((m for m in inside if m.start() <= cell[0] and cell[1] <= m.end()), None)

    named = False
    for index, cell in enumerate(cells):
        if covering(cell) is None:
            named = True
            continue
        if not named:
            continue  # a ballot number in a column of its own, before the name
        rest = cells[index:]
        words = [label[s:e] for s, e in rest if covering((s, e)) is None]
        if any(len(word.split()) > _WORD_CELL_WORDS for word in words):
            return label, []
        found = [m for one in rest if (m := covering(one)) is not None]
        return label[: cell[0]], list(dict.fromkeys(found))
    return label, []


__all__ = ["FIGURE", "GROUP_SEPARATORS", "split_row"]
