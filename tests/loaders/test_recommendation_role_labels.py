"""A numbered list known by its role, not its label's form (issue 13, gen20a): a token
carrying an integer ("#1", "No. 1", "1\u00b0", "1/", "R-1", "\u21161", "1 --") opens an
item; a legend's quoted mark after an item's full stop ranks it; a reference in the list's
own label style ("#1 to #3") ranks by number; a numbered sentence-case heading that goes on
from the heading above is a heading; a section whose numbered items continue the report's
paragraph numbering is no list. Every text is invented (states and bodies no fixture has)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.paragraph_numbering import continues_paragraphs
from normgraph.loaders.extract.priority_lists import referenced_priorities
from normgraph.loaders.extract.recommendation_marks import closing_mark, legend_marks
from normgraph.loaders.text.document import ElementKind, parse_document
from normgraph.loaders.text.lines import LineKind, classify, split_lines
from normgraph.loaders.text.source import SourceText
from tests.loaders.odihr_heads import final_report_head
from tests.loaders.recommendation_unseen import Unseen, read


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("#1   The Electoral Code should be amended to allow citizen observers.", "1"),
        ("#12 The Supreme Court should publish its rulings within three days.", "12"),
        ("#03  The commission should publish its minutes within a week.", "3"),
        ("No. 4  The commission should publish its minutes within three days.", "4"),
        ("Nr 2  The courts should decide appeals within three days.", "2"),
        ("2\u00b0  The Government should publish a plan for each report.", "2"),
        ("3/  The Ombudsperson should publish annual reports on elections.", "3"),
        ("\u21167 Ballots should be counted in the presence of observers.", "7"),
        (" 9 --  The Parliament should adopt the electoral law earlier.", "9"),
        ("R-2  The authorities should review the voter lists before the vote.", "R2"),
    ],
)
def test_a_token_carrying_a_number_before_a_sentence_labels_an_item(line: str, label: str) -> None:
    shape = classify(split_lines(line)[0])
    assert (shape.kind, shape.label) == (LineKind.ITEM, label)
    assert line[shape.body :].lstrip()[0].isupper()


@pytest.mark.parametrize(
    "line",
    [
        "No. 33 before the Court of Appeal was rejected",  # a number in running text
        "#2 and #3 were not acted upon by the commission at all",  # no sentence after it
        "C1   The vote took place in an environment that does not allow pluralism.",
        "5\u00b0C in the morning of election day, voters queued outside",
    ],
)
def test_a_number_in_running_text_or_another_code_is_no_label(line: str) -> None:
    assert classify(split_lines(line)[0]).kind is not LineKind.ITEM


def _final(body: str) -> str:
    head = final_report_head(
        "REPUBLIC OF SLOVENIA",
        "PARLIAMENTARY ELECTIONS",
        "18 April 2032",
        "Election Observation Mission",
        "30 June 2032",
    )
    return head + body


HASHED = _final(
    """\
1  Summary
----------

The elections were competitive and well run, although the law was not reviewed.

2  Our recommendations
----------------------

We make the following five recommendations. Recommendations #1 to #2 are the most
urgent and should be acted on before the municipal elections.

  To the National Assembly

#1   The electoral law should allow citizen observers to follow all stages of
     the elections.

#2   The electoral law should not be amended less than one year before
     elections.

  To the National Election Commission

#3   The commission should publish its decisions on complaints within three days.

#4   The commission should train all polling station members before election day.

  To the Constitutional Court

#5   The Court should publish all its rulings on election disputes with reasons.

(9)
"""
)


NUMBERED_WORDS = _final(
    """\
I. RECOMMENDATIONS

The following recommendations are offered to the authorities. Those followed by the words
"[urgent]" are the mission's priority recommendations.

No. 1  The Parliament should adopt the electoral law at least one year before
       elections. [urgent]

No. 2  The commission should publish results by polling station within 48 hours.

No. 3  The courts should decide election appeals within three days of their
       filing. [urgent]
"""
)


DEGREES = _final(
    """\
I. CONCLUSIONS AND RECOMMENDATIONS

The elections offered a real choice, but the following should be addressed.

1\u00b0  Parliament should adopt a rule that no change to the electoral system takes
    effect within one year of an election.

2\u00b0  The Government should publish a plan stating how it will act on each
    recommendation.

