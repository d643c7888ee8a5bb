"""One polarity lexicon for every genre, on sentences written for the test."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.polarity import polarity_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Polling stations were well organised and staff worked professionally.", "positive"),
        (
            "The authorities welcomed observers and addressed complaints in a timely manner.",
            "positive",
        ),
        ("Observers reported cases of ballot stuffing and intimidation of voters.", "problem"),
        ("The tabulation lacked transparency.", "problem"),
        ("The commission did not act impartially in several regions.", "problem"),
        ("The process was non-transparent.", "problem"),
        ("While voting was calm, the count was marred by serious procedural errors.", "mixed"),
        ("Coverage of the incumbent was exclusively positive.", "problem"),
        ("The law was amended in line with Article 12 of the Constitution.", None),
        ("The law was amended in line with previous ODIHR recommendations.", "positive"),
        ("A Limited Election Observation Mission was deployed with independent experts.", None),
        ("The commission has 15 members appointed by parliament.", None),
        ("The right of candidates to campaign freely was severely restricted.", "problem"),
        (
            "State television coverage of the governing party was overwhelmingly positive.",
            "problem",
        ),
        ("Earlier recommendations on campaign finance have not yet been addressed.", "problem"),
        ("The vote was technically well administered, but fell short of key commitments.", "mixed"),
        ("Throughout this cooperative agreement the institute held seminars.", None),
        ("The media landscape is diverse, but outlets remain deeply polarised.", "problem"),
        ("The media landscape is diverse, but outlets remain polarised.", "mixed"),
        ("Mayors openly campaigned for the incumbent.", "problem"),
        ("Workers were instructed to vote for the ruling party.", "problem"),
        ("Candidates campaigned openly across the country.", "positive"),
        ("Parties were able to hold rallies, but reported obstruction by the police.", "mixed"),
        ("The commission met all legal deadlines, but refused to publish its minutes.", "mixed"),
        ("The news covered the president almost always in a positive light.", "problem"),
        ("Proxy voting was widespread.", "problem"),
        ("The commission considered complaints in closed sessions.", "problem"),
        ("Coverage was dominated by the ruling party.", "problem"),
        ("District commissions generally performed well.", "positive"),
        ("Its sessions were open to observers and the media.", "positive"),
        ("Trust in the voter register remains limited.", "problem"),
        ("The media landscape is diverse and pluralistic.", "positive"),
        ("Parties held rallies without interference.", "positive"),
        ("Local officials interfered in the work of commissions.", "problem"),
        ("Observers received credible reports of vote-buying.", "problem"),
        ("Broadcasters displayed clear bias in favour of one party.", "problem"),
        ("The legal framework is adequate but was amended shortly before the elections.", "mixed"),
        ("Late rulings undermined trust in the impartiality of the courts.", "problem"),
    ],
)
def test_a_findings_sentence_gets_its_polarity(sentence: str, expected: str | None) -> None:
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a law or body that lacks what it should have
        ("The Electoral Code contains no rules on the financing of third parties.", "problem"),
        ("The regulation of online advertising is outdated and incomplete.", "problem"),
        ("The ban was applied retroactively to earlier statements.", "problem"),
        ("Observers noted several instances of pressure on public employees.", "problem"),
        # approval by a standard met
        ("The elections were held in accordance with international standards.", "positive"),
        ("The count was conducted according to the procedures.", "positive"),
        ("The law was adopted in accordance with its rules of procedure.", None),
        ("The code provides a sound basis for democratic elections.", "positive"),
        ("The commission held regular public sessions.", "positive"),
        ("Observers assessed opening as good or very good in all stations visited.", "positive"),
        # approval that holds only for part of what was observed implies the rest fell short
        ("In most polling stations the vote was well organised.", "mixed"),
        ("Voting was orderly in the vast majority of stations visited.", "mixed"),
        # a rating's distribution is not a reservation
        ("Voting was assessed positively in most polling stations observed.", "positive"),
    ],
)
def test_readings_of_lacks_standards_and_partial_approval(
    sentence: str, expected: str | None
) -> None:
    assert polarity_of(sentence) == expected


def test_the_use_of_administrative_resources_is_a_problem() -> None:
    assert polarity_of("Monitors reported the use of state administrative resources.") == (
        "problem"
    )


def test_a_law_adopted_without_something_is_a_problem_but_not_without_delay() -> None:
    assert polarity_of("The code was adopted without public consultation.") == "problem"
    assert polarity_of("The code was adopted without delay.") is None
