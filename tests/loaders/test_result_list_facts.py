"""Result facts from results annexes laid out as lists (reports written for the tests)."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import FOAF
from rdflib.term import Node

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.odihr.result_list import add_list_results
from normgraph.loaders.odihr.results import read_annex
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText, Span
from normgraph.namespaces import NG
from tests.loaders.odihr_layouts import MODERN, OLDER

Noted = tuple[URIRef, str, str, list[Span]]


def results(text: str) -> tuple[Extraction, list[Fact], list[Noted]]:
    extraction, notes = Extraction(), []
    election = mint("election", "xx", "parliamentary", "2000-01-01")

    def note(about: URIRef, kind: str, message: str, spans: list[Span]) -> None:
        notes.append((about, kind, message, spans))

    document = parse_document(SourceText("r", "r.txt", text))
    facts = add_list_results(extraction, document, election, Actors(extraction, "xx"), note)
    return extraction, facts, notes


def values(fact: Fact) -> dict[str, object]:
    found: dict[str, object] = {}
    for predicate, term in fact.values:
        name = str(predicate).rsplit("#", 1)[-1]
        node: Node = term
        found[name] = node.toPython() if isinstance(node, Literal) else str(node)
    return found


def test_party_lists_with_votes_shares_and_seats() -> None:
    extraction, facts, notes = results(OLDER)
    rows = {str(fact.label): values(fact) for fact in facts}
    assert set(rows) == {
        "Party of National Progress",
        "Democratic Union",
        "Citizens' Movement for Justice and Equality",
    }
    progress = rows["Party of National Progress"]
    assert (progress["votes"], str(progress["voteShare"]), progress["seats"]) == (
        801442,
        "62.1",
        54,
    )
    assert all("party" in row and "candidate" not in row for row in rows.values())
    parties = {str(f.label) for f in extraction.facts if f.kind == NG.PoliticalParty}
    assert "Citizens' Movement for Justice and Equality" in parties
    # shares are of all votes (the total row is 90.1%), so they are not checked against it
    assert notes == []


def test_candidates_with_two_share_bases_sub_rows_and_totals_left_out() -> None:
    extraction, facts, notes = results(MODERN)
    rows = {str(fact.label): values(fact) for fact in facts}
    assert set(rows) == {"Olga Marenko", "Tamerlan Dusenov-Abaiuly", "Piotr Wask"}
    winner = rows["Tamerlan Dusenov-Abaiuly"]
    assert winner["votes"] == 1803777
    assert (str(winner["voteShare"]), str(winner["voteShareOfVotesCast"])) == ("63.09", "62.20")
    assert str(winner["candidate"]).endswith("/person/tamerlan-dusenov-abaiuly")
    (totals,) = [f for f in extraction.facts if f.kind == NG.ElectionTotals]
    assert values(totals)["registeredVoters"] == 4118902
    assert notes == []
    for fact in facts:
        for span in fact.evidence:
            assert MODERN[span.start : span.end] == span.quote


def test_rows_that_do_not_add_up_are_noted() -> None:
    text = (
        "I. INTRODUCTION\n\nText.\n\nANNEX: RESULTS\n\n"
        "Candidate      Votes      %\n"
        "Ann Lee        1,000   40.0\n"
        "Bo Kim         1,600   60.0\n"
        "Total          2,500  100.0\n"
    )
    _, facts, notes = results(text)
    assert len(facts) == 2
    assert sorted((str(about).rsplit("/", 1)[-1], kind) for about, kind, _, _ in notes) == [
        ("ann-lee", "sum-mismatch"),  # 2,600 against a total of 2,500; no totals fact
        ("bo-kim", "share-mismatch"),  # 1,600 of 2,500 is 64%, not 60%
    ]


def test_a_results_table_outside_any_annex_is_read_under_its_header_only() -> None:
    text = (
        "I. INTRODUCTION\n\nThe mission opened in May.\n\n"
        "II. ANNOUNCEMENT OF RESULTS\n\n"
        "Party lists won seats in proportion to their votes, and 12 parties stood in 2019.\n"
        "Turnout was reported at 45 per cent of 1,200,000 voters on 14 May.\n\n"
        "Official results of the proportional contest as published by the commission\n\n"
        "Party\tVotes\t%\tMandates\n"
        "Union of Farmers\t301,220\t55.1\t33\n"
        "Civic Hope\t245,480\t44.9\t27\n"
        "Total\t546,700\t100.0\t60\n\n"
        "The commission announced these results on 20 May, within the legal deadline of 7.\n"
    )
    _, facts, notes = results(text)
    assert sorted((str(f.label), values(f)["seats"]) for f in facts) == [
        ("Civic Hope", 27),
        ("Union of Farmers", 33),
    ]
    assert notes == []


def test_a_referendum_annex_with_one_share_base_and_an_of_whom_row() -> None:
    """A referendum's annex gives one share, of the votes cast: that is the share the
    report gives (``voteShare``); an "of whom" line under a figure is a part of it, no
    option of its own."""
    text = (
        "I. INTRODUCTION\n\nText.\n\nANNEX: REFERENDUM RESULTS\n\n"
        "Registered voters                  2,011,430\n"
        "Votes cast                           903,112\n"
        "  of whom abroad                      41,207\n\n"
        "                              Votes      % of votes cast\n"
        "YES                          610,240              67.57\n"
        "NO                           280,501              31.06\n"
        "Invalid ballots               12,371               1.37\n"
        "Total                        903,112             100.00\n"
    )
    _, facts, _ = results(text)
    rows = {str(fact.label): values(fact) for fact in facts}
    assert set(rows) == {"YES", "NO"}
    assert str(rows["YES"]["voteShare"]) == "67.57"
    assert "voteShareOfVotesCast" not in rows["YES"]


def test_a_party_or_candidate_table_with_seats_lists_parties() -> None:
    """A "Party / candidate" header names both; a table that gives seats lists parties."""
    text = (
        "I. INTRODUCTION\n\nText.\n\nANNEX: RESULTS\n\n"
        "Party / candidate              Votes       %     Seats\n"
        "Alliance for Renewal          412,880   55.01       40\n"
        "Movement for Open Towns       337,650   44.99       33\n"
        "Total                         750,530  100.00       73\n"
    )
    _, facts, _ = results(text)
    assert facts and all("party" in values(f) and "candidate" not in values(f) for f in facts)


LIST_WITH_A_NATIONAL_ROW = """\
ANNEX 2: FINAL RESULTS

Candidate\tVotes\t%
Maren Dahl (Coastal People's Alliance)\t204,116\t51.30
Erik Solvang (independent)\t193,770\t48.70
Total\t397,886\t100.00
Invalid ballots\t\t4,210
"""


def test_a_candidate_list_with_a_national_row_is_read_with_the_nominators_apart() -> None:
    extraction, facts, _ = results(LIST_WITH_A_NATIONAL_ROW)
    votes = {str(fact.label): values(fact)["votes"] for fact in facts}
    assert votes == {
        "Maren Dahl (Coastal People's Alliance)": 204116,
        "Erik Solvang (independent)": 193770,
    }
    people = {str(f.label) for f in extraction.facts if f.kind == FOAF.Person}
    assert {"Maren Dahl", "Erik Solvang"} <= people
    assert not any("(" in name for name in people)
    # its two-cell national row makes no region-by-candidate matrix of the annex
    assert read_annex(parse_document(SourceText("r", "r.txt", LIST_WITH_A_NATIONAL_ROW))) is None
