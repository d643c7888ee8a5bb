"""Recommendation lists labelled otherwise than "1.": letters ("(b)"), Roman numerals
("IV.", "(ii)"), codes ("R1", "P2") and labelled paragraphs ("Rec. 3:", "Proposal 4 -"),
read by one label grammar (``loaders/text/labels.py``) in final reports and statements. The
parts of one item ("should: a) ... b) ...") stay one recommendation, a lettered list of
conclusions is none, and a Roman-numbered section heading stays a heading. The texts are
invented (other states and bodies than the fixtures')."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.labels import LabelKind, label_kind
from normgraph.loaders.text.lines import Line, LineKind, classify
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.odihr_heads import final_report_head

CODED = (
    final_report_head(
        "GRAND DUCHY OF LUXEMBOURG",
        "PARLIAMENTARY ELECTIONS",
        "8 October 2034",
        "Election Expert Team",
        "20 January 2035",
    )
    + """\
I. EXECUTIVE SUMMARY

The elections were competitive and well administered. The team concluded that:

a) the legal framework is comprehensive;
b) the election administration worked in an impartial manner.

II. RECOMMENDATIONS

A. Priority Recommendations

P1  The Chamber of Deputies should adopt rules on the disclosure of campaign donations
    before election day.
P2  The Central Electoral Office should publish the results of every polling station.

B. Other Recommendations

I.   The deadline for registering candidate lists should be moved earlier.
II.  The Central Electoral Office should:
     a) train polling staff on the counting procedures;
     b) publish its training manuals.
III. Voters with disabilities should be able to vote without assistance.
"""
)

STATEMENT = """\
Citizens' Election Watch

STATEMENT OF PRELIMINARY FINDINGS
Municipal Elections in the Kingdom of Denmark, 18 November 2037

Copenhagen, 19 November 2037

PRELIMINARY FINDINGS

Election day was calm and orderly, and procedures were generally followed.

RECOMMENDATIONS

(a) The municipal councils should publish the minutes of their election committees.
(b) The Ministry of the Interior should:
    (i) issue guidance on the counting of postal votes;
    (ii) publish turnout figures by polling station.
(c) Parties should disclose the costs of their campaigns.
"""

PROPOSALS = """\
Citizens' Election Watch

STATEMENT OF PRELIMINARY FINDINGS
Regional Elections in the Swiss Confederation, 4 March 2038

RECOMMENDATIONS

Proposal 1 - The cantonal chancelleries should publish the results by polling station.

Rec. 2: Observers should be given access to the counting of postal votes.
Proposal 3 - Parties should disclose the costs of their campaigns.
"""


def _recommendations(extraction: Extraction) -> list[Fact]:
    return [fact for fact in extraction.facts if fact.kind == NG.Recommendation]


def _values(fact: Fact, predicate: URIRef) -> list[str]:
    return [str(v) for p, v in fact.values if p == predicate]


def _line(text: str) -> Line:
    return Line(0, len(text), text, 0, False)


def test_a_label_keeps_its_kind_and_i_after_h_is_a_letter() -> None:
    assert [label_kind(label) for label in ("12", "R3", "c", "iv", "IV")] == [
        LabelKind.NUMBER,
        LabelKind.CODE,
        LabelKind.LETTER,
        LabelKind.ROMAN,
        LabelKind.ROMAN,
    ]
    assert label_kind("i", "h") is LabelKind.LETTER
    assert label_kind("i", None) is LabelKind.ROMAN


def test_item_labels_as_written_and_a_roman_section_heading_stays_a_heading() -> None:
    read = {
        text: (classify(_line(text)).kind, classify(_line(text)).label)
        for text in (
            "R3. The CEC should publish its decisions.",
            "IV.  The CEC should publish its decisions.",
            "(c) The CEC should publish its decisions.",
            "IV. RECOMMENDATIONS",
        )
    }
    assert list(read.values()) == [
        (LineKind.ITEM, "R3"),
        (LineKind.ITEM, "IV"),
        (LineKind.ITEM, "c"),
        (LineKind.HEADING, "IV"),
    ]


def test_coded_and_roman_items_are_numbered_and_their_parts_stay_one() -> None:
    extraction = OdihrLoader().extract(SourceText("lu", "lu.txt", CODED))
    read = [(_values(f, NG.number), _values(f, NG.priority)) for f in _recommendations(extraction)]
    assert read == [
        (["P1"], ["true"]),
        (["P2"], ["true"]),
        (["I"], ["false"]),
        (["II"], ["false"]),
        (["III"], ["false"]),
    ]


def test_a_statements_lettered_list_with_roman_parts() -> None:
    extraction = StatementLoader().extract(SourceText("dk", "dk.txt", STATEMENT))
    found = _recommendations(extraction)
    assert [_values(f, NG.number) for f in found] == [["a"], ["b"], ["c"]]


def test_labelled_paragraphs_give_their_numbers() -> None:
    extraction = StatementLoader().extract(SourceText("ch", "ch.txt", PROPOSALS))
    found = _recommendations(extraction)
    assert [_values(f, NG.number) for f in found] == [["1"], ["2"], ["3"]]
    assert _values(found[1], NG.text) == [
        "Observers should be given access to the counting of postal votes."
    ]


RESOLUTION = """\
Parliamentary Assembly

