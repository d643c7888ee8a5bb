"""A figure's breakdown as reports write it after the count, in passages written for these
tests (every name and figure invented): the verb after "of which" ("of which it granted
6"), the rest of a figure ("the remaining 40", "the other 7"), a count whose verb the item
before gives ("upheld 4 in full and 2 in part"), counts put first ("19 were turned down"),
"of them" after a tally's count, a regulator that "found violations in 5 cases", and a body
separated from its verb by a relative clause."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_figures import read_figures
from tests.case_tables import case_params

FIELDS = ("sentence", "given", "subject", "figures")


def _read(sentence: str, body: str | None = None) -> list[tuple[int, str | None, str | None]]:
    return [(f.count, f.body, f.outcome) for f in read_figures(sentence, body)]


@pytest.mark.parametrize(
    FIELDS,
    case_params("complaint_tally_clauses", *FIELDS, defaults={"given": None}),
)
def test_a_breakdown_after_the_count(
    sentence: str, given: str | None, subject: str, figures: list[str]
) -> None:
    parts = [figure.split(maxsplit=1) for figure in figures]
    expected = [(int(p[0]), subject, p[1] if len(p) > 1 else None) for p in parts]
    assert _read(sentence.strip(), given) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry, which organises the count, published 40 protocols.",
        "The court received 8 complaints, of which 8 pages were annexes.",
    ],
)
def test_no_part_is_read_where_no_outcome_is_stated(sentence: str) -> None:
    assert all(outcome is None for _, _, outcome in _read(sentence))
