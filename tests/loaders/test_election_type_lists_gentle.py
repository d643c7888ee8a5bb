"""Elections of several types named together and dated once (issue 13, gen15a): a
subnational type among them ("provincial"), words between the list and its date ("already
called for", "originally scheduled for"), and a statement whose title names such a list is
about each of its elections, not the first alone. The texts are invented: other states and
layouts than the fixtures'."""

from __future__ import annotations

from normgraph.loaders.extract.election_phrasings import type_pattern
from normgraph.loaders.extract.election_type_lists import listed_mentions
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText

from .fact_lookup import election_paths


def _kinds(text: str) -> list[tuple[str | None, int, int | None, int | None]]:
    found = listed_mentions(text, lambda start, end: [], "hr", type_pattern())
    return [(m.kind, m.year, m.month, m.day) for _, _, m in found]


def test_a_provincial_election_in_a_list_is_a_local_one() -> None:
    assert _kinds("the presidential, provincial and municipal elections of 4 June 2034") == [
        ("presidential", 2034, 6, 4),
        ("local", 2034, 6, 4),
    ]


def test_words_between_the_list_and_its_date() -> None:
    text = "to be held with the parliamentary and local elections already called for 2 May 2032."
    assert _kinds(text) == [("parliamentary", 2032, 5, 2), ("local", 2032, 5, 2)]
    later = "the parliamentary and regional elections originally scheduled for 8 March 2031"
    assert _kinds(later) == [("parliamentary", 2031, 3, 8), ("local", 2031, 3, 8)]


def test_a_list_dated_by_no_day_gives_nothing() -> None:
    assert _kinds("the parliamentary and local elections called in 2032 were postponed") == []


STATEMENT = """\
CROATIAN CITIZENS' ELECTION MONITOR
Preliminary statement on the parliamentary, county and local elections of 11 May 2031

Zagreb, 12 May 2031

The monitor deployed 900 observers in all 21 counties of Croatia on election day.

ELECTION DAY

Voting was orderly. The parliamentary elections of 2027 had been held on a different day
from the local ones.
"""


def test_a_statement_titled_on_several_types_of_one_day_is_about_each() -> None:
    extraction = StatementLoader().extract(SourceText("hr", "hr.txt", STATEMENT))
    paths = election_paths(extraction)
    assert "hr/parliamentary/2031-05-11" in paths
    assert "hr/local/2031-05-11" in paths
