"""Statements on earlier recommendations found by structure (issue 13, gen13n): a tally by
status whose recommendations are named in the sentence before ("The report made nine
recommendations. By now, four of them have been implemented, three in part and two not at
all"), while the same counts after a sentence on anything else are no tally; and a status
table (a number, the recommendation, a status column) read in an observer statement and
in a study, its bare "fully" cells included; "X has previously recommended that ..." reports
a recommendation and is no verdict (the clause after it may state one); a status column
headed "Implemented?" answered "Yes" / "Partly" / "No", while a checklist's "Yes" is no
status; a study's thesis ("I argue that ...", "the article shows that ...") is its
finding, not a verdict. Invented texts, on
states and layouts no fixture report uses."""

from __future__ import annotations

from normgraph.loaders.rdf.facts import Fact
from normgraph.loaders.scholarship.article import JournalArticleLoader
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.assessment_reading import assessments_in, statuses
from tests.loaders.fact_lookup import texts

FULLY, PARTIALLY, NOT = "fully-implemented", "partially-implemented", "not-implemented"

TALLY_AFTER = """\
I. FOLLOW-UP

The report on the 2027 elections made nine recommendations. By now, four of them have been
implemented, three in part and two not at all.
"""

NO_TALLY = """\
I. ELECTION DAY

Observers visited 300 polling stations. By noon, 120 of them were fully accessible, 90
partially and 90 not at all.
"""

STATEMENT = """\
Baltic Election Watch

PRE-ELECTION ASSESSMENT MISSION TO ESTONIA

Tallinn, February 20, 2031

STATEMENT

The delegation of Baltic Election Watch visited Estonia ahead of the parliamentary
elections of March 2, 2031.

II. FINDINGS

The campaign is calm and the election administration enjoys broad trust.

ANNEX. STATUS OF THE RECOMMENDATIONS OF THE 2027 REPORT

No.   Recommendation                                          Status
1     Regulate campaigning by third parties                   Implemented
2     Publish polling station results as open data            Not addressed
3     Shorten the deadline for election appeals               Partially implemented
"""

STUDY = """\
Journal of Baltic Electoral Studies 8(2): 77-95

Slow Uptake: Observer Recommendations in Estonia, 2019-2031

Maarja Tamm

Abstract. This article traces what became of the recommendations observers made on the
elections in Estonia between 2019 and 2031.

1. Introduction

Observers made four recommendations in 2027, and the law has changed since then.

Table 2. The recommendations of 2027 and their status in 2031 (author's coding)

No.  Year   Recommendation                                  Area        Status
1    2027   appeals decided before election day             Courts      fully
2    2027   accessible polling stations                     Admin.      partially
3    2027   open data on results                            Admin.      not implemented
"""


REPORTED = """\
I. LEGAL FRAMEWORK

The mission has previously recommended that the campaign law not be changed within a year
of an election; this recommendation has not been followed. The mission had earlier
recommended a review of the voter register.
"""


def test_a_recommendation_reported_as_made_before_states_no_verdict_of_its_own() -> None:
    found = assessments_in(REPORTED, "legal")
    assert _statuses(found) == [NOT]
    assert "has not been followed" in found[0].evidence[0].quote


def _statuses(found: list[Fact]) -> list[str]:
    return [status for row in statuses(found) for status in row]


def test_a_tally_naming_its_recommendations_the_sentence_before_gives_one_per_status() -> None:
    found = assessments_in(TALLY_AFTER, "follow-up")
    assert _statuses(found) == [FULLY, PARTIALLY, NOT]


def test_counts_after_a_sentence_on_something_else_are_no_tally() -> None:
    assert assessments_in(NO_TALLY, "election-day") == []


def _assessments(facts: list[Fact]) -> list[Fact]:
    return [fact for fact in facts if fact.kind == NG.ImplementationAssessment]


def test_a_statements_status_table_gives_one_assessment_per_row() -> None:
    extraction = StatementLoader().extract(SourceText("ee", "ee.txt", STATEMENT))
    found = _assessments(extraction.facts)
    assert _statuses(found) == [FULLY, NOT, PARTIALLY]
    assert texts(found[1], NG.text) == ["Publish polling station results as open data"]


def test_a_studys_status_table_reads_a_bare_fully_and_names_the_recommendation() -> None:
    extraction = JournalArticleLoader().extract(SourceText("study", "study.txt", STUDY))
    found = _assessments(extraction.facts)
    assert _statuses(found) == [FULLY, PARTIALLY, NOT]
    assert texts(found[0], NG.text) == ["appeals decided before election day"]


ANSWERED = STATEMENT.replace(
    """No.   Recommendation                                          Status
1     Regulate campaigning by third parties                   Implemented
2     Publish polling station results as open data            Not addressed
3     Shorten the deadline for election appeals               Partially implemented
""",
    """Recommendation of the 2027 report                        Implemented?
Regulate campaigning by third parties                    Yes
Publish polling station results as open data             No
Shorten the deadline for election appeals                Partly

Election-day checklist                                   Answer
Was the ballot box sealed?                               Yes
Were unauthorised persons present?                       No
""",
)


def test_a_status_column_answered_yes_partly_no_and_a_checklist_apart() -> None:
    extraction = StatementLoader().extract(SourceText("ee", "ee.txt", ANSWERED))
    found = _assessments(extraction.facts)
    assert _statuses(found) == [FULLY, NOT, PARTIALLY]


THESIS = """\
1. Introduction

Drawing on the reports of three missions, the article shows that recommendations on the
administration were largely implemented. I argue that recommendations on the media were
not. The recommendation to cap campaign spending has not been implemented.
"""


def test_a_studys_thesis_is_no_verdict_but_its_verdict_on_one_recommendation_is() -> None:
    found = assessments_in(THESIS, "thesis", study=True)
    assert _statuses(found) == [NOT]
    assert "cap campaign spending" in found[0].evidence[0].quote
