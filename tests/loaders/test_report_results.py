"""Results tables in reports of any genre (invented texts, no real report's words): which
tables are read, which election and round each row is filed under, and what is left out."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Literal, URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.elections import date_value, election_fact
from normgraph.loaders.extract.report_results import add_report_results
from normgraph.loaders.extract.result_blocks import result_blocks
from normgraph.loaders.odihr.result_list import add_list_results
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

NBSP = "\u00a0"

STATEMENT = f"""\
PRELIMINARY RESULTS

The commission announced preliminary results on the morning after election day, with
data from nearly all polling stations; turnout stood at 61,2 per cent.

List / coalition\tVotes\t% of valid votes
Movement for Mountain Towns\t1.204.331\t48,20
Coalition "Harbour and Plain"
(Liberal Wing and allies)\t  803.118\t32,14
Rural Voice\t  491.640\t19,66
Total valid votes\t2.499.089\t100,00

The figures are preliminary and may change once the commission has counted the
remaining protocols from abroad and from the mobile ballot boxes in the districts.

PROGRAMME INDICATORS

Indicator\tBaseline\tTarget\tAchieved
Observers trained\t400\t1.000\t1.240
Total grant amount: EUR 1{NBSP}250{NBSP}000
"""

SIDE_BY_SIDE = """\
Candidate\tVotes\t%\tVotes\t%
Irena Valk\t  402 118\t41.05\t  611 930\t55.30
Mart Oja\t  388 201\t39.63\t  494 660\t44.70
Liis Saar\t  189 255\t19.32
"""

STACKED = """\
Results of the presidential election, first round

Candidate              Votes        %
Anton Rebane         402,118    41.05
Kalju Tamm           388,201    39.63

Repeat voting (second round)

Candidate              Votes        %
Anton Rebane         611,930    55.30
Kalju Tamm           494,660    44.70
"""

TWO_ELECTIONS = """\
APPENDIX B

OFFICIAL RESULTS OF THE 3 MARCH 2019 ELECTIONS

