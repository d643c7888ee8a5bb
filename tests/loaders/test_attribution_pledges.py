"""Statements a study attributes with a verb of pledging ("promised", "pledged", "vowed")
before quoted words, and a speaker after an opening participle's clause ("Addressing the
assembly on <day>, the minister ..."), an opening year, and "in the words of" an issuer's
report, eighteenth session (gen21c). The sentences are
invented: other states, bodies and decades than the fixtures'."""

from __future__ import annotations

import pytest

from normgraph.loaders.scholarship.attributed import read_attributed
from tests.case_tables import case_params


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s.speaker, s.words, text[s.when_at[0] : s.when_at[1]] if s.when_at else None)
        for s in read_attributed(text)
    ]


def test_a_pledge_with_its_words_quoted_is_a_statement() -> None:
    assert _read('At a rally on 3 May 1997 the prime minister pledged "a clean count".') == [
        ("the prime minister", '"a clean count"', "3 May 1997")
    ]
    text = (
        'The opposition leader vowed on 12 March 2011 that his party would "never again" boycott.'
    )
    assert _read(text) == [("The opposition leader", '"never again"', "12 March 2011")]
    text = 'The chair of the board promised a public register "within the year".'
    assert [s[0] for s in _read(text)] == ["The chair of the board"]


def test_a_pledge_without_quoted_words_attributes_nothing() -> None:
    assert _read("The government promised a new electoral law before the next vote.") == []
    assert _read("Every party pledged reform in its manifesto of 2008.") == []


@pytest.mark.parametrize(
    ("text", "speakers"), case_params("attribution_speakers", "sentence", "speakers")
)
def test_the_speaker_a_sentence_names(text: str, speakers: list[str]) -> None:
    assert [s[0] for s in _read(text)] == speakers


def test_the_quoted_words_after_an_opening_year_are_the_statements() -> None:
    text = 'In 2012 OSCE/ODIHR itself wrote that "the register is broadly accurate".'
    assert [s[1] for s in _read(text)] == ['"the register is broadly accurate"']
