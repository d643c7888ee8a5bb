"""More ways reports name elections in passing (invented sentences on invented elections,
filed under real ISO codes): by-elections with their date, a referendum that "followed on"
a day, an election "due in" a year, general elections by year, the last elections "held
since" a year, and an undated election held "on the same day as" a dated one."""

from __future__ import annotations

from normgraph.loaders.extract.election_mentions import find_mentions
from normgraph.loaders.extract.election_same_day import held_on_the_day
from normgraph.loaders.extract.elections import Mention, resolve
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.source import SourceText, Span


def _elections(text: str, country: str = "lv") -> list[str]:
    source = SourceText("t", "t.txt", text)

    def spans_of(start: int, end: int) -> list[Span]:
        return [source.span(start, end)]

    resolved = resolve(Extraction(), find_mentions(text, spans_of, country))
    return sorted(str(found.fact.iri).split("/election/", 1)[1] for found in resolved.values())


def test_a_by_election_dated_before_or_after_it() -> None:
    assert _elections("The network observed the 14 March 2027 mayoral by-election.") == [
        "lv/by-election/2027-03-14"
    ]
    assert _elections("3.1 Municipal by-election in Daugavpils, 5 September 2028") == [
        "lv/by-election/2028-09-05"
    ]
    assert _elections("the by-election held on June 2, 2029 was calm") == [
        "lv/by-election/2029-06-02"
    ]


def test_a_referendum_that_took_place_on_a_day() -> None:
    text = "A constitutional referendum followed on 12 May 2030, and turnout was high."
    assert _elections(text) == ["lv/referendum/2030-05-12"]
    assert _elections("The referendum was held on 1 July 2031.") == ["lv/referendum/2031-07-01"]


def test_an_election_due_in_a_year() -> None:
    text = "The next presidential election is due in 2035; the one after is scheduled for 2040."
    assert _elections(text) == ["lv/presidential/2035"]


def test_general_elections_elect_the_parliament() -> None:
    text = "Following the 2026 general elections, a coalition of four parties formed."
    assert _elections(text) == ["lv/parliamentary/2026"]


def test_the_last_elections_held_since_a_year() -> None:
    text = "In the capital, no municipal elections have been held since 2021."
    assert _elections(text) == ["lv/local/2021"]
    assert _elections("Observers have attended the elections since 2021.") == []


def test_an_undated_election_held_on_the_same_day_as_a_dated_one() -> None:
    text = (
        "Elections to county, town and rural councils were held on the same day as the "
        "parliamentary elections of 6 November 2032."
    )
    assert _elections(text) == ["lv/local/2032-11-06", "lv/parliamentary/2032-11-06"]
    presidential = (
        "The presidential election took place on the same day as the parliamentary elections "
        "of 6 November 2032."
    )
    assert _elections(presidential) == ["lv/parliamentary/2032-11-06", "lv/presidential/2032-11-06"]


def test_voting_over_several_days_is_dated_by_its_first_day() -> None:
    text = "The elections of deputies of the National Council of 3-5 October 2031 were calm."
    assert _elections(text, "sk") == ["sk/parliamentary/2031-10-03"]
    assert _elections("the parliamentary elections of 14\u201316 March 2032", "sk") == [
        "sk/parliamentary/2032-03-14"
    ]


def test_an_election_in_a_place_scheduled_for_a_month_or_a_referendum_on_a_question() -> None:
    assert _elections("Voters had to show ID at the local elections in Wales on 2 May 2030.") == [
        "lv/local/2030-05-02"
    ]
    text = "The presidential election scheduled for October 2029 dominated the campaign."
    assert _elections(text) == ["lv/presidential/2029-10"]
    text = "The referendum on the reform of the judiciary of 9 June 2030 failed."
    assert _elections(text) == ["lv/referendum/2030-06-09"]
    assert _elections("since the constitutional referendum of March 2028") == [
        "lv/referendum/2028-03"
    ]


def test_a_dated_election_typed_by_what_its_sentence_says_it_elected() -> None:
    text = "In the elections of 4 April 2027 the Green Union won 31 seats in parliament."
    assert _elections(text, "ee") == ["ee/parliamentary/2027-04-04"]
    # a law dated like an election is no election; a dated one nothing types stays untyped
    assert _elections("the Law on Elections of 2 February 2026 was amended") == []
    assert _elections("After the elections of 5 May 2029, the network met officials.") == []


def test_another_elections_type_words_do_not_type_a_dated_one() -> None:
    text = (
        "The 5 December 2027 parliamentary elections, and the repeat elections held on 30 "
        "January 2028 in four constituencies, were calm."
    )
    assert _elections(text, "ee") == ["ee/parliamentary/2027-12-05"]


def test_mid_term_gubernatorial_and_special_elections_by_their_usual_names() -> None:
    text = (
        "The 4 November 2031 mid-term elections renewed the lower chamber; the gubernatorial "
        "elections of 13 September 2032 followed, and a special election on 2 March 2033 "
        "filled a vacant seat. Mid-term Legislative Elections\n6 November 2035"
    )
    assert _elections(text, "ru") == [
        "ru/by-election/2033-03-02",
        "ru/local/2032-09-13",
        "ru/parliamentary/2031-11-04",
        "ru/parliamentary/2035-11-06",
    ]


def test_a_neighbours_election_named_to_compare_is_that_states() -> None:
    text = (
        "Unlike the Croatian parliamentary elections of 12 March 2032, the 4 May 2033 "
        "parliamentary elections were calm, as was the Slovenian presidential election of "
        "23 October 2032. In neighbouring Austria, the presidential election of 9 October 2034 "
        "was close; Hungary's parliamentary elections of 3 April 2034 and presidential "
        "elections in Italy on 1 May 2035 follow."
    )
    assert _elections(text, "si") == [
        "at/presidential/2034-10-09",
        "hr/parliamentary/2032-03-12",
        "hu/parliamentary/2034-04-03",
        "it/presidential/2035-05-01",
        "si/parliamentary/2033-05-04",
        "si/presidential/2032-10-23",
    ]


def test_votes_held_on_the_day_of_the_reports_own_election() -> None:
    text = (
        "On the same day, voters in 12 cantons elected their regional councils and decided "
        "on several ballot measures. Municipal elections were held simultaneously in the "
        "capital. The count of the complaints filed on the same day was slow. Mayoral "
        "elections took place on the same day in 2029."
    )
    main = Mention("ch", "parliamentary", 2031, (), 10, 19)
    source = SourceText("t", "t.txt", text)
    found = held_on_the_day(text, lambda a, b: [source.span(a, b)], main)
    assert [(m.kind, m.year, m.month, m.day) for m in found] == [
        ("referendum", 2031, 10, 19),
        ("local", 2031, 10, 19),
    ]
    assert [m.spans[0].quote for m in found] == ["ballot measures", "Municipal elections"]
