"""Recommendations made in a report's body, on reports written for the tests."""

from __future__ import annotations

from normgraph.loaders.odihr.body_recommendations import find_body_recommendations
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from tests.loaders.odihr_layouts import MODERN

FINAL = {
    "1": "The CEC should publish all its decisions on its website within 24 hours of adoption.",
    "2": "Parliament should remove the restrictions on the freedoms of assembly and expression.",
}


def test_a_body_sentence_restating_a_final_recommendation_is_linked_to_it() -> None:
    document = parse_document(SourceText("m", "m.txt", MODERN))
    skip = document.find_sections("RECOMMENDATIONS|SUMMARY")
    found = find_body_recommendations(document, FINAL, skip)
    assert [(item.text, item.restates) for item in found] == [
        (
            "The CEC should publish all its decisions on its website within 24 hours of adoption.",
            "1",
        )
    ]


def test_a_paragraph_that_only_asks_stands_alone_and_reported_rules_are_not_taken() -> None:
    text = (
        "I. INTRODUCTION\n\nThe mission opened in May.\n\nII. MEDIA\n\n"
        "Under the law, broadcasters should give candidates equal airtime. Few did.\n\n"
        "Consideration should be given to an independent media regulator.\n\n"
        "III. RECOMMENDATIONS\n\n1. The CEC should publish its decisions.\n"
    )
    document = parse_document(SourceText("b", "b.txt", text))
    found = find_body_recommendations(document, FINAL, document.find_sections("RECOMMENDATIONS"))
    assert [(item.text, item.restates) for item in found] == [
        ("Consideration should be given to an independent media regulator.", None)
    ]
