"""A study that prints an election's results table: its rows are read as results, filed
under the election the caption dates, with the name column apart from the nominating
party's column (invented text on another state)."""

from __future__ import annotations

from decimal import Decimal

from normgraph.loaders.scholarship.article import JournalArticleLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import facts, value

ARTICLE = """Journal of Nordic Electoral Studies 12(3): 201-219

          Quiet Contests: The 2016 Presidential Election in Iceland and Its Observers

                                   Freya Lund

Abstract. This article reads the presidential election of 25 June 2016 in Iceland and the
recommendations observers made about it, drawing on reports and interviews.


1  The election

Nine candidates stood in the presidential election of 25 June 2016. The campaign was calm
and the count was transparent, and observers made only a few recommendations about the
financing of campaigns.

Table 1. Official results of the presidential election of 25 June 2016

Candidate              Nominated by                          Votes          %
Gudrun Olafsdottir     Citizens' Movement for a New          71,356      39.08
                       Constitution
Einar Jonsson          Independence League                   50,995      27.93
Sigrid Halldorsdottir  Independent                           60,229      32.99
Total valid votes                                           182,580     100.00

The winner took office on 1 August 2016.
"""


def test_a_studys_results_table_gives_results_with_names_apart_from_the_party_column() -> None:
    source = SourceText("study", "study.txt", ARTICLE)
    extraction = JournalArticleLoader().extract(source)
    results = [fact for fact in extraction.facts if value(fact, NG.votes) is not None]
    by_votes = {Decimal(str(value(fact, NG.votes))): fact for fact in results}
    assert set(by_votes) == {Decimal(71356), Decimal(50995), Decimal(60229)}
    first = by_votes[Decimal(71356)]
    assert "Gudrun Olafsdottir" in first.evidence[0].quote
    assert all("Constitution" not in (fact.label or "") for fact in results)
    assert all("Independence League" not in (fact.label or "") for fact in results)
    elections = facts(extraction, NG.Election)
    assert len(elections) >= 1
