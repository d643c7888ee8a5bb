"""Statements on earlier recommendations that degrade gently (issue 13, gen14c): a list whose
items are "<ask>: <status>" under a lead-in naming earlier recommendations, or in a section
reviewing them, is one assessment per item (the ask its text), whatever the bullet; a
section heading "N / TITLE" is a heading; a footnote number glued to a sentence's stop ends
the sentence, so two verdicts and a tally in one paragraph stay apart. Invented texts, on
states and layouts no fixture report uses."""

from __future__ import annotations

from normgraph.loaders.rdf.facts import Fact
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.assessment_reading import assessments_in, statuses
from tests.loaders.fact_lookup import texts

FULLY, PARTIALLY, NOT = "fully-implemented", "partially-implemented", "not-implemented"

LEAD_IN = """\
II. CAMPAIGN

The campaign was calm.

Of the recommendations our network made after the 2029 local elections:

  * regulation of third-party campaigning:  not implemented;
  * a public register of campaign donations:  partially implemented (the register
    covers parties only);
  * live streaming of the sessions of the national commission:  implemented.
"""

SLASHED = """\
Slovak Election Monitors

PRELIMINARY STATEMENT

Bratislava, 3 March 2031

1 / SUMMARY

The elections were calm and well administered.

2 / FOLLOW-UP OF EARLIER RECOMMENDATIONS

  -- a deadline for deciding complaints on election day:  fully implemented
  -- observer access to the tabulation of results:  not implemented
  -- Status: pending
"""

NOT_A_REVIEW = """\
III. ELECTION DAY

Observers noted the following shortcomings in the polling stations they visited:

  * the secrecy of the vote in small polling stations:  not ensured;
  * the rules on assisted voting for blind voters:  not implemented in most places.
"""

GLUED = """\
IV. LEGAL FRAMEWORK

The 2028 recommendation to shorten the deadlines for appeals has not been implemented.3
Article 12.2 The amended law now obliges the commission to publish its decisions, which
addresses a prior recommendation.4 Of the 18 recommendations of the 2028 report, 5 have
been fully implemented, 6 partially and 7 not implemented.
"""


def _statuses(found: list[Fact]) -> list[str]:
    return [status for row in statuses(found) for status in row]


def test_items_under_a_lead_in_naming_earlier_recommendations_are_one_assessment_each() -> None:
    found = assessments_in(LEAD_IN, "lead-in")
    assert _statuses(found) == [NOT, PARTIALLY, FULLY]
    assert texts(found[0], NG.text) == ["regulation of third-party campaigning"]
    assert texts(found[2], NG.text) == ["live streaming of the sessions of the national commission"]


def test_a_slashed_numbered_heading_opens_a_review_section_whose_items_are_read() -> None:
    document = parse_document(SourceText("sk", "sk.txt", SLASHED))
    titles = [section.title for section in document.sections()]
    assert titles == ["SUMMARY", "FOLLOW-UP OF EARLIER RECOMMENDATIONS"]
    extraction = StatementLoader().extract(SourceText("sk", "sk.txt", SLASHED))
    found = [fact for fact in extraction.facts if fact.kind == NG.ImplementationAssessment]
    # "-- Status: pending" is a tracker's field, not an ask
    assert _statuses(found) == [FULLY, NOT]
    assert texts(found[1], NG.text) == ["observer access to the tabulation of results"]


def test_items_after_a_lead_in_on_anything_else_state_no_verdict() -> None:
    assert assessments_in(NOT_A_REVIEW, "election-day") == []


def test_a_footnote_number_glued_to_the_stop_ends_the_sentence() -> None:
    found = assessments_in(GLUED, "glued")
    assert _statuses(found) == [NOT, FULLY, FULLY, PARTIALLY, NOT]
    assert found[0].evidence[-1].quote.endswith("has not been implemented.3")
    # a decimal number ("Article 12.2") is no glued footnote: its sentence runs on
    assert found[1].evidence[0].quote.startswith("Article 12.2 The amended law")


ANY_VERB = """\
III. LEGAL FRAMEWORK

Following a prior recommendation of the mission, the period for filing complaints was
lengthened to five days. The Assembly has yet to act on the 2027 recommendation to lift the
ban on independent candidates. The recommendations made in the 2027 report on media
regulation are still pending. Parliament did not take up the previous recommendation to
lower the signature threshold. The Assembly has yet to adopt a new media law.
"""

NO_VERDICT = """\
III. LEGAL FRAMEWORK

Following a prior recommendation of the mission, the Assembly debated the threshold. The
prior recommendation was made after the 2027 elections.
"""


def test_a_verdict_by_any_verb_on_a_named_earlier_recommendation_is_read() -> None:
    found = assessments_in(ANY_VERB, "any-verb")
    assert _statuses(found) == [FULLY, NOT, NOT, NOT]
    # "has yet to adopt a new media law" names no earlier recommendation: no verdict
    assert not any("media law" in fact.evidence[0].quote for fact in found)


def test_a_change_that_is_no_change_or_a_recommendation_made_states_no_verdict() -> None:
    assert assessments_in(NO_VERDICT, "no-verdict") == []


LED = """\
Annex 2. Follow-up

The mission met the Central Election Commission of Montenegro in May 2031. The following
recommendations of the 2027 final report remain unaddressed:

  a) the ban on candidacy for persons with a criminal record of any kind;
  b) the obligation to publish campaign finance reports before election day;
  c) observer access to the work of the municipal commissions:  partially implemented.

Voters could check their entries online.
"""

COUNTED_LEAD_IN = """\
II. FOLLOW-UP

Of the 12 recommendations of the 2027 report, 4 have been implemented, 3 partially and 5 not
at all, among them:

  - the ban on candidacy for persons with a criminal record;
  - the obligation to publish campaign finance reports.
"""


def test_a_lead_ins_verdict_is_each_listed_items_and_not_its_own() -> None:
    found = assessments_in(LED, "led")
    assert _statuses(found) == [NOT, NOT, PARTIALLY]
    assert texts(found[0], NG.text) == [
        "the ban on candidacy for persons with a criminal record of any kind"
    ]
    assert texts(found[2], NG.text) == ["observer access to the work of the municipal commissions"]


def test_a_lead_in_that_counts_by_status_is_a_tally_not_its_items_verdict() -> None:
    assert _statuses(assessments_in(COUNTED_LEAD_IN, "counted")) == [FULLY, PARTIALLY, NOT]


NEW_LIST = """\
V. RECOMMENDATIONS

Many of the following recommendations were already made in previous reports and remain
unaddressed:

  1. The law should allow independent candidates.
  2. The commission should publish its minutes.
"""


def test_a_verdict_before_a_list_of_new_recommendations_stays_the_lead_ins_own() -> None:
    found = assessments_in(NEW_LIST, "new-list")
    assert _statuses(found) == [NOT]
    assert "remain" in " ".join(span.quote for span in found[0].evidence)


OTHER_MARKS = """\
II. CAMPAIGN

Of the recommendations our network made after the 2029 local elections:

  * regulation of third-party campaigning - not implemented;
  * a public register of campaign donations (partly implemented);
  * live streaming of the sessions of the national commission (implemented).
"""


def test_an_items_status_after_a_dash_or_in_brackets_is_read_too() -> None:
    found = assessments_in(OTHER_MARKS, "other-marks")
    assert _statuses(found) == [NOT, PARTIALLY, FULLY]
    assert texts(found[1], NG.text) == ["a public register of campaign donations"]
