"""The genre cues are data (``ontology/genre-cues.toml``): how the file is read, and the
clear error a malformed one gives instead of a genre that can never be told."""

from __future__ import annotations

import re

import pytest

from normgraph.loaders.text.genre_cues import CUES, Genre, Scope, read_cues

OTHER_GENRES = "".join(
    f"[[cues.{genre.value}]]\npattern = 'x'\nweight = 1\nscope = 'head'\n"
    for genre in Genre
    if genre is not Genre.THESIS
)


def _with_thesis(cue: str, fragments: str = "") -> str:
    return f"[fragments]\n{fragments}\n{OTHER_GENRES}[[cues.thesis]]\n{cue}"


def test_every_shipped_genre_has_cues_of_both_scopes_overall() -> None:
    assert set(CUES) == set(Genre)
    assert all(CUES[genre] for genre in Genre)
    scopes = {cue.scope for cues in CUES.values() for cue in cues}
    assert scopes == {Scope.TITLE, Scope.HEAD}


def test_fragments_fill_patterns_and_later_fragments_but_not_quantifiers() -> None:
    text = _with_thesis(
        "pattern = ['^{WORD} ', '{TWICE}x{0,2}$']\nweight = 2.5\nscope = 'title'",
        "WORD = '(?:thesis|dissertation)'\nTWICE = '(?:{WORD} ){2}'",
    )
    cue = read_cues(text)[Genre.THESIS][0]
    twice = "(?:(?:thesis|dissertation) ){2}"
    assert cue.pattern.pattern == "^(?:thesis|dissertation) " + twice + "x{0,2}$"
    assert cue.pattern.flags & re.IGNORECASE and cue.pattern.flags & re.MULTILINE
    assert (cue.weight, cue.scope) == (2.5, Scope.TITLE)


@pytest.mark.parametrize(
    ("cue", "message"),
    [
        ("pattern = '{NOWHERE}x'\nweight = 1\nscope = 'head'", "thesis cue 1 uses an unknown"),
        ("pattern = 'x'\nweight = 0\nscope = 'head'", "thesis cue 1 needs a positive weight"),
        ("pattern = 'x'\nweight = 1\nscope = 'body'", "thesis cue 1 needs a scope"),
        ("pattern = 7\nweight = 1\nscope = 'head'", "thesis cue 1 needs a string or a list"),
        ("pattern = '(x'\nweight = 1\nscope = 'head'", "thesis cue 1: missing \\)"),
    ],
)
def test_a_malformed_cue_is_named(cue: str, message: str) -> None:
    with pytest.raises(ValueError, match=f"genre-cues.toml: {message}"):
        read_cues(_with_thesis(cue))


def test_a_file_that_is_no_toml_is_named() -> None:
    with pytest.raises(ValueError, match=r"genre-cues\.toml: not valid TOML"):
        read_cues("[[cues.thesis]\n")


def test_a_genre_left_out_or_unknown_is_an_error_naming_it() -> None:
    with pytest.raises(ValueError, match=r"genres without cues: \['thesis'\]"):
        read_cues(OTHER_GENRES)
    extra = "\n[[cues.pamphlet]]\npattern = 'x'\nweight = 1\nscope = 'head'\n"
    with pytest.raises(ValueError, match=r"cues for no genre: \['pamphlet'\]"):
        read_cues(_with_thesis("pattern = 'x'\nweight = 1\nscope = 'head'") + extra)
