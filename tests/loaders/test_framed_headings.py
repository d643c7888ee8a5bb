"""A heading framed by the same run of signs on both sides ("*** 8. COMPLAINTS AND APPEALS
***", "=== 2. Media ===", "~~~ ANNEX: RESULTS ~~~") is the heading inside the frame, numbered
or not, so the body is cut into its sections and the recommendations section is found
(issue 13, gen18a). Invented texts of other states and layouts than the fixtures'."""

from __future__ import annotations

import pytest

from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText

FRAMES = {
    "asterisks around numbered capitals": ("*** {n}. {title} ***", "{title}"),
    "equals signs around numbered title case": ("=== {n}. {title} ===", "{title}"),
    "tildes, indented, a wide frame": ("   ~~~~  {n}. {title}  ~~~~", "{title}"),
}

BODY = """\
{first}

The commission of the Republic of Ireland held open sessions throughout the campaign.

{second}

The 2031 elections were calm, and the count was orderly in most polling stations observed.

{third}

1.  The commission should publish its decisions within a day.
2.  The parliament should regulate third-party campaigning.
"""


@pytest.mark.parametrize("name", list(FRAMES))
def test_a_framed_heading_opens_its_section(name: str) -> None:
    frame, _ = FRAMES[name]
    titles = ["ELECTION ADMINISTRATION", "Election Day", "RECOMMENDATIONS"]
    lines = [frame.format(n=n, title=title) for n, title in enumerate(titles, start=1)]
    text = BODY.format(first=lines[0], second=lines[1], third=lines[2])
    document = parse_document(SourceText("ie", "ie.txt", text))
    found = [(section.label, section.title) for section in document.sections()]
    assert found == [("1", titles[0]), ("2", titles[1]), ("3", titles[2])]


def test_a_bold_number_is_no_frame() -> None:
    document = parse_document(SourceText("ie", "ie.txt", "**3.** The parliament should act.\n"))
    assert [section.title for section in document.sections()] == []
