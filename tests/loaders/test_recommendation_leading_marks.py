"""Priority marked by a word that opens the item after its number ("2.  PRIORITY - The
...", "(Priority) ...", in a final report or a statement): the item is a priority, the
others of the list are not, and the marker is no part of its text. The texts are invented
(other states and bodies than the fixtures')."""

from __future__ import annotations

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import first_text, one_line
from tests.loaders.odihr_heads import final_report_head

DASHED = (
    final_report_head(
        "MONTENEGRO",
        "PARLIAMENTARY ELECTIONS",
        "9 June 2033",
        "Election Observation Mission",
        "2 October 2033",
    )
    + """\
12  RECOMMENDATIONS

These recommendations are offered to support the authorities. Priority recommendations
are those marked PRIORITY.

Election administration

1.  PRIORITY \u2013 The State Election Commission should publish all its decisions within
    one day of their adoption.

2.  Training of polling boards should include the counting procedures.

Media

3.  PRIORITY \u2013 The media regulator should act on complaints before election day.

4.  Priority should be given to the safety of journalists in the campaign.
"""
)

BRACKETED = (
    final_report_head(
        "REPUBLIC OF ICELAND",
        "PRESIDENTIAL ELECTION",
        "1 June 2036",
        "Election Expert Team",
        "20 August 2036",
        report="Report",
    )
    + """\
RECOMMENDATIONS

(a) (Priority) The law should set a deadline for the review of nominations.

(b) The National Electoral Commission should publish turnout by polling station.

(c) High priority: Voters abroad should be able to vote by post.
"""
)


def _listed(text: str, code: str) -> list[Fact]:
    extraction: Extraction = OdihrLoader().extract(SourceText(code, f"{code}.txt", text))
    return [
        fact
        for fact in extraction.facts
        if fact.kind == NG.Recommendation and first_text(fact, NG.number) is not None
    ]


def test_a_dash_marker_after_the_number_marks_the_priorities_only() -> None:
    listed = _listed(DASHED, "me")
    read = [(first_text(f, NG.number), first_text(f, NG.priority)) for f in listed]
    assert read == [("1", "true"), ("2", "false"), ("3", "true"), ("4", "false")]
    texts = [one_line(f) for f in listed]
    assert texts[0] == (
        "The State Election Commission should publish all its decisions within one day of "
        "their adoption."
    )
    assert texts[2] == "The media regulator should act on complaints before election day."
    assert texts[3].startswith("Priority should be given")  # a sentence, not a marker


def test_a_bracketed_or_worded_marker_opening_a_lettered_item() -> None:
    listed = _listed(BRACKETED, "is")
    read = [(first_text(f, NG.number), first_text(f, NG.priority)) for f in listed]
    assert read == [("a", "true"), ("b", "false"), ("c", "true")]
    texts = [one_line(f) for f in listed]
    assert texts[0] == "The law should set a deadline for the review of nominations."
    assert texts[2] == "Voters abroad should be able to vote by post."


STATEMENT = """\
Citizens for Fair Elections (CFE)

STATEMENT ON THE PRESIDENTIAL ELECTION IN MOLDOVA OF 7 APRIL 2035

Chisinau, 8 April 2035

FINDINGS

The vote was calm and well organised.

RECOMMENDATIONS

1.  Priority: Parliament should adopt rules on the use of public resources in campaigns.
2.  Polling stations should be accessible to voters with disabilities.
3.  [Priority] The courts should decide electoral appeals within three days.
"""


def test_a_statements_items_opened_by_a_priority_marker() -> None:
    extraction = StatementLoader().extract(SourceText("md", "md.txt", STATEMENT))
    listed = [f for f in extraction.facts if f.kind == NG.Recommendation]
    read = [(first_text(f, NG.number), first_text(f, NG.priority)) for f in listed]
    assert read == [("1", "true"), ("2", "false"), ("3", "true")]
    assert one_line(listed[2]) == ("The courts should decide electoral appeals within three days.")
