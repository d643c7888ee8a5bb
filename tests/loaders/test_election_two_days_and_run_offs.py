"""Elections and results as reports of the last 25 years write them beyond the tune fixtures
(invented sentences and tables on invented elections, filed under real ISO codes): two days
sharing a year (a first round and a run-off, or a vote held over two days), several types
named together with one date, an election
named by the body it fills, a date in brackets after a title's election, a place before the
month, a masthead over the date with the title below it, a run-off's results told in a
sentence after a first round's table, and the lines of a results table that are no
contestant ("Voters", "Abstentions", a "p. 7" footer), and a decimal comma beside
space-grouped thousands, which is no fault."""

from __future__ import annotations

from decimal import Decimal

from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.election_mentions import find_mentions
from normgraph.loaders.extract.elections import resolve
from normgraph.loaders.extract.report_results import add_run_off_text_results
from normgraph.loaders.extract.result_facts import ResultNotes
from normgraph.loaders.extract.result_rows import read_result_rows
from normgraph.loaders.extract.text_results import text_results
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.statement.head import read_statement_head
from normgraph.loaders.text.source import SourceText, Span
from normgraph.namespaces import NG

from .results_support import report_fact, value_of


def _elections(text: str, country: str = "sk") -> list[str]:
    source = SourceText("t", "t.txt", text)

    def spans_of(start: int, end: int) -> list[Span]:
        return [source.span(start, end)]

    mentions = find_mentions(text, spans_of, country)
    resolved = resolve(Extraction(), mentions)
    return sorted(str(found.fact.iri).split("/election/", 1)[1] for found in resolved.values())


def _rounds(text: str, country: str = "sk") -> list[tuple[int | None, int | None, int | None]]:
    source = SourceText("t", "t.txt", text)
    found = find_mentions(text, lambda a, b: [source.span(a, b)], country)
    return [(m.round, m.month, m.day) for m in found]


def test_two_days_a_fortnight_apart_are_the_two_rounds_of_one_election() -> None:
    text = "The mission followed the presidential election of 16 March and 30 March 2030."
    assert _elections(text) == ["sk/presidential/2030-03-16"]
    assert _rounds(text) == [(1, 3, 16), (2, 3, 30)]
    assert _rounds("the mayoral elections on 4 and 18 October 2026 were") == [
        (1, 10, 4),
        (2, 10, 18),
    ]
    assert _rounds("the presidential election on November 3 and November 17, 2041") == [
        (1, 11, 3),
        (2, 11, 17),
    ]


def test_two_days_in_a_row_are_one_vote_dated_by_its_first_day() -> None:
    text = "The parliamentary elections held on 20 and 21 October 2034 were calm."
    assert _elections(text, "cz") == ["cz/parliamentary/2034-10-20"]
    assert _rounds(text, "cz") == [(None, 10, 20)]


def test_an_election_named_by_the_body_it_fills() -> None:
    text = "Elections to the State Assembly are to follow on 2 and 16 June 2036, and parties"
    assert _elections(text, "si") == ["si/parliamentary/2036-06-02"]
    council = "elections to the Town Council of Ohrid were held on 5 and 19 May 2030"
    assert _elections(council, "mk") == ["mk/local/2030-05-05"]


def test_several_types_named_together_are_each_dated() -> None:
    text = "The presidential and parliamentary elections of 6 April 2031 were held jointly."
    assert _elections(text, "rs") == ["rs/parliamentary/2031-04-06", "rs/presidential/2031-04-06"]
    listed = "Early parliamentary, municipal and mayoral elections were called for June 7, 2032."
    assert _elections(listed, "rs") == ["rs/local/2032-06-07", "rs/parliamentary/2032-06-07"]


def test_a_date_in_brackets_after_the_election_and_a_place_before_the_month() -> None:
    assert _elections("Observation of municipal elections in Slovakia (9 November 2030)") == [
        "sk/local/2030-11-09"
    ]
    text = "The delegation last observed regional elections in Slovakia in November 2025."
    assert _elections(text) == ["sk/local/2025-11"]


