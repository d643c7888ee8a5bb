"""The document model: structure, footnotes, rejoined sentences and exact evidence spans."""

from __future__ import annotations

from textwrap import dedent

from normgraph.loaders.text.document import Document, ElementKind, parse_document
from normgraph.loaders.text.source import SourceText
from tests.loaders.odihr_fixtures import title_page

# Written for these tests in the manner of an ODIHR final report, with the scars a PDF
# conversion leaves: a table of contents, footnotes between the halves of a sentence, a
# footnote continued on the next page, a page break inside an item, a stray bullet.
REPORT = (
    "\n\n"
    + title_page("REPUBLIC OF ARCADIA", "PARLIAMENTARY ELECTIONS", "12 May 2019", "2 August 2019")
    + """\
TABLE OF CONTENTS

I.\tINTRODUCTION\t1
II.\tTHE MEDIA\t2
A.\tLEGAL FRAMEWORK\t2
\tANNEX: RESULTS\t5

I. INTRODUCTION

The mission was led by a *very* experienced diplomat and observed the polls in all \
regions of the country, as the law requires for the work of the

¹ The mission arrived on 1 April 2019.
² The law is the Electoral Code of Arcadia, which sets out in some

observers.¹ The Code was amended twice.²

II. THE MEDIA

A. LEGAL FRAMEWORK

Broadcasters must give “equal time”<sup>3</sup> to every party, see \\(Article 5\\).

detail how commissions are formed.

³ Article 5 of the Media Law.

III. RECOMMENDATIONS

LEGAL FRAMEWORK

1. The Electoral Code should be amended to provide for a timely and effective remedy for

⁴ See the earlier report.

- all complaints, including on election day.
2. Consideration could be given to publishing all decisions.

ANNEX: RESULTS

Party\tVotes\t%
Green\t1,200\t60.0
Blue\t800\t40.0
"""
)


def outline(doc: Document) -> str:
    """The document's sections in reading order, a line each written as an outline is:
    indented two spaces a level below the first, ``label | title`` (``- | title`` where
    the heading has no label)."""
    return "".join(f"{'  ' * (s.level - 1)}{s.label or '-'} | {s.title}\n" for s in doc.sections())


def test_title_block_and_table_of_contents_are_kept_out_of_the_body() -> None:
    source = SourceText("arcadia", "arcadia.txt", REPORT)
    doc = parse_document(source)
    assert [span.quote for span in doc.title_block][:3] == [
        "Office for Democratic Institutions and Human Rights",
        "REPUBLIC OF ARCADIA",
        "PARLIAMENTARY ELECTIONS",
    ]
    assert doc.toc is not None and doc.toc.quote.startswith("TABLE OF CONTENTS")
    assert doc.toc.quote.endswith("RESULTS\t5")
    assert all("\t1" not in element.text for element in doc.elements)


def test_sections_nest_roman_lettered_and_topical_headings() -> None:
    doc = parse_document(SourceText("arcadia", "arcadia.txt", REPORT))
    assert outline(doc) == dedent("""\
        I | INTRODUCTION
        II | THE MEDIA
          A | LEGAL FRAMEWORK
        III | RECOMMENDATIONS
          - | LEGAL FRAMEWORK
        - | ANNEX: RESULTS
        """)
    topical = doc.find_sections("^LEGAL FRAMEWORK$")[1]
    assert [s.title for s in topical.path] == ["RECOMMENDATIONS", "LEGAL FRAMEWORK"]


def test_a_sentence_split_by_a_footnote_block_is_rejoined() -> None:
    doc = parse_document(SourceText("arcadia", "arcadia.txt", REPORT))
    paragraph = doc.find_sections("INTRODUCTION")[0].elements[1]
    assert paragraph.kind is ElementKind.PARAGRAPH
    assert paragraph.text.endswith(
        "as the law requires for the work of the observers. The Code was amended twice."
    )
    assert "very experienced" in paragraph.text and "*" not in paragraph.text
    assert [m.label for m in paragraph.markers] == ["1", "2"]
    assert len(paragraph.pieces) == 2


def test_a_footnote_continued_after_a_page_break_gets_its_continuation() -> None:
    doc = parse_document(SourceText("arcadia", "arcadia.txt", REPORT))
    note = doc.footnotes["2"]
    assert note.text == (
        "The law is the Electoral Code of Arcadia, which sets out in some detail how "
        "commissions are formed."
    )
    media = doc.find_sections("^LEGAL FRAMEWORK$")[0].elements[1]
    assert media.text == 'Broadcasters must give "equal time" to every party, see (Article 5).'
    assert doc.notes_of(media)[0].text == "Article 5 of the Media Law."


