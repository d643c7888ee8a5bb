"""Results tables as PDF conversion leaves them (invented tables, no real report's text)."""

from __future__ import annotations

from decimal import Decimal

from normgraph.loaders.extract.result_rows import ResultTable, read_result_rows
from normgraph.loaders.text.source import SourceText

THIN = "\u2009"

CANDIDATES = f"""\
ANNEX: FINAL RESULTS

Number of voters on the voter lists      4{THIN}118{THIN}902
Number of voters who took part           2{THIN}907{THIN}554
Number of invalid ballots                   41{THIN}220
Voter turnout                               70,62 %

Candidate                   Votes received   % of valid votes   % of votes cast
Olga Marenko                   612{THIN}004          21,41            21,05
Tamerlan Dusenov-
Abaiuly                      1{THIN}803{THIN}777          63,09            62,20
Piotr Wask                     443{THIN}553          15,50            15,27
Total                        2{THIN}859{THIN}334         100,00            98,52
"""

PARTIES = """\
Party / electoral bloc          Votes        %      Seats
Civic Renewal Party           98'421     31.2       22
Alliance for Villages and
Mountain Regions              61'877     19.6       14
Bloc "New Horizon"           120'003     38.1       27
 - Green Dawn                  70'120     22.3       16
 - Workers' Voice              49'883     15.8       11
People's Labour Union of the  34'998     11.1        7
  southern districts
Total                        315'299    100.0       70
"""


def read(text: str) -> ResultTable:
    return read_result_rows(SourceText("t", "t.txt", text), 0, len(text))


def by_name(table: ResultTable) -> dict[str, tuple[Decimal | None, list[Decimal], Decimal | None]]:
    return {
        row.name: (
            row.votes.value if row.votes else None,
            [cell.value for _, cell in row.shares],
            row.seats.value if row.seats else None,
        )
        for row in table.rows
    }


def test_candidates_in_any_order_with_thin_space_groups_and_two_share_bases() -> None:
    table = read(CANDIDATES)
    assert by_name(table) == {
        "Olga Marenko": (Decimal(612004), [Decimal("21.41"), Decimal("21.05")], None),
        "Tamerlan Dusenov-Abaiuly": (
            Decimal(1803777),
            [Decimal("63.09"), Decimal("62.20")],
            None,
        ),
        "Piotr Wask": (Decimal(443553), [Decimal("15.50"), Decimal("15.27")], None),
    }
    winner = next(row for row in table.rows if row.votes and row.votes.value > 1_000_000)
    assert [base for base, _ in winner.shares] == ["valid", "cast"]
    assert winner.share is not None and winner.share.value == Decimal("63.09")


def test_total_rows_are_checks_not_contestants() -> None:
    table = read(CANDIDATES)
    assert "Total" not in by_name(table)
    (total,) = table.totals
    assert total.votes is not None and total.votes.value == sum(
        row.votes.value for row in table.rows if row.votes
    )


def test_national_figures_are_read_by_their_labels() -> None:
    national = read(CANDIDATES).national
    assert {key: str(cell.value) for key, cell in national.items()} == {
        "registeredVoters": "4118902",
        "votersParticipated": "2907554",
        "invalidVotes": "41220",
        "turnout": "70.62",
    }


def test_party_lists_with_seats_apostrophe_groups_wrapped_names_and_sub_rows() -> None:
    table = read(PARTIES)
    rows = by_name(table)
    assert rows["Civic Renewal Party"] == (Decimal(98421), [Decimal("31.2")], Decimal(22))
    assert rows["Alliance for Villages and Mountain Regions"][2] == Decimal(14)
    assert rows["People's Labour Union of the southern districts"][0] == Decimal(34998)
    assert rows['Bloc "New Horizon"'][0] == Decimal(120003)
    assert len(rows) == 4
    assert sorted((row.name, row.parent) for row in table.sub_rows) == [
        ("Green Dawn", 'Bloc "New Horizon"'),
        ("Workers' Voice", 'Bloc "New Horizon"'),
    ]
    assert sum(seats for _, _, seats in rows.values() if seats) == 70


