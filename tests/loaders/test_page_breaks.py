"""Page breaks marked by form feeds: a page's number and a running header standing at the
breaks are furniture (even a header in capitals, which reads like a heading), while a real
heading that opens a page stays a heading and its section keeps what follows."""

from __future__ import annotations

import pytest

from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText

PARAGRAPH = (
    "The commission met {n} times in public session and adopted its decisions by a clear\n"
    "majority of its members, publishing the {n} decisions on its website within a day.\n"
)


def _report(page_end: str, page_start: str) -> str:
    """An invented report of four pages: sections on the first and the third, a results
    table on the fourth after its caption on the third, each break carrying ``page_end``
    and ``page_start`` (``{n}`` is the page's number)."""
    pages = [
        "I. ELECTION ADMINISTRATION\n\n" + PARAGRAPH.format(n=11),
        PARAGRAPH.format(n=12),
        "II. ELECTION RESULTS\n\n" + PARAGRAPH.format(n=13) + "\nTable 2. Final results\n",
        "Party                       Votes        %\n"
        "Union for Progress         412 310     51.2\n"
        "Civic Forum                393 001     48.8\n",
    ]
    text = "NORTHLAND\nPARLIAMENTARY ELECTIONS\n3 March 2041\n\n"
    for number, page in enumerate(pages, start=1):
        if number > 1:
            text += page_end.format(n=number - 1) + "\f" + page_start.format(n=number)
        text += page + "\n"
    return text


BREAKS = [
    pytest.param("\n{n}\n", "\nNORTHLAND NATIONAL OBSERVER NETWORK\n\n", id="number-header-caps"),
    pytest.param("\n", "OBSERVATION OF THE 2041 ELECTIONS\n\n", id="header-caps-only"),
    pytest.param("\n", "\nOBSERVER MISSION REPORT\n\n", id="header-caps-words"),
    pytest.param("\nFINAL REPORT\n", "\n", id="footer-two-words"),
    pytest.param("\n{n}\n", "Northland Observers\n\n", id="number-header-title-case"),
    pytest.param("\n- {n} -\n", "\n", id="dashed-number"),
    pytest.param("\n{n}\n", "\n", id="lone-number"),
]


@pytest.mark.parametrize(("page_end", "page_start"), BREAKS)
def test_running_furniture_at_page_breaks_leaves_the_sections_whole(
    page_end: str, page_start: str
) -> None:
    text = _report(page_end, page_start)
    document = parse_document(SourceText("d", "d.txt", text))
    titles = [section.title for section in document.sections()]
    assert titles == ["ELECTION ADMINISTRATION", "ELECTION RESULTS"]
    results = " ".join(e.text for e in document.find_sections("RESULTS")[0].elements)
    assert "Final results Party Votes % Union for Progress 412 310" in results
    body = " ".join(element.text for element in document.elements)
    for furniture in ("NETWORK", "OBSERVATION OF", "MISSION REPORT", "FINAL REPORT", "Observers"):
        assert furniture not in body
    assert "decisions by a clear majority" in body


def test_a_heading_opening_one_page_is_no_furniture() -> None:
    text = _report("\n", "\n")
    document = parse_document(SourceText("d", "d.txt", text.replace("\fII.", "\f\nII.")))
    assert [s.title for s in document.sections()] == ["ELECTION ADMINISTRATION", "ELECTION RESULTS"]


CHAPTER_ON_A_NEW_PAGE = """\
NORTHLAND
PARLIAMENTARY ELECTIONS
3 March 2041

{first} ELECTION ADMINISTRATION

The commission met eleven times in public session and adopted its decisions by a clear
majority of its members, publishing each decision on its website within a day.

Northland Observers - Final Report - Parliamentary Elections 2041        page 5
______________________________________________________________________________
{second} RECOMMENDATIONS

The observers address the following recommendations to the bodies named.
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [("J)", "K)"), ("IV.", "V."), ("D.", "E.")],
)
def test_a_chapter_heading_opening_a_page_after_its_footer_is_kept(first: str, second: str) -> None:
    text = CHAPTER_ON_A_NEW_PAGE.format(first=first, second=second)
    document = parse_document(SourceText("d", "d.txt", text))
    assert [s.title for s in document.sections()] == ["ELECTION ADMINISTRATION", "RECOMMENDATIONS"]
    body = " ".join(element.text for element in document.elements)
    assert "Final Report" not in body


SENTENCE_ACROSS_A_PAGE = """\
WESTMARCH
PRESIDENTIAL ELECTION
9 May 2043

I. COMPLAINTS AND APPEALS

The central commission received thirty-one complaints about the registration of
candidates before the deadline and rejected
{footer}
\fWestmarch Presidential Election 2043 - Final Report
most of them without a public hearing, contrary to the law on appeals.

The courts heard four appeals.
"""


@pytest.mark.parametrize("footer", ["Page 6 of 40", "- 6 -", "6"])
def test_a_paragraph_broken_by_a_page_break_reads_as_one_paragraph(footer: str) -> None:
    text = SENTENCE_ACROSS_A_PAGE.format(footer=footer)
    document = parse_document(SourceText("d", "d.txt", text))
    texts = [element.text for element in document.elements]
    assert texts[1:] == [
        "The central commission received thirty-one complaints about the registration of "
        "candidates before the deadline and rejected most of them without a public hearing, "
        "contrary to the law on appeals.",
        "The courts heard four appeals.",
    ]
    pieces = document.elements[1].pieces
    assert all(text[p.start : p.end] == p.quote for p in pieces)  # exact source text
    assert [p.quote for p in pieces][-1].startswith("most of them")
    dropped = [span.quote for span in document.dropped]
    assert footer in dropped
    assert "Westmarch Presidential Election 2043 - Final Report" in dropped


def test_a_capitalised_line_after_a_page_number_and_form_feed_stays_text() -> None:
    text = SENTENCE_ACROSS_A_PAGE.format(footer="6").replace("most of them", "Most of them")
    document = parse_document(SourceText("d", "d.txt", text))
    assert any("Most of them without" in element.text for element in document.elements)
