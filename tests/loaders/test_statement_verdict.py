"""The build's stated status (``verdict_clause.statement_verdict``, called by extraction and
by the recurrence bench alike): the extraction reader's, else the clause grammar's degree
short of full where the sentence names an earlier recommendation, and since the sixteenth
session its other readings there too (a deed done to the ask, a negation).
The texts are invented for these tests."""

from __future__ import annotations

from normgraph.loaders.extract.verdict_clause import known_verdict, statement_verdict
from normgraph.loaders.extract.verdict_cues import stated_verdict
from tests.loaders.assessment_reading import assessments_in, statuses

FULLY, PARTIALLY, NOT = "fully-implemented", "partially-implemented", "not-implemented"
APPOSITION = (
    "Turnout among diaspora voters rose, a partial response to the 2018 recommendation on"
    " postal voting, but many consulates still opened late."
)


def test_a_degree_the_cues_miss_is_read_where_an_earlier_recommendation_is_named() -> None:
    first_step = (
        "Mobile ballot boxes reached the islands, a first step towards the 2019"
        " recommendation on access for remote voters."
    )
    for sentence in (APPOSITION, first_step):
        assert stated_verdict(sentence) is None, sentence
        assert statement_verdict(sentence) == PARTIALLY, sentence


def test_no_degree_where_no_earlier_recommendation_is_named() -> None:
    sentence = "Mobile ballot boxes reached the islands, a first step towards wider access."
    assert statement_verdict(sentence) is None
    # an ask the gate does not know as earlier (undated, not of an earlier report)
    proposal = "The ferry service doubled, a partial response to the board's proposal."
    assert known_verdict(proposal) == PARTIALLY
    assert statement_verdict(proposal) is None


def test_the_grammars_deeds_and_negations_are_read_where_an_earlier_one_is_named() -> None:
    honoured = "The 2019 recommendation on remote voters has since been honoured by every board."
    dead = "The 2019 recommendation on remote voters remains a dead letter."
    assert (known_verdict(honoured), known_verdict(dead)) == (FULLY, NOT)
    assert (statement_verdict(honoured), statement_verdict(dead)) == (FULLY, NOT)
    # a deed the clause does not do to the ask states none
    assert statement_verdict("The 2019 recommendations met their hardest test there.") is None


def test_a_cued_status_is_the_extraction_readers() -> None:
    sentence = "The 2019 recommendation on remote voters was fully implemented in 2026."
    assert statement_verdict(sentence) == stated_verdict(sentence) == FULLY


def test_extraction_states_the_degree_as_an_assessment() -> None:
    text = "3. ELECTION DAY\n\n" + APPOSITION + "\n"
    assert statuses(assessments_in(text, "apposition")) == [[PARTIALLY]]
    other = "3. ELECTION DAY\n\nTurnout among diaspora voters rose, but consulates opened late.\n"
    assert assessments_in(other, "no_apposition") == []
