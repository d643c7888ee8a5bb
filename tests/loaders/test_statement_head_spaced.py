"""A statement head read from whatever it holds (issue 13, gen17a): the issuer in
letter-spaced capitals ("N O R D I C   V O T E   I N S T I T U T E"), a dateline closed by a
full stop that runs into the opening ("Reykjavik, 3 June 2031. This statement ..."), a
title naming a type and a body elected the same day in no phrasing the mention readers
know ("Presidential Election and Elections to Municipal Councils, 1 June 2031"); and in
its body results given share first ("X received 41.2 per cent (52 118 votes), those of Y
...") under a seats-only table that gives no votes. Invented texts: other states and
layouts than the fixtures'."""

from __future__ import annotations

import datetime

import pytest

from normgraph.loaders.extract.election_titles import title_mentions
from normgraph.loaders.extract.head import unspaced
from normgraph.loaders.extract.text_results import text_results
from normgraph.loaders.statement.head import read_statement_head
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import texts

STATEMENT = """\
N O R D I C   V O T E   I N S T I T U T E
          O B S E R V A T I O N   M I S S I O N
                    Republic of Iceland

      Presidential Election and Elections to Municipal
               Councils, 1 June 2031


      STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS


Reykjavik, 2 June 2031. This statement of preliminary findings is issued by the Nordic
Vote Institute mission, deployed on 2 May 2031.

Results

The national electoral board announced the votes received by the candidates of each list
nationwide. The candidates of the Harbour Alliance received 41.2 per cent (52 118 votes),
those of the Fjord Party 33.0 per cent (41 746 votes) and those of Green Iceland 25.8 per
cent (32 638 votes).

Seats won, by list (preliminary)

   List                          Seats      Councils to repeat voting
   Harbour Alliance                 21                  3
   Fjord Party                      17                  2
   Green Iceland                    12                  1
   Total                            50                  6
"""


def test_a_letter_spaced_issuer_and_a_dateline_closed_by_a_full_stop() -> None:
    head = read_statement_head(SourceText("is", "is.txt", STATEMENT))
    assert [(c.name, c.short_name) for c in head.creators] == [("Nordic Vote Institute", "NVI")]
    assert head.issued == datetime.date(2031, 6, 2)
    assert head.title is not None and head.title.startswith("Nordic Vote Institute Observation")


@pytest.mark.parametrize(
    ("spaced", "words"),
    [
        ("N O R D I C   V O T E", "NORDIC VOTE"),
        ("  E L E C T I O N   D A Y  ", "ELECTION DAY"),
        ("A B C", "A B C"),  # initials, no letter spacing
        ("Nordic Vote Institute", "Nordic Vote Institute"),
    ],
)
def test_letter_spacing_is_undone_only_where_every_word_is_spaced(spaced: str, words: str) -> None:
    assert unspaced(spaced).strip() == words


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Presidential Election and Elections to Municipal\nCouncils, 1 June 2031",
            [("presidential", 2031, 6, 1), ("local", 2031, 6, 1)],
        ),
        ("14 March 2032 - Elections to the Regional Councils", [("local", 2032, 3, 14)]),
        ("LOCAL AND PARLIAMENTARY\nELECTIONS\n5 May 2031", [("local", 2031, 5, 5),
                                                          ("parliamentary", 2031, 5, 5)]),
        ("Parliamentary Elections, 5 May 2031 and 19 May 2031", []),  # two days: not here
        ("Annual Report of the Regional Council, 5 May 2031", []),  # no vote named
    ],
)  # fmt: skip
def test_a_title_names_each_type_it_holds_on_its_one_date(
    title: str, expected: list[tuple[str, int, int, int]]
) -> None:
    found = title_mentions(title, lambda start, end: [], "is")
    assert [(m.kind, m.year, m.month, m.day) for m in found] == expected
    assert all(m.authoritative for m in found)


def test_the_statement_is_about_both_elections_of_its_title() -> None:
    extraction = StatementLoader().extract(SourceText("is", "is.txt", STATEMENT))
    elections = sorted(str(f.iri) for f in extraction.facts if f.kind == NG.Election)
    assert any(iri.endswith("/is/presidential/2031-06-01") for iri in elections)
    assert any(iri.endswith("/is/local/2031-06-01") for iri in elections)


def test_share_first_results_with_those_of_and_a_seats_table_that_gives_no_votes() -> None:
    stated = text_results(SourceText("is", "is.txt", STATEMENT))
    assert [(r.name, r.votes, str(r.share)) for r in stated] == [
        ("Harbour Alliance", 52118, "41.2"),
        ("Fjord Party", 41746, "33.0"),
        ("Green Iceland", 32638, "25.8"),
    ]
    extraction = StatementLoader().extract(SourceText("is", "is.txt", STATEMENT))
    results = [f for f in extraction.facts if str(f.kind).endswith("Result")]
    votes = sorted(int(texts(f, NG.votes)[0]) for f in results)
    assert votes == [32638, 41746, 52118]  # the seats (21, 17, 12) are no votes
    assert not any("round-2" in str(f.iri) for f in results)
