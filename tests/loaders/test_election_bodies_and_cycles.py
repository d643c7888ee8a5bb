"""Elections a report is about though its text names them in a shape the election readers
did not know (issue 13, gen14a): a same-day election named only by the bodies it fills
("held simultaneously with those to the district councils"), and in a statement an earlier
cycle dated without its type ("the previous elections, on 14 May 2026"), which is the
cycle of the body the title names first. A later date without a type, and a dated
"simultaneously" sentence of another year, add none. Invented texts on real ISO codes."""

from __future__ import annotations

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from tests.loaders.odihr_heads import final_report_head

from .fact_lookup import election_paths

FINAL = (
    final_report_head(
        "REPUBLIC OF KAZAKHSTAN",
        "PRESIDENTIAL ELECTION",
        "9 June 2030",
        "Election Observation Mission",
        "2 September 2030",
    )
    + """\
I. EXECUTIVE SUMMARY

ODIHR deployed an Election Observation Mission to observe the 9 June 2030 presidential
election. The vote was held concurrently with the ones for the district and city councils
(maslikhats) in all regions.

In 2021, the elections to the regional councils were held simultaneously with a referendum
on the constitution.
"""
)

DATED = (
    final_report_head(
        "REPUBLIC OF ALBANIA",
        "PARLIAMENTARY ELECTIONS",
        "14 April 2030",
        "Election Observation Mission",
        "30 July 2030",
    )
    + """\
I. EXECUTIVE SUMMARY

The 14 April 2030 parliamentary elections were held on the same day as the elections for the
municipal councils and mayors.
"""
)

STATEMENT = """\
MOLDOVAN CIVIC MONITORS (MCM)

PRELIMINARY STATEMENT
on the parliamentary and local elections of 5 October 2031

Chisinau, 6 October 2031

The parliamentary elections of 5 October 2031 were held together with local elections in
nine districts.

Context

These were the third parliamentary elections since 2020. The previous elections, on
14 May 2026, were boycotted by part of the opposition. The next elections, on 2 May 2036,
will be held under the new code.
"""


def test_a_same_day_election_named_by_the_bodies_it_fills() -> None:
    paths = election_paths(OdihrLoader().extract(SourceText("kz", "kz.txt", FINAL)))
    assert "kz/local/2030-06-09" in paths
    assert not any(path.startswith("kz/local/2021") for path in paths)


def test_a_dated_sentence_names_the_same_day_election_by_its_bodies() -> None:
    paths = election_paths(OdihrLoader().extract(SourceText("al", "al.txt", DATED)))
    assert "al/local/2030-04-14" in paths


def test_an_earlier_cycle_dated_without_its_type_is_the_first_named_bodys() -> None:
    paths = election_paths(StatementLoader().extract(SourceText("md", "md.txt", STATEMENT)))
    assert "md/parliamentary/2026-05-14" in paths
    assert not any("2026" in path and not path.startswith("md/parliamentary") for path in paths)
    assert not any("2036" in path for path in paths)
