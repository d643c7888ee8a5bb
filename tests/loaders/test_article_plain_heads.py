"""Plain-text scholarship heads whose byline block holds more than the names (invented
heads, invented authors and institutions): a conference paper's note over the title, and a
name line with the affiliation and an e-mail address under it."""

from __future__ import annotations

from normgraph.loaders.scholarship.head import head_journal_article
from normgraph.loaders.text.source import SourceText

CONFERENCE_PAPER = """\
Paper prepared for the Biennial Meeting of the Adriatic Politics Association, Panel 3,
12-14 May 2031. Work in progress: comments welcome.


          Mandates Without Voters: Municipal Mergers and the Local Elections
                              of 2030 in Croatia

                                   Luka Radić
                      Faculty of Political Science, University of Split
                                l.radic@example.hr


Abstract. This paper asks whether municipal mergers changed turnout in local elections.
"""

JOURNAL_ISSUE = """\
Nordic Electoral Studies, Vol. 7, No. 1 (2032), pp. 5-29


Counting at the Edge: Remote Polling Stations in Northern Norway

Ingrid Haugland
Department of Comparative Politics, University of Bodø


Abstract
Remote polling stations ...
"""


def test_a_note_over_the_title_is_passed_by_and_the_byline_keeps_the_name_alone() -> None:
    head = head_journal_article(SourceText("p", "p.txt", CONFERENCE_PAPER))
    assert head.title == (
        "Mandates Without Voters: Municipal Mergers and the Local Elections of 2030 in Croatia"
    )
    assert [creator.name for creator in head.creators] == ["Luka Radić"]
    assert head.affiliation is not None
    assert head.affiliation.organisation == "University of Split"


def test_a_name_line_with_its_affiliation_line_under_a_journal_line() -> None:
    head = head_journal_article(SourceText("j", "j.txt", JOURNAL_ISSUE))
    assert head.title == "Counting at the Edge: Remote Polling Stations in Northern Norway"
    assert [creator.name for creator in head.creators] == ["Ingrid Haugland"]
    assert head.issued == 2032
    assert head.affiliation is not None
    assert head.affiliation.organisation == "University of Bodø"
