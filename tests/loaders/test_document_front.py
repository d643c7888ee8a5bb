"""The front of a report: a short title block, and the unnumbered parts before the first
numbered chapter (a summary, a foreword, an adopted resolution) kept as sections."""

from __future__ import annotations

from textwrap import dedent

from normgraph.loaders.text.document import ElementKind, parse_document
from normgraph.loaders.text.source import SourceText

# Invented for these tests: a parliamentary assembly's report on a Nordic state, its
# adopted resolution (numbered paragraphs, lettered items) before a Roman-numbered
# explanatory part; contents with dot leaders and no heading, a footnote number glued to
# the resolution's title, a foreword headed on a line of its own.
ASSEMBLY = dedent(
    """\
    PARLIAMENTARY ASSEMBLY
    Doc. 14102
    3 June 2016

    Observation of the presidential election in Iceland (25 June 2016)

    Election observation report
    Ad hoc Committee of the Bureau
    Rapporteur: Ms Ana NOVAK, Slovenia, Socialist Group

    Resolution 2150 (2016) ................................................. 2
    Explanatory part ....................................................... 3

    FOREWORD

    The Assembly has observed elections in member States since 1989. This report gives an
    account of the visit of its delegation and of the conclusions the Bureau adopted on them.

    RESOLUTION 2150 (2016)3

    1. The Assembly welcomes the calm and orderly conduct of the election.

    2. The Assembly calls on the authorities to:

    a. publish the results of each polling station on line within a day;

    b. regulate the financing of third-party campaigning.

    3 Text adopted by the Bureau on 24 June 2016.

    I. INTRODUCTION

    The delegation met the national electoral commission and the candidates.

    II. CONCLUSIONS

    The election was well run and the results were accepted.
    """
)

# Invented: an election network's report on a Baltic state whose summary stands under a
# one-word title in the same block, before its numbered chapters.
NETWORK = dedent(
    """\
    CITIZENS' ELECTION WATCH
    Final report on the Seimas elections of 9 October 2016

    Key findings
    Our observers found the elections competitive and well administered, though the
    counting procedures were not always followed and vote buying was alleged in three
    municipalities. We recommend that the commission train its precinct staff earlier.

    1. INTRODUCTION

    The network deployed 640 observers.
    """
)


def _titles(text: str) -> list[str]:
    doc = parse_document(SourceText("d", "d.txt", text))
    return [section.title for section in doc.sections()]


def test_an_adopted_resolution_before_the_numbered_part_is_kept_as_sections() -> None:
    doc = parse_document(SourceText("is", "is.txt", ASSEMBLY))
    assert [span.quote for span in doc.title_block] == [
        "PARLIAMENTARY ASSEMBLY",
        "Doc. 14102",
        "3 June 2016",
        "Observation of the presidential election in Iceland (25 June 2016)",
        "Election observation report",
        "Ad hoc Committee of the Bureau",
        "Rapporteur: Ms Ana NOVAK, Slovenia, Socialist Group",
    ]
    assert doc.toc is not None and doc.toc.quote.startswith("Resolution 2150 (2016) ....")
    assert _titles(ASSEMBLY) == [
        "FOREWORD",
        "RESOLUTION 2150 (2016)3",
        "INTRODUCTION",
        "CONCLUSIONS",
    ]
    resolution = doc.find_sections("^RESOLUTION")[0]
    items = [e for e in resolution.elements if e.kind is ElementKind.ITEM]
    assert [(e.label, e.text) for e in items][-2:] == [
        ("a", "publish the results of each polling station on line within a day;"),
        ("b", "regulate the financing of third-party campaigning."),
    ]


def test_a_summary_titled_in_its_own_block_is_a_section_not_title() -> None:
    doc = parse_document(SourceText("lt", "lt.txt", NETWORK))
    assert [span.quote for span in doc.title_block] == [
        "CITIZENS' ELECTION WATCH",
        "Final report on the Seimas elections of 9 October 2016",
    ]
    summary = doc.find_sections("^Key findings$")[0]
    assert summary.elements[1].text.startswith("Our observers found the elections competitive")
    assert summary.elements[1].text.endswith("train its precinct staff earlier.")


