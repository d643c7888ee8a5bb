"""SPARQL answers for a terminal: a table when it fits the width, else one block per row.

A saved query may project a dozen columns with paragraph-long quotes; squeezed into a
terminal's width, rich folds every cell into columns a few characters wide and the answer
becomes thousands of unreadable lines. So the columns are measured first: when they cannot
each get a readable width, each row is printed as a record (``column: value`` lines).
IRIs are shown as prefixed names (``id:state/kz``) in both layouts. Off a terminal (a pipe, a
file) nothing is padded: rich fills every line of a layout to its width with spaces, which
only gets in the way of ``grep`` and diffs, and a record's values stay whole on their line.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from .namespaces import curie

READABLE_COLUMN = 24
"""Fewest characters a folded column may get before the table gives way to records."""


class ColumnError(ValueError):
    """``--columns`` names a column the answer does not have."""


@dataclass(frozen=True)
class Answer:
    """A SELECT answer's columns and rows as display strings, or an ASK answer's boolean."""

    names: list[str]
    rows: list[list[str]]
    boolean: bool | None = None

    def only(self, columns: Sequence[str]) -> Answer:
        """The answer with just ``columns``, in that order.

        >>> Answer(["a", "b"], [["1", "2"]]).only(["b"]).rows
        [['2']]
        >>> Answer(["a"], []).only(["z"])
        Traceback (most recent call last):
        ...
        normgraph.answer_text.ColumnError: no column 'z' in this answer; its columns: a
        """
        unknown = [c for c in columns if c not in self.names]
        if unknown:
            raise ColumnError(
                f"no column {', '.join(repr(c) for c in unknown)} in this answer; "
                f"its columns: {', '.join(self.names)}"
            )
        picks = [self.names.index(c) for c in columns]
        return Answer(list(columns), [[row[i] for i in picks] for row in self.rows], self.boolean)


def parse_answer(body: bytes) -> Answer:
    """An ``application/sparql-results+json`` document as display strings.

    >>> body = b'{"head": {"vars": ["s", "n"]}, "results": {"bindings": ['
    >>> body += b'{"s": {"type": "uri", "value": "https://w3id.org/normgraph/id/state/kz"}}]}}'
    >>> parse_answer(body).rows
    [['id:state/kz', '']]
    """
    data = json.loads(body)
    if "boolean" in data:
        return Answer(["answer"], [[str(data["boolean"]).lower()]], bool(data["boolean"]))
    names: list[str] = data["head"]["vars"]
    rows = [[_show(binding.get(name)) for name in names] for binding in data["results"]["bindings"]]
    return Answer(names, rows)


def _show(cell: dict[str, str] | None) -> str:
    if cell is None:
        return ""
    return curie(cell["value"]) if cell["type"] == "uri" else cell["value"]


def answer_table(title: str, answer: Answer) -> Table:
    """The answer as a rich table, cells folded only where the terminal forces it."""
    table = Table(title=title)
    for name in answer.names:
        table.add_column(name, overflow="fold")
    for row in answer.rows:
        table.add_row(*(Text(value) for value in row))
    return table


def answer_records(title: str, answer: Answer) -> Group:
    """The answer as one block per row: ``column: value`` lines, empty values left out."""
    parts: list[RenderableType] = [Text(f"{title}: {len(answer.rows)} rows", style="bold")]
    for number, row in enumerate(answer.rows, start=1):
        block = Table.grid(padding=(0, 1))
        block.add_column(justify="right", style="bold", no_wrap=True)
        block.add_column(overflow="fold")
        for name, value in zip(answer.names, row, strict=True):
            if value:
                block.add_row(f"{name}:", Text(value))
        parts += [Text(f"\n[{number}]", style="dim"), block]
    return Group(*parts)


def fits(answer: Answer, width: int) -> bool:
    """Whether a table of the answer reads well in ``width`` characters: every column gets
    its whole width, or at least ``READABLE_COLUMN`` characters to fold long values into.

    >>> fits(Answer(["a", "b"], [["x" * 200, "y"]]), 80)
    True
    >>> fits(Answer([f"c{i}" for i in range(12)], [["x" * 40] * 12]), 120)
    False
    """
    needed = 1
    for index, name in enumerate(answer.names):
        longest = max([len(name), *(len(row[index]) for row in answer.rows)])
        needed += min(longest, READABLE_COLUMN) + 3
    return needed <= width


def render_answer(console: Console, title: str, answer: Answer) -> RenderableType:
    """A table if it reads well at the console's width, else the record layout."""
    if fits(answer, console.width):
        return answer_table(title, answer)
    return answer_records(title, answer)


def unpadded(renderable: RenderableType, width: int) -> str:
    """``renderable`` laid out ``width`` characters wide as plain text, without the spaces
    rich pads its lines with (for a pipe or a file).

    >>> grid = Table.grid()
    >>> grid.add_column(justify="right")
    >>> grid.add_column()
    >>> grid.add_row("a:", "1")
    >>> grid.add_row("long:", "22")
    >>> unpadded(grid, 80).splitlines()
    ['   a:1', 'long:22']
    """
    console = Console(width=width, file=io.StringIO(), color_system=None, highlight=False)
    with console.capture() as captured:
        console.print(renderable)
    return "".join(line.rstrip() + "\n" for line in captured.get().splitlines())


def answer_off_terminal(title: str, answer: Answer, width: int) -> str:
    """The answer for a pipe or a file: the table if it reads well in ``width`` characters,
    else the records with each value whole on its line; no padding in either.

    >>> answer = Answer(["speaker", "quote"], [["a deputy", "The count was transparent."]])
    >>> print(answer_off_terminal("said", answer, 30), end="")
    said: 1 rows
    <BLANKLINE>
    [1]
    speaker: a deputy
      quote: The count was transparent.
    """
    if fits(answer, width):
        return unpadded(answer_table(title, answer), width)
    name = max((len(n) for n in answer.names), default=0)
    value = max((len(v) for row in answer.rows for v in row), default=0)
    return unpadded(answer_records(title, answer), max(width, name + value + 2))
