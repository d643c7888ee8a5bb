"""The build's status reader (``verdict_clause.statement_verdict``) on statements of fate in
wordings the cue lists never held: the tune half of ``tests/cases/unseen_fates.toml`` (its
held-out half is measured by ``bench/stated_fates.py``, not pinned), and the general shapes
the fifteenth session's sealed wave showed, each on an invented text: a follow-up row whose
status stands in a middle field, the clause holding the mention outranking a negation that
only gives its ground, a subject cut from its predicate by a parenthesis, and sentences that
name an earlier recommendation but state no fate of it. Since the seventeenth session also
the tune half of status20's ``tests/cases/later_fates.toml`` (the clause shapes the
sixteenth session's sealed wave showed missing) and rows dated in a second field."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from normgraph.loaders.extract.verdict_clause import statement_verdict
from normgraph.loaders.extract.verdict_rows import row_status
from tests.loaders.assessment_reading import FULLY, NOT, PARTIALLY, assessments_in, statuses

CASES = Path(__file__).resolve().parent.parent / "cases"
TABLES = (CASES / "unseen_fates.toml", CASES / "later_fates.toml", CASES / "verdict_shapes.toml")
"""status18's table, status20's and status21's (the shapes of the seventeenth wave's misses)."""


def _tune() -> list[dict[str, str]]:
    found = []
    for table in TABLES:
        with table.open("rb") as file:
            found += [case for case in tomllib.load(file)["case"] if case["half"] == "tune"]
    return found


@pytest.mark.parametrize("case", _tune(), ids=lambda case: case["sentence"][:60])
def test_a_tune_statement_gets_its_status_or_what_it_reads_where_it_is_a_known_miss(
    case: dict[str, str],
) -> None:
    read = statement_verdict(case["sentence"])
    assert read == (case.get("read") if "missed" in case else case.get("verdict"))


@pytest.mark.parametrize(
    ("row", "status"),
    [
        ("- Signage at polling stations (2016): done; every station had it.", FULLY),
        ("Rec. 3 (2017) | Status: not implemented | The bill was never tabled.", NOT),
        ("Voter education (monitors 2015; ours 2016): partly done. Rural areas lag.", PARTIALLY),
        ("Public counting (2014) | Largely | Most boards counted in public.", PARTIALLY),
        # the dated label in a second field, after a title (status20)
        ("Postal voting rules | recommended 2016, 2020 | not implemented | no bill tabled.", NOT),
        ("Ballot design | advised in 2019 | partly done | the order of names was kept.", PARTIALLY),
        # the status in the second short field after the label (status20)
        ("Public counting (2018 report): no improvement seen; not implemented.", NOT),
        # an undated table row, the status in the cell after its title (status21)
        ("Seals on ballot boxes | partially implemented | numbered in two regions only", PARTIALLY),
        ("Voter register audit | not implemented | the audit never began.", NOT),
        # a status field named by its owner, the status opening its explanation (status21)
        ("Ballot design | 2016 | Our rating: fully implemented, the new paper is in use.", FULLY),
        # a graded status closing the row after its explanation (status21)
        (
            "- Airtime (2012, 2016): the fees were cut for parties only; partially implemented.",
            PARTIALLY,
        ),
    ],
)
def test_a_follow_up_rows_own_status_field_is_read_wherever_it_stands(
    row: str, status: str
) -> None:
    assert row_status(row) == status
    assert statement_verdict(row) == status


def test_a_row_without_a_dated_label_or_a_status_field_states_none() -> None:
    assert row_status("Polling stations: done; every station had signage.") is None
    assert row_status("Turnout (2016): 61 per cent of registered voters") is None
    assert row_status("Postal voting rules | a draft bill | not implemented") is None
    assert row_status("Postal voting | the bill | was debated | in 2019 | implemented") is None
    assert row_status("Ballot design (2019): the board met three times on it; done.") is None
    assert row_status("Turnout in the capital | 61 per cent of registered voters | final") is None
    assert row_status("Ballot design | the board met three times on it, done | 2019") is None


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # the clause holding the mention outranks a negation that only gives its ground
        (
            "Boards refused to seat unaccredited agents, so the 2016 recommendation on agents'"
            " accreditation has been implemented.",
            FULLY,
        ),
        (
            "The deposit was doubled; neither the delegation's recommendation nor the monitors'"
            " on this point was heeded.",
            NOT,
        ),
        # a relative clause after the denial that grades it (status20)
        (
            "The 2019 recommendation to reform how the broadcasting board is appointed has not"
            " been carried out, which amounts at most to a partial answer.",
            PARTIALLY,
        ),
        # an ask flouted in its own clause, whatever deed the clause names
        (
            "Based on a ministry ruling and despite the 2016 recommendation by the monitors,"
            " the seals were numbered regionally.",
            NOT,
        ),
        # a subject cut from its predicate by a parenthesis, or by what the ask asked
        (
            "The recommendation on pluralistic boards, made after the two previous elections,"
            " has had no effect on their make-up.",
            NOT,
        ),
        (
            "The recommendation that late ballots should not be counted was fully implemented"
            " by the 2017 amendment.",
            FULLY,
        ),
    ],
)
def test_the_fate_is_the_predicate_of_the_clause_holding_the_mention(
    sentence: str, status: str
) -> None:
    assert statement_verdict(sentence) == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Did the 2016 recommendations change how boards count?",
        "A minister told us that 'the earlier recommendations are now done'.",
        "The delegation recommended in 2015 that boards publish their minutes.",
        "The study covers the officials' view of earlier recommendations, and their reforms.",
        "Counting is where the 2014 recommendations met their hardest test.",
        "The mission's 2019 recommendation was addressed to the parliament and the ministry.",
    ],
)
def test_a_sentence_naming_an_earlier_recommendation_without_its_fate_states_none(
    sentence: str,
) -> None:
    assert statement_verdict(sentence) is None


def test_extraction_states_a_grammar_reading_as_an_assessment() -> None:
    text = (
        "3. FOLLOW-UP\n\nThe 2016 recommendation on mobile ballot boxes has since been honoured"
        " by every district board.\n"
    )
    assert statuses(assessments_in(text, "honoured")) == [[FULLY]]
