"""Results read when their shape is not the known one (invented texts, no real report's
words): word columns between the figures, a header of many short cells, results strung
into a sentence without a verb, a paragraph's opening naming the contest."""

from __future__ import annotations

from decimal import Decimal

from rdflib import URIRef

from normgraph.loaders.extract.result_blocks import result_blocks
from normgraph.loaders.extract.result_prose import listed_results
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

from .results_support import read_table, results_of, row_figures, value_of

THRESHOLDS = """\
APPENDIX 3  OFFICIAL RESULTS OF THE COUNCIL ELECTIONS

#  Electoral list              Votes  % of votes  Over 4% threshold  Over 1% in each county  Seats
1  Harbour Workers' League      8120  12.40%      yes                no (two counties)           3
2  Plains Farmers' Union       40212  61.41%      yes                yes                        17
3  Green Coast List             2009   3.07%      no                 no                          0
4  Mountain Villages Alliance  15142  23.12%      yes                yes                         5
   Total                       65483  100.00%     3 lists                                       25
"""

ELECTED_COLUMN = """\
| Candidate            | Votes   | Result       | Share |
|---|---:|---|---:|
| Oskar Lindqvist-Berg | 12'044  | elected      | 52.1  |
| Maren Aasgaard       | 8'112   | not elected  | 35.1  |
| Tor Hjelmeland       | 2'961   | not elected  | 12.8  |
"""


def test_word_columns_between_figures_are_skipped_not_read_as_the_row_s_end() -> None:
    blocks = result_blocks(SourceText("t", "t.txt", THRESHOLDS))
    assert len(blocks) == 1  # a header of many words, each cell short, is a header
    table = blocks[0].table
    assert table.heading == "Electoral list"  # not the ballot number's column
    assert row_figures(table) == {
        "Harbour Workers' League": (Decimal(8120), Decimal("12.40"), Decimal(3)),
        "Plains Farmers' Union": (Decimal(40212), Decimal("61.41"), Decimal(17)),
        "Green Coast List": (Decimal(2009), Decimal("3.07"), Decimal(0)),
        "Mountain Villages Alliance": (Decimal(15142), Decimal("23.12"), Decimal(5)),
    }
    assert [row.votes.value for row in table.totals if row.votes] == [Decimal(65483)]


def test_a_word_column_between_votes_and_share_in_a_piped_table() -> None:
    assert row_figures(read_table(ELECTED_COLUMN)) == {
        "Oskar Lindqvist-Berg": (Decimal(12044), Decimal("52.1"), None),
        "Maren Aasgaard": (Decimal(8112), Decimal("35.1"), None),
        "Tor Hjelmeland": (Decimal(2961), Decimal("12.8"), None),
    }


def test_a_long_word_cell_is_no_column_of_words() -> None:
    text = "Party   Votes   %\nUnity List   5120   about half of them abroad   48.2\n"
    table = read_table(text)
    # the figure before a cell of prose is not taken for the row's votes
    assert [row.votes for row in table.rows] == [None]


LISTED = """\
Presidential election, second round, 9 June 2024: turnout 58.3 per cent. Ilse
Vandenberghe 1.204.331 votes (52,4 %); Joris Claeys, Party of the Polders, 1.094.007
(47,6 %).

Presidential election, first round, 26 May 2024: Ilse Vandenberghe 904 118 votes
(39.1 per cent); Joris Claeys 700 412 (30.3 per cent); Anke Peeters 412 990 (17.9 per
cent); eleven other candidates together 294 001 (12.7 per cent).
"""


def test_results_strung_into_a_sentence_without_a_verb() -> None:
    read = listed_results(SourceText("t", "t.txt", LISTED))
    assert [(one.name, one.votes, one.share) for one in read] == [
        ("Ilse Vandenberghe", 1204331, Decimal("52.4")),
        ("Joris Claeys", 1094007, Decimal("47.6")),
        ("Ilse Vandenberghe", 904118, Decimal("39.1")),
        ("Joris Claeys", 700412, Decimal("30.3")),
        ("Anke Peeters", 412990, Decimal("17.9")),
    ]  # the lumped "eleven other candidates" are no contestant


def test_each_list_filed_under_the_round_its_paragraph_names() -> None:
    _, facts = results_of(LISTED, ("presidential", "2024-05-26"))
    election = mint("election", "xx", "presidential", "2024-05-26")
    claeys = {value_of(f, NG.votes): value_of(f, NG.round) for f in facts["Joris Claeys"]}
    assert claeys == {
        1094007: URIRef(f"{election}/round/2"),
        700412: URIRef(f"{election}/round/1"),
    }


def test_a_verbless_list_is_read_only_when_its_counts_are_surely_votes() -> None:
    no_votes_word = "Akmola 1 204 (52.4 %); Tobol 1 094 (47.6 %).\n"
    other_bases = "Akmola 1 204 votes (12.4 %); Tobol 1 094 (47.6 %).\n"
    over_a_hundred = "Akmola 1 204 votes (62.4 %); Tobol 1 094 (57.6 %).\n"
    for text in (no_votes_word, other_bases, over_a_hundred):
        assert listed_results(SourceText("t", "t.txt", text)) == []


OPENING = """\
Early parliamentary elections, 2 April 2023: turnout 55.1 per cent. The Harbour
Party received 402,118 votes (41.1 per cent) and the Plains Union 388,201 votes (39.7
per cent).
"""


