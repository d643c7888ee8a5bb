"""Dated elections named without a type on a referendum's day (issue 13, el20): a text that
calls a vote "the elections of 3 May 2029" means what was elected that day, not the
same-day referendum, so such a mention takes the one type the text's elections have, and
gives none when the text's elections have several types (precision first). A "vote" of
that day still joins the referendum. Invented texts on real ISO codes."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.election_mentions import find_mentions
from normgraph.loaders.extract.elections import resolve
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.source import Span


def _elections(paragraphs: list[str], country: str) -> set[tuple[str, str, int, str]]:
    """(state, type, year, date) of every election the paragraphs' mentions resolve to."""
    mentions = []
    for text in paragraphs:
        spans = lambda a, b, t=text: [Span(a, b, t[a:b])]  # noqa: E731
        mentions += find_mentions(text, spans, country, by_context=True)
    resolved = resolve(Extraction(), mentions)
    return {
        (key[0], key[1], key[2], str(found.fact.iri).rsplit("/", 1)[-1])
        for key, found in resolved.items()
    }


TYPED_BY_THE_TEXT = [
    (
        [
            "The parliamentary elections of 12 June 2021 were the first under the new code.",
            "The 2029 mission, for the elections of 3 May 2029, which were held together "
            "with a referendum on the constitution, noted that the referendum of 3 May 2029 "
            "was called late.",
        ],
        ("sk", "parliamentary", 2029, "2029-05-03"),
    ),
    (
        [
            "After the presidential election of 4 March 2024, the observers stayed on.",
            "In the election of 9 October 2028 turnout fell; the referendum of 9 October "
            "2028 on term limits failed.",
        ],
        ("ro", "presidential", 2028, "2028-10-09"),
    ),
]


@pytest.mark.parametrize(("paragraphs", "election"), TYPED_BY_THE_TEXT)
def test_untyped_elections_of_a_referendum_day_take_the_texts_election_type(
    paragraphs: list[str], election: tuple[str, str, int, str]
) -> None:
    found = _elections(paragraphs, election[0])
    assert election in found
    assert (election[0], "referendum", *election[2:]) in found


def test_no_type_is_guessed_when_the_texts_elections_have_several() -> None:
    found = _elections(
        [
            "The presidential election of 2 April 2023 and the local elections of "
            "17 September 2025 were observed.",
            "The elections of 20 November 2029 coincided with the referendum of "
            "20 November 2029 on the voting age.",
        ],
        "lt",
    )
    assert {k for k in found if k[2] == 2029} == {("lt", "referendum", 2029, "2029-11-20")}
