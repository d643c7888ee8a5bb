"""Elections named in passing in shapes no phrasing read before (issue 13, gen16a): a verb
of scheduling between the type and its full date ("is due on", "was scheduled for"), a
run of dates after one type, a chamber named by its generic noun ("elections to the
National Assembly"), an office-holder "re-elected on <date>", and a vote "held on the same
day as" the report's own. The texts are invented: other states and layouts than the
fixtures'."""

from __future__ import annotations

from normgraph.loaders.extract.election_mentions import find_mentions
from normgraph.loaders.extract.election_runs import office_elections
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText

from .fact_lookup import election_paths

When = tuple[str, int, int | None, int | None]


def _found(text: str, country: str = "ee") -> list[When]:
    return [(m.kind, m.year, m.month, m.day) for m in find_mentions(text, lambda a, b: [], country)]


def test_a_scheduled_election_is_dated_by_its_day() -> None:
    assert ("presidential", 2031, 8, 29) in _found(
        "The next presidential election was scheduled for 29 August 2031, a year later."
    )
    assert ("local", 2029, 10, 17) in _found(
        "Local elections are due on October 17, 2029, and the parties are preparing."
    )
    assert ("parliamentary", 2030, 3, 3) in _found(
        "The parliamentary elections will be held on 3 March 2030 under the new code."
    )


def test_one_type_with_a_run_of_dates_is_one_election_per_date() -> None:
    found = _found("Mayoral elections on 14 May 2023, 9 June 2027 and 11 May 2031 were calm.")
    assert [when for when in found if when[0] == "local"] == [
        ("local", 2023, 5, 14),
        ("local", 2027, 6, 9),
        ("local", 2031, 5, 11),
    ]


def test_a_second_date_weeks_later_is_a_round_not_another_election() -> None:
    found = _found("The presidential elections of 28 September 2031 and 12 October 2031 ended.")
    assert [when for when in found if when[0] == "presidential"] == [("presidential", 2031, 9, 28)]


def test_a_date_that_opens_another_election_is_not_part_of_the_run() -> None:
    found = _found("The local elections of 2 April 2028 and 4 June 2028 presidential election.")
    assert ("local", 2028, 6, 4) not in found


def test_elections_to_a_chamber_named_by_its_generic_noun_are_parliamentary() -> None:
    found = _found(
        "The mission assessed the 2027 presidential election and the 12 March 2029 elections "
        "to the National Assembly as falling short of commitments.",
        "si",
    )
    assert ("parliamentary", 2029, 3, 12) in found
    assert ("presidential", 2029, 3, 12) not in found
    assert ("parliamentary", 2026, 11, 5) in _found(
        "the November 5, 2026 elections to the Chamber of Deputies"
    )


def _offices(text: str, own: str = "parliamentary") -> list[When]:
    found = office_elections(text, lambda a, b: [], "lt", own)
    return [(m.kind, m.year, m.month, m.day) for m in found]


def test_a_president_re_elected_on_a_day_names_a_presidential_election() -> None:
    assert _offices("The President has ruled since 2004 and was re-elected on 3 May 2029.") == [
        ("presidential", 2029, 5, 3)
    ]


def test_the_incumbent_re_elected_takes_the_reports_own_type_for_each_date() -> None:
    text = "The incumbent, Dana Vilk, was re-elected in 2022 and again on August 4, 2026."
    assert _offices(text, "presidential") == [
        ("presidential", 2022, None, None),
        ("presidential", 2026, 8, 4),
    ]


def test_a_re_election_of_no_named_office_is_not_read() -> None:
    assert _offices("The chairperson of the commission was re-elected on 3 May 2029.") == []
    assert _offices("The President is elected for a five-year term by popular vote.") == []


STATEMENT = """\
NORDIC ELECTION WATCH
Preliminary statement on the parliamentary elections of 6 April 2031 in Lithuania

Vilnius, 7 April 2031

The watch deployed 40 observers across Lithuania.

BACKGROUND

The 2031 parliamentary elections were held on the same day as elections to the local
councils' assemblies. The President was last re-elected on 12 May 2029.
"""


def test_a_statement_reads_votes_on_its_own_day_and_re_elections() -> None:
    extraction = StatementLoader().extract(SourceText("lt", "lt.txt", STATEMENT))
    paths = election_paths(extraction)
    assert "lt/parliamentary/2031-04-06" in paths
    assert "lt/local/2031-04-06" in paths
    assert "lt/presidential/2029-05-12" in paths


def test_a_full_date_in_any_common_form_dates_the_election() -> None:
    for text in (
        "the parliamentary elections held on 7th February 2033",
        "the parliamentary elections of 7 Feb. 2033",
        "the Parliamentary Elections of 7 Feb 2033",
        "the parliamentary elections on Sunday, 7 February 2033",
        "the parliamentary elections of the 7th of February 2033",
    ):
        assert _found(text, "mt") == [("parliamentary", 2033, 2, 7)], text


def test_a_lower_case_month_abbreviation_is_no_date() -> None:
    assert _found("the parliamentary elections of 7 mar 2033") == []