def test_every_figure_keeps_its_exact_span() -> None:
    source = SourceText("t", "t.txt", PARTIES)
    table = read_result_rows(source, 0, len(PARTIES))
    for row in table.rows:
        for span in row.spans:
            assert source.text[span.start : span.end] == span.quote
    wrapped = next(row for row in table.rows if row.name.startswith("Alliance"))
    assert [span.quote for span in wrapped.name_spans] == [
        "Alliance for Villages and",
        "Mountain Regions",
    ]


def test_dot_groups_with_decimal_commas_and_single_space_columns() -> None:
    table = read(
        "Candidate Votes %\nA. Bern 1.204.331 48,2\nC. Dahl 12.004 0,5\nTotal 1.216.335 48,7\n"
    )
    assert by_name(table) == {
        "A. Bern": (Decimal(1204331), [Decimal("48.2")], None),
        "C. Dahl": (Decimal(12004), [Decimal("0.5")], None),
    }


def test_a_malformed_figure_is_read_and_its_problem_named() -> None:
    table = read("Candidate\tVotes\t%\nA. Bern\t1,6970\t0.21\nC. Dahl\t9,807\t0.12\n")
    bern = next(row for row in table.rows if row.name == "A. Bern")
    assert bern.votes is not None
    assert bern.votes.value == Decimal(16970)
    assert bern.votes.problem == "misplaced thousands separator"


LUMPED_ROWS = """\
List\tVotes\t%\tSeats
Coalition for the Coast\t51 204\t40.1\t21
\tSeaside Party\t30 100\t23.6\t12
\tHarbour Greens\t21 104\t16.5\t9
Inland Union\t40 998\t32.1\t17
Votes for other parties\t35 512\t27.8\t0
Parties below the threshold\t1 200\t0.9\t0
Blank ballots\t2 113\t\t
Total\t127 714\t100\t38
"""


def test_lumped_rows_blank_ballots_and_tab_indented_members() -> None:
    table = read(LUMPED_ROWS)
    assert [row.name for row in table.rows] == ["Coalition for the Coast", "Inland Union"]
    assert [row.name for row in table.sub_rows] == ["Seaside Party", "Harbour Greens"]
    assert {row.parent for row in table.sub_rows} == {"Coalition for the Coast"}
    assert [row.name for row in table.others] == [
        "Votes for other parties",
        "Parties below the threshold",
    ]


BALLOT_COUNTS = """\
Candidate          Number of votes   % of votes
Ana Lupu           1204331           48.2
Ion Rusu           1295000           51.8
Against all        0                 0.0
Independent candidates  12000     0.4
Void ballots       20111
Eligible voters    3000000
Ballot papers issued  2600000
Valid ballot papers   2499331
"""


def test_counts_of_ballots_and_voters_and_votes_against_all_are_no_contestants() -> None:
    table = read(BALLOT_COUNTS)
    assert sorted(by_name(table)) == ["Ana Lupu", "Ion Rusu"]
    assert by_name(table)["Ana Lupu"] == (Decimal(1204331), [Decimal("48.2")], None)
    assert [row.name for row in table.others] == ["Against all", "Independent candidates"]
    assert {key: cell.value for key, cell in table.national.items()} == {
        "invalidVotes": 20111,
        "registeredVoters": 3000000,
        "validVotes": 2499331,
    }


def test_a_column_of_whole_shares_is_not_read_as_votes() -> None:
    """Shares printed without decimals and without a header naming them: whole numbers
    at most 100 that add up to 100 are the shares, the figure after them the seats."""
    table = read("North Union    48    31\nCivic Dawn     40    20\nRiver List     12     3\n")
    assert by_name(table)["North Union"] == (None, [Decimal(48)], Decimal(31))
    assert all(row.votes is None for row in table.rows)


