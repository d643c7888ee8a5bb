"""An outcome tally told by active verbs after the body, in passages written for these tests
(other states, bodies and figures than any fixture's): "It accepted 12 complaints, rejected
40 as unfounded and did not examine 9", a body that "decided 3 in favour of the appellant",
"upheld 6 and rejected the rest (, 51 in all)", a figure passed on in a later clause
("... and forwarded them to the prosecutor"), and a case "still under investigation"."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.extract.complaint_outcomes import outcome_in


def _read(sentence: str, body: str | None = None) -> list[tuple[int, str | None]]:
    return [(f.count, f.outcome) for f in read_figures(sentence, body)]


@pytest.mark.parametrize(
    ("sentence", "given", "expected"),
    [
        (
            "It accepted 12 complaints, rejected 40 as unfounded and did not examine 9 "
            "because they were filed late.",
            "the Board",
            [(12, "upheld"), (40, "rejected"), (9, "not-considered")],
        ),
        (
            "The Returning Office accepted 3 appeals; it dismissed 17 and did not consider "
            "the other 4 for want of standing.",
            None,
            [(3, "upheld"), (17, "rejected"), (4, "not-considered")],
        ),
        (
            "The Appeals Chamber heard 26 appeals against commission decisions; it decided 3 "
            "in favour of the appellant and rejected 21, while 2 were withdrawn.",
            None,
            [(26, None), (3, "upheld"), (21, "rejected"), (2, "withdrawn")],
        ),
        (
            "The county court received 14 appeals and ruled 5 in favour of the candidates, "
            "dismissing 9.",
            None,
            [(14, None), (5, "upheld"), (9, "rejected")],
        ),
    ],
)
def test_an_outcome_tally_told_by_verbs_after_the_body(
    sentence: str, given: str | None, expected: list[tuple[int, str | None]]
) -> None:
    assert _read(sentence, given) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In 2019 the commission received 70 complaints, of which it upheld 19 and "
            "rejected the rest, 51 in all.",
            [(70, None), (19, "upheld"), (51, "rejected")],
        ),
        (
            "The tribunal considered 33 appeals, upheld 8 and dismissed the remainder.",
            [(33, None), (8, "upheld"), (25, "rejected")],
        ),
        (
            "The regional board registered 48 complaints; it granted 10, and rejected the "
            "others as unfounded.",
            [(48, None), (10, "upheld"), (38, "rejected")],
        ),
    ],
)
def test_the_uncounted_rest_of_a_figure(
    sentence: str, expected: list[tuple[int, str | None]]
) -> None:
    assert _read(sentence) == expected


def test_a_figure_passed_on_in_a_later_clause_is_not_considered() -> None:
    sentence = (
        "The Human Rights Defender received 58 complaints about the municipal vote, most of "
        "them from voters who could not find their names on the lists at the polling "
        "stations of the southern districts, and forwarded them to the prosecutor without "
        "comment."
    )
    assert _read(sentence) == [(58, "not-considered")]
    assert _read("The board received 58 complaints and sent its report to parliament.") == [
        (58, None)
    ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the complaint was still under investigation when the report went to print", "pending"),
        ("an inquiry that remained still under review in March", "pending"),
        ("a case the prosecutor was still examining", None),
        ("the police opened an investigation and closed it", None),
    ],
)
def test_a_case_still_under_investigation_is_pending(words: str, expected: str | None) -> None:
    assert outcome_in(words) == expected
