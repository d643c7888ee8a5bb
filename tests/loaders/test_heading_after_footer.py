"""A numbered heading right under a page footer, with no blank line between them, is a
heading once the footer is dropped (fuzz21a): by its line shape alone ("4. RECOMMENDATIONS"
inside a run of lines) it read as a list item numbered 4, and its section vanished."""

from __future__ import annotations

import pytest

from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText


def _report(footer: str, heading: str) -> str:
    """An invented report on Denmark whose headings are numbered as ``heading`` (a format
    of the number, arabic and roman, and the title), the closing section's standing right
    under the page's ``footer``."""
    return (
        "DANISH ELECTION MONITORS\n\nFOLKETING ELECTIONS\n1 November 2042\n\n"
        f"{heading.format(n=1, r='I', t='ELECTION ADMINISTRATION')}\n\n"
        "The commission worked openly and adopted its decisions on time.\n\n"
        f"{heading.format(n=2, r='II', t='ELECTION DAY')}\n\n"
        "Voting was calm and orderly in the polling stations the observers visited.\n"
        "The count was transparent, and the results were published promptly.\n"
        f"{footer}\n{heading.format(n=3, r='III', t='RECOMMENDATIONS')}\n\n"
        "1. The law should be adopted a year before elections, after a consultation.\n"
        "2. The commission should publish its decisions within a day of their adoption.\n"
    )


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param(
            "Danish Election Monitors - Final Report                      Page 7", id="page"
        ),
        pytest.param("                                - 7 -", id="dashed-number"),
        pytest.param("Final Report, Folketing Elections 2042               Page 7 of 12", id="of"),
    ],
)
@pytest.mark.parametrize(
    "heading",
    ["{n}. {t}", "{r}. {t}", "{n}   {t}"],
)
def test_a_heading_under_a_page_footer_opens_its_section(footer: str, heading: str) -> None:
    document = parse_document(SourceText("x", "x.txt", _report(footer, heading)))
    section = next(s for s in document.sections() if s.title == "RECOMMENDATIONS")
    items = [e.label for e in section.all_elements() if e.label and e is not section.heading]
    assert items == ["1", "2"]
