"""Which date of a study's sentence is an event's (issue 13, gen18d): a date that names an
election the sentence only refers to dates no act; a span from one dated occasion to
another is a period; an act verb a few words before "in <year>" dates the act; and two
clauses that each date their own act by a month or a year are two events. The texts are
invented (the single sentences in ``tests/cases/sentence_event_dates.toml``): other states
and phrasings than the fixtures that showed the shapes."""

from __future__ import annotations

import pytest

from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.scholarship.events import add_dated_events, dated_in
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA
from tests.case_tables import case_params


def _when(sentence: str) -> str | None:
    dated = dated_in(sentence)
    return dated[0].iso() if dated else None


@pytest.mark.parametrize(
    ("sentence", "date"),
    case_params("sentence_event_dates", "sentence", "date", defaults={"date": None}),
)
def test_the_date_of_a_sentence_s_event(sentence: str, date: str | None) -> None:
    """Which date of a single sentence is its event's, or none (the table groups the cases
    by the role a date plays)."""
    assert _when(sentence) == date


def _dates(text: str) -> list[str]:
    source = SourceText("dr", "dr.txt", text)
    report = Fact(iri=mint("report", "dr"), kind=NG.Report)
    facts = add_dated_events(Extraction(), parse_document(source), report, "dr")
    return sorted(str(dict(fact.values)[SCHEMA.startDate]) for fact in facts)


def test_two_clauses_each_dating_their_own_act_are_two_events() -> None:
    text = (
        "The registrar began publishing the lists of each district online in March 2024, as "
        "the mission had advised, and introduced a complaints desk in every town in 2026.\n\n"
        "The council dissolved the assembly in June 2028; the court annulled that decree "
        "in August 2028.\n"
    )
    assert _dates(text) == ["2024-03", "2026", "2028-06", "2028-08"]


def test_an_event_before_a_statement_in_a_later_clause_stays_an_event() -> None:
    text = (
        "The referendum of 6 June 2032 was won by a wide margin, and the delegation described "
        "it as "
        '"calm and well run" (PACE 2032, 2).\n\n'
        'On 9 May 2033 the ministry called the report "one-sided" in a long reply.\n'
    )
    assert _dates(text) == ["2032-06-06"]
