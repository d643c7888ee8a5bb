"""A running header that carries its page's number ("UNIVERSITY OF X        3"), right after a
page footer and a form feed, is page furniture even when the sentence the page break cut
goes on in capitals ("... on 23" / "October 2006 ...") or a new sentence opens the page
(issue 13, pdf24): the paragraph reads as one, its pieces the source's exact text. A line
whose closing number is not the page's (a table's row going on) stays. Invented pages."""

from __future__ import annotations

import pytest

from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText

BEFORE = """\
II. LEGAL FRAMEWORK

The state acceded to the International Covenant on Civil and Political Rights on 23
"""
AFTER = """\
October 2006 and ratified the Council of Europe convention on data protection in 2010.
"""
WHOLE = (
    "The state acceded to the International Covenant on Civil and Political Rights on 23 "
    "October 2006 and ratified the Council of Europe convention on data protection in 2010."
)
PAGE_BREAKS = [
    pytest.param("- 3 -\n\fUNIVERSITY OF NORTHLAND        3\n", id="dashed-footer"),
    pytest.param("Page 7 of 40\n\fAnnual Review of Eastern Elections 2031\t8\n", id="page-of"),
    pytest.param("12\n\fJournal of Elections, Vol. 4, No. 2 (20        12\n", id="cut"),
]


@pytest.mark.parametrize("page_break", PAGE_BREAKS)
def test_a_numbered_running_header_inside_a_sentence_is_dropped(page_break: str) -> None:
    text = BEFORE + page_break + AFTER
    document = parse_document(SourceText("d", "d.txt", text))
    paragraph = document.elements[1]
    assert paragraph.text == WHOLE
    assert all(text[span.start : span.end] == span.quote for span in paragraph.spans())
    header = page_break.split("\f")[1].strip()
    assert header in [span.quote for span in document.dropped]


def test_a_line_ending_in_another_number_after_a_page_break_stays() -> None:
    rows = "Votes by region\n\nNorth Province          41\n- 3 -\n\fSouth Province          57\n"
    document = parse_document(SourceText("d", "d.txt", rows))
    body = " ".join(element.text for element in document.elements)
    assert "South Province 57" in body
