"""Words a study quotes from an observer's report are the observer's statement, even after a
verb of finding ("noted that courts "..."") that, without quotation marks, reports a finding;
not when the quoted words complete a verdict on the observer's own recommendations (an
assessment). A defence of a measure "as" something is a statement too (invented texts)."""

from __future__ import annotations

from normgraph.loaders.scholarship.attributed import read_attributed


def _said(text: str) -> list[tuple[str, str]]:
    return [(said.speaker, said.words) for said in read_attributed(text)]


def test_an_observers_quoted_words_after_noted_are_its_statement() -> None:
    text = (
        'The 2031 report of the mission noted that the district courts "rarely heard '
        'witnesses in person" (Mission 2032, 14).'
    )
    assert _said(text) == [("The 2031 report of the mission", '"rarely heard witnesses in person"')]


def test_a_noted_that_clause_without_quotation_is_a_finding() -> None:
    assert _said("The mission noted that the district courts rarely heard witnesses.") == []


def test_quoted_words_completing_a_verdict_on_its_recommendations_are_an_assessment() -> None:
    text = 'In 2030 the OSCE/ODIHR noted that its earlier recommendations "remain unaddressed".'
    assert _said(text) == []
    text = 'The OSCE/ODIHR noted in 2030 that it "remains to be implemented".'
    assert _said(text) == []


def test_a_defence_of_a_measure_as_something_quoted_is_a_statement() -> None:
    text = 'Jonas Berg, the deputy minister, defended the new quorum as "a matter of efficiency".'
    said = _said(text)
    assert [words for _, words in said] == ['"a matter of efficiency"']
