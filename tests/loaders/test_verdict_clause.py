"""A statement known to be about an earlier recommendation gets its status from the grammar
of its clauses where no cue knows its words (``verdict_clause.known_verdict``): the cases of
``tests/cases/stated_verdicts.toml`` (invented sentences), each read as the extraction reader
reads it unless the case says otherwise (``known``), and no status where none is stated."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.verdict_clause import known_verdict
from normgraph.loaders.extract.verdict_cues import stated_verdict
from normgraph.loaders.extract.verdict_grammar import clause_fate
from tests.case_tables import case_params

FULLY, PARTIALLY, NOT = "fully-implemented", "partially-implemented", "not-implemented"


@pytest.mark.parametrize(
    ("sentence", "verdict", "known"),
    case_params(
        "stated_verdicts", "sentence", "verdict", "known", defaults={"verdict": None, "known": ""}
    ),
)
def test_a_known_statement_reads_as_the_extraction_reader_or_by_its_clauses(
    sentence: str, verdict: str | None, known: str
) -> None:
    expected = verdict if not known else None if known == "none" else known
    assert known_verdict(sentence) == expected


def test_the_extraction_reader_stays_strict_where_only_the_grammar_reads_a_fate() -> None:
    sentence = "The earlier advice on polling hours remains a dead letter in the provinces."
    assert known_verdict(sentence) == NOT
    assert stated_verdict("The commission's own plan remains a dead letter.") is None


def test_the_clause_holding_the_mention_decides_and_a_contrast_after_it_cuts_it_short() -> None:
    done = "The 2017 recommendation on polling hours has since been respected by every board"
    assert clause_fate(done + ".") == FULLY
    assert clause_fate(done + ", but rural boards still close early.") == PARTIALLY
    assert clause_fate(done + ", and rural boards close late.") == FULLY


def test_a_clause_that_only_says_who_asked_hangs_on_the_main_clause() -> None:
    asked = "although observers have recommended a change since 2012"
    assert clause_fate(f"Prisoners still cannot vote, {asked}.") == NOT
    assert clause_fate(f"The law now lets prisoners vote, {asked}.") == FULLY
    assert clause_fate(f"It is unclear whether prisoners vote, {asked}.") is None


def test_talk_about_the_ask_a_condition_or_a_plan_states_no_fate() -> None:
    for said in (
        "The 2016 recommendation on seals was cited in the ombudsman's annual report.",
        "The board will consider the 2016 recommendation on seals next year.",
        "The 2016 recommendation on seals was made in the final report.",
        "The 2016 recommendation on seals concerned the numbering of seals.",
    ):
        assert clause_fate(said) is None, said