def test_a_caption_ending_in_a_date_is_no_row_and_a_seats_caption_starts_seat_counts() -> None:
    """A mixed system's annex: the list tier's votes under a dated caption, then the
    majoritarian seats won, a headerless table under a caption that names seats alone.
    Neither caption is a contestant (its day and year are no votes), and the seat counts
    are no votes. The independents' row is a contestant where the table counts seats."""
    table = read(
        "Proportional tier (national lists), 3 October 2010\n"
        "\n"
        "List                         Votes        %     Seats\n"
        "Valley Farmers' Union       412 880    55.01       40\n"
        "Movement for Open Towns     337 650    44.99       33\n"
        "Total                       750 530   100.00       73\n"
        "\n"
        "Single-member districts (27 seats), after the runoffs of 17 October 2010\n"
        "\n"
        "VFU                      19\n"
        "MOT                       6\n"
        "Independents              2\n"
        "Total                    27\n"
    )
    rows = by_name(table)
    assert rows["Valley Farmers' Union"] == (Decimal(412880), [Decimal("55.01")], Decimal(40))
    assert rows["Movement for Open Towns"] == (Decimal(337650), [Decimal("44.99")], Decimal(33))
    assert rows["VFU"] == (None, [], Decimal(19))
    assert rows["MOT"] == (None, [], Decimal(6))
    assert not any("tier" in name or "districts" in name for name in rows)
    # independents win seats as a group beside the parties: a contestant of a seats table
    assert rows["Independents"] == (None, [], Decimal(2))
    assert table.others == []
    assert [row.votes is None for row in table.totals] == [False, True]


def test_a_blank_line_and_a_name_wrapped_over_it_keep_the_header_columns() -> None:
    """A caption naming votes does not reset the columns: only one naming seats alone
    does, so a long name after a blank line still reads as a contestant with votes."""
    table = read(
        "Party                     Votes      %\n"
        "\n"
        "Union of Labour and\n"
        "Mountain Regions          61 877   60.0\n"
        "\n"
        "Civic Renewal             41 251   40.0\n"
    )
    assert by_name(table)["Union of Labour and Mountain Regions"][0] == Decimal(61877)
    assert by_name(table)["Civic Renewal"] == (Decimal(41251), [Decimal("40.0")], None)


def test_ballot_numbers_before_names_and_independents_in_a_seats_table() -> None:
    """A party-list table that prints each list's ballot number in a column of its own, and
    the independent candidates' row with their seats: the numbers are not part of the
    names, the independents are a contestant, the other parties a lump."""
    table = read(
        "No.  List                         Votes        %    Seats\n"
        "1    Union for Progress          1204331    48,20      61\n"
        "12   Farmers' Alliance            796112    31,86      40\n"
        "     Independent candidates       310000    12,41       9\n"
        "     Other lists (5)              188200     7,53       -\n"
        "     Total                       2498643   100,00     110\n"
    )
    rows = by_name(table)
    assert sorted(rows) == ["Farmers' Alliance", "Independent candidates", "Union for Progress"]
    assert rows["Union for Progress"] == (Decimal(1204331), [Decimal("48.20")], Decimal(61))
    assert rows["Independent candidates"] == (Decimal(310000), [Decimal("12.41")], Decimal(9))
    assert [row.name for row in table.others] == ["Other lists (5)"]


def test_independents_without_seats_lump_and_a_page_footer_is_no_row() -> None:
    table = read(
        "List                         Votes        %    Seats\n"
        "Union for Progress          1204331    48.20      61\n"
        "Independent candidates (6)    10000     0.40       0\n"
        "Republic of Ruritania, Parliamentary Elections, 2 May 2031     Page: 12\n"
        "Total                       1214331   100.00      61\n"
    )
    assert sorted(by_name(table)) == ["Union for Progress"]
    assert [row.name for row in table.others] == ["Independent candidates (6)"]


HOME_AND_ABROAD = """\
Candidate\tVotes cast at home\tVotes by post\tTotal votes\t% of valid votes
Maren Dahl (Coastal People's\t201,004\t3,112\t204,116\t51.30
Alliance)
Erik Solvang\t190,771\t2,999\t193,770\t48.70
Total valid votes\t391,775\t6,111\t397,886\t100.00
"""


