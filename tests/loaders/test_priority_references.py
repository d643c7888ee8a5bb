"""Priorities named by reference, and reported views that are no recommendation: a summary
that points at the final list by number ("recommendations 2 and 4 ... priorities") marks
those as priorities, but not when it speaks of an earlier report's; a body's "may wish to
consider" restates a list item, an interlocutor's "argued that ... should" does not.
Invented texts, on states and wordings no fixture uses."""

from __future__ import annotations

from normgraph.loaders.odihr.body_recommendations import find_body_recommendations
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import first_text

FINAL = """\
Office for Democratic Institutions and Human Rights

PRINCIPALITY OF MONACO

NATIONAL COUNCIL ELECTIONS
5 February 2034

ODIHR Needs Assessment Mission Report

Warsaw
20 April 2034

1. SUMMARY

The elections were well administered and enjoyed broad public trust. Priority
recommendation 1 of the 2029 report, on the deposit, remains unaddressed. ODIHR
considers recommendations 2 and 4 below to be priorities for the next elections.

2. CANDIDATES

Lists must pay a deposit that few new groups can afford. Several interlocutors argued
that the deposit for candidate lists should be abolished.

3. POLLING

Voters with disabilities found few accessible polling places. The authorities may wish
to consider making every polling place accessible to voters with disabilities.

4. RECOMMENDATIONS

1. The deposit for candidate lists should be abolished.
2. The National Council should adopt rules on campaign finance for lists.
3. Every polling place should be made accessible to voters with disabilities.
4. The Government should publish results by polling place.
5. Observers should be accredited by law.
"""

STATEMENT = """\
CITIZENS FOR OPEN ELECTIONS
Election Observation Mission to the Republic of San Marino

General Elections, 8 June 2031

STATEMENT OF PRELIMINARY FINDINGS

San Marino, 9 June 2031

SUMMARY

Voting was calm and orderly. The mission regards recommendations 1 to 2 as the most
urgent of those below.

RECOMMENDATIONS

1. The Great and General Council should regulate the financing of campaigns.
2. The Electoral Commission should publish the minutes of its sessions.
3. Polling staff should receive training before each election.
"""


def _recommendations(extraction: Extraction) -> list[Fact]:
    return [fact for fact in extraction.facts if fact.kind == NG.Recommendation]


def _priorities(found: list[Fact]) -> dict[str, str | None]:
    return {
        number: first_text(fact, NG.priority)
        for fact in found
        if (number := first_text(fact, NG.number)) is not None
    }


def test_a_summary_naming_recommendations_by_number_marks_them_priorities() -> None:
    found = _recommendations(OdihrLoader().extract(SourceText("mc", "mc.txt", FINAL)))
    assert _priorities(found) == {
        "1": "false",  # the 2029 report's priority, not this one's
        "2": "true",
        "3": "false",
        "4": "true",
        "5": "false",
    }


def test_a_statement_naming_a_range_of_recommendations_marks_them_priorities() -> None:
    found = _recommendations(StatementLoader().extract(SourceText("sm", "sm.txt", STATEMENT)))
    assert _priorities(found) == {"1": "true", "2": "true", "3": "false"}


def test_may_wish_to_consider_restates_but_an_interlocutors_view_does_not() -> None:
    document = parse_document(SourceText("mc", "mc.txt", FINAL))
    final = {
        "1": "The deposit for candidate lists should be abolished.",
        "3": "Every polling place should be made accessible to voters with disabilities.",
    }
    skip = document.find_sections("RECOMMENDATIONS")
    found = find_body_recommendations(document, final, skip)
    assert [(" ".join(item.text.split()), item.restates) for item in found] == [
        (
            "The authorities may wish to consider making every polling place accessible "
            "to voters with disabilities.",
            "3",
        )
    ]
