"""Elections named by runs of years and by a year alone, as scholarship names them
(invented sentences on invented elections, filed under real ISO codes): a type with its
years in brackets or listed before it, and "the <year> election" typed by its sentence or
paragraph."""

from __future__ import annotations

from rdflib import Literal

from normgraph.loaders.extract.election_mentions import find_mentions
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.scholarship.shared import add_named_elections
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText, Span
from normgraph.namespaces import NG


def _found(text: str, country: str = "md", by_context: bool = True) -> list[tuple[str, int, bool]]:
    source = SourceText("t", "t.txt", text)

    def spans_of(start: int, end: int) -> list[Span]:
        return [source.span(start, end)]

    return [
        (m.kind, m.year, m.early)
        for m in find_mentions(text, spans_of, country, by_context=by_context)
    ]


def test_counted_elections_with_their_years_in_brackets() -> None:
    text = (
        "Since 1996 observers have followed 6 parliamentary elections (1996, 1998, 2002, "
        "2006, 2010 and 2014) and three presidential elections (2001, 2008, and 2013) "
        "in the country."
    )
    assert _found(text) == [
        ("parliamentary", 1996, False),
        ("parliamentary", 1998, False),
        ("parliamentary", 2002, False),
        ("parliamentary", 2006, False),
        ("parliamentary", 2010, False),
        ("parliamentary", 2014, False),
        ("presidential", 2001, False),
        ("presidential", 2008, False),
        ("presidential", 2013, False),
    ]


def test_a_run_of_years_before_or_after_the_type() -> None:
    before = "The 2003, 2008 and 2011 local elections were held under the old code."
    after = "The mayoral elections of 2010, 2014, and 2018 were observed by citizens."
    assert _found(before, "ge") == [
        ("local", 2003, False),
        ("local", 2008, False),
        ("local", 2011, False),
    ]
    assert _found(after, "ge") == [
        ("local", 2010, False),
        ("local", 2014, False),
        ("local", 2018, False),
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


def test_an_early_election_of_a_year_typed_by_its_sentence() -> None:
    text = (
        "The reforms were tested in the early election of 2011, in which none of the "
        "opposition parties won a seat, leaving the president's party alone in the new "
        "parliament."
    )
    assert _found(text, "az") == [("parliamentary", 2011, True)]


def test_the_sentence_is_read_before_the_paragraph() -> None:
    text = (
        "The presidential race of 2013 drew little interest. By contrast, in the 2015 "
        "election the governing party lost its majority of seats."
    )
    assert _found(text, "bg") == [("parliamentary", 2015, False)]


def test_a_year_alone_without_a_type_or_naming_a_law_is_not_read() -> None:
    assert _found("The 2008 election was peaceful, observers said.") == []
    assert _found("The 2005 election law was amended, and parliament adopted it.") == []


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
