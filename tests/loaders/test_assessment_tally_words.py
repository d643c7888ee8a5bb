"""A tally of earlier recommendations by status, whatever way it writes its counts, on
sentences written for these tests (every figure invented): numbers in words beyond twelve,
"of these recommendations" before the verb, a status stressed as small ("only in part")."""

from __future__ import annotations

import pytest

from tests.loaders.assessment_reading import FULLY, NOT, PARTIALLY, assessments_in, statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 24 recommendations in the final report on the 2011 election, two have been "
            "fully implemented and four partially, while the remaining eighteen remain "
            "unaddressed.",
            [FULLY, PARTIALLY, NOT],
        ),
        (
            "In the view of the mission, 5 of these recommendations were fully implemented, 7 "
            "were partially implemented, and 15 were not implemented.",
            [FULLY, PARTIALLY, NOT],
        ),
        (
            "Of the thirty recommendations made in 2009, eleven were implemented in full, nine "
            "only in part and the other ten not at all.",
            [FULLY, PARTIALLY, NOT],
        ),
        (  # the statuses in another order, twenty in words, wrapped
            "Of its earlier recommendations, twenty remain unaddressed and six of those\n"
            "recommendations have been partly implemented.",
            [NOT, PARTIALLY],
        ),
    ],
)
def test_a_tally_with_counts_in_any_form(text: str, expected: list[str]) -> None:
    assert statuses(assessments_in(text, "xx_2020_final")) == [[s] for s in expected]


def test_counts_that_are_no_statuses_make_no_tally() -> None:
    text = "Of the nineteen recommendations, fourteen concern the election administration."
    assert assessments_in(text, "xx_2020_final") == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "The new Code addresses a number of prior ODIHR recommendations, including the\n"
            "merging of the two election laws, the abolition of the reserved seats and the "
            "introduction of a single voter register.",
            3,
        ),
        (  # the passive, each item opening on "on"
            "Several prior ODIHR and Venice Commission recommendations have been addressed, "
            "including on the publication of commission decisions and on the deadlines for "
            "appeals.",
            2,
        ),
        (  # another verb, a possessive before the noun, "notably"
            "The 2022 law responded to some of the Commission's recommendations, notably the "
            "lowering of the registration deposit and the extension of the deadline for "
            "complaints.",
            2,
        ),
        (
            "Parliament took up three OSCE/ODIHR recommendations, namely the\n"
            "registration of independent candidates, the publication of results by polling "
            "station, and the creation of a media complaints body.",
            3,
        ),
    ],
)
def test_each_earlier_recommendation_a_text_names_as_acted_on(text: str, named: int) -> None:
    found = assessments_in(text, "xx_2023_statement")
    assert statuses(found) == [[FULLY]] * named


def test_a_list_of_recommendations_not_acted_on_is_no_list_of_fully_implemented_ones() -> None:
    text = (
        "The amendments did not address several earlier recommendations, including the "
        "publication of results by polling station and the vetting of observers."
    )
    assert [FULLY] not in statuses(assessments_in(text, "xx_2023_statement"))


@pytest.mark.parametrize(
    "text",
    [
        "The recommendation to allow independent candidates has not been implemented, and the "
        "requirement that a party collect 40,000 signatures, which ODIHR has long recommended "
        "be lowered, remains unchanged.",
        # the auxiliary left out, a year in the clause, wrapped before the verb
        "The recommendation to reduce the deposit was not implemented, and the ban on joint "
        "lists, which the Venice Commission recommended be lifted in 2017,\nremains in force.",
        "The recommendation on recounts remains unaddressed; the ban on joint lists, which the "
        "mission recommended be lifted, remains unchanged.",
    ],
)
def test_a_clause_naming_a_recommendation_of_its_own_is_an_assessment_of_its_own(
    text: str,
) -> None:
    assert statuses(assessments_in(text, "xx_2023_statement")) == [[NOT], [NOT]]


@pytest.mark.parametrize(
    "heading",
    ["Following Up on the Recommendations", "Following-up of OSCE recommendations", "FOLLOW UP"],
)
def test_a_section_following_up_recommendations_reviews_them(heading: str) -> None:
    """Under such a heading a tally may leave the word "recommendations" out; under one that
    makes recommendations it is read as none."""
    text = (
        f"{heading}\n\nBetween 2009 and 2016 the Office made 12 recommendations on postal "
        "voting. By our count, 4 had\nbeen fully implemented by 2020, 5 partially and 3 not at "
        "all.\n"
    )
    assert statuses(assessments_in(text, "xx_2021_article"))[:3] == [[FULLY], [PARTIALLY], [NOT]]
