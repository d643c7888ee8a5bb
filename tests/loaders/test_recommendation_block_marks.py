"""A numbered block of recommendations whose title is numbered in a bracket with spaces in it
("[13 ]  RECOMMENDATIONS", "( 9 ) Recommendations", "\u00a7 7 Recommendations") and whose items
carry a tag or glyph between the label and the text ("4. [P]  The ...", "2) (*) The ...",
"iii. \u2605 The ..."): the block is still read, the tag is no part of the text, and where the
lead-in says what the tag means (a priority), the tagged items are priorities and the others
not; a heading that recommends in other words ("What we recommend") opens a block too, and a
worded label's own priority mark ("Recommendation 3 (priority):") rates its item (issue 13,
gen17a). Invented texts: other states and layouts than the fixtures'."""

from __future__ import annotations

import pytest

from normgraph.loaders.base import Loader
from normgraph.loaders.extract.recommendation_blocks import _is_title, recommendation_block
from normgraph.loaders.extract.recommendation_marks import item_mark, priority_mark
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Fact
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import texts, values
from tests.loaders.odihr_heads import final_report_head
from tests.loaders.test_recommendation_blocks import _read
from tests.loaders.test_recommendation_blocks import _recommendations as _loaded

BRACKETED = (
    final_report_head(
        "REPUBLIC OF ICELAND",
        "PARLIAMENTARY ELECTIONS",
        "4 May 2033",
        "Election Assessment Mission",
        "2 August 2033",
    )
    + """
[ 1 ]  SUMMARY

The elections of 4 May 2033 were competitive and well run, though campaign finance rules
remain weak.
Republic of Iceland - Parliamentary Elections 2033          ODIHR EAM Final Report | 2
[ 9 ]  RECOMMENDATIONS

The recommendations below should be read with those of earlier reports. Recommendations
marked [P] are priority recommendations.

Campaign finance
  1. [P]  The law should oblige parties to publish their campaign accounts before
          election day.
  2.      The audit office should be given the staff to review the accounts in time.

Media
  3.      The public broadcaster should give all lists equal free airtime.
  4. [P]  Parliament should set up an independent media regulator with the power
          to sanction.
Republic of Iceland - Parliamentary Elections 2033          ODIHR EAM Final Report | 3
ANNEX  RESULTS

Figures are those of the national electoral board.
"""
)


def _recommendations(text: str, code: str, loader: Loader | None = None) -> list[Fact]:
    return _loaded(loader or OdihrLoader(), text, code)


def _block(text: str) -> list[tuple[str, str, bool | None]]:
    document = parse_document(SourceText("xx", "xx.txt", text))
    return [(item.number, item.text, item.priority) for item in recommendation_block(document)]


def test_a_bracketed_title_with_spaces_opens_the_block_and_its_tags_rate_the_items() -> None:
    facts = _recommendations(BRACKETED, "is_2033")
    assert _read(facts, NG.number, NG.text) == [
        ("1", "The law should oblige parties to publish their campaign accounts before "
         "election day."),
        ("2", "The audit office should be given the staff to review the accounts in time."),
        ("3", "The public broadcaster should give all lists equal free airtime."),
        ("4", "Parliament should set up an independent media regulator with the power to "
         "sanction."),
    ]  # fmt: skip
    rated = [[str(value) for value in values(fact, NG.priority)] for fact in facts]
    assert rated == [["true"], ["false"], ["false"], ["true"]]


VARIANTS = {
    "a bracketed number, an asterisk in brackets, closing parentheses": (
        """\
( 6 ) Recommendations to the authorities

Those the mission considers most urgent are marked (*).

1) (*) The Central Electoral Commission should publish all its decisions within a day.
2)     Voters abroad should be able to vote by post.
3) (*) The courts should decide election disputes within three days.
""",
        [("1", True), ("2", False), ("3", True)],
    ),
    "a section sign, a star glyph, roman labels wrapped": (
        """\
\u00a7 7  Recommendations

Priority recommendations carry a star.

i.   \u2605 The electoral law should be codified in a single act, adopted well before
         the next elections.
ii.      Polling stations should be accessible to voters with disabilities.
iii. \u2605 Observers should have access to every stage of the tabulation.
""",
        [("i", True), ("ii", False), ("iii", True)],
    ),
    "a tag followed by a dash, decimal labels, a running footer between items": (
        """\
[ 12 ]  OUR RECOMMENDATIONS

Items tagged [PR] are our priorities for the next cycle.

12.1  [PR] - The county commissions should be staffed on a permanent basis.
12.2  The voter register should be checked against the civil registry yearly.
Civic Watch Lithuania . Final Report 2031 . page 14
Civic Watch Lithuania . Final Report 2031 . page 15
12.3  [PR] - Candidates should be able to appeal refusals of registration to a court.
""",
        [("12.1", True), ("12.2", False), ("12.3", True)],
    ),
}


