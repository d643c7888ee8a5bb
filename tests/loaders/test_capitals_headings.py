"""Unnumbered headings in capitals are a report's main headings: each stays at the level of
the first, however deep lettered or topical subsections went between them, so a list under
a later one ("RECOMMENDATIONS" and its lettered parts) is not filed under an earlier part."""

from __future__ import annotations

import pytest

from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText

ITEMS = (
    "1.  The electoral code should set a deadline for the adjudication of complaints.\n\n"
    "2.  The commission should publish its decisions within a day of their adoption.\n"
)
LETTERED = f"""\
SOUTHMARK
MUNICIPAL ELECTIONS
9 October 2044

EXECUTIVE SUMMARY

The elections were competitive and fundamental freedoms were respected, and the election
commission worked in an open manner, although the late amendments to the code reduced the
legal certainty that contestants and voters could rely upon during the campaign period.

LEGAL FRAMEWORK

A. Electoral System

Councils are elected for four years under a proportional system with one district.

B. Recent Amendments

The code was amended in spring, shortly before the elections were called.

ELECTION ADMINISTRATION

Three levels of commissions administer the elections and meet in public.

RECOMMENDATIONS

The following recommendations are offered to improve the conduct of elections.

A. PRIORITY RECOMMENDATIONS

{ITEMS}"""
PARENTHESES = LETTERED.replace("A. ", "A) ").replace("B. ", "B) ")
NESTED = LETTERED.replace("B. Recent Amendments", "B. Recent Amendments\n\nIn Practice")


@pytest.mark.parametrize(
    "text", [LETTERED, PARENTHESES, NESTED], ids=["lettered", "parentheses", "nested"]
)
def test_a_later_heading_in_capitals_is_a_sibling_of_the_first(text: str) -> None:
    document = parse_document(SourceText("d", "d.txt", text))
    top = [s.title for s in document.root.children]
    assert top == [
        "EXECUTIVE SUMMARY",
        "LEGAL FRAMEWORK",
        "ELECTION ADMINISTRATION",
        "RECOMMENDATIONS",
    ]
    recommendations = document.find_sections("^RECOMMENDATIONS$")[0]
    priority = document.find_sections("PRIORITY")[0]
    assert priority.parent is recommendations
    assert [e.label for e in priority.elements if e.label and e.label.isdigit()] == ["1", "2"]


def test_a_heading_in_capitals_under_a_numbered_part_still_nests() -> None:
    text = LETTERED.replace("LEGAL FRAMEWORK\n", "II. LEGAL FRAMEWORK\n").replace(
        "B. Recent Amendments", "B. Recent Amendments\n\nCOURT PRACTICE"
    )
    document = parse_document(SourceText("d", "d.txt", text))
    legal = document.find_sections("LEGAL FRAMEWORK")[0]
    assert legal.level == 1
    assert document.find_sections("COURT PRACTICE")[0].level > legal.level
