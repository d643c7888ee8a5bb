"""A title block's first line names its issuer when the text defines that name with an
acronym, even without a word such as "network" or "institute" in it (an invented domestic
observer's final report)."""

from __future__ import annotations

from normgraph.loaders.odihr.head import head_final_report
from normgraph.loaders.text.source import SourceText

HEAD = """\
BALLOT SENTINEL
citizen observation of elections in Lithuania

FINAL REPORT
Parliamentary Elections of 11 October 2032

Vilnius, January 2033

Ballot Sentinel (BS) is a non-partisan group of volunteer observers, founded in 2019.
"""


def test_a_defined_name_on_the_first_line_is_the_issuer() -> None:
    head = head_final_report(SourceText("h", "h.txt", HEAD))
    assert [(c.name, c.short_name) for c in head.creators] == [("Ballot Sentinel", "BS")]


def test_an_undefined_capitalised_line_is_no_issuer() -> None:
    text = HEAD.replace("Ballot Sentinel (BS) is", "The group is")
    assert head_final_report(SourceText("h", "h.txt", text)).creators == []
