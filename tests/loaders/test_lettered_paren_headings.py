"""A heading lettered with a closing bracket ("B)  SUMMARY OF FINDINGS") opens a section as
"B. SUMMARY OF FINDINGS" does, so that the readers that look for a findings or a
recommendations section by its title find it; a lettered sentence stays a list item. The
texts are invented (other states and layouts than any fixture)."""

from __future__ import annotations

import pytest

from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText

NETWORK = """\
A)  ABOUT THE NETWORK

The Civic Vote Network of Albania observed the elections of 25 April 2021.

B)  SUMMARY OF FINDINGS

The elections were competitive, but the campaign was marred by the misuse of resources.

C)  ELECTION DAY

Voting was calm and orderly in most polling stations observed.
"""
TITLE_CASE = """\
  A)  About the Monitors

  The Monitors of Montenegro deployed 300 observers.

  B)  Main Conclusions

  The count was transparent, though slow in the capital.
"""
WITH_FURNITURE = """\
C)  CAMPAIGN AND MEDIA

The campaign was lively.

                              - page 3 -

D)  COMPLAINTS AND APPEALS

Few complaints were filed, and all were decided within the deadlines.
"""


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (NETWORK, ["ABOUT THE NETWORK", "SUMMARY OF FINDINGS", "ELECTION DAY"]),
        (TITLE_CASE, ["About the Monitors", "Main Conclusions"]),
        (WITH_FURNITURE, ["CAMPAIGN AND MEDIA", "COMPLAINTS AND APPEALS"]),
    ],
)
def test_a_bracket_lettered_heading_opens_a_section(text: str, titles: list[str]) -> None:
    document = parse_document(SourceText("lh", "lh.txt", text))
    assert [section.title for section in document.sections()] == titles


def test_a_bracket_lettered_sentence_is_no_heading() -> None:
    text = (
        "RECOMMENDATIONS\n\n"
        "A) The commission should publish its decisions within two days.\n\n"
        "B) Parliament should set a ceiling on campaign spending by third parties.\n"
    )
    document = parse_document(SourceText("lh", "lh.txt", text))
    assert [section.title for section in document.sections()] == ["RECOMMENDATIONS"]