3\u00b0  The courts should publish all decisions in election disputes within three days.
"""
)


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        (
            Unseen("hashed", "final-report", HASHED, ()),
            [
                (
                    "1",
                    True,
                    "The electoral law should allow citizen observers to follow all stages of "
                    "the elections.",
                ),
                (
                    "2",
                    True,
                    "The electoral law should not be amended less than one year before elections.",
                ),
                (
                    "3",
                    False,
                    "The commission should publish its decisions on complaints within three days.",
                ),
                (
                    "4",
                    False,
                    "The commission should train all polling station members before election day.",
                ),
                (
                    "5",
                    False,
                    "The Court should publish all its rulings on election disputes with reasons.",
                ),
            ],
        ),
        (
            Unseen("worded", "final-report", NUMBERED_WORDS, ()),
            [
                (
                    "1",
                    True,
                    "The Parliament should adopt the electoral law at least one year before "
                    "elections.",
                ),
                (
                    "2",
                    False,
                    "The commission should publish results by polling station within 48 hours.",
                ),
                (
                    "3",
                    True,
                    "The courts should decide election appeals within three days of their filing.",
                ),
            ],
        ),
    ],
    ids=["hash-labels-under-to-lines", "numbering-word-and-closing-legend-mark"],
)
def test_a_list_is_read_whole_whatever_its_labels(
    report: Unseen, expected: list[tuple[str, bool, str]]
) -> None:
    assert read(report) == expected


def test_a_degree_sign_numbers_a_list_without_a_priority() -> None:
    got = read(Unseen("degrees", "final-report", DEGREES, ()))
    assert [(number, text.split()[0]) for number, _, text in got] == [
        ("1", "Parliament"),
        ("2", "The"),
        ("3", "The"),
    ]


def test_a_legend_quotes_the_mark_that_closes_a_priority_item() -> None:
    legend = 'Those followed by the words "-- priority" are the priority recommendations.'
    marks = legend_marks(legend)
    assert marks == ["-- priority"]
    text = "The law should be amended. -- priority"
    assert closing_mark(text, marks) == len("The law should be amended.")
    assert closing_mark("The -- priority list should be amended.", marks) is None
    assert legend_marks('The report uses "EMB" for the election administration.') == []
    star = legend_marks("Items ending in \u201c(P)\u201d are urgent.")
    assert closing_mark("The court should rule within a week. (P)", star) is not None


def test_a_reference_in_the_lists_own_sign_names_its_priorities() -> None:
    text = "Intro\n\nRecommendations #2 to #4 are the most urgent.\n\nThe rest follow.\n"
    document = parse_document(SourceText("x", "x.txt", text))
    numbers = ["1", "2", "3", "4", "5"]
    assert referenced_priorities(document.elements, numbers, set()) == {"2", "3", "4"}
    later = "Intro\n\nOur 2019 recommendations #1 to #3 were priorities.\n"
    document = parse_document(SourceText("x", "x.txt", later))
    assert referenced_priorities(document.elements, numbers, set()) == set()


ARTICLE = """\
1. Introduction

Observers write recommendations; governments decide what to do with them.

2. Sources and method

We coded every recommendation of the reports by its status in the following year.

3. What became of the recommendations

3.1 Voters abroad

The number of polling stations abroad rose at every election.

3.2 Campaign finance

Interim reports were introduced, but not published online.

4. Conclusions and recommendations

The problem is not knowledge but incentives.

1. Parliament should adopt electoral changes at least one year before elections.

2. The commission should publish all its decisions within three days.
"""


def test_numbered_headings_in_sentence_case_go_on_from_the_heading_above() -> None:
    document = parse_document(SourceText("x", "x.txt", ARTICLE))
    titles = [(s.level, s.title) for s in document.sections() if s.title]
    assert titles == [
        (1, "Introduction"),
        (1, "Sources and method"),
        (1, "What became of the recommendations"),
        (2, "Voters abroad"),
        (2, "Campaign finance"),
        (1, "Conclusions and recommendations"),
    ]
    items = [e.label for e in document.elements if e.kind is ElementKind.ITEM]
    assert items == ["1", "2"]  # the list's own numbering starts afresh: items, not headings


def test_a_short_numbered_list_with_no_numbered_heading_above_stays_a_list() -> None:
    text = "RECOMMENDATIONS\n\n1. Voter registration\n\n2. Campaign finance reform\n"
    document = parse_document(SourceText("x", "x.txt", text))
    assert [e.label for e in document.elements if e.kind is ElementKind.ITEM] == ["1", "2"]


def test_underlined_numbered_headings_with_a_gap_after_the_number_are_headings() -> None:
    text = (
        "1  Summary\n==========\n\nThe vote was calm.\n\n"
        "12  Our recommendations\n=======================\n\nThe law should change.\n"
    )
    document = parse_document(SourceText("x", "x.txt", text))
    assert [s.title for s in document.sections() if s.title] == ["Summary", "Our recommendations"]


PARAGRAPHS = """\
1. Introduction

1. The committee observed the elections at the invitation of the parliament.

2. Conclusions and recommendations

2. The elections were competitive and well administered on election day.

3. The committee calls on the authorities to:

- lower the threshold for the distribution of seats;
- allow citizens abroad to vote in embassies.
"""


def test_a_section_numbered_on_from_the_reports_paragraphs_is_no_list() -> None:
    document = parse_document(SourceText("x", "x.txt", PARAGRAPHS))
    sections = {s.title: s for s in document.sections()}
    assert continues_paragraphs(document, sections["Conclusions and recommendations"])
    fresh = PARAGRAPHS.replace("2. The elections", "1. The elections").replace(
        "3. The committee calls", "2. The committee calls"
    )
    document = parse_document(SourceText("x", "x.txt", fresh.replace("1. The committee", "The")))
    sections = {s.title: s for s in document.sections()}
    assert not continues_paragraphs(document, sections["Conclusions and recommendations"])
