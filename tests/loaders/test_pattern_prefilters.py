"""The word checks that let two readers skip text: every pattern they guard must name the word.

Election mentions skip a text with none of ``_VOTE_WORD``'s words, and complaint figures a
sentence with none of ``_SHAPE_WORD``'s (a speed-up, docs/build.md). A pattern added later
that could match without such a word would silently never run; these tests catch it where it
is written. A pattern's source naming the word is the check (the word in an optional group
would still slip by: keep it in the part that must match).
"""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_figures import _SHAPE_WORD, _SHAPES
from normgraph.loaders.extract.election_mentions import _VOTE_WORD, _patterns


@pytest.mark.parametrize("index", range(len(_patterns())))
def test_every_election_pattern_names_a_vote_word(index: int) -> None:
    pattern, _group = _patterns()[index]
    assert _VOTE_WORD.search(pattern.pattern), pattern.pattern[:120]


@pytest.mark.parametrize("index", range(len(_SHAPES)))
def test_every_complaint_figure_shape_names_its_word(index: int) -> None:
    shape = _SHAPES[index]
    assert _SHAPE_WORD.search(shape.pattern), shape.pattern[:120]
