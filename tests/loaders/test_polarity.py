"""One polarity lexicon for every genre, on sentences written for the test (kept in
``tests/cases/finding_polarities.toml``)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.polarity import polarity_of
from tests.case_tables import case_params


@pytest.mark.parametrize(
    ("sentence", "expected"),
    case_params("finding_polarities", "sentence", "polarity", defaults={"polarity": None}),
)
def test_a_findings_sentence_gets_its_polarity(sentence: str, expected: str | None) -> None:
    assert polarity_of(sentence) == expected
