"""Complaint figures in shapes no fixture used before the seventeenth session, in passages
written for these tests (other states, bodies and numbers): a count "a further" / "another"
/ "an additional" N, "motions" counted where a court hears them, a body with an appositive
before its verb, a filer's own share ("Of our 6 complaints, ..."), and tallies that say "found
N of them well-founded", "left N without further proceedings" or "N were not answered"."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.extract.complaint_outcomes import outcome_in


def _read(
    sentence: str, body: str | None = None, total: int | None = None
) -> list[tuple[int, str | None, str | None]]:
    return [(f.count, f.body, f.outcome) for f in read_figures(sentence, body, total)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The district boards received a further 95 complaints, most of them on posters.",
            [(95, "The district boards", None)],
        ),
        (
            "The county commissions received another 60 complaints.",
            [(60, "The county commissions", None)],
        ),
        (
            "Municipal tribunals registered an additional 1 204 appeals after the count.",
            [(1204, "Municipal tribunals", None)],
        ),
        (
            "Regional courts received 112 motions under the expedited procedure.",
            [(112, "Regional courts", None)],
        ),
        (
            "The Human Rights Defender, an office created by statute in 2011, received 7 "
            "election-related appeals from voters.",
            [(7, "The Human Rights Defender", None)],
        ),
        (
            "The Chancellor of Justice, the state's constitutional watchdog, received 12 "
            "complaints about polling stations.",
            [(12, "The Chancellor of Justice", None)],
        ),
    ],
)
def test_counts_with_new_openers(sentence: str, expected: list[tuple[int, str, None]]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The parliament debated 3 motions of no confidence during the campaign.",
        "The assembly adopted a further 12 resolutions on the budget.",
        "Another 40 observers arrived on election day.",
    ],
)
def test_motions_and_further_counts_need_a_dispute(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It found 2 of them well-founded but without influence on the result, dismissed 20 "
            "and left 18 without further proceedings.",
            [(2, "upheld"), (20, "rejected"), (18, "not-considered")],
        ),
        (
            "It found two of them justified and dismissed the rest.",
            [(2, "upheld"), (38, "rejected")],
        ),
        (
            "They granted 12, rejected 26 and left 2 without further proceedings.",
            [(12, "upheld"), (26, "rejected"), (2, "not-considered")],
        ),
        ("The board found 3 violations and rejected 37.", [(3, "upheld"), (37, "rejected")]),
    ],
)
def test_tallies_found_well_founded_and_left(
    sentence: str, expected: list[tuple[int, str]]
) -> None:
    assert [(count, verdict) for count, _, verdict in _read(sentence, "the court", 40)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of our 6 complaints, 2 were upheld and 4 were not answered before the results "
            "were announced.",
            [(6, None), (2, "upheld"), (4, "not-considered")],
        ),
        (
            "Of their 12 appeals, 5 were granted and 7 rejected.",
            [(12, None), (5, "upheld"), (7, "rejected")],
        ),
        ("Of its 9 objections, 9 were dismissed.", [(9, None), (9, "rejected")]),
    ],
)
def test_a_filers_own_share(sentence: str, expected: list[tuple[int, str | None]]) -> None:
    assert [(count, verdict) for count, _, verdict in _read(sentence)] == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the protest was left without further proceedings", "not-considered"),
        ("the tribunal declared itself without jurisdiction", "not-considered"),
        ("the letters were not answered", "not-considered"),
        ("the county court found in her favour", "upheld"),
        ("the court found them not well-founded", "rejected"),
    ],
)
def test_outcome_words(words: str, expected: str) -> None:
    assert outcome_in(words) == expected
