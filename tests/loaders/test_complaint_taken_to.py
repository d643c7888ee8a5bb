"""A case told by where it went ("A second application, by <who>, went to <court>, which
rejected it"; "The case of <who>, whose list was struck off ..., went to <court>, which
reinstated it"): its complainant is the one the "by" or "of" names, its body the court, its
outcome the clause after it. The passages are invented (other states, bodies and parties
than any fixture's)."""

from __future__ import annotations

import pytest

from normgraph.namespaces import NG
from tests.loaders.complaint_reading import outcomes, shared_cases, slugs


@pytest.mark.parametrize(
    ("text", "complainant", "outcome"),
    [
        (
            "A second application, by three members of the dissolved council, went to the "
            "Constitutional Court, which rejected it on 2 March 2031.",
            "three-members-of-the-dissolved-council",
            "rejected",
        ),
        (
            "The case of the Green Alliance, whose list the commission had struck off for "
            "late paperwork, went to the Supreme Court, which reinstated the list two days "
            "before the vote.",
            "green-alliance",
            "upheld",
        ),
        (
            "A further appeal by the mayor's campaign was taken to the Administrative Court of "
            "Appeal, which dismissed it as unfounded.",
            "mayor-s-campaign",
            "rejected",
        ),
        (
            "The complaint of the Farmers' Union eventually came before the High Court, which "
            "had not ruled by the time of writing.",
            "farmers-union",
            "pending",
        ),
    ],
)
def test_a_case_told_by_the_court_it_went_to(text: str, complainant: str, outcome: str) -> None:
    cases = shared_cases(text, "lt")
    assert len(cases) == 1
    assert complainant in slugs(cases[0], NG.complainant)[0]
    assert outcomes(cases) == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        "A new application for registration went to the commission in June.",
        "The case went to print on Monday.",
        "The new bill came before Parliament in May and was adopted.",
    ],
)
def test_no_case_where_nothing_was_disputed(text: str) -> None:
    assert shared_cases(text, "lt") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Labour list complained to the county commission about the recount. Its "
            "appeal was pending before the Supreme Court when the report was written.",
            "supreme-court",
        ),
        (
            "The Reform Bloc's appeal was still pending before the Constitutional Court at "
            "the time of writing.",
            "constitutional-court",
        ),
        (
            "The mayor's complaint remained pending before the Regional Court in May.",
            "regional-court",
        ),
    ],
)
def test_an_owned_case_pending_before_a_court(text: str, body: str) -> None:
    cases = shared_cases(text, "lt")
    assert slugs(cases[-1], NG.filedWith) == [body]
    assert outcomes(cases[-1:]) == ["pending"]


@pytest.mark.parametrize(
    "text",
    [
        "The Civic List's complaint about the count was rejected by the district commission on "
        "4 May, and its appeal was pending before the Regional Court when we went to print.",
        "The Farmers' Party complained to the commission, which rejected it; its appeal "
        "remained pending before the Regional Court in June.",
        "The commission rejected a complaint from the Civic List on 4 May. Its appeal was still "
        "pending before the Regional Court at the end of the month.",
    ],
)
def test_an_appeal_still_pending_after_a_complaint(text: str) -> None:
    cases = shared_cases(text, "lt")
    assert outcomes(cases) == ["rejected", "pending"]
    assert slugs(cases[-1], NG.filedWith) == ["regional-court"]
    assert slugs(cases[-1], NG.complainant) == slugs(cases[0], NG.complainant)
