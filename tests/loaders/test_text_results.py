"""Results told in running text (invented texts, no real report's words): a preliminary
count's coverage, titled names with their party in brackets, and a referendum's answers,
each filed under the right one of the report's elections; and sentences with figures that
state no election's result (``tests/cases/sentences_without_results.toml``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from normgraph.loaders.extract.elections import election_key
from normgraph.namespaces import NG
from tests.case_tables import case_params

from .results_support import results_of, value_of

PRELIMINARY = """\
Official preliminary figures released by the commission on 12 May, with 97.5 per cent of
polling stations counted, show that the incumbent, Dr. Tomas Varga (Civic Bloc), won 812,402
votes (44.10 per cent of valid votes), Mrs. Elena Bors (Green List) 701,995 votes (38.11 per
cent) and Mr. Piet Lunde (FU) 160,330
votes (8.70 per cent). Turnout was 61.2 per cent.

In the plebiscite held the same day, 1,402,118 voters (71.30 per cent) voted 'yes' on the
first question and 564,009 (28.70 per cent) voted 'no'. On question 2, 988 140 votes were
cast "No" (50.9 %) and 953 002 (49.1 %) voted "Yes".
"""

BOTH = (("presidential", "2031-05-11"), ("referendum", "2031-05-11"))


def _read(answers: bool) -> tuple[dict[str, object], dict[str, object], set[str]]:
    """Votes and shares of the candidates (or the answers) read from PRELIMINARY, and the
    types of the elections they are filed under."""
    _, facts = results_of(PRELIMINARY, *BOTH)
    chosen = [fact for name, (fact,) in facts.items() if (name[:2] in ("Ye", "No")) == answers]
    votes = {str(fact.label): value_of(fact, NG.votes) for fact in chosen}
    shares = {str(fact.label): value_of(fact, NG.voteShare) for fact in chosen}
    kinds = {election_key(str(value_of(fact, NG.election))).kind for fact in chosen}
    return votes, shares, kinds


def test_a_preliminary_count_with_titled_names_and_bracketed_parties() -> None:
    votes, shares, kinds = _read(answers=False)
    assert votes == {"Tomas Varga": 812402, "Elena Bors": 701995, "Piet Lunde": 160330}
    assert shares["Tomas Varga"] == Decimal("44.10")
    assert kinds == {"presidential"}


def test_a_referendums_answers_per_question_under_the_referendum() -> None:
    votes, shares, kinds = _read(answers=True)
    assert votes == {
        "Yes (first question)": 1402118,
        "No (first question)": 564009,
        "No (question 2)": 988140,
        "Yes (question 2)": 953002,
    }
    assert shares["No (question 2)"] == Decimal("50.9")
    assert kinds == {"referendum"}


def test_answers_without_a_referendum_are_not_results() -> None:
    _, facts = results_of(PRELIMINARY, ("presidential", "2031-05-11"))
    assert not [name for name in facts if name.startswith(("Yes", "No"))]


@pytest.mark.parametrize(
    ("text", "election"), case_params("sentences_without_results", "text", "election")
)
def test_a_sentence_that_states_no_elections_result(text: str, election: list[str]) -> None:
    _, facts = results_of(text, (election[0], election[1]))
    assert facts == {}
