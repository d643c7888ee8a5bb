"""Results tables in reports of any genre (invented texts, no real report's words): which
tables are read, which election and round each row is filed under, and what is left out."""

from __future__ import annotations

from decimal import Decimal

from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.result_blocks import result_blocks
from normgraph.loaders.odihr.result_list import add_list_results
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

from .results_support import results_of, value_of

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


def test_a_statement_table_with_dot_thousands_and_comma_decimals() -> None:
    _, facts = results_of(STATEMENT, ("parliamentary", "2024-05-12"))
    assert set(facts) == {
        "Movement for Mountain Towns",
        'Coalition "Harbour and Plain" (Liberal Wing and allies)',
        "Rural Voice",
    }
    first = facts["Movement for Mountain Towns"][0]
    assert value_of(first, NG.votes) == 1204331
    assert value_of(first, NG.voteShare) == Decimal("48.20")
    wrapped = facts['Coalition "Harbour and Plain" (Liberal Wing and allies)'][0]
    assert value_of(wrapped, NG.votes) == 803118
    # the indicator table and the grant amount are not results
    assert not any("Observers" in name or "grant" in name for name in facts)


def test_only_tables_whose_header_names_votes_are_read() -> None:
    blocks = result_blocks(SourceText("t", "t.txt", STATEMENT))
    assert len(blocks) == 1
    assert blocks[0].caption.startswith("PRELIMINARY RESULTS")


def test_two_rounds_side_by_side() -> None:
    extraction, facts = results_of(SIDE_BY_SIDE, ("presidential", "2023-10-01"))
    election = mint("election", "xx", "presidential", "2023-10-01")
    valk = {value_of(f, NG.votes): value_of(f, NG.round) for f in facts["Irena Valk"]}
    assert valk == {402118: URIRef(f"{election}/round/1"), 611930: URIRef(f"{election}/round/2")}
    # eliminated in the first round: one result only
    assert [value_of(f, NG.votes) for f in facts["Liis Saar"]] == [189255]
    rounds = [f for f in extraction.facts if f.kind == NG.ElectionRound]
    assert {value_of(f, NG.roundNumber) for f in rounds} == {1, 2}


def test_stacked_tables_by_round_caption() -> None:
    _, facts = results_of(STACKED, ("presidential", "2023-10-01"))
    rounds = {
        value_of(f, NG.votes): str(value_of(f, NG.round)).rsplit("/", 1)[-1]
        for f in facts["Anton Rebane"]
    }
    assert rounds == {402118: "1", 611930: "2"}


def test_the_caption_date_picks_the_election() -> None:
    _, facts = results_of(TWO_ELECTIONS, ("parliamentary", "2019-03-03"), ("local", "2021-10-17"))
    union = facts["Blue Valley Union"][0]
    assert value_of(union, NG.election) == mint("election", "xx", "parliamentary", "2019-03-03")
    assert value_of(union, NG.seats) == 31
    assert value_of(facts["Riverside Front"][0], NG.votes) == 33998


def test_no_election_no_results() -> None:
    _, facts = results_of(TWO_ELECTIONS)
    assert facts == {}


RUNNING_TEXT = """\
According to the final results, Irena Valk received 1,204,331 votes (48.2 per cent) and
the Movement for Mountain Towns received 803 118 votes, or 32.1 per cent. The
commission received 1,240 complaints. Women won 31 of the 101 seats.
"""


def test_results_stated_in_a_sentence_with_their_vote_count() -> None:
    _, facts = results_of(RUNNING_TEXT, ("presidential", "2024-05-12"))
    assert set(facts) == {"Irena Valk", "Movement for Mountain Towns"}
    valk = facts["Irena Valk"][0]
    assert (value_of(valk, NG.votes), value_of(valk, NG.voteShare)) == (1204331, Decimal("48.2"))
    assert value_of(valk, NG.candidate) is not None
    movement = facts["Movement for Mountain Towns"][0]
    assert (value_of(movement, NG.votes), value_of(movement, NG.voteShare)) == (
        803118,
        Decimal("32.1"),
    )
    assert value_of(movement, NG.party) is not None


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
        (str(f.label), value_of(f, NG.votes)): str(value_of(f, NG.round)).rsplit("/", 1)[-1]
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
    assert totals is not None and value_of(totals, NG.registeredVoters) == 2118902


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
    _, facts = results_of(HEADERLESS, ("presidential", "2006-11-06"))
    assert set(facts) == {"Ilse Berg", "Jonas Falk", "Tove Lund"}
    berg = facts["Ilse Berg"][0]
    assert (value_of(berg, NG.votes), value_of(berg, NG.voteShare)) == (1528232, Decimal("79.3"))


def test_a_share_before_its_vote_count_and_a_bracketed_party() -> None:
    text = (
        "According to the final results, Mr. Olav Dahl (Coastal Union) won 79.3 per cent of "
        "the valid votes (1,528,232 votes), and Siri Holm obtained 6.2% (119,474 votes).\n"
    )
    _, facts = results_of(text, ("presidential", "2006-11-06"))
    assert set(facts) == {"Olav Dahl", "Siri Holm"}
    dahl = facts["Olav Dahl"][0]
    assert (value_of(dahl, NG.votes), value_of(dahl, NG.voteShare)) == (1528232, Decimal("79.3"))
    assert value_of(facts["Siri Holm"][0], NG.votes) == 119474


def test_results_told_in_one_sentence_with_the_seats_each_list_won() -> None:
    text = (
        "According to the final results, the Agrarian Union received 310,771 votes (44.5 per "
        "cent) and 33 seats, the Green Future 79,897 votes (11.4 per cent) and 9 seats, and "
        "Coast and Islands 307,908 votes (44.1 per cent) and 33 seats.\n"
    )
    _, facts = results_of(text, ("parliamentary", "2031-06-01"))
    assert {name: value_of(fact[0], NG.votes) for name, fact in facts.items()} == {
        "Agrarian Union": 310771,
        "Green Future": 79897,
        "Coast and Islands": 307908,
    }


FOOTED = """\
Annex 2. Official results of the municipal council elections

List                          Votes       %    Seats
Lakeside Citizens            21 448    52.3       13
Valley Renewal               19 562    47.7       12

Annual narrative report | Grant 17-LV-0042                              Page 3 of 9

Annex 2 (continued)
"""


def test_a_page_footer_after_a_table_is_no_row() -> None:
    _, facts = results_of(FOOTED, ("local", "2031-06-01"))
    assert set(facts) == {"Lakeside Citizens", "Valley Renewal"}
    assert value_of(facts["Valley Renewal"][0], NG.seats) == 12
