"""One polarity lexicon for every genre, on sentences written for the test."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.polarity import polarity_of
from tests.case_tables import case_params


@pytest.mark.parametrize(
    ("sentence", "expected"),
    case_params("finding_polarities", "sentence", "polarity", defaults={"polarity": None}),
)
def test_a_findings_sentence_gets_its_polarity(sentence: str, expected: str | None) -> None:
    assert polarity_of(sentence) == expected


def test_the_use_of_administrative_resources_is_a_problem() -> None:
    assert polarity_of("Monitors reported the use of state administrative resources.") == (
        "problem"
    )


def test_a_law_adopted_without_something_is_a_problem_but_not_without_delay() -> None:
    assert polarity_of("The code was adopted without public consultation.") == "problem"
    assert polarity_of("The code was adopted without delay.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        # a lack reaching down a list of approving nouns
        "Appeals to the tribunal lacked coherence, transparency, timeliness and reasoning.",
        # an absence (or a lack) reaching a second, coordinated approving word in its clause
        "Candidate nomination suffered from the absence of clear deadlines for the collection"
        " of endorsements and of clear grounds for refusing them.",
        "Also absent from the Electoral Act is a simple and clearly worded way to contest a count.",
        # a failure or a criticism verb before the approving word it takes back
        "The repeated failure to appoint balanced polling boards undermined public trust.",
        "The board did not release per-station counts, which diminished transparency of the"
        " count as a whole.",
        "Observers saw the uneven airtime as the main impediment to pluralism in Ruritania.",
        # a doubt about the approving word's subject
        "Monitors voiced doubts about the ability of the district boards to remain impartial.",
    ],
)
def test_an_approving_word_in_the_reach_of_a_lack_or_doubt_is_criticism(sentence: str) -> None:
    assert polarity_of(sentence) == "problem"


def test_addressed_concerns_are_no_criticism_and_a_list_needs_a_lack_before_it() -> None:
    assert polarity_of("Polling boards quickly addressed concerns raised by monitors.") == (
        "positive"
    )
    # a comma after a lack's object ends the lack: the clause after it may approve
    assert polarity_of("Without delay, the tribunal worked efficiently.") == "positive"


def test_a_slow_or_disorganised_process_is_criticised_beside_praise() -> None:
    text = "Voting was generally followed in Moravia; the count was slow and at times disorganised."
    assert polarity_of(text) == "mixed"
    assert polarity_of("The tabulation in the capital was chaotic.") == "problem"
    assert polarity_of("Observers travelled slowly through the mountains.") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Public television provided free airtime to all lists, but private channels "
            "openly favoured the ruling party.",
            "mixed",
        ),
        ("The state broadcaster granted each candidate free air time on equal terms.", "positive"),
        (
            "Radio Moldova provided contestants with free airtime, though news coverage was "
            "biased towards the incumbent.",
            "mixed",
        ),
        ("The public broadcaster did not provide the free airtime the law foresees.", "problem"),
    ],
)
def test_free_airtime_granted_is_equal_access(sentence: str, expected: str) -> None:
    assert polarity_of(sentence) == expected
