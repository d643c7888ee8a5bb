"""How asks and a later report's statements on earlier recommendations are read and resolved."""

from __future__ import annotations

import pytest

from normgraph.asks import ask_units
from normgraph.recurrence_statements import described_ask, described_asks
from tests.case_tables import case_params
from tests.core.recurrence_items import grouping_of, item, resolved_key


def test_the_named_ask_runs_to_the_verdict_not_to_any_verb() -> None:
    assert described_ask(
        "Previous recommendations to ensure that the composition of commissions is inclusive "
        "have not been addressed."
    ) == ("ensure that the composition of commissions is inclusive")
    assert described_ask(
        "The recommendation of the 2012 final report that candidate deposits be lowered "
        "was only partially implemented."
    ) == ("candidate deposits be lowered")


def test_a_tally_names_the_asks_it_counts() -> None:
    readings = described_asks(
        "The authorities adopted 3 of the 9 recommendations of the previous report, including "
        "the publication of campaign finance reports"
    )
    assert readings[0] == "the publication of campaign finance reports"


@pytest.mark.parametrize(
    ("earlier", "statements"), case_params("statement_resolution", "earlier", "statements")
)
def test_a_statement_resolves_to_the_earlier_recommendation_it_is_about(
    earlier: list[dict[str, str]], statements: list[dict[str, str]]
) -> None:
    grouping = grouping_of([item(**recommendation) for recommendation in earlier])
    for statement in statements:
        said = {name: value for name, value in statement.items() if name != "resolves_to"}
        assert resolved_key(grouping, item(**said)) == statement["resolves_to"], said["text"]


def test_a_negated_restriction_asks_for_freedom_from_it() -> None:
    (unit,) = ask_units("Observers should have access to counting without undue restrictions.")
    assert "restrict" not in unit.actions and "unimpeded" in unit.object_terms


def test_an_agent_noun_of_a_remedy_is_part_of_the_object() -> None:
    """A subject "Prosecutors should ..." names who acts: the word stays in the object (where it
    meets its paraphrase, law enforcement) and is no remedy."""
    (unit,) = ask_units("Prosecutors should have a limited role in election disputes.")
    assert "lawenforcement" in unit.object_terms and "investigate" not in unit.actions
