"""A work plan's rows read from the raw lines, whatever the parser made of them: a run of
lines that each open with an activity's code ("OBS-1", "A-2", "WS3", "T1.2") and, after a
gap of two or more spaces, its name, with more columns after (dates, a status) or under a
header line that names activities (tasks, outputs, components, work packages). A name that
wraps continues on the next line at the name's column; lines under other columns (a date
wrapped in the timing column) are skipped. This is the fallback when no reader of the
report's sections found an activity: a table the parser ran into a paragraph still yields
its rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.source import SourceText, Span
from ..text.words import any_word

_ROW = re.compile(
    r"^(?P<lead>[ \t]*)(?P<code>[A-Z]{1,5}[-.]?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)"
    r"(?P<gap>[ \t]{2,}|\t)(?P<name>[A-Z][^\n]*?)(?P<rest>(?:[ \t]{2,}|\t)\S[^\n]*)?[ \t]*$"
)
"""A row: its code at the line's start (after the page's margin, if any), its name up to the
next gap, any further columns."""
_LOOK_AHEAD = 3
"""How many lines a row's wrapped cells may take when their indentation is lost."""
_HEADER = re.compile(
    r"(?i)\b(?:activit(?:y|ies)|tasks?|outputs?|components?|work\s+packages?|deliverables?"
    r"|actions?)\b"
)
"""A header line's word that says its rows are things done."""
_NOT_DONE = any_word(r"should, must, shall, ought\s+to")
"""A row that recommends is not an activity."""
_NAME_WORDS = 20


@dataclass(frozen=True)
class CodedRow:
    """One row: its code, its name (wrapped lines joined), and the row's first line."""

    code: str
    name: str
    span: Span


def _row(line: str) -> re.Match[str] | None:
    """A line that opens a row (its name in sentence words, not a heading in capitals)."""
    row = _ROW.match(line)
    if row is None or not re.search(r"[a-z]", row["name"]) or _NOT_DONE.search(row["name"]):
        return None
    return row if len(row["name"].split()) <= _NAME_WORDS else None


def coded_rows(source: SourceText, start: int = 0, end: int | None = None) -> list[CodedRow]:
    """The rows of every coded table in ``source[start:end]`` (see the module's docstring);
    a table needs two rows, and either a further column or a header naming activities."""
    text = source.text[start : len(source.text) if end is None else end]
    found: list[CodedRow] = []
    run: list[tuple[str, list[str], int, int]] = []  # code, name parts, start, end of line 1
    columns = 0  # rows with a column after the name
    header = ""
    column = -1  # where the current row's name starts
    offset = start
    previous = ""

    def close() -> None:
        if len(run) >= 2 and (columns == len(run) or _HEADER.search(header)):
            for code, parts, at, stop in run:
                found.append(CodedRow(code, " ".join(parts), source.span(at, stop)))
        run.clear()

    lines = text.split("\n")
    for at_line, line in enumerate(lines):
        row = _row(line)
        indent = len(line) - len(line.lstrip())
        if row is not None:
            if not run:
                header, columns = previous, 0
            column = row.start("name")
            columns += bool(row["rest"])
            at = offset + row.start("code")
            run.append((row["code"], [row["name"].strip()], at, offset + row.end("name")))
        elif run and line.strip() and abs(indent - column) <= 1:
            run[-1][1].append(re.split(r"[ \t]{2,}|\t", line.strip())[0])
        elif run and not (line.strip() and (indent > column or _row_follows(lines, at_line))):
            close()
        offset += len(line) + 1
        previous = line if line.strip() else previous
    close()
    return found


def _row_follows(lines: list[str], at: int) -> bool:
    """Does a row open within a few lines after ``lines[at]``, no blank line between: a
    row's wrapped cells whose indentation was lost (a flattened export) stay in its table."""
    for line in lines[at + 1 : at + 1 + _LOOK_AHEAD]:
        if not line.strip():
            return False
        if _row(line) is not None:
            return True
    return False


__all__ = ["CodedRow", "coded_rows"]
