"""Facts read from running text in any genre: treaty actions with their dates, and
statements attributed to a speaker. The sentences are invented for these tests."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from normgraph.loaders.extract.treaties import read_actions
from normgraph.loaders.scholarship.attributed import read_attributed
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


def test_quoted_speech_with_a_named_speaker_their_role_and_the_date() -> None:
    text = (
        'Ana Beridze, then deputy chair of the commission, stated that "every complaint was '
        'heard in public" (interview 4, 2 March 2021). In later debates, several deputies '
        'described the reports as "foreign interference", and the Speaker announced on '
        '5 May 2021 that parliament would not accept "instructions from abroad".'
    )
    found = [
        (a.speaker, a.role, a.words, text[a.when_at[0] : a.when_at[1]] if a.when_at else None)
        for a in read_attributed(text)
    ]
    assert found == [
        (
            "Ana Beridze",
            "then deputy chair of the commission",
            '"every complaint was heard in public"',
            "2 March 2021",
        ),
        ("several deputies", None, '"foreign interference"', None),
        ("the Speaker", None, '"instructions from abroad"', "5 May 2021"),
    ]


def test_observers_findings_and_the_authors_own_claims_are_not_attributed_statements() -> None:
    text = (
        'The mission noted that the count "lacked transparency". It has been argued that '
        "observation deters fraud. This article has argued that compliance is selective."
    )
    assert read_attributed(text) == []


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


def _said(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [
        (a.speaker, a.role, a.words, text[a.when_at[0] : a.when_at[1]] if a.when_at else None)
        for a in read_attributed(text)
    ]


def test_scholars_cited_by_name_and_year_and_speakers_told_an_audience() -> None:
    text = (
        "Lindqvist (2017) argued that observer missions create reform coalitions. "
        "Okafor (2020), by contrast, contended that reforms stay on paper. Nadia Petrescu, "
        "head of the commission, told a regional conference in Chisinau on 3 June 2029 that "
        '"every ballot is counted twice".[4] A judge we interviewed on 9 May 2030 put the '
        'point more bluntly: "courts do not hear these cases".'
    )
    assert _said(text) == [
        ("Lindqvist", None, "observer missions create reform coalitions", "2017"),
        ("Okafor", None, "reforms stay on paper", "2020"),
        (
            "Nadia Petrescu",
            "head of the commission",
            '"every ballot is counted twice"',
            "3 June 2029",
        ),
        (
            "A judge we interviewed on 9 May 2030",
            None,
            '"courts do not hear these cases"',
            "9 May 2030",
        ),
    ]


def test_a_missions_quoted_conclusion_is_attributed_its_unquoted_one_is_not() -> None:
    text = (
        'After the vote of 4 April 2027, the mission concluded that it "lacked genuine '
        'choice", and parliament adopted a resolution on 9 May 2027. The mission concluded '
        "that the count was orderly."
    )
    assert _said(text) == [("the mission", None, '"lacked genuine choice"', "4 April 2027")]


def test_the_study_itself_and_no_one_are_no_speakers() -> None:
    text = (
        "The thesis argues that reform is selective. Drawing on 30 interviews, it argues "
        "that reform is slow. Building on earlier work, this work argues that norms erode. "
        "During the debate there were mixed views, and others contended that it mattered. "
        "Although the ministry claims that the law is fair, it is not applied."
    )
    assert _said(text) == [("the ministry", None, "the law is fair, it is not applied", None)]
