"""Reports and allegations of a wrong, counted as a body received them ("The agency
received 58 reports of alleged vote buying"), are a complaint figure; reports of any other
kind (campaign finance reports, reports from lower commissions) are not."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_figures import read_figures


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "Before the vote, the Anti-Fraud Office received 58 reports of alleged vote "
            "buying, and had decided none by polling day.",
            [(58, "the Anti-Fraud Office")],
        ),
        (
            "By 3 May, the ombudsperson had received 214 allegations of misuse of "
            "administrative resources from candidates and voters.",
            [(214, "the ombudsperson")],
        ),
        (
            "The Integrity Board registered 19 reports on suspected violations of the "
            "campaign rules; it fined two lists.",
            [(19, "The Integrity Board")],
        ),
        (
            "The Audit Chamber received 1 204 reports of possible campaign finance "
            "breaches between June and August.",
            [(1204, "The Audit Chamber")],
        ),
    ],
)
def test_reports_of_a_wrong_received_by_a_body_are_a_figure(
    sentence: str, wanted: list[tuple[int, str]]
) -> None:
    found = [(reading.count, reading.body) for reading in read_figures(sentence)]
    assert found == wanted


@pytest.mark.parametrize(
    "sentence",
    [
        "The Audit Chamber received 27 campaign finance reports, all on time.",
        "The CEC received 412 reports from its district commissions on turnout.",
        "The mission received 40 reports of its observers' visits to polling stations.",
        "The regulator published 12 reports on media coverage of the campaign.",
    ],
)
def test_reports_of_anything_else_are_no_figure(sentence: str) -> None:
    assert read_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "The Data Protection Office received 31 reports of unlawful use of voter data, "
            "and had examined none by election day.",
            31,
        ),
        (
            "The agency registered 12 complaints about vote buying; by the end of the "
            "mission it had resolved none of them.",
            12,
        ),
        ("The county council received 9 appeals but has so far ruled on none.", 9),
    ],
)
def test_a_figure_the_body_had_decided_none_of_is_pending(sentence: str, count: int) -> None:
    found = [(reading.count, reading.outcome) for reading in read_figures(sentence)]
    assert found == [(count, "pending")]


def test_a_body_that_decided_some_leaves_the_figure_without_a_whole_outcome() -> None:
    sentence = "The council received 9 appeals and had decided four by polling day."
    assert all(reading.outcome != "pending" for reading in read_figures(sentence))
