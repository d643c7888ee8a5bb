"""Complaint figures in shapes the figure readers met only half-way (issue 13, thirteenth
session): a tally that a colon opens after "N of them" ("reviewed 21 of them: it upheld
4, partially upheld 3 and ..."), a count dismissed "without considering their merits", and
a body acting on part of a figure ("issued warnings in two cases", "initiated 19
misdemeanour proceedings"). Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.extract.complaint_outcomes import outcome_in

Figure = tuple[int, str | None]


def _read(sentence: str, body: str | None = None, total: int | None = None) -> list[Figure]:
    return [(f.count, f.outcome) for f in read_figures(sentence, body, total)]


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "The DEC reviewed 16 of them in open session: it upheld 5, partially upheld 2 "
            "and rejected 9.",
            [(5, "upheld"), (2, "partially-upheld"), (9, "rejected")],
        ),
        (
            "The tribunal heard 11 of these: they granted 3 and dismissed 8.",
            [(3, "upheld"), (8, "rejected")],
        ),
        (
            "The board examined 20 of them: it satisfied 6, partly satisfied 4 and turned down 10.",
            [(6, "upheld"), (4, "partially-upheld"), (10, "rejected")],
        ),
    ],
)
def test_a_colon_opens_a_tally_of_verdicts_on_the_figure_before(
    sentence: str, wanted: list[Figure]
) -> None:
    """The count before the colon is the part considered, no verdict of its own (not
    "21 upheld"); each verdict after it is an item of the tally."""
    assert _read(sentence, "commission", 40) == wanted


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "It granted 3, turned down 12 and dismissed 6 without considering their merits, "
            "as they came too late.",
            [(3, "upheld"), (12, "rejected"), (6, "not-considered")],
        ),
        (
            "The court received 15 appeals, rejected 9 and dismissed 6 without examining them.",
            [(15, None), (9, "rejected"), (6, "not-considered")],
        ),
    ],
)
def test_a_count_dismissed_without_considering_it_is_not_considered(
    sentence: str, wanted: list[Figure]
) -> None:
    assert _read(sentence, "court", 21) == wanted


def test_without_examining_the_evidence_is_still_a_decision() -> None:
    """Words on how a body decided are not a refusal to decide."""
    assert outcome_in("The court rejected the appeal without examining the evidence") == (
        "rejected"
    )


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "The Media Council received 14 complaints, rejected 10 and issued warnings in "
            "four cases; it did not monitor on its own.",
            [(14, None), (10, "rejected"), (4, "upheld")],
        ),
        (
            "The Audit Office received 30 complaints, initiated 12 administrative "
            "proceedings and dismissed the remaining 18 as unfounded.",
            [(30, None), (12, "upheld"), (18, "rejected")],
        ),
        (
            "The regulator registered 9 complaints and imposed fines in 3 cases.",
            [(9, None), (3, "upheld")],
        ),
    ],
)
def test_a_body_acting_on_part_of_a_figure_upheld_that_part(
    sentence: str, wanted: list[Figure]
) -> None:
    assert _read(sentence) == wanted


def test_proceedings_opened_with_no_figure_before_are_no_complaints() -> None:
    """ "initiated 12 proceedings" splits a figure only: alone it counts no complaints."""
    assert _read("The police initiated 12 criminal proceedings over vote-buying.") == []
