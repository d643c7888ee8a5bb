"""Both chambers of a parliament elected on one day, named by the chambers ("elections to the
National Assembly and the Senate ... held on 12.06.2031"), with the day in words or digits
and the state in full between; and a parliament named by its own word (data: the
election-type concept's hidden labels). Every sentence is invented (gen20a)."""

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


def test_both_chambers_of_the_state_in_full_on_a_day_in_digits() -> None:
    text = (
        "This report covers the early elections to the National Assembly and the Senate\n"
        "of the Republic of Slovenia held on 12.06.2031, which the observers followed."
    )
    assert _elections(text, "si") == ["si/parliamentary/2031-06-12"]


def test_both_chambers_with_the_day_in_words_after_a_comma() -> None:
    text = "Results of the elections to the Chamber of Deputies and the Senate, 4 May 2030."
    assert _elections(text, "cz") == ["cz/parliamentary/2030-05-04"]


def test_a_parliament_named_by_its_own_word_is_parliamentary() -> None:
    text = "The previous Mejlis elections, held on 9 December 2029, returned one party."
    assert _elections(text, "tm") == ["tm/parliamentary/2029-12-09"]


def test_a_council_after_the_chamber_is_no_second_chamber() -> None:
    # a local body after "and to" is another vote, not the parliament's second chamber
    text = "The elections to the National Assembly and to the city councils, 3 March 2030."
    assert "rs/parliamentary/2030-03-03" not in _elections(text, "rs")
