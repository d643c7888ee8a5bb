"""Ways reports name elections in passing, each read from an invented sentence on
invented elections filed under real ISO codes (``tests/cases/election_phrasings.toml``:
by-elections with their date, a referendum that "followed on" a day, an election "due in"
a year, elections named without their type in the same phrase ...), and the elections held
"on the same day" as the report's own."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.election_mentions import find_mentions
from normgraph.loaders.extract.election_same_day import held_on_the_day
from normgraph.loaders.extract.elections import Mention, resolve
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.source import SourceText, Span
from tests.case_tables import case_params


def _elections(text: str, country: str = "lv") -> list[str]:
    source = SourceText("t", "t.txt", text)

    def spans_of(start: int, end: int) -> list[Span]:
        return [source.span(start, end)]

    resolved = resolve(Extraction(), find_mentions(text, spans_of, country))
    return sorted(str(found.fact.iri).split("/election/", 1)[1] for found in resolved.values())


@pytest.mark.parametrize(
    ("text", "state", "expected"),
    case_params("election_phrasings", "text", "state", "elections", defaults={"state": "lv"}),
)
def test_the_elections_a_sentence_names(text: str, state: str, expected: list[str]) -> None:
    assert _elections(text, state) == expected


def test_elections_held_together_with_a_referendum_name_the_referendum() -> None:
    held = "the elections of 9 May 2038, which were held together with a national referendum"
    assert "pl/referendum/2038-05-09" in _elections(held, "pl")


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
