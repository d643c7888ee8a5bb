"""Where the sentences of clean text end (``loaders/text/sentences``): not after "v." in a
case name, after a footnote number glued to the stop after a year, not inside a decimal.
The texts are invented and kept in ``tests/cases/sentence_ends.toml``."""

from __future__ import annotations

import pytest

from normgraph.loaders.text.sentences import sentences
from tests.case_tables import case_params


@pytest.mark.parametrize(("text", "expected"), case_params("sentence_ends", "text", "sentences"))
def test_the_sentences_a_text_is_cut_into(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in sentences(text)] == expected