Party                    Votes      %    Seats
Blue Valley Union       51 204   60.1     31
Riverside Front         33 998   39.9     19
Total                   85 202  100.0     50
"""


def _report(extraction: Extraction, *elections: tuple[str, str]) -> Fact:
    report = Fact(iri=mint("report", "test"), kind=NG.Report, label="test")
    for kind, when in elections:
        year, month, day = (int(part) for part in when.split("-"))
        fact = election_fact("XX", "Testland", kind, date_value(year, month, day))
        extraction.add(fact)
        report.add(NG.election, fact.iri)
    extraction.add(report)
    return report


def _facts(text: str, *elections: tuple[str, str]) -> tuple[Extraction, dict[str, list[Fact]]]:
    extraction = Extraction()
    report = _report(extraction, *elections)
    source = SourceText("t", "t.txt", text)
    facts = add_report_results(extraction, source, report, Actors(extraction, "xx"))
    by_name: dict[str, list[Fact]] = {}
    for fact in facts:
        by_name.setdefault(str(fact.label), []).append(fact)
    return extraction, by_name


def _value(fact: Fact, prop: URIRef) -> object:
    found = [v for p, v in fact.values if p == prop]
    return (
        found[0].toPython()
        if found and isinstance(found[0], Literal)
        else found[0]
        if found
        else None
    )


def test_a_statement_table_with_dot_thousands_and_comma_decimals() -> None:
    _, facts = _facts(STATEMENT, ("parliamentary", "2024-05-12"))
    assert set(facts) == {
        "Movement for Mountain Towns",
        'Coalition "Harbour and Plain" (Liberal Wing and allies)',
        "Rural Voice",
    }
    first = facts["Movement for Mountain Towns"][0]
    assert _value(first, NG.votes) == 1204331
    assert _value(first, NG.voteShare) == Decimal("48.20")
    wrapped = facts['Coalition "Harbour and Plain" (Liberal Wing and allies)'][0]
    assert _value(wrapped, NG.votes) == 803118
    # the indicator table and the grant amount are not results
    assert not any("Observers" in name or "grant" in name for name in facts)


def test_only_tables_whose_header_names_votes_are_read() -> None:
    blocks = result_blocks(SourceText("t", "t.txt", STATEMENT))
    assert len(blocks) == 1
    assert blocks[0].caption.startswith("PRELIMINARY RESULTS")


def test_two_rounds_side_by_side() -> None:
    extraction, facts = _facts(SIDE_BY_SIDE, ("presidential", "2023-10-01"))
    election = mint("election", "xx", "presidential", "2023-10-01")
    valk = {_value(f, NG.votes): _value(f, NG.round) for f in facts["Irena Valk"]}
    assert valk == {402118: URIRef(f"{election}/round/1"), 611930: URIRef(f"{election}/round/2")}
    # eliminated in the first round: one result only
    assert [_value(f, NG.votes) for f in facts["Liis Saar"]] == [189255]
    rounds = [f for f in extraction.facts if f.kind == NG.ElectionRound]
    assert {_value(f, NG.roundNumber) for f in rounds} == {1, 2}


def test_stacked_tables_by_round_caption() -> None:
    _, facts = _facts(STACKED, ("presidential", "2023-10-01"))
    rounds = {
        _value(f, NG.votes): str(_value(f, NG.round)).rsplit("/", 1)[-1]
        for f in facts["Anton Rebane"]
    }
    assert rounds == {402118: "1", 611930: "2"}


def test_the_caption_date_picks_the_election() -> None:
    _, facts = _facts(TWO_ELECTIONS, ("parliamentary", "2019-03-03"), ("local", "2021-10-17"))
    union = facts["Blue Valley Union"][0]
    assert _value(union, NG.election) == mint("election", "xx", "parliamentary", "2019-03-03")
    assert _value(union, NG.seats) == 31
    assert _value(facts["Riverside Front"][0], NG.votes) == 33998


def test_no_election_no_results() -> None:
    _, facts = _facts(TWO_ELECTIONS)
    assert facts == {}


RUNNING_TEXT = """\
According to the final results, Irena Valk received 1,204,331 votes (48.2 per cent) and
the Movement for Mountain Towns received 803 118 votes, or 32.1 per cent. The
commission received 1,240 complaints. Women won 31 of the 101 seats.
"""


def test_results_stated_in_a_sentence_with_their_vote_count() -> None:
    _, facts = _facts(RUNNING_TEXT, ("presidential", "2024-05-12"))
    assert set(facts) == {"Irena Valk", "Movement for Mountain Towns"}
    valk = facts["Irena Valk"][0]
    assert (_value(valk, NG.votes), _value(valk, NG.voteShare)) == (1204331, Decimal("48.2"))
    assert _value(valk, NG.candidate) is not None
    movement = facts["Movement for Mountain Towns"][0]
    assert (_value(movement, NG.votes), _value(movement, NG.voteShare)) == (803118, Decimal("32.1"))
    assert _value(movement, NG.party) is not None


def test_a_polling_stations_count_in_a_sentence_is_not_a_result() -> None:
    text = (
        "According to the district summary, Mr. Valk received 1,592 votes at PEC 41, "
        "whereas the protocol gave 1,552. At PEC 80 Ms. Oja received 6 votes.\n"
    )
    _, facts = _facts(text, ("presidential", "2024-05-12"))
    assert facts == {}


TWO_ROUND_ANNEX = """\
ANNEX: FINAL ELECTION RESULTS

Number of voters on the voter lists        2 118 902
Voter turnout                                  61.4 %

First round, 3 March

Candidate                  Votes          %
Anton Rebane             402 118      41.05
Kalju Tamm               388 201      39.63
Mari Kask                189 255      19.32

Second round, 17 March

Candidate                  Votes          %
Anton Rebane             611 930      55.30
Kalju Tamm               494 660      44.70
"""


def test_an_annex_with_a_table_per_round() -> None:
    extraction = Extraction()
    election = mint("election", "xx", "presidential", "2024-03-03")
    document = parse_document(SourceText("a", "a.txt", TWO_ROUND_ANNEX))
    facts = add_list_results(
        extraction, document, election, Actors(extraction, "xx"), lambda *_: None
    )
    rounds = {
        (str(f.label), _value(f, NG.votes)): str(_value(f, NG.round)).rsplit("/", 1)[-1]
        for f in facts
    }
    assert rounds == {
        ("Anton Rebane", 402118): "1",
        ("Kalju Tamm", 388201): "1",
        ("Mari Kask", 189255): "1",
        ("Anton Rebane", 611930): "2",
        ("Kalju Tamm", 494660): "2",
    }
    totals = extraction.get(mint("result", "xx/presidential/2024-03-03"))
    assert totals is not None and _value(totals, NG.registeredVoters) == 2118902


HEADERLESS = """\
The Central Election Commission announced the following final results:

