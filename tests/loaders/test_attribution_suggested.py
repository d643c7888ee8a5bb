"""Statements a study attributes with "suggested (that)", an author-year citation with a
page before the verb, and a date in an earlier clause that is not the statement's (issue 13,
gen18d). The sentences are invented: other states, bodies and layouts than the fixtures'."""

from __future__ import annotations

from normgraph.loaders.scholarship.attributed import read_attributed


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s.speaker, s.words, text[s.when_at[0] : s.when_at[1]] if s.when_at else None)
        for s in read_attributed(text)
    ]


def test_suggested_that_is_a_statement_and_a_cited_page_is_no_role() -> None:
    text = "Moreau and Lind (2030, 112) suggested that the board had overreached."
    statements = read_attributed(text)
    assert [(s.speaker, s.role, s.words) for s in statements] == [
        ("Moreau and Lind", None, "the board had overreached")
    ]
    assert statements[0].when_at is not None
    assert text[statements[0].when_at[0] : statements[0].when_at[1]] == "2030"
    text = "A deputy suggested on 3 May 2031 that the vote be postponed."
    assert [s[0] for s in _read(text)] == ["A deputy"]


def test_a_scholar_in_the_present_tense_still_is_no_speaker() -> None:
    assert _read("Moreau suggests that boards learn slowly.") == []


def test_a_date_in_an_earlier_clause_is_not_the_statements() -> None:
    text = (
        "The vote of 3 March 2030 went to a second round, and the mission described it as "
        '"competitive" (OSCE 2030, 1).'
    )
    assert _read(text) == [("the mission", '"competitive"', None)]
    text = 'On 4 April 2031 the minister said that the count was "exemplary".'
    assert [s[2] for s in _read(text)] == ["4 April 2031"]