def test_votes_columns_a_total_column_adds_up_are_parts_not_the_votes() -> None:
    table = read(HOME_AND_ABROAD)
    rows = {row.name: row for row in table.rows}
    assert set(rows) == {"Maren Dahl (Coastal People's Alliance)", "Erik Solvang"}
    dahl = rows["Maren Dahl (Coastal People's Alliance)"]
    assert dahl.votes is not None and dahl.votes.value == Decimal(204116)
    assert [(base, cell.value) for base, cell in dahl.shares] == [("valid", Decimal("51.30"))]
    assert dahl.seats is None
    assert [row.votes.value for row in table.totals if row.votes] == [Decimal(397886)]


CHANGE_COLUMN = """\
Table 3. Elections to the Chamber of Deputies: votes and seats by list

List                          Votes         Share of     Seats     +/-
                                            valid votes
Union for the Regions        218 907          41.7          38      +6
Citizens' Movement           160 442          30.6          27      -4
Agrarian League               71 023          13.5          11      \u22122
Workers' List of the North     44 880           8.6           7       0
and the Islands
Other lists                   29 311           5.6           0
Total                        524 563         100.0          83

Voting-age population (estimate)              910 400
Turnout (% of the voting-age population)          57.6
"""


def test_a_change_column_a_wrapped_header_and_a_population_line_are_no_row_of_a_list() -> None:
    table = read(CHANGE_COLUMN)
    rows = by_name(table)
    assert rows == {
        "Union for the Regions": (Decimal(218907), [Decimal("41.7")], Decimal(38)),
        "Citizens' Movement": (Decimal(160442), [Decimal("30.6")], Decimal(27)),
        "Agrarian League": (Decimal(71023), [Decimal("13.5")], Decimal(11)),
        "Workers' List of the North and the Islands": (
            Decimal(44880),
            [Decimal("8.6")],
            Decimal(7),
        ),
    }
    assert sum(seats for _, _, seats in rows.values() if seats) + 0 == 83
    assert [row.name for row in table.others] == ["Other lists"]


BRACKETED_SHARES = """\
Party                                  Votes received               Seats
Agrarian Union                         310,771 (44.5%)                 33
Green Future                            79,897 (11.4%)                  9
Coast and Islands                      307,908 (44.1%)                 33
"""


def test_a_share_in_brackets_after_the_votes_is_the_share() -> None:
    assert by_name(read(BRACKETED_SHARES)) == {
        "Agrarian Union": (Decimal(310771), [Decimal("44.5")], Decimal(33)),
        "Green Future": (Decimal(79897), [Decimal("11.4")], Decimal(9)),
        "Coast and Islands": (Decimal(307908), [Decimal("44.1")], Decimal(33)),
    }


def test_a_sentence_ending_in_a_figure_is_no_row() -> None:
    text = (
        "According to the final results published by the commission, turnout reached 61 per\n"
        "cent and the largest list, the Agrarian Union, received a total of 310,771\n"
        "votes in the whole country.\n\n" + BRACKETED_SHARES
    )
    assert sorted(by_name(read(text))) == ["Agrarian Union", "Coast and Islands", "Green Future"]


MARKDOWN_TABLE = """\
| List | Votes | % | Seats |
|:-----|------:|--:|------:|
| Agrarian Union | 310 771 | 44.5 | 33 |
| Green Future | 79 897 | 11.4 | 9 |
| Total | 390 668 | 55.9 | 42 |
"""


def test_a_markdown_table_from_a_converted_pdf() -> None:
    source = SourceText("t", "t.txt", MARKDOWN_TABLE)
    table = read_result_rows(source, 0, len(MARKDOWN_TABLE))
    assert by_name(table) == {
        "Agrarian Union": (Decimal(310771), [Decimal("44.5")], Decimal(33)),
        "Green Future": (Decimal(79897), [Decimal("11.4")], Decimal(9)),
    }
    assert sorted(span.quote for span in table.rows[0].spans) == [
        "310 771",
        "33",
        "44.5",
        "Agrarian Union",
    ]
