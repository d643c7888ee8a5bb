"""A concessive phrase ("despite ...", "in spite of ...") concedes: the clause it leaves
states the judgement, in every genre's findings (invented mini-texts)."""

from __future__ import annotations

from loaders.extract.polarity import polarity_of
from loaders.odihr.findings import conclusions

_SUMMARY = (
    "The municipal elections in Westmark failed to meet several key commitments, despite "
    "some welcome improvements in voter education.",
    "In spite of very short deadlines, the regional boards managed the count efficiently.",
    "Notwithstanding the efforts of the registry office, confidence in the voter lists "
    "remained limited.",
)


def test_a_trailing_despite_phrase_leaves_the_main_clause_a_problem() -> None:
    assert polarity_of(_SUMMARY[0]) == "problem"


def test_a_leading_concession_leaves_the_main_clause_positive() -> None:
    assert polarity_of(_SUMMARY[1]) == "positive"


def test_notwithstanding_concedes_too() -> None:
    assert polarity_of(_SUMMARY[2]) == "problem"


def test_an_odihr_summary_sentence_is_one_finding_of_its_main_clause() -> None:
    text = _SUMMARY[0]
    assert conclusions(text) == [(0, len(text), "problem")]


def test_a_concession_with_a_neutral_main_clause_keeps_the_whole_sentence_reading() -> None:
    assert polarity_of("Despite serious delays, the board met on 4 May.") == "problem"
    assert polarity_of("Despite the holiday, the board met on 4 May.") is None


def test_a_sentence_judging_both_ways_without_a_concession_stays_mixed() -> None:
    assert polarity_of("Voting was calm, but observers noted serious irregularities.") == "mixed"


def test_an_approval_reserved_by_a_trailing_although_clause_is_mixed() -> None:
    text = "Tabulation in Eastvale was orderly, although several boards skipped the recount."
    assert polarity_of(text) == "mixed"
    assert conclusions(text) == [(0, len(text), "mixed")]


def test_an_although_clause_without_an_approval_before_it_stays_as_it_was() -> None:
    assert polarity_of("The law was amended in May, although the board met in June.") is None
