"""The checks that let readers skip text: every pattern they guard must still run where it
would match.

Election mentions skip a text with none of ``VOTE_WORD``'s words, and complaint figures a
sentence with none of ``_SHAPE_WORD``'s (a speed-up, docs/build.md). A pattern added later
that could match without such a word would silently never run; these tests catch it where it
is written. A pattern's source naming the word is the check (the word in an optional group
would still slip by: keep it in the part that must match).

The legal reader skips a sentence without ``LAW_WORD`` (each top-level shape of
``GENERIC_LAW`` names one of its words). The institutions reader skips a sentence its one
alternation of all institution patterns does not match; that is exact only while no pattern
refers to a group by number (the alternation renumbers them) and all are compiled alike,
which the data file could change.
"""

from __future__ import annotations

import re

import pytest

from normgraph.loaders.extract.actors import INSTITUTIONS, any_institution
from normgraph.loaders.extract.complaint_figures import _SHAPE_WORD, _SHAPES
from normgraph.loaders.extract.election_phrasings import VOTE_WORD, phrasings
from normgraph.loaders.extract.law_shapes import GENERIC_LAW, LAW_WORD
from normgraph.loaders.extract.legal_patterns import _LAW
from tests.loaders.guard_texts import guard_texts


@pytest.mark.parametrize("index", range(len(phrasings())))
def test_every_election_pattern_names_a_vote_word(index: int) -> None:
    pattern, _group = phrasings()[index]
    assert VOTE_WORD.search(pattern.pattern), pattern.pattern[:120]


@pytest.mark.parametrize("index", range(len(_SHAPES)))
def test_every_complaint_figure_shape_names_its_word(index: int) -> None:
    shape = _SHAPES[index]
    assert _SHAPE_WORD.search(shape.pattern), shape.pattern[:120]


_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
"""A backreference (``\\1``, ``(?P=name)``) or a conditional on a group (``(?(1)...)``)."""


@pytest.mark.parametrize("index", range(len(INSTITUTIONS)))
def test_every_institution_pattern_can_join_one_alternation(index: int) -> None:
    pattern = INSTITUTIONS[index].pattern
    assert not _GROUP_REFERENCE.search(pattern.pattern), pattern.pattern[:120]
    assert pattern.flags == INSTITUTIONS[0].pattern.flags == re.compile("").flags


def _pieces() -> list[str]:
    """The sentences and lines of two synthetic reports and the tune-half fixtures."""
    return [piece for text in guard_texts() for piece in re.split(r"(?<=[.;:])\s+|\n", text)]


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at each ``|`` outside groups and character classes."""
    parts, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += pattern[index + 1 : index + 2] == "]"
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    return [*parts, pattern[start:]]


@pytest.mark.parametrize("alternative", _top_level_alternatives(GENERIC_LAW))
def test_every_law_shape_names_a_law_word(alternative: str) -> None:
    assert LAW_WORD.search(alternative), alternative[:120]


def test_law_word_is_in_every_law_found() -> None:
    found = 0
    for piece in _pieces():
        for match in _LAW.finditer(piece):
            assert LAW_WORD.search(match.group()), match.group()
            found += 1
    assert found  # laws were found at all


def test_institution_alternation_matches_where_any_institution_does() -> None:
    pieces = _pieces()
    alternation = any_institution(INSTITUTIONS)
    named = 0
    for piece in pieces:
        expected = any(i.pattern.search(piece) for i in INSTITUTIONS)
        assert bool(alternation.search(piece)) == expected, piece
        named += expected
    assert 0 < named < len(pieces)  # both kinds of sentence were tried
