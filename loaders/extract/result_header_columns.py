"""A results table's figure columns where its header names more columns than it has roles.

A header may name columns the reader knows no role for ("Party   Votes   %   Zones   Lists
Seats": the seats won in constituencies and from lists of a mixed system, before the total
seats). Counting figures by their form then reads the first whole number after the share as
the seats, a wrong figure; so such a row's figures are read by the header column they stand
under (each figure under the header cell its right edge is nearest to, figures being set
flush right), and the unnamed columns' figures are read as nothing. Where the alignment is
unclear (two figures under one column, a figure far from any), only the columns before the
first unnamed one are read by their order: fewer figures, none wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .result_headers import COLUMN_GAP, ROLE_WORDS, roles_of

Role = tuple[str, str]
_CELL = re.compile(r"\S+(?:[ \u00a0]\S+)*")
"""A header cell: words joined by single spaces (a column gap is two spaces or a tab)."""
_SLACK = 3
"""How far (in characters) a figure's right edge may stand from its column's."""


@dataclass(frozen=True)
class HeaderColumn:
    """One figure column of a header: where its cell stands and its role (None when the
    header names it in words the reader gives no role: a tier of seats, a region)."""

    start: int
    end: int
    role: Role | None


def header_columns(header: str) -> list[HeaderColumn]:
    """The header's columns after its first (the names') when it names at least one
    column without a role and every other column with exactly one role; else none (the
    header's roles are read by count, as before). An unnamed column may hold words (a
    nominating party) or figures (a count of districts): the row tells which."""
    if "\t" in header:
        return []
    cells = [(m.start(), m.end(), m.group()) for m in _CELL.finditer(header)]
    if len(COLUMN_GAP.split(header.strip())) != len(cells):
        return []
    if not cells or ROLE_WORDS.search(cells[0][2]):
        return []  # no names' cell: the header's first line, over the figures only
    figure_cells = cells[1:]
    columns: list[HeaderColumn] = []
    for start, end, text in figure_cells:
        roles = roles_of(text) if ROLE_WORDS.search(text) else []
        if len(roles) > 1:
            return []
        columns.append(HeaderColumn(start, end, roles[0] if roles else None))
    named = [column.role for column in columns if column.role is not None]
    if all(column.role is not None for column in columns) or not named:
        return []
    if any(role[0] == "part" for role in named) or len(set(named)) < len(named):
        return []  # two columns of one role (seats of two tiers, two rounds): read by count
    return columns


def column_roles(columns: list[HeaderColumn], places: list[tuple[int, int]]) -> list[Role | None]:
    """The role of each figure at ``places`` (start, end within its line) under the header
    ``columns``: by order when the row fills every column, else by the column each figure's
    right edge stands under; unclear rows get the roles of the leading named columns only
    (None for the rest: their figures are not read)."""
    if len(places) == len(columns):
        return [column.role for column in columns]
    chosen: list[int] = []
    for start, end in places:
        near = [
            index
            for index, column in enumerate(columns)
            if abs(column.end - end) <= _SLACK or (column.start <= end and start <= column.end)
        ]
        if len(near) != 1 or (chosen and near[0] <= chosen[-1]):
            return _leading(columns, len(places))
        chosen.append(near[0])
    return [columns[index].role for index in chosen]


def placed_roles(
    columns: list[HeaderColumn], roles: list[Role], places: list[tuple[int, int]]
) -> list[Role]:
    """The roles to read a row's figures at ``places`` by: the header's ``roles`` when its
    columns are all named (``columns`` empty), else one per figure, by its column, an
    unnamed column's figure getting the ("part", "") role, which reads it as nothing."""
    if not columns:
        return roles
    leading = next(i for i, column in enumerate(columns) if column.role is not None)
    rest = columns[leading:]
    if len(places) <= len(rest):
        if all(column.role for column in rest):
            return roles  # the unnamed columns hold words ("Nominated by"): no figures
        columns = rest
    return [role or ("part", "") for role in column_roles(columns, places)]


def _leading(columns: list[HeaderColumn], count: int) -> list[Role | None]:
    roles: list[Role | None] = []
    for column in columns[:count]:
        if column.role is None:
            break
        roles.append(column.role)
    return roles + [None] * (count - len(roles))


__all__ = ["HeaderColumn", "column_roles", "header_columns", "placed_roles"]