Ilse Berg                 1.528.232       79,3 %
Jonas Falk                  119.474        6,2 %
Tove Lund                   100.204        5,2 %

Results of the programme:

Observers trained               850       12,0 %
Voters reached               40.000       20,0 %
"""


def test_a_list_without_a_header_under_a_results_caption() -> None:
    _, facts = _facts(HEADERLESS, ("presidential", "2006-11-06"))
    assert set(facts) == {"Ilse Berg", "Jonas Falk", "Tove Lund"}
    berg = facts["Ilse Berg"][0]
    assert (_value(berg, NG.votes), _value(berg, NG.voteShare)) == (1528232, Decimal("79.3"))


def test_a_share_before_its_vote_count_and_a_bracketed_party() -> None:
    text = (
        "According to the final results, Mr. Olav Dahl (Coastal Union) won 79.3 per cent of "
        "the valid votes (1,528,232 votes), and Siri Holm obtained 6.2% (119,474 votes).\n"
    )
    _, facts = _facts(text, ("presidential", "2006-11-06"))
    assert set(facts) == {"Olav Dahl", "Siri Holm"}
    dahl = facts["Olav Dahl"][0]
    assert (_value(dahl, NG.votes), _value(dahl, NG.voteShare)) == (1528232, Decimal("79.3"))
    assert _value(facts["Siri Holm"][0], NG.votes) == 119474


def _annex_facts(text: str, election: tuple[str, str]) -> tuple[Extraction, list[Fact]]:
    """The results a final report's loader reads from ``text`` (its annex, else its tables)."""
    extraction = Extraction()
    report = _report(extraction, election)
    iri = next(v for p, v in report.values if p == NG.election)
    assert isinstance(iri, URIRef)
    document = parse_document(SourceText("t", "t.txt", text))
    facts = add_list_results(extraction, document, iri, Actors(extraction, "xx"), lambda *_: None)
    return extraction, facts


MIXED_SYSTEM = """\
The commission announced the final results of the district election commissions.

Results of the elections under the proportional system

Party                         Votes        %      Seats
Number of voters on the lists 2 310 455
Ballots cast                  1 402 118
Invalid ballots                  41 002
Green Harvest Union             602 311   44.2     31
Civic Dawn                      410 870   30.2     21
Against all                      52 100    3.8
Votes for other parties         295 835   21.8
Total                         1 361 116  100.0     52

Seats won in single-mandate constituencies

Party                Votes     %     Seats
Green Harvest Union  310 200  40.1   20
Civic Dawn           250 100  32.3   12

Repeat elections in single-mandate constituency No. 14

Candidate            Votes     %
Lina Morava          12 402   55.1
Tomas Brel            9 001   40.0

Green Harvest Union received 602 311 votes (44.2 per cent), and its chair Ana Brel
received 410 870 votes as the joint list's leader. Civic Dawn Party received some 411,000 votes.
"""


def test_a_mixed_system_gives_the_national_results_once() -> None:
    """The national PR table is read; the majoritarian tier's table, a repeat election in
    one constituency, the "Against all" and "other parties" rows, the national figures and
    a sentence repeating a table's figure are not contestants' results."""
    extraction, facts = _facts(MIXED_SYSTEM, ("parliamentary", "2005-02-27"))
    assert set(facts) == {"Green Harvest Union", "Civic Dawn"}
    assert [len(found) for found in facts.values()] == [1, 1]
    union = facts["Green Harvest Union"][0]
    assert (_value(union, NG.votes), _value(union, NG.seats)) == (602311, 31)
    totals = [fact for fact in extraction.facts if fact.kind == NG.ElectionTotals]
    assert [_value(fact, NG.registeredVoters) for fact in totals] == [2310455]


