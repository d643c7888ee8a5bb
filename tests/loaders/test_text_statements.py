"""Facts read from running text in any genre: treaty actions with their dates, and the
sentences dated as events (statements attributed to a speaker: test_attribution_forms.py).
The sentences are invented for these tests."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from normgraph.loaders.extract.treaties import read_actions
from normgraph.loaders.scholarship.events import dated_in
from normgraph.loaders.text.source import Span
from tests.case_tables import case_params


@dataclass
class Passage:
    """A paragraph without a source: spans are not needed to read the actions."""

    text: str

    def spans(self, start: int = 0, end: int | None = None) -> list[Span]:
        stop = len(self.text) if end is None else end
        return [Span(start, stop, self.text[start:stop])]


@pytest.mark.parametrize(
    ("state", "text", "expected"), case_params("treaty_actions", "state", "text", "actions")
)
def test_treaty_actions_the_state_took_in_order_with_their_dates(
    state: str, text: str, expected: list[list[str]]
) -> None:
    found = [[a.treaty, a.action, a.when.iso()] for a in read_actions(Passage(text), state)]
    assert found == expected


def test_a_sentence_dated_to_a_day_or_month_is_an_event_a_citation_is_not() -> None:
    dated = [
        dated_in(sentence)
        for sentence in (
            "After the local elections of 4 March 2018, the opposition filed complaints.",
            "In parliamentary debates on 1 and 2 February 2022, deputies attacked the report.",
            "In March 2005, the parliament adopted the law.",
            "The law was amended in 2015.",
            "The law has been in force since 2015 and works well.",
            'An official said "no" (interview 3, Tirana, 22 November 2021).',
            "The elections of 3 May 2020, with run-offs on 17 May 2020, were calm.",
            "Second, whether the code amended in 2024 will last.",
        )
    ]
    assert [d[0].iso() if d else None for d in dated] == [
        "2018-03-04",
        "2022-02-01",
        "2005-03",
        "2015",  # an act dated by its year
        None,  # "since": a state of affairs
        None,
        "2020-05-03",  # the circumstance "with run-offs on ..." is not the event
        None,  # an open question
    ]