def test_a_head_that_runs_straight_into_the_first_chapter_is_all_title() -> None:
    text = dedent(
        """\
        OSCE/ODIHR
        REPUBLIC OF PORTUGAL
        PARLIAMENTARY ELECTIONS
        27 September 2009

        Needs Assessment Mission Report

        I. INTRODUCTION

        The mission visited Lisbon from 1 to 3 July 2009 and met the national election
        commission, parties and media.
        """
    )
    doc = parse_document(SourceText("pt", "pt.txt", text))
    assert len(doc.title_block) == 5
    assert _titles(text) == ["INTRODUCTION"]


def test_a_report_numbering_nothing_is_all_body() -> None:
    text = "ELECTION WATCH\n\nSummary\n\nThe vote was calm. Observers saw no incident at all.\n"
    doc = parse_document(SourceText("n", "n.txt", text))
    assert doc.title_block == []
    assert doc.elements[-1].text == "The vote was calm. Observers saw no incident at all."


def test_contents_without_page_numbers_and_an_author_note_stay_out_of_the_body() -> None:
    text = dedent(
        """\
        Journal of Balkan Electoral Studies 7 (2019) 45-70

        COUNTING THE COUNTERS
        Domestic observers in Montenegro, 2006-2018

        Milica Radović*

        * Lecturer in political science. I thank the editors for their patient comments on
        two drafts of this article, and the observers who agreed to be interviewed for it.

        Contents
        1. Introduction
        2. The observers' networks
        Appendix - Interviews

        1. INTRODUCTION

        Domestic observers have watched every election since independence.
        """
    )
    doc = parse_document(SourceText("me", "me.txt", text))
    assert doc.toc is not None and doc.toc.quote.endswith("Appendix - Interviews")
    assert doc.title_block[-1].quote.startswith("two drafts of this article")
    assert _titles(text) == ["INTRODUCTION"]
    assert doc.elements[-1].text.startswith("Domestic observers have watched")


def test_title_page_notes_after_an_abstract_are_not_part_of_it() -> None:
    text = dedent(
        """\
        CENTRE FOR ELECTORAL RESEARCH
        Policy Paper 12 (2022)

        Abstract

        This paper compares how the Baltic states answered the recommendations of
        international observers between 2004 and 2020. It finds that legal reform followed
        recommendations on voter registration but rarely those on campaign finance.

        Keywords: Estonia; Latvia; election observation; compliance

        Acknowledgements: The author thanks the participants of a workshop held in Tartu on
        4 May 2021 for their comments.

        I. INTRODUCTION

        The three states joined the OSCE in 1991.
        """
    )
    doc = parse_document(SourceText("lv", "lv.txt", text))
    abstract = doc.find_sections("^Abstract$")[0]
    assert [e.text[:24] for e in abstract.elements[1:]] == ["This paper compares how "]
    assert [span.quote for span in doc.title_block][-2:] == [
        "Acknowledgements: The author thanks the participants of a workshop held in Tartu on",
        "4 May 2021 for their comments.",
    ]


def test_parts_underlined_with_dashes_are_headings_of_the_body() -> None:
    # Invented: a typescript report on a Baltic local election whose parts are titled over
    # a rule of dashes; a results table's rule under its header row stays a table's.
    text = dedent(
        """\
        RIVERSIDE VOTERS' LEAGUE
        Report to the donor

        SECTION A: OVERVIEW
        ===================
        The league trained 120 observers in four counties before the vote of 2 May.

        SECTION B: RESULTS
        ------------------
        List          Votes   Seats
        ---------------------------
        Green List    4,210   6
        """
    )
    doc = parse_document(SourceText("lv", "lv.txt", text))
    headings = [e.text for e in doc.elements if e.kind is ElementKind.HEADING]
    assert headings == ["SECTION A: OVERVIEW", "SECTION B: RESULTS"]
    [overview] = doc.find_sections("^SECTION A: OVERVIEW$")
    assert overview.elements[-1].text.startswith("The league trained 120 observers")
    assert not any("-----" in e.text or "=====" in e.text for e in doc.elements)
    assert any(e.text.startswith("List") and "Green List" in e.text for e in doc.elements)
