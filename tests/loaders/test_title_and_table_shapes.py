"""Title blocks and results tables in shapes the sixth and seventh waves showed to fail on
unseen reports: a title's date in capitals, an election line above a statement's dateline,
a list-letter column before the names, names wrapped after their figures. Texts invented
for the tests (other states, other layouts than the fixtures that showed the causes)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from rdflib import Literal

from normgraph.loaders.extract.election_mentions import find_mentions
from normgraph.loaders.extract.elections import resolve
from normgraph.loaders.extract.result_rows import read_result_rows
from normgraph.loaders.odihr.loader import report_election
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.statement.head import read_statement_head
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.case_tables import case_params
from tests.loaders.results_support import results_of, value_of
from tests.loaders.statement_heads import title_and_dateline

CAPITALS = """\
                 OFFICE FOR DEMOCRATIC INSTITUTIONS AND HUMAN RIGHTS

                           REPUBLIC OF SLOVENIA

                   EARLY PARLIAMENTARY ELECTIONS, 4 DECEMBER 2011

                    OSCE/ODIHR Election Assessment Mission Report

                              Warsaw, 2 March 2012

SUMMARY

The mission assessed the elections in Slovenia and found them well run overall.
"""


def test_a_title_dated_in_capitals_names_the_election() -> None:
    source = SourceText("si", "si.txt", CAPITALS)
    election, _, _ = report_election(source, parse_document(source))
    assert election is not None
    assert str(election.iri).endswith("/election/si/parliamentary/2011-12-04")
    assert any(p == NG.early and str(v) == "true" for p, v in election.values)


STATEMENT = """\
CIVIC MONITORING NETWORK OF THE BALTIC (CMNB)
Observation Mission to Estonia
Municipal Elections, 17 October 2021

PRELIMINARY STATEMENT

Tallinn, 18 October 2021

The mission followed the elections in all fifteen counties.
"""


def test_an_election_line_above_the_dateline_is_title_not_place() -> None:
    issued, title, dateline = title_and_dateline(STATEMENT)
    assert (issued, dateline) == (datetime.date(2021, 10, 18), "Tallinn, 18 October 2021")
    assert "Municipal Elections, 17 October 2021" in title


LETTERED = """\
Code  Party                              Votes      %       Seats
A     Rural and Coastal Union (RCU)     81,204    40.10      41
K     Green Future (GF)                 60,030    29.64      30
T     Workers and Pensioners (WP)       61,270    30.26      30
      Total                            202,504   100.00     101
"""


def test_a_list_letter_column_is_a_code_not_the_name() -> None:
    table = read_result_rows(SourceText("x", "x.txt", LETTERED), 0, len(LETTERED))
    assert [(r.name, r.acronym, r.votes.value if r.votes else None) for r in table.rows] == [
        ("Rural and Coastal Union", "RCU", Decimal(81204)),
        ("Green Future", "GF", Decimal(60030)),
        ("Workers and Pensioners", "WP", Decimal(61270)),
    ]
    assert table.rows[0].name_spans[0].quote == "Rural and Coastal Union (RCU)"


WRAPPED = """\
List                        Votes        %      Seats
National Movement         412 331     44.6       52
Freedom (NMF)
Union of Farmers          201 044     21.7       25
Cooperatives (UFC)
Others and                 18 102      2.0        -
independents
Democratic Left (DL)      293 110     31.7       37
"""


def test_a_name_wrapped_after_its_figures_ends_at_its_short_name() -> None:
    table = read_result_rows(SourceText("x", "x.txt", WRAPPED), 0, len(WRAPPED))
    assert [(r.name, r.acronym) for r in table.rows] == [
        ("National Movement Freedom", "NMF"),
        ("Union of Farmers Cooperatives", "UFC"),
        ("Democratic Left", "DL"),
    ]
    assert [r.name for r in table.others] == ["Others and"]


def _elections(text: str, country: str) -> dict[str, bool]:
    """The elections ``text`` names, resolved, with whether each was called early."""
    source = SourceText("t", "t.txt", text)
    mentions = find_mentions(text, lambda a, b: [source.span(a, b)], country)
    resolved = resolve(Extraction(), mentions)
    return {
        str(found.fact.iri).split("/election/", 1)[1]: (NG.early, Literal(True))
        in found.fact.values
        for found in resolved.values()
    }


@pytest.mark.parametrize(
    ("text", "country", "elections"),
    case_params("election_types_and_early", "text", "state", "elections"),
)
def test_election_types_and_the_early_flag(
    text: str, country: str, elections: dict[str, bool]
) -> None:
    assert _elections(text, country) == elections


FOOTED = """\
Malta 2031 \u2013 Needs Assessment
                     3

Registered electors                   341,200
Electors on the final list            339,870

Party                      Votes       %      Seats
Labour Renewal            150,112    52.10     35
Civic Forum               137,990    47.90     32

                                                   Malta 2031 \u2013 Needs Assessment
                                 4

Malta 2031 \u2013 Needs Assessment
                     5
                                      Final Report, 7 May 2031          \u2013 6 \u2013
"""


def test_running_footers_and_electors_lines_are_no_contestants() -> None:
    table = read_result_rows(SourceText("x", "x.txt", FOOTED), 0, len(FOOTED))
    assert [r.name for r in table.rows] == ["Labour Renewal", "Civic Forum"]
    registered = table.national["registeredVoters"]
    assert registered.value == Decimal(341200)


TWO_BALLOTS = """\
ANNEX: FINAL RESULTS

Party                  Constituency votes     %     List votes      %     Seats
Forward Union                401,220       41.0      388,410     39.5      61
Farmers' Accord              299,870       30.6      310,002     31.5      45
Homeland League              278,004       28.4      285,115     29.0      35
Total                        979,094      100.0      983,527    100.0     141
"""


def test_two_ballots_of_one_round_give_the_seated_group() -> None:
    extraction, facts = results_of(TWO_BALLOTS, ("parliamentary", "2028-10-08"))
    accord = facts["Farmers' Accord"]
    assert [(value_of(f, NG.votes), value_of(f, NG.seats)) for f in accord] == [(310002, 45)]
    assert value_of(accord[0], NG.round) is None
    assert not [f for f in extraction.facts if f.kind == NG.ElectionRound]


MASTHEAD = """\
VIGILANCIA ELECTORAL CIUDADANA
Citizens' Election Watch (CEW)
Avenida del Puerto 3, Montevideo

MUNICIPAL ELECTIONS OF 12 MAY 2030

PRELIMINARY STATEMENT

Montevideo, 13 May 2030

The municipal elections were calm.
"""


def test_an_issuer_under_a_masthead_in_another_language() -> None:
    head = read_statement_head(SourceText("uy", "uy.txt", MASTHEAD))
    assert [(c.name, c.short_name) for c in head.creators] == [("Citizens' Election Watch", "CEW")]
    assert head.creators[0].span is not None
    assert head.creators[0].span.quote == "Citizens' Election Watch (CEW)"
    assert head.issued == datetime.date(2030, 5, 13)
