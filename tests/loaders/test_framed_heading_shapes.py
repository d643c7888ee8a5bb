"""Headings drawn with a frame ("*** 4. MEDIA ***", "=== Election day ===") are headings
(issue 13, gen18d): a numbered title inside a frame used to match no heading pattern, so a
whole report ran on under its first heading ("About this report") and its conclusions were
never read as findings. The texts are invented: other states, marks and numberings than the
fixture that showed it."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.odihr.findings import add_findings
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.document import Document, parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

_STARRED = """NORDIC CITIZEN OBSERVERS
Kingdom of Norway

*** ABOUT THIS REPORT ***

This is the network's report on the Storting elections of 9 September 2031.

*** 1. SUMMARY OF CONCLUSIONS ***
The elections were well organised and the campaign was calm.
The voter register remained inaccurate in several municipalities.

*** 2. ELECTION DAY ***

Voting was orderly in the polling stations observed.
"""

_EQUALS_ROMAN = """Report of the delegation

== I. INTRODUCTION ==

The delegation observed the vote in Portugal.

==  II. CAMPAIGN ENVIRONMENT  ==
   The campaign was lively. Candidates could campaign freely.

~~ III. COMPLAINTS ~~

The commission received 12 complaints.
"""

_SENTENCE_CASE = """Observation of the 2032 vote in Estonia

-- Background --

Estonia is a parliamentary republic.

** Election administration **

The commission worked efficiently.

\u25c6\u25c6 Media \u25c6\u25c6

Coverage was balanced.
"""


def _document(text: str) -> Document:
    return parse_document(SourceText("f", "f.txt", text))


def _titles(text: str) -> list[tuple[str | None, str]]:
    return [(section.label, section.title) for section in _document(text).sections()]


def test_a_numbered_title_in_a_frame_is_a_numbered_heading() -> None:
    titles = _titles(_STARRED)
    assert ("1", "SUMMARY OF CONCLUSIONS") in titles
    assert ("2", "ELECTION DAY") in titles


def test_roman_numbers_and_other_marks_and_indents_frame_headings_too() -> None:
    titles = _titles(_EQUALS_ROMAN)
    assert titles == [
        ("I", "INTRODUCTION"),
        ("II", "CAMPAIGN ENVIRONMENT"),
        ("III", "COMPLAINTS"),
    ]


def test_sentence_case_titles_in_a_frame_are_topical_headings() -> None:
    titles = [title for _, title in _titles(_SENTENCE_CASE)]
    assert titles == ["Background", "Election administration", "Media"]


def test_a_framed_title_keeps_its_offsets_without_the_frame() -> None:
    document = _document(_STARRED)
    section = next(s for s in document.sections() if s.title == "ELECTION DAY")
    assert section.heading is not None
    quote = " ".join(piece.quote for piece in section.heading.pieces)
    assert "ELECTION DAY" in quote


def test_a_framed_sentence_a_page_number_and_a_rule_are_no_headings() -> None:
    text = (
        "I. FINDINGS\n\n*** Observers were not admitted to the count. ***\n\n"
        "-- 4 --\n\n------------\n\nThe count was slow.\n"
    )
    assert _titles(text) == [("I", "FINDINGS")]


def test_the_conclusions_under_a_framed_heading_are_findings() -> None:
    document = _document(_STARRED)
    report = Fact(URIRef("https://example.org/id/report/r"), NG.Report)
    found = add_findings(Extraction([report]), document, report)
    texts = [str(next(v for p, v in f.values if p == NG.text)) for f in found]
    assert any(t.startswith("The elections were well organised") for t in texts)
    assert any(t.startswith("The voter register remained inaccurate") for t in texts)
    assert any(t.startswith("Voting was orderly") for t in texts)
    assert not any("network's report" in t for t in texts)
