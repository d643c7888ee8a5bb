"""Elections named with their day in digits ("held on 03.10.2027", "of 14/05/2030") in the
same words reports use with a written month, a referendum whose subject and a comma stand
before its day, and "general local" elections. The sentences are invented (other states
and years than any fixture's)."""

from __future__ import annotations

from normgraph.loaders.extract.election_mentions import find_mentions
from normgraph.loaders.extract.elections import resolve
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.source import SourceText, Span


def _elections(text: str, country: str) -> list[str]:
    source = SourceText("t", "t.txt", text)

    def spans_of(start: int, end: int) -> list[Span]:
        return [source.span(start, end)]

    resolved = resolve(Extraction(), find_mentions(text, spans_of, country))
    return sorted(str(found.fact.iri).split("/election/", 1)[1] for found in resolved.values())


def test_elections_held_on_a_day_written_in_digits() -> None:
    text = (
        "The previous parliamentary elections were held on 03.10.2027. An early "
        "presidential election was held on 19.06.2029, after the constitutional "
        "referendum of 14/05/2028 had shortened the term."
    )
    assert _elections(text, "ge") == [
        "ge/parliamentary/2027-10-03",
        "ge/presidential/2029-06-19",
        "ge/referendum/2028-05-14",
    ]


def test_a_day_in_digits_that_is_no_date_gives_no_election() -> None:
    # a month of 14 is no month: the digits are a reference, not a day
    assert _elections("The local elections of 02.14.2030 were postponed.", "am") == []


def test_a_referendum_named_by_its_subject_then_a_comma_before_its_day() -> None:
    text = (
        "The advisory referendum on the new border treaty, held on 6 April 2032, failed "
        "to reach the required turnout."
    )
    assert _elections(text, "ba") == ["ba/referendum/2032-04-06"]


def test_general_local_elections_in_either_order_are_local_ones() -> None:
    text = (
        "It followed the general local elections of 4 June 2028 and the local general "
        "elections of 19.05.2032, both observed by the network."
    )
    assert _elections(text, "ro") == ["ro/local/2028-06-04", "ro/local/2032-05-19"]
