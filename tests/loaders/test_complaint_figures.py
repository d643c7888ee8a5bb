"""Aggregate complaint figures in sentences written for the test (no report's text)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_figures import FigureReading, read_figures


def readings(sentence: str, carried: str | None = None) -> list[tuple[object, ...]]:
    return [(f.count, f.body, f.outcome) for f in read_figures(sentence, carried)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In total, 37 complaints were filed with the CEC, of which 29 were rejected.",
            [(37, "the CEC", None), (29, "the CEC", "rejected")],
        ),
        (
            "The Central Electoral Commission received 212 complaints, mainly from parties.",
            [(212, "The Central Electoral Commission", None)],
        ),
        (
            "The mission was aware of some 60 complaints filed with lower-level commissions "
            "on election day, and of 7 filed to the Supreme Court.",
            [(60, "lower-level commissions", None), (7, "the Supreme Court", None)],
        ),
        (
            "Courts considered twelve appeals on candidate registration; five were granted.",
            [(12, "Courts", None), (5, "Courts", "upheld")],
        ),
        (
            "Three cases requesting the annulment of results were filed in courts.",
            [(3, "courts", None)],
        ),
        (
            "In total, the CEC received 134 complaints and appeals, 12 of which were upheld.",
            [(134, "the CEC", None), (12, "the CEC", "upheld")],
        ),
        (
            "Of the 80 complaints filed with district commissions, 51 were rejected.",
            [(80, "district commissions", None), (51, "district commissions", "rejected")],
        ),
        (
            "Administrative courts considered 23 cases and granted 4.",
            [(23, "Administrative courts", None), (4, "Administrative courts", "upheld")],
        ),
        (
            "The Central Election Commission rejected 11 complaints on party registration.",
            [(11, "The Central Election Commission", "rejected")],
        ),
        (  # a verdict that is no outcome word, the words after the count deciding
            "The Appeals Board upheld 40 complaints, rejected 120 and declared 15 inadmissible.",
            [
                (40, "The Appeals Board", "upheld"),
                (120, "The Appeals Board", "rejected"),
                (15, "The Appeals Board", "not-considered"),
            ],
        ),
    ],
)
def test_counts_bodies_and_part_outcomes(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert readings(sentence) == expected


def test_a_following_of_these_sentence_counts_parts_of_the_figure_before() -> None:
    assert readings("Of these, nine were dismissed and two were upheld.", "the CEC") == [
        (9, "the CEC", "rejected"),
        (2, "the CEC", "upheld"),
    ]
    assert readings("Of these, nine were dismissed.") == []


def test_complainant_and_subject_when_the_sentence_names_them() -> None:
    (figure,) = read_figures(
        "Some 45 complaints were lodged by opposition candidates with district electoral "
        "commissions regarding the misuse of administrative resources."
    )
    assert figure == FigureReading(
        45,
        0,
        figure.end,
        "district electoral commissions",
        figure.body_at,
        complainant="opposition candidates",
        subject="the misuse of administrative resources",
    )
    sentence = "Three cases requesting the annulment of results were filed in courts."
    assert read_figures(sentence)[0].subject == "the annulment of results"


@pytest.mark.parametrize(
    "sentence",
    [
        "A complaint may be filed with a higher commission within three days.",
        "Complaints must be decided within five days of receipt.",
        "The law was amended 12 times since 2015.",
    ],
)
def test_rules_and_other_numbers_are_not_figures(sentence: str) -> None:
    assert read_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "outcomes"),
    [
        (
            "The Tribunal received 9 appeals against decisions and dismissed all of them.",
            ["rejected"],
        ),
        ("The commission received 12 complaints, all of which were upheld.", ["upheld"]),
        ("The commission received 12 complaints and rejected 3 of them.", [None, "rejected"]),
    ],
)
def test_what_became_of_the_whole_figure(sentence: str, outcomes: list[str | None]) -> None:
    """An outcome said of all of a figure is its outcome; one said of a part is the part's."""
    assert [reading.outcome for reading in read_figures(sentence)] == outcomes


def test_a_second_count_after_a_time_shares_the_first_figures_verb_and_body() -> None:
    """A count "before election day" and one "after": the second is a count of its own, with the
    first figure's body."""
    figures = read_figures("The DEC received 31 written complaints before polling and 9 after.")
    assert [(figure.count, figure.body) for figure in figures] == [
        (31, "The DEC"),
        (9, "The DEC"),
    ]


def test_a_gapped_count_keeps_a_long_court_name_as_its_body() -> None:
    figures = read_figures(
        "Courts heard 88 election cases, and the Second Regional Court of Appeal 19 appeals."
    )
    assert [(figure.count, figure.body) for figure in figures] == [
        (88, "Courts"),
        (19, "the Second Regional Court of Appeal"),
    ]


def test_a_tally_by_outcome_after_a_figure_counts_each_outcome() -> None:
    """The sentence after a figure tells what its body made of them, without naming the
    complaints again: each count is a figure with its outcome and the body carried over."""
    assert readings(
        "It rejected 40 as unfounded, dismissed 9 on procedural grounds, including for "
        "late filing, and upheld 3.",
        "the Municipal Election Commission",
    ) == [
        (40, "the Municipal Election Commission", "rejected"),
        (9, "the Municipal Election Commission", "not-considered"),
        (3, "the Municipal Election Commission", "upheld"),
    ]
    assert readings("The commission upheld 7 and left 2 without consideration.", "the DEC") == [
        (7, "the DEC", "upheld"),
        (2, "the DEC", "not-considered"),
    ]
    assert readings(
        "It dismissed 8 as unfounded and refused to examine 3 lodged after the deadline.",
        "the Constitutional Tribunal",
    ) == [
        (8, "the Constitutional Tribunal", "rejected"),
        (3, "the Constitutional Tribunal", "not-considered"),
    ]
    assert readings("DECs considered only 120 of them, and upheld 15.", "DECs") == [
        (15, "DECs", "upheld")
    ]
    # without a figure before it, or with per cents, a sentence is no tally
    assert readings("It rejected 40 as unfounded.") == []
    assert readings("It upheld 12 per cent of them.", "the CEC") == []


def test_a_count_filed_at_all_levels_names_no_body() -> None:
    (figure,) = read_figures(
        "According to the commission, 2,310 complaints and appeals were filed at all levels "
        "before election day."
    )
    assert (figure.count, figure.body) == (2310, None)
