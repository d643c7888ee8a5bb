"""The /recurring chart drawn from a grid: readable headers, named rows, who judged."""

from __future__ import annotations

import re

from normgraph.api.recurrence_chart import (
    _CHARS_PER_PIXEL,
    _GAP,
    _WIDTH,
    Assessment,
    Cell,
    Grid,
    chart_svg,
    status_text,
)


def _grid() -> Grid:
    long_election = "Republic of Testland early presidential election of the third of April"
    grid = Grid(
        issues=[("id:issue/1", "Publish detailed results protocols of every polling station")],
        elections=[
            ("id:e/1", long_election, "2004-09-19"),
            ("id:e/2", long_election + " (second round)", "2011-04-03"),
        ],
    )
    grid.cells[("id:issue/1", "id:e/1")] = Cell(
        observers=["Test Watchers"],
        recommendations=["id:r/1"],
        assessments=[
            Assessment("not-implemented", "not implemented", None, "2011-04-03", inferred=True)
        ],
    )
    grid.cells[("id:issue/1", "id:e/2")] = Cell(
        observers=["Test Mission"],
        recommendations=["id:r/2"],
        assessments=[Assessment("fully-implemented", "fully implemented", "Later Mission", None)],
    )
    return grid


def test_election_headers_fit_their_columns() -> None:
    svg = str(chart_svg(_grid()))
    headers = re.findall(
        r'<text x="[^"]+" y="16" class="small" text-anchor="middle">(.*?)</text>', svg
    )
    assert len(headers) == 2
    for header in headers:
        for line in re.findall(r"<tspan[^>]*>([^<]*)</tspan>", header):
            assert len(line) * (1 / _CHARS_PER_PIXEL) <= _WIDTH + _GAP, line


def test_rows_are_named_and_cells_say_who_judged() -> None:
    grid = _grid()
    svg = str(chart_svg(grid))
    assert "Publish detailed results protocols" in svg
    assert "inferred by normgraph" in svg and "stated by Later Mission" in svg
    inferred = grid.cells[("id:issue/1", "id:e/1")]
    assert status_text(inferred) == "not implemented (inferred by normgraph, 2011-04-03)"