ASSEMBLY = """\
                                                          INTER-PARLIAMENTARY FORUM
                                                 Standing Committee on Local Democracy

41st PLENARY                                                             IPF/LD(2031)7rev
                                                                          12 May 2031


            Observation of municipal elections in Slovakia (23 March 2031)


Rapporteur: Jonas VALE, Iceland

1. On 23 March 2031 the delegation observed the municipal elections.
"""


def test_a_masthead_over_the_date_leaves_the_title_to_the_line_below() -> None:
    head = read_statement_head(SourceText("a", "a.txt", ASSEMBLY))
    assert head.title == "Observation of municipal elections in Slovakia (23 March 2031)"
    assert str(head.issued) == "2031-05-12"


RUN_OFF = """\
In the second round, held on 12 April, Ilse Varga received 1 802 310 votes (52,31 per cent)
and Tomas Hrib 1 643 201 votes (47,69 per cent), of the 3 445 511 valid votes.
"""


def test_a_run_off_told_in_a_sentence_after_a_first_round_table() -> None:
    named = [(one.name, one.votes, one.share) for one in text_results(_source(RUN_OFF))]
    assert named == [
        ("Ilse Varga", 1802310, Decimal("52.31")),
        ("Tomas Hrib", 1643201, Decimal("47.69")),
    ]
    extraction = Extraction()
    report = report_fact(extraction, ("presidential", "2032-03-29"))
    election = next(v for p, v in report.values if p == NG.election)
    assert isinstance(election, URIRef)
    first_round = Fact(iri=URIRef(f"{election}/result/x"), kind=NG.CandidateResult)
    facts = add_run_off_text_results(
        extraction,
        _source(RUN_OFF),
        election,
        Actors(extraction, "xx"),
        ResultNotes(extraction, "xx/presidential/2032-03-29"),
        [first_round],
    )
    assert [(f.label, value_of(f, NG.votes)) for f in facts] == [
        ("Ilse Varga", 1802310),
        ("Tomas Hrib", 1643201),
    ]
    assert all(value_of(f, NG.round) == URIRef(f"{election}/round/2") for f in facts)


def test_a_sentence_about_the_first_round_is_left_to_the_table() -> None:
    text = "In the first round Ilse Varga received 1 402 310 votes (41,02 per cent).\n"
    extraction = Extraction()
    report = report_fact(extraction, ("presidential", "2032-03-29"))
    election = next(v for p, v in report.values if p == NG.election)
    assert isinstance(election, URIRef)
    notes = ResultNotes(extraction, "xx/presidential/2032-03-29")
    actors = Actors(extraction, "xx")
    assert add_run_off_text_results(extraction, _source(text), election, actors, notes, []) == []


TABLE = """\
Registered voters                               3 902 118
Voters                                          2 907 554
Abstentions                                       994 564
Candidate                          Votes        % of votes cast
Ilse Varga                      1 402 310        48,23
Tomas Hrib                      1 105 022        38,01

Mission report, Slovakia 2032                                               p. 9

Candidate (continued)              Votes        % of votes cast
Pavol Dunaj                       400 222        13,76
"""


def test_voters_abstentions_and_a_page_footer_are_no_contestants() -> None:
    source = _source(TABLE)
    table = read_result_rows(source, 0, len(TABLE))
    assert [row.name for row in table.rows] == ["Ilse Varga", "Tomas Hrib", "Pavol Dunaj"]
    assert table.national["votersParticipated"].value == Decimal(2907554)
    assert table.national["registeredVoters"].value == Decimal(3902118)
    shares = [cell for row in table.rows for _, cell in row.shares]
    assert [cell.value for cell in shares] == [Decimal("48.23"), Decimal("38.01"), Decimal("13.76")]
    assert all(cell.problem is None for cell in shares)  # a decimal comma beside space groups


def test_a_decimal_comma_beside_comma_groups_is_still_noted() -> None:
    text = "Party        Votes      %\nHarbour List  1,204,331  48,20\n"
    (row,) = read_result_rows(_source(text), 0, len(text)).rows
    assert [cell.problem for _, cell in row.shares] == ["decimal comma instead of a point"]


def _source(text: str) -> SourceText:
    return SourceText("t", "t.txt", text)
