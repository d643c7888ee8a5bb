"""Results in final reports' annexes and tables: mixed systems, tiers, per-round annexes (the
national results once; local and repeat-election tables left out)."""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.result_blocks import result_blocks
from normgraph.loaders.odihr.result_list import add_list_results
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

from .results_support import report_fact, results_of, value_of


def _annex_facts(text: str, election: tuple[str, str]) -> tuple[Extraction, list[Fact]]:
    """The results a final report's loader reads from ``text`` (its annex, else its tables)."""
    extraction = Extraction()
    report = report_fact(extraction, election)
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
    extraction, facts = results_of(MIXED_SYSTEM, ("parliamentary", "2005-02-27"))
    assert set(facts) == {"Green Harvest Union", "Civic Dawn"}
    assert [len(found) for found in facts.values()] == [1, 1]
    union = facts["Green Harvest Union"][0]
    assert (value_of(union, NG.votes), value_of(union, NG.seats)) == (602311, 31)
    totals = [fact for fact in extraction.facts if fact.kind == NG.ElectionTotals]
    assert [value_of(fact, NG.registeredVoters) for fact in totals] == [2310455]


def test_a_text_only_final_report_falls_back_to_its_national_table() -> None:
    """A final report with no results annex: the tables in its body are read, the national
    one only."""
    _, facts = _annex_facts(MIXED_SYSTEM, ("parliamentary", "2005-02-27"))
    assert sorted(str(fact.label) for fact in facts) == ["Civic Dawn", "Green Harvest Union"]


def test_only_a_local_table_is_still_read() -> None:
    """A report whose only table is one constituency's keeps it (nothing else gives the
    results)."""
    text = MIXED_SYSTEM.split("Repeat elections", 1)[1].split("Green Harvest Union received")[0]
    _, facts = results_of("Repeat elections" + text, ("parliamentary", "2005-02-27"))
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
    seats = {str(fact.label): value_of(fact, NG.seats) for fact in facts}
    assert seats == {
        "Unity Harvest Party": 17,
        "Civic Dawn": 4,
        "Workers' Union of the Lowlands": 2,
    }
    totals = [fact for fact in extraction.facts if fact.kind == NG.ElectionTotals]
    assert [value_of(fact, NG.registeredVoters) for fact in totals] == [3120400]


ROUND_ANNEXES = (Path(__file__).parent / "report_texts" / "round_annexes.txt").read_text(
    encoding="utf-8"
)
"""An invented final report's two annexes of results, one per round, each with national
figures above its table."""


def test_national_figures_above_a_table_do_not_hide_its_round_caption() -> None:
    """Each round's annex prints its national figures between its title and its table:
    the title still names the round, so both rounds are read, each once."""
    blocks = result_blocks(SourceText("t", "t.txt", ROUND_ANNEXES))
    assert [(block.round, len(block.table.rows)) for block in blocks] == [(1, 4), (2, 2)]
    _, facts = _annex_facts(ROUND_ANNEXES, ("presidential", "2008-04-06"))
    rounds = sorted(str(value_of(fact, NG.round)).rsplit("/", 1)[-1] for fact in facts)
    assert rounds == ["1", "1", "1", "1", "2", "2"]
