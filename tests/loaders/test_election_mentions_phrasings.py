"""More ways reports name elections in passing (invented sentences on invented elections,
filed under real ISO codes): by-elections with their date, a referendum that "followed on"
a day, an election "due in" a year, general elections by year, the last elections "held
since" a year, and an undated election held "on the same day as" a dated one."""

from __future__ import annotations

from normgraph.loaders.extract.election_mentions import find_mentions
from normgraph.loaders.extract.elections import resolve
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