def test_a_numbered_item_split_by_footnotes_and_a_stray_bullet_comes_out_whole() -> None:
    doc = parse_document(SourceText("arcadia", "arcadia.txt", REPORT))
    items = [e for e in doc.elements if e.kind is ElementKind.ITEM]
    assert [i.label for i in items] == ["1", "2"]
    assert items[0].text == (
        "The Electoral Code should be amended to provide for a timely and effective remedy "
        "for all complaints, including on election day."
    )
    assert items[0].section.title == "LEGAL FRAMEWORK"


def test_every_piece_span_and_located_phrase_resolves_exactly() -> None:
    source = SourceText("arcadia", "arcadia.txt", REPORT)
    doc = parse_document(source)
    for element in doc.elements:
        for span in [*element.pieces, *element.spans()]:
            assert source.text[span.start : span.end] == span.quote
    for note in doc.footnotes.values():
        for span in [note.label_span, *note.pieces, *note.spans()]:
            assert source.text[span.start : span.end] == span.quote
    paragraph = doc.find_sections("INTRODUCTION")[0].elements[1]
    spans = paragraph.locate("the work of the observers")
    assert [s.quote for s in spans] == ["the work of the", "observers"]


def test_tables_keep_rows_and_exact_cells() -> None:
    doc = parse_document(SourceText("arcadia", "arcadia.txt", REPORT))
    table = next(e for e in doc.elements if e.kind is ElementKind.TABLE)
    assert [row.values for row in table.rows] == [
        ["Party", "Votes", "%"],
        ["Green", "1,200", "60.0"],
        ["Blue", "800", "40.0"],
    ]
    assert table.section.title == "ANNEX: RESULTS"


def test_text_without_structure_is_one_flat_body() -> None:
    doc = parse_document(SourceText("x", "x.txt", "Just one sentence.\n\nAnd another one."))
    assert [e.text for e in doc.elements] == ["Just one sentence.", "And another one."]
    assert list(doc.sections()) == [] and doc.title_block == [] and doc.footnotes == {}
    assert parse_document(SourceText("e", "e.txt", "")).elements == []


def test_odihr_2011_footnotes_are_all_found_and_cited(odihr_2011: SourceText) -> None:
    doc = parse_document(odihr_2011)
    assert sorted(doc.footnotes, key=int) == [str(n) for n in range(1, 128)]
    assert all(note.cited_by for note in doc.footnotes.values())
    assert doc.footnotes["29"].text.endswith("duly informed about that provision in the law.")
    assert doc.footnotes["84"].text.endswith("the decision was upheld on appeal.")
    assert doc.footnotes["120"].text.endswith("to be able to observe the procedures.")
    # the top-level headings as the report's contents list them: sections I to XVII, then
    # the annex and the note on the office (no running head or contents line among them)
    assert [s.title for s in doc.sections() if s.level == 1] == [
        "EXECUTIVE SUMMARY",
        "INTRODUCTION AND ACKNOWLEDGMENTS",
        "POLITICAL CONTEXT",
        "THE LEGAL FRAMEWORK AND ELECTION SYSTEM",
        "THE ELECTION ADMINISTRATION",
        "VOTER REGISTRATION",
        "NOMINATION AND REGISTRATION OF CANDIDATES",
        "THE CAMPAIGN ENVIRONMENT",
        "THE MEDIA",
        "PARTICIPATION OF WOMEN",
        "PARTICIPATION OF NATIONAL MINORITIES",
        "DOMESTIC AND INTERNATIONAL OBSERVERS",
        "COMPLAINTS AND APPEALS",
        "ELECTION DAY",
        "TABULATION AND ANNOUNCEMENT OF RESULTS",
        "CHALLENGES TO ELECTION RESULTS",
        "RECOMMENDATIONS",
        "ANNEX: ELECTION RESULTS",
        "ABOUT THE OSCE/ODIHR",
    ]


def test_odihr_2011_every_element_span_resolves(odihr_2011: SourceText) -> None:
    doc = parse_document(odihr_2011)
    text = odihr_2011.text
    for element in doc.elements:
        assert element.text
        for span in element.spans():
            assert text[span.start : span.end] == span.quote


THESIS = """\
Table of Contents

1\tIntroduction\t4
3.1.3\tPhase 1 - Repression\t25

1 Introduction

The thesis begins here.

3 April 2011

3.1 The Spiral Model

3.1.3 Phase 1 - Repression

The start position is a repressive state.

58 Interview with Marat Sarsembayev

2 Methodology

How it was done.
"""


