"""Recommendations that close each chapter, numbered on from one chapter to the next, read
whole whatever the chapters' headings look like (fuzz21a): where the headings are
unnumbered capitals ("ELECTION ADMINISTRATION"), the document model sets each
"Recommendations" sub-heading beside its chapter instead of under it; the items still
make one list, since each section's numbering goes on from the one before."""

from __future__ import annotations

import pytest

from tests.loaders.odihr_heads import final_report_head
from tests.loaders.recommendation_unseen import Unseen, read

_CHAPTERS = (
    ("Legal framework", ("The law should be adopted a year before elections.",)),
    (
        "Election administration",
        (
            "The commission should publish its decisions within a day.",
            "Commission members should be replaced only for cause.",
        ),
    ),
    ("Media", ("The regulator should monitor all broadcasters during the campaign.",)),
    (
        "Election day",
        (
            "Count staff should be trained on the reconciliation of ballots.",
            "Results should be published for each polling station.",
        ),
    ),
)


def _report(heading: str, label: str) -> str:
    """An invented final report on Portugal whose chapters are headed ``heading`` (a format
    of their number and title) and close with their recommendations, labelled ``label``."""
    body, number = "", 0
    for index, (title, asks) in enumerate(_CHAPTERS, start=1):
        body += f"{heading.format(n=index, title=title, upper=title.upper())}\n\n"
        body += "The observers found the process in this area orderly and transparent.\n\n"
        body += "Recommendations\n\n"
        for ask in asks:
            number += 1
            body += f"{label.format(n=number)} {ask}\n"
        body += "\n"
    head = final_report_head(
        "PORTUGUESE REPUBLIC",
        "PARLIAMENTARY ELECTIONS",
        "4 October 2043",
        "Election Assessment Mission",
        "12 January 2044",
    )
    return head + body


_WANTED = [ask for _, asks in _CHAPTERS for ask in asks]


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        pytest.param("{upper}", "{n}.  ", id="unnumbered-capitals"),
        pytest.param("{upper}", "({n})", id="unnumbered-bracketed-items"),
        pytest.param("{n}   {upper}", "{n}.", id="numbered-capitals"),
        pytest.param("{upper}", "{n})", id="unnumbered-paren-items"),
    ],
)
def test_chapter_closing_recommendations_numbered_on_are_one_list(heading: str, label: str) -> None:
    got = read(Unseen("chapters", "odihr", _report(heading, label), ()))
    assert [(number, text) for number, _, text in got] == [
        (str(n), ask) for n, ask in enumerate(_WANTED, start=1)
    ]
