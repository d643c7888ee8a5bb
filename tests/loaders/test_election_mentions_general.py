"""Elections as reports name them in passing (invented sentences on invented states'
elections, filed under real ISO codes): untyped dated mentions, numeric dates, early and
run-off elections, elections held on the same day as another."""

from __future__ import annotations

from rdflib import Literal

from normgraph.loaders.extract.election_mentions import find_mentions, link_mentioned_elections
from normgraph.loaders.extract.elections import Mention, link_own_elections, resolve
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText, Span
from normgraph.namespaces import NG


def _mentions(text: str, country: str = "ee") -> list[Mention]:
    source = SourceText("t", "t.txt", text)

    def spans_of(start: int, end: int) -> list[Span]:
        return [source.span(start, end)]

    return find_mentions(text, spans_of, country)


def _elections(text: str, country: str = "ee") -> dict[str, Fact]:
    extraction = Extraction()
    resolved = resolve(extraction, _mentions(text, country))
    return {
        str(found.fact.iri).split("/election/", 1)[1]: found.fact for found in resolved.values()
    }


def test_an_untyped_dated_mention_dates_the_years_one_election() -> None:
    text = (
        "Observers followed the 2019 parliamentary elections closely. After the elections "
        "of 3 March 2019, the opposition contested the count in two districts."
    )
    assert list(_elections(text)) == ["ee/parliamentary/2019-03-03"]


def test_an_untyped_mention_is_dropped_when_the_year_had_two_elections() -> None:
    text = (
        "The 2019 parliamentary elections and the 2019 local elections were both observed. "
        "After the elections of 3 March 2019, several complaints were filed."
    )
    assert sorted(_elections(text)) == ["ee/local/2019", "ee/parliamentary/2019"]


def test_an_untyped_mention_alone_makes_no_election() -> None:
    assert _elections("After the elections of 3 March 2019, nothing changed.") == {}


def test_numeric_dates_and_the_early_flag() -> None:
    text = "The early parliamentary elections of 19.11.2000 were called after a crisis."
    found = _elections(text, "az")
    assert list(found) == ["az/parliamentary/2000-11-19"]
    assert (NG.early, Literal(True)) in found["az/parliamentary/2000-11-19"].values


def test_a_snap_election_with_a_month_day_date() -> None:
    found = _elections("Parliament called snap parliamentary elections on June 7, 2026.", "am")
    election = found["am/parliamentary/2026-06-07"]
    assert (NG.early, Literal(True)) in election.values


def test_a_run_off_date_is_the_second_rounds() -> None:
    text = (
        "The 11 October 2015 presidential election went to a second round. The presidential "
        "run-off held on 25 October 2015 was calmer."
    )
    mentions = _mentions(text, "by")
    assert [(m.kind, m.day, m.round) for m in mentions] == [
        ("presidential", 11, None),
        ("presidential", 25, 2),
    ]


def test_an_election_held_with_a_dated_referendum_takes_its_date() -> None:
    text = (
        "The constitutional referendum of 17 October 2004 was held simultaneously with "
        "parliamentary elections. On the same day, turnout was high."
    )
    assert sorted(_elections(text, "by")) == [
        "by/parliamentary/2004-10-17",
        "by/referendum/2004-10-17",
    ]


def test_a_final_report_links_earlier_elections_but_not_its_own_again() -> None:
    text = (
        "INTRODUCTION\n\nThe 2003 parliamentary elections were assessed as falling short of "
        "commitments. The 2007 parliamentary elections themselves were calm, and the 2005 "
        "presidential election was not observed.\n"
    )
    extraction = Extraction()
    report = Fact(iri=mint("report", "t"), kind=NG.Report, label="t")
    main = Fact(iri=mint("election", "am", "parliamentary", "2007-05-12"), kind=NG.Election)
    main.add(NG.electionDate, Literal("2007-05-12"))
    document = parse_document(SourceText("t", "t.txt", text))
    linked = link_mentioned_elections(extraction, document, report, main, "AM")
    assert sorted(str(f.iri).split("/election/", 1)[1] for f in linked) == [
        "am/parliamentary/2003",
        "am/presidential/2005",
    ]


def test_a_statement_links_only_the_elections_it_names_itself() -> None:
    extraction = Extraction()
    own = _mentions("the 2020 parliamentary elections were annulled", "kg")
    host = _mentions("the 2021 local elections", "kg")
    resolved = resolve(extraction, own + host)
    report = Fact(iri=mint("report", "s"), kind=NG.Report, label="s")
    link_own_elections(report, own, resolved)
    linked = [str(v).split("/election/", 1)[1] for p, v in report.values if p == NG.election]
    assert linked == ["kg/parliamentary/2020"]


def test_two_types_one_year_and_more_date_phrasings() -> None:
    text = (
        "The 2014 presidential and parliamentary elections were observed. The mayoral "
        "elections held on 7 June 2015 followed, the local elections in October 2016, and "
        "the 2017 constitutional referendum."
    )
    assert sorted(_elections(text, "ge")) == [
        "ge/local/2015-06-07",
        "ge/local/2016-10",
        "ge/parliamentary/2014",
        "ge/presidential/2014",
        "ge/referendum/2017",
    ]


def test_legislative_and_congressional_elections_elect_the_parliament() -> None:
    text = (
        "The Legislative Elections, 5 October 2031, followed the congressional elections of "
        "7 November 2028."
    )
    assert sorted(_elections(text, "pt")) == [
        "pt/parliamentary/2028-11-07",
        "pt/parliamentary/2031-10-05",
    ]