def test_decimal_headings_nest_by_their_number_and_dates_stay_text() -> None:
    doc = parse_document(SourceText("t", "t.txt", THESIS))
    assert outline(doc) == dedent("""\
        1 | Introduction
          3.1 | The Spiral Model
            3.1.3 | Phase 1 - Repression
        2 | Methodology
        """)
    phase = doc.find_sections("Repression")[0]
    texts = [e.text for e in phase.elements if e.kind is ElementKind.PARAGRAPH]
    assert texts == [
        "The start position is a repressive state.",
        "58 Interview with Marat Sarsembayev",
    ]
    intro = doc.find_sections("Introduction")[0]
    assert "3 April 2011" in [e.text for e in intro.elements]


# A hard-wrapped programme report as a PDF conversion leaves it: section numerals on a line
# of their own, bullet glyphs in a column away from their items, a page number inside a
# sentence, displaced words, run-in headings, and an attachment after the last section.
WRAPPED = """\
 I.

OVERVIEW

The institute ran a small programme for two years with the support of a donor agency.
It reached these results:
\u2022
\u2022
 II.

Citizens learned how to watch a count in their own
district; and
Parties trained their agents.

HISTORY

The first office opened in the capital after a long search for a building that met the
14

needs of the staff. Later it moved.
IV. NOTES
Objective: Train monitors in every region
Benchmark: Monitors were trained.
Media: Coverage was thin in the north and the south of the country, and much thinner still.
Intimidation: Activists were followed.

stray

ATTACHED STATEMENT
I. FINDINGS
Voting went calmly.
"""


def test_detached_numerals_bullet_columns_and_page_numbers_are_undone() -> None:
    source = SourceText("w", "w.txt", WRAPPED)
    doc = parse_document(source)
    assert doc.title_block == []
    assert outline(doc).startswith("I | OVERVIEW\nII | HISTORY\nIV | NOTES\n")
    heading = doc.find_sections("^HISTORY$")[0].heading
    assert heading is not None and [p.quote for p in heading.pieces] == ["II.", "HISTORY"]
    items = [e for e in doc.elements if e.kind is ElementKind.ITEM]
    assert [i.text for i in items] == [
        "Citizens learned how to watch a count in their own district; and",
        "Parties trained their agents.",
    ]
    history = doc.find_sections("^HISTORY$")[0].elements[1]
    assert history.text.endswith("met the needs of the staff. Later it moved.")
    assert [s.quote for s in doc.dropped] == ["\u2022", "\u2022", "14", "stray"]
    for element in doc.elements:
        for span in element.spans():
            assert source.text[span.start : span.end] == span.quote


def test_run_in_headings_open_paragraphs_in_hard_wrapped_text() -> None:
    doc = parse_document(SourceText("w", "w.txt", WRAPPED))
    notes = [e.text.split(":")[0] for e in doc.find_sections("^NOTES$")[0].elements[1:]]
    assert notes == ["Objective", "Benchmark", "Media", "Intimidation", "ATTACHED STATEMENT"]


def test_a_stretch_of_a_source_parses_as_a_document_with_whole_source_offsets() -> None:
    source = SourceText("w", "w.txt", WRAPPED)
    start = WRAPPED.index("ATTACHED STATEMENT")
    doc = parse_document(source, start)
    assert doc.source is source
    assert [s.title for s in doc.sections()] == ["FINDINGS"]
    assert [span.quote for span in doc.title_block] == ["ATTACHED STATEMENT"]
    paragraph = doc.elements[-1]
    assert paragraph.text == "Voting went calmly."
    assert paragraph.spans()[0].start == WRAPPED.index("Voting went")


def test_a_numbered_sentence_case_line_alone_is_a_heading_but_not_after_a_full_stop() -> None:
    """Scholarship numbers its headings without a full stop and writes them in sentence
    case ("2  Observation and authoritarian learning"); "2. Political context" standing
    alone may open a numbered paragraph, and a long line is no title."""
    text = (
        "1  Introduction\n\nThe paper asks a question about Iceland.\n\n"
        "2  Observation and the limits of scrutiny\n\nObservers came in 2016.\n\n"
        "3.1  Reforms on paper, 2012-2016\n\nThe code was adopted.\n\n"
        "4. Political context\n\nParties are small.\n\n"
        "5  The members of the assembly are elected for a term of four years by lists\n\n"
        "Nothing more.\n"
    )
    document = parse_document(SourceText("probe", "probe.txt", text))
    headings = [e.text for e in document.elements if e.kind is ElementKind.HEADING]
    assert headings == [
        "1 Introduction",
        "2 Observation and the limits of scrutiny",
        "3.1 Reforms on paper, 2012-2016",
    ]
