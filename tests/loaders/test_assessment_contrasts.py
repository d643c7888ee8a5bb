"""Verdicts on earlier recommendations in prose whatever the verb: a sentence that sets the
part acted on against "others" states two verdicts (the part in full, the others not); a
relative clause that names the recommendation is not cut from the verb that judges it; a
law "leaving" the recommendations "unaddressed" judges them; a coder's verdict on one
recommendation ("I code it as ...", "which we code as ...") is a verdict, a coding rule
("we code them as ... when ...") is a method. The texts are invented (no fixture's state or
wording), read in a body section with no review heading."""

from __future__ import annotations

from tests.loaders.assessment_reading import FULLY, NOT, PARTIALLY, assessments_in, statuses

HEADING = "3. LEGAL FRAMEWORK\n\n"


OTHERS = (
    "The 2029 amendments to the Code address several earlier recommendations of the\n"
    "mission, but others, notably on the appointment of district boards, remain\n"
    "unaddressed.\n"
)


def test_the_part_acted_on_and_the_others_are_two_verdicts() -> None:
    found = assessments_in(HEADING + OTHERS, "others")
    assert statuses(found) == [[FULLY], [NOT]]
    assert "district boards" in found[1].evidence[-1].quote


def test_some_recommendations_addressed_alone_stays_partial() -> None:
    text = HEADING + "The 2029 amendments address several earlier recommendations of the mission.\n"
    assert statuses(assessments_in(text, "some")) == [[PARTIALLY]]


def test_a_relative_clause_naming_the_recommendation_stays_with_its_verb() -> None:
    text = HEADING + (
        "The ban on candidates living abroad, which the mission previously recommended be\n"
        "lifted, remains unchanged.\n"
    )
    assert statuses(assessments_in(text, "relative")) == [[NOT]]


def test_a_law_leaving_the_recommendations_unaddressed_judges_them() -> None:
    text = HEADING + (
        "The Code was last amended in 2027, leaving most of the recommendations made by the\n"
        "observer network unaddressed.\n"
    )
    assert statuses(assessments_in(text, "leaving")) == [[NOT]]


def test_a_coders_verdict_on_one_recommendation_and_a_coding_rule() -> None:
    text = "THE 2030 ELECTIONS\n\n" + (
        "Ballot papers are now printed with serial numbers, which I code as fully implemented.\n"
        "I code the 2027 recommendation on district boards as not implemented. Some were\n"
        "adopted only on paper; we code them as partially implemented when no one applied\n"
        "the law.\n"
    )
    found = assessments_in(text, "coded", study=True)
    assert statuses(found) == [[FULLY], [NOT]]
