"""Elections named without their type in the same phrase (invented sentences on invented
elections, filed under real ISO codes): the date before the word ("the June 4, 2034
elections to the Assembly"), a vote "last held on" a day, and a dated election no phrase
types, which takes the one type of election the text is about unless a typed election lies
within a year of it (a repeat vote or a round)."""

from __future__ import annotations

from tests.loaders.test_election_mentions_phrasings import _elections


def test_an_election_dated_before_the_word_is_typed_by_its_sentence() -> None:
    text = "The mission arrived ahead of the June 4, 2034 elections to the national parliament."
    assert _elections(text, "sk") == ["sk/parliamentary/2034-06-04"]
    assert _elections("The 9 May 2035 election officials met.", "sk") == []


def test_a_vote_last_held_on_a_day() -> None:
    assert _elections("Municipal elections were last held on 2 October 2033.", "hr") == [
        "hr/local/2033-10-02"
    ]


def test_a_dated_election_takes_the_one_type_the_text_is_about() -> None:
    text = (
        "The parliamentary elections of 10 April 2036 were the third since a referendum of "
        "1 March 2031. The mission deployed for the elections of 12 April 2032 had been more "
        "critical."
    )
    assert _elections(text, "si") == [
        "si/parliamentary/2032-04-12",
        "si/parliamentary/2036-04-10",
        "si/referendum/2031-03-01",
    ]


def test_two_types_or_a_near_vote_leave_a_dated_election_untyped() -> None:
    two = (
        "The presidential election of 3 May 2036 followed the local elections of 6 June "
        "2035; after the elections of 2 February 2030 nothing changed."
    )
    assert _elections(two, "si") == ["si/local/2035-06-06", "si/presidential/2036-05-03"]
    near = "The parliamentary elections of 3 May 2036 and the elections of 2 June 2037."
    assert _elections(near, "si") == ["si/parliamentary/2036-05-03"]


def test_a_referendum_named_with_an_election() -> None:
    assert _elections("the 4 October 2037 parliamentary election and referendum", "pl") == [
        "pl/parliamentary/2037-10-04",
        "pl/referendum/2037-10-04",
    ]
    held = "the elections of 9 May 2038, which were held together with a national referendum"
    assert "pl/referendum/2038-05-09" in _elections(held, "pl")


def test_a_second_round_named_before_its_election_and_a_first_round_held_on_a_day() -> None:
    text = (
        "The court annulled the second round of the presidential election of 30 June 2039. "
        "The first round had been held on 16 June 2039."
    )
    assert _elections(text, "bg") == ["bg/presidential/2039-06-16"]


def test_a_parliament_named_by_its_own_name() -> None:
    assert _elections("after the 2029 Storting elections and the Sejm elections of 3 May 2030") == [
        "lv/parliamentary/2029",
        "lv/parliamentary/2030-05-03",
    ]