@pytest.mark.parametrize("name", list(VARIANTS))
def test_tags_between_label_and_text_in_other_layouts(name: str) -> None:
    text, expected = VARIANTS[name]
    found = _block(text)
    assert [(number, priority) for number, _, priority in found] == expected
    assert all(
        body[:1].isupper() and "[" not in body and "\u2605" not in body for _, body, _ in found
    )


def test_a_tag_the_lead_in_does_not_explain_stays_in_the_text_and_rates_nothing() -> None:
    found = _block(
        """\
[ 8 ]  RECOMMENDATIONS

The mission offers the following recommendations.

1. (CEC) The commission should publish its minutes.
2. (Parliament) The law should set a deadline for complaints.
"""
    )
    assert found == [
        ("1", "(CEC) The commission should publish its minutes.", None),
        ("2", "(Parliament) The law should set a deadline for complaints.", None),
    ]


def test_a_sub_label_is_no_tag_and_a_tag_says_priority_by_itself() -> None:
    assert item_mark("(a) the law", 0) is None
    assert item_mark("(iv) the law", 0) is None
    mark = item_mark("[High priority]  The law", 0)
    assert mark is not None and priority_mark(mark["mark"], "")
    assert not priority_mark("[P]", "Recommendations marked [P] follow up a 2019 report.")


WHAT_WE_RECOMMEND = """\
MONACO CITIZENS' OBSERVATORY (MCO)

PRELIMINARY STATEMENT

Monaco, 12 February 2031

The Observatory deployed 40 observers for the National Council elections of 11 February 2031.

Findings

Voting was orderly and transparent in all polling stations observed.

What we recommend

R1 \u2013 The electoral law should set a deadline for the publication of the voter list.

R2 \u2013 The commission should publish results by polling station on its website
within 24 hours of the close of the polls.
MCO Preliminary Statement                                   page 2
MCO Preliminary Statement                                   page 3
R3 \u2013 Candidates should be allowed to appoint observers to every polling
station.

Contacts

Press office, +377 0000 0000
"""


def test_a_heading_that_recommends_in_other_words_opens_the_block() -> None:
    found = _recommendations(WHAT_WE_RECOMMEND, "mc", StatementLoader())
    assert _read(found, NG.number, NG.text) == [
        ("R1", "The electoral law should set a deadline for the publication of the voter list."),
        ("R2", "The commission should publish results by polling station on its website "
         "within 24 hours of the close of the polls."),
        ("R3", "Candidates should be allowed to appoint observers to every polling station."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("What we recommend", True),
        ("The mission recommends:", True),
        ("Recommended measures", True),
        ("IV. Recommendations", True),
        ("We recommend that the commission", False),  # a sentence wrapped at the line
        ("Recommendation 426 (2018)", False),  # a resolution's name
    ],
)
def test_what_titles_a_block(line: str, title: bool) -> None:
    assert (_is_title(line) is not None) is title


LABELLED_PRIORITY = (
    final_report_head(
        "REPUBLIC OF SAN MARINO",
        "GENERAL ELECTIONS",
        "9 June 2030",
        "Election Expert Team",
        "1 September 2030",
    )
    + """
1. SUMMARY

The elections were competitive and trusted.

6. Recommendations

Recommendation 1: The electoral law should be amended to regulate campaign finance
comprehensively, including third-party spending.

Recommendation 2: The Central Electoral Commission should adopt rules for
the observation of the count.

Recommendation 3 (priority): Voters abroad should be able to vote by post.

Recommendation 4 [Urgent] - The law should protect observers from dismissal.

ANNEX
"""
)


def test_a_priority_mark_after_a_worded_label_rates_that_item_only() -> None:
    facts = _recommendations(LABELLED_PRIORITY, "sm_2030")
    assert [texts(fact, NG.number)[0] for fact in facts] == ["1", "2", "3", "4"]
    assert texts(facts[2], NG.text) == ["Voters abroad should be able to vote by post."]
    assert texts(facts[3], NG.text) == ["The law should protect observers from dismissal."]
    rated = [[str(value) for value in values(fact, NG.priority)] for fact in facts]
    assert rated == [["false"], ["false"], ["true"], ["true"]]
