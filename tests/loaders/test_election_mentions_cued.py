"""Elections named by runs of years and by a year alone, as scholarship names them
(invented sentences on invented elections, filed under real ISO codes): a type with its
years in brackets or listed before it, and "the <year> election" typed by its sentence or
paragraph."""

from __future__ import annotations

import pytest
from rdflib import Literal

from normgraph.loaders.extract.election_mentions import find_mentions
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.scholarship.shared import add_named_elections
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText, Span
from normgraph.namespaces import NG
from tests.case_tables import case_params


def _found(text: str, country: str = "md", by_context: bool = True) -> list[tuple[str, int, bool]]:
    source = SourceText("t", "t.txt", text)

    def spans_of(start: int, end: int) -> list[Span]:
        return [source.span(start, end)]

    return [
        (m.kind, m.year, m.early)
        for m in find_mentions(text, spans_of, country, by_context=by_context)
    ]


def test_a_span_of_years_is_not_a_run_of_elections() -> None:
    text = "Between 2004 and 2009 presidential elections were postponed twice."
    assert ("presidential", 2004, False) not in _found(text)


def test_a_year_alone_typed_by_its_paragraph() -> None:
    text = (
        "Much changed in the aftermath of the 2009 election in the country. The ruling "
        "party's candidate won with 80 percent of the vote, and the opposition boycotted "
        "the inauguration ceremony."
    )
    assert _found(text, "am") == [("presidential", 2009, False)]
    assert _found(text, "am", by_context=False) == []  # a report's bare years are not read


@pytest.mark.parametrize(
    ("country", "text", "expected"), case_params("election_years", "country", "text", "mentions")
)
def test_elections_named_by_their_years_with_type_and_earliness(
    country: str, text: str, expected: list[list[str | int | bool]]
) -> None:
    assert [list(found) for found in _found(text, country)] == expected


def test_a_year_alone_typed_by_what_was_elected() -> None:
    text = "In the 2016 election the governing party kept 60 of its 101 seats."
    assert _found(text, "me") == [("parliamentary", 2016, False)]
    text = "Since the 2012 election the mayors of both cities have been independents."
    assert _found(text, "me") == [("local", 2012, False)]


def test_a_year_alone_with_as_many_cues_of_two_types_is_not_read() -> None:
    text = "After the 2016 election, the inauguration was held and parliament met."
    assert _found(text) == []


def test_a_study_links_the_elections_it_names_a_loader_already_dated() -> None:
    """An election the loader made from a bibliography's title is linked from the study
    when its text names it, not only the elections the text alone makes."""
    text = (
        "Observers have followed three presidential elections (2001, 2008 and 2013) in "
        "the country; the early election of 2010, in which no opposition party won a "
        "seat, was not observed.\n"
    )
    extraction = Extraction()
    dated = Fact(iri=mint("election", "md", "presidential", "2008-04-06"), kind=NG.Election)
    dated.add(NG.electionDate, Literal("2008-04-06"))
    extraction.add(dated)
    report = Fact(iri=mint("report", "study"), kind=NG.Report, label="study")
    add_named_elections(extraction, parse_document(SourceText("t", "t.txt", text)), report, "md")
    linked = sorted(str(v).split("/election/", 1)[1] for p, v in report.values if p == NG.election)
    assert linked == [
        "md/parliamentary/2010",
        "md/presidential/2001",
        "md/presidential/2008-04-06",
        "md/presidential/2013",
    ]