def test_a_text_only_final_report_falls_back_to_its_national_table() -> None:
    """A final report with no results annex: the tables in its body are read, the national
    one only."""
    _, facts = _annex_facts(MIXED_SYSTEM, ("parliamentary", "2005-02-27"))
    assert sorted(str(fact.label) for fact in facts) == ["Civic Dawn", "Green Harvest Union"]


def test_only_a_local_table_is_still_read() -> None:
    """A report whose only table is one constituency's keeps it (nothing else gives the
    results)."""
    text = MIXED_SYSTEM.split("Repeat elections", 1)[1].split("Green Harvest Union received")[0]
    _, facts = _facts("Repeat elections" + text, ("parliamentary", "2005-02-27"))
    assert set(facts) == {"Lina Morava", "Tomas Brel"}


ANNEX_WITH_TIERS = """\
RECOMMENDATIONS

1. The election law should be amended.

ANNEX: ELECTION RESULTS

Voters on the lists            3 120 400
Voters who voted               2 902 134
Turnout                        68.2%

Proportional component

Party                      Votes       %     Seats
Unity Harvest Party    1 741 960   62.28      17
Civic Dawn               302 186   10.80       4
Workers' Union of the
Lowlands                 179 820    6.43       2
Other parties (5)        573 174   20.49       0
Total valid votes      2 797 140  100.00      25

Seats won in single-mandate constituencies

Party                      Seats
Unity Harvest Party           35
Civic Dawn                     2
Independent candidates         8

Repeat elections in single-mandate constituencies, 13 March

Constituency No. 5
Candidate                  Votes       %
Lina Morava               12 402    55.1
Tomas Brel                 9 001    40.0

Constituency No. 19
Candidate                  Votes       %
Petr Holm                  8 112    61.3
Ana Sidur                  5 120    38.7
"""


def test_an_annex_with_a_seats_only_table_and_repeat_elections_gives_the_national_list() -> None:
    """The annex of a mixed system: the proportional table is read; the seats-only table of
    the single-mandate tier and each constituency's repeat election are not."""
    extraction, facts = _annex_facts(ANNEX_WITH_TIERS, ("parliamentary", "2005-02-27"))
    seats = {str(fact.label): _value(fact, NG.seats) for fact in facts}
    assert seats == {
        "Unity Harvest Party": 17,
        "Civic Dawn": 4,
        "Workers' Union of the Lowlands": 2,
    }
    totals = [fact for fact in extraction.facts if fact.kind == NG.ElectionTotals]
    assert [_value(fact, NG.registeredVoters) for fact in totals] == [3120400]


ROUND_ANNEXES = """\
RECOMMENDATIONS

1. The election law should be amended in good time before the next elections.

ANNEX I: FINAL RESULTS OF THE FIRST ROUND, 6 APRIL 2008

Number of voters on the voter lists        498 305
Number of voters who voted                 339 123
Number of invalid ballots                    4 012

Candidate                                  Votes        %
Andrei Vasile Munteanu, nominated by the
Social Justice Party                     161 940    48.32
Elena Dragomir, nominated by the Civic
Movement "New Dawn"                       81 120    24.21
Mihai Costache-Radulescu (People's Union
of the North)                             60 004    17.90
Sorin Baciu, self-nominated               32 047     9.57

ANNEX II: FINAL RESULTS OF THE SECOND ROUND, 20 APRIL 2008

Number of voters on the voter lists        498 305
Number of voters who voted                 320 554
Number of invalid ballots                    3 101

Candidate                                  Votes        %
Andrei Vasile Munteanu, nominated by the
Social Justice Party                     171 940    54.16
Elena Dragomir, nominated by the Civic
Movement "New Dawn"                      145 513    45.84
"""


def test_national_figures_above_a_table_do_not_hide_its_round_caption() -> None:
    """Each round's annex prints its national figures between its title and its table:
    the title still names the round, so both rounds are read, each once."""
    blocks = result_blocks(SourceText("t", "t.txt", ROUND_ANNEXES))
    assert [(block.round, len(block.table.rows)) for block in blocks] == [(1, 4), (2, 2)]
    _, facts = _annex_facts(ROUND_ANNEXES, ("presidential", "2008-04-06"))
    rounds = sorted(str(_value(fact, NG.round)).rsplit("/", 1)[-1] for fact in facts)
    assert rounds == ["1", "1", "1", "1", "2", "2"]