Observation of the parliamentary elections in Iceland (12 May 2039)

Election observation report

1. The ad hoc committee observed the parliamentary elections of 12 May 2039.

2. Voting was orderly, but the counting of postal votes lacked transparency.

3. The Assembly invites the authorities to consider:

3.1. publishing the results of every polling station;

3.2. opening the counting of postal votes to observers.

4. The delegation thanks the authorities for their co-operation.
"""


def test_a_resolutions_sub_paragraphs_under_invites_to_consider() -> None:
    extraction = StatementLoader().extract(SourceText("is", "is.txt", RESOLUTION))
    found = _recommendations(extraction)
    assert [(_values(f, NG.number), _values(f, NG.text)) for f in found] == [
        (["3.1"], ["publishing the results of every polling station;"]),
        (["3.2"], ["opening the counting of postal votes to observers."]),
    ]


STANDING = (
    final_report_head(
        "KINGDOM OF BELGIUM",
        "FEDERAL ELECTIONS",
        "9 June 2041",
        "Election Expert Team",
        "20 September 2041",
    )
    + """\
I. EXECUTIVE SUMMARY

The elections were competitive and well administered.

II. RECOMMENDATIONS

Recommendation 1
The federal parliament should adopt rules on the disclosure of campaign donations.

Recommendation 2
The electoral administration should publish the results of every polling station.

III. ANNEX: RECOMMENDATIONS ON VOTING ABROAD

A) Voters abroad should be able to vote at consulates.
B) The counting of votes cast abroad should be open to observers.
"""
)


def test_a_label_on_its_own_line_and_capital_letter_items() -> None:
    extraction = OdihrLoader().extract(SourceText("be", "be.txt", STANDING))
    assert [_values(f, NG.number) for f in _recommendations(extraction)] == [["1"], ["2"]]
    lines = [classify(_line(t)) for t in ("A) Voters abroad should vote.", "(B) Observers.")]
    assert [(shape.kind, shape.label) for shape in lines] == [
        (LineKind.ITEM, "A"),
        (LineKind.ITEM, "B"),
    ]


def test_a_decimal_label_before_a_capitalised_word_and_a_decimal_figure_as_text() -> None:
    lines = [
        classify(_line(text))
        for text in ("2.1 Municipal boards should publish minutes.", "2.5 per cent of voters")
    ]
    assert [(shape.kind, shape.label) for shape in lines] == [
        (LineKind.ITEM, "2.1"),
        (LineKind.TEXT, None),
    ]


def test_arrowhead_and_private_use_bullets_open_items_without_the_glyph() -> None:
    lines = [
        classify(_line(text))
        for text in (
            ">  The parliament should adopt a single electoral code.",
            "\u27a2 Polling staff should be trained.",
            "\uf0b7 Observers should be accredited.",
            "The turnout was > 60 per cent.",
        )
    ]
    assert [(shape.kind, shape.label) for shape in lines] == [
        (LineKind.ITEM, None),
        (LineKind.ITEM, None),
        (LineKind.ITEM, None),
        (LineKind.TEXT, None),
    ]
