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


PUBLISHER_MASTHEAD = """\
                               Baltic Electoral Research 41 (2031) 100734

                      Contents lists available at an online library

                               Baltic Electoral Research

                     journal homepage: www.example.org/locate/ber



Recent elections

The 2030 Seimas election in Lithuania: a fragmented
centre

Rūta Žemaitė a,*, Marek O. Lindqvist b

a Faculdade de Letras, Universidade do Minho, Braga, Portugal
b Department of Government, Uppsala Universitet, Uppsala, Sweden


A R T I C L E  I N F O
"""


def test_a_publishers_masthead_is_passed_by_and_letter_marks_leave_the_names() -> None:
    head = head_journal_article(SourceText("m", "m.txt", PUBLISHER_MASTHEAD))
    assert head.title == "The 2030 Seimas election in Lithuania: a fragmented centre"
    assert [creator.name for creator in head.creators] == ["Rūta Žemaitė", "Marek O. Lindqvist"]
    assert head.issued == 2031


def test_a_summary_heading_under_the_byline_is_no_byline() -> None:
    text = (
        "Checking the Record: Twenty Years of Election Follow-up in Slovenia\n\n"
        "Ana Kovač and Jure Zupan\n\n"
        "KEY POINTS\n\n"
        "• The Council of Europe, the Office and the courts made 31 recommendations, of\n"
        "  which we code 12 as implemented.\n"
    )
    head = head_journal_article(SourceText("b", "b.txt", text))
    assert head.title == "Checking the Record: Twenty Years of Election Follow-up in Slovenia"
    assert [creator.name for creator in head.creators] == ["Ana Kovač", "Jure Zupan"]
