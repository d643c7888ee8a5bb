"""Aggregate complaint figures in sentences written for the test (no report's text); the
sentences whose figures are checked whole (count, body, outcome) are in
``tests/cases/complaint_figure_readings.toml``."""

from __future__ import annotations

from typing import Any

import pytest

from normgraph.loaders.extract.complaint_figures import FigureReading, read_figures
from tests.case_tables import case_params

FIELDS = ("sentence", "carried", "total", "figures")


def readings(sentence: str, carried: str | None = None) -> list[tuple[object, ...]]:
    return [(f.count, f.body, f.outcome) for f in read_figures(sentence, carried)]


@pytest.mark.parametrize(
    FIELDS,
    case_params("complaint_figure_readings", *FIELDS, defaults={"carried": None, "total": None}),
)
def test_the_figures_a_sentence_tells(
    sentence: str, carried: str | None, total: int | None, figures: list[list[Any]]
) -> None:
    expected = [  # a body "" is none
        (count, body or None, outcome[0] if outcome else None) for count, body, *outcome in figures
    ]
    found = [(f.count, f.body, f.outcome) for f in read_figures(sentence, carried, total)]
    assert found == expected


def test_complainant_and_subject_when_the_sentence_names_them() -> None:
    (figure,) = read_figures(
        "Some 45 complaints were lodged by opposition candidates with district electoral "
        "commissions regarding the misuse of administrative resources."
    )
    assert figure == FigureReading(
        45,
        0,
        figure.end,
        "district electoral commissions",
        figure.body_at,
        complainant="opposition candidates",
        subject="the misuse of administrative resources",
    )
    sentence = "Three cases requesting the annulment of results were filed in courts."
    assert read_figures(sentence)[0].subject == "the annulment of results"


def test_a_count_filed_at_all_levels_names_no_body() -> None:
    (figure,) = read_figures(
        "According to the commission, 2,310 complaints and appeals were filed at all levels "
        "before election day."
    )
    assert (figure.count, figure.body) == (2310, None)
