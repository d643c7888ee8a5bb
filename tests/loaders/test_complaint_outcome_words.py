"""What became of a complaint, read from the words about the decision (issue 13): pending,
upheld, partially upheld, rejected or not considered, in sentences invented for the test
and kept in ``tests/cases/outcome_words.toml``."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_outcomes import outcome_in
from tests.case_tables import case_params


@pytest.mark.parametrize(("words", "outcome"), case_params("outcome_words", "words", "outcome"))
def test_the_outcome_the_words_of_a_decision_tell(words: str, outcome: str) -> None:
    assert outcome_in(words) == outcome