def test_a_sentence_naming_no_contest_takes_its_paragraph_s_opening() -> None:
    _, facts = results_of(OPENING, ("parliamentary", "2023-04-02"), ("presidential", "2024-05-26"))
    parliament = mint("election", "xx", "parliamentary", "2023-04-02")
    assert {value_of(f, NG.election) for fs in facts.values() for f in fs} == {parliament}
    assert len(facts) == 2


BULLETED = """\
Results of the mayoral run-off, 14 April 2025

\u2022 Dragan Miletic: 61\u202f204 votes (54.02%)
\u2022 Sanja Kovac \u2013 52\u202f118 (45.98%)

The commission published the protocols the next morning.
"""


def test_results_one_a_line_under_a_caption_above_the_list() -> None:
    _, facts = results_of(BULLETED, ("local", "2025-03-31"), ("parliamentary", "2022-06-05"))
    local = mint("election", "xx", "local", "2025-03-31")
    assert {name: [value_of(f, NG.votes) for f in fs] for name, fs in facts.items()} == {
        "Dragan Miletic": [61204],
        "Sanja Kovac": [52118],
    }
    assert value_of(facts["Sanja Kovac"][0], NG.election) == local
    assert value_of(facts["Sanja Kovac"][0], NG.round) == URIRef(f"{local}/round/2")


COUNTS_ONLY = """\
Final results of the regional assembly election

Coastal Democratic Union       412'077
Highland Farmers                98'310
Others (4 lists)                21'006
Total                          531'393

Staff and offices by region

Northern office                     12
Southern office                     14
Total                               27
"""


def test_counts_alone_under_a_results_caption_when_a_total_sums_them() -> None:
    blocks = result_blocks(SourceText("t", "t.txt", COUNTS_ONLY))
    assert [row_figures(block.table) for block in blocks] == [
        {
            "Coastal Democratic Union": (Decimal(412077), None, None),
            "Highland Farmers": (Decimal(98310), None, None),
        }
    ]  # the staff list's total (27) is not its rows' sum (26), nor is it under results
    unsummed = COUNTS_ONLY.replace("531'393", "531'394")
    assert result_blocks(SourceText("t", "t.txt", unsummed)) == []


DOT_GROUPS = """\
Final results. Marek Zielinski was elected with 2.904.118 votes (51,3 %), and the Forest
Alliance came second with 1.902.004 votes (33,6 %). Observers visited 1.204 polling
stations.
"""


def test_a_verb_phrase_ending_in_with_and_dot_thousands_in_a_sentence() -> None:
    _, facts = results_of(DOT_GROUPS, ("presidential", "2024-06-09"))
    assert {name: value_of(fs[0], NG.votes) for name, fs in facts.items()} == {
        "Marek Zielinski": 2904118,
        "Forest Alliance": 1902004,
    }
    assert value_of(facts["Marek Zielinski"][0], NG.voteShare) == Decimal("51.3")


HEADERLESS = """\
How the vote was shared among the lists

Coastal Democratic Union      412\u00a0077      61.9
Highland Farmers               98\u00a0310      14.8
Green Dawn                    155\u00a0003      23.3

Budget by component

Observation                    120\u00a0000      61.9
Training                        45\u00a0000      38.1
"""


def test_a_list_without_header_under_a_caption_about_the_vote() -> None:
    blocks = result_blocks(SourceText("t", "t.txt", HEADERLESS))
    assert [row_figures(block.table) for block in blocks] == [
        {
            "Coastal Democratic Union": (Decimal(412077), Decimal("61.9"), None),
            "Highland Farmers": (Decimal(98310), Decimal("14.8"), None),
            "Green Dawn": (Decimal(155003), Decimal("23.3"), None),
        }
    ]  # the budget's figures are under no caption about the vote (nor of one base)


COMPARED = """\
Party                    Votes 2019      %    Votes 2023      %   Seats
Coastal Union               412 077   41.2       388 201   39.6      31
Highland Farmers            298 310   29.8       355 118   36.2      28
Green Dawn                  290 003   29.0       237 004   24.2      19
"""


def test_a_header_comparing_two_elections_gives_the_latest_year_s_figures() -> None:
    assert row_figures(read_table(COMPARED)) == {
        "Coastal Union": (Decimal(388201), Decimal("39.6"), Decimal(31)),
        "Highland Farmers": (Decimal(355118), Decimal("36.2"), Decimal(28)),
        "Green Dawn": (Decimal(237004), Decimal("24.2"), Decimal(19)),
    }  # no side-by-side second round: the 2019 columns are another election's
    gap = COMPARED.replace("   298 310   29.8", "         -      -")
    gap = gap.replace("      28\n", "\n")  # one cell missing: which is 2023's is unsure
    assert row_figures(read_table(gap))["Highland Farmers"] == (None, None, None)


VOTES_AND_A_NUMBER = """\
Final results of the municipal council election

Lakeside Citizens        14 208      9
Old Town Alliance         9 870      6
Harbour Greens            3 122      2
Total                    27 200     17
"""


def test_counts_with_an_unnamed_whole_number_keep_the_sure_votes_only() -> None:
    blocks = result_blocks(SourceText("t", "t.txt", VOTES_AND_A_NUMBER))
    assert [row_figures(block.table) for block in blocks] == [
        {
            "Lakeside Citizens": (Decimal(14208), None, None),
            "Old Town Alliance": (Decimal(9870), None, None),
            "Harbour Greens": (Decimal(3122), None, None),
        }
    ]  # the second column is read neither as a share nor, without a header, as seats
    wrong_total = VOTES_AND_A_NUMBER.replace("27 200", "27 300")
    assert result_blocks(SourceText("t", "t.txt", wrong_total)) == []
