"""Numbered recommendations whose label carries a mark glued to it ("1.\u2020  The ...",
"3)\u2021 The ...", "(4)\u2605 The ..."), under a title whose part number is a spelled-out word
and whose separator is any sign ("PART NINE \u00b7 RECOMMENDATIONS", "CHAPTER SIX | ..."): the
list is read whole, the mark is no part of the text, and the lead-in's legend says which
marked items are priorities; a list that names its priorities by number in its lead-in
("Rec. 02 and Rec. 04 the most pressing") ranks them, and an "Addressed to: ..." line over
items names their addressee. Precision: a wrapped sentence's first line that speaks of
recommendations opens no list, and page-foot notes ask nothing (issue 13, gen18a). Invented
texts, other states and layouts than the fixtures'."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.priority_lists import _referenced
from normgraph.loaders.extract.recommendation_block_labels import block_label
from normgraph.loaders.extract.recommendation_blocks import recommendation_block
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import texts, values
from tests.loaders.odihr_heads import final_report_head
from tests.loaders.test_recommendation_blocks import _read
from tests.loaders.test_recommendation_blocks import _recommendations as _loaded


def _block(text: str) -> list[tuple[str, str, bool | None]]:
    document = parse_document(SourceText("xx", "xx.txt", text))
    return [(item.number, item.text, item.priority) for item in recommendation_block(document)]


GLUED = {
    "a dagger glued to the stop, a spelled-out part with a middle dot": (
        """\
PART NINE \u00b7 RECOMMENDATIONS

These recommendations aim to improve the conduct of elections. Priority recommendations
are marked with a dagger (\u2020).

  Legal framework

1.\u2020  The Seimas should review the electoral legislation well before the next elections.

2.   Independent candidates should be allowed to stand in every constituency.

  Election administration

3.\u2020  The commission should publish the minutes of its sessions within one day.

4.   Polling stations should be accessible to voters with disabilities.
""",
        ["1", "2", "3", "4"],
        [True, False, True, False],
    ),
    "a double dagger after a parenthesis, a chapter title with a bar": (
        """\
CHAPTER SIX | Recommendations

Items flagged \u2021 are the most urgent priorities.

1)\u2021 The law should set short deadlines for the decision of election disputes.
2)  Courts should publish their decisions on election disputes online.
3)\u2021 The regulator should sanction broadcasters that give unequal coverage.
""",
        ["1", "2", "3"],
        [True, False, True],
    ),
    "a star after a bracketed number, a section title with a dash": (
        """\
Section Four \u2013 Recommendations

A star marks a priority recommendation.

(1)\u2605 The parliament should adopt rules for campaign finance reporting.
(2)  The audit office should verify the campaign accounts of every party.
(3)  Voters should be informed of the new voting machines.
""",
        ["1", "2", "3"],
        [True, False, False],
    ),
}


@pytest.mark.parametrize("name", list(GLUED))
def test_a_mark_glued_to_the_label_is_read_and_rated_by_the_legend(name: str) -> None:
    text, numbers, priorities = GLUED[name]
    found = _block(text)
    assert [number for number, _, _ in found] == numbers
    assert [priority for _, _, priority in found] == priorities
    assert all(body[:1].isupper() for _, body, _ in found)


def test_a_glued_mark_no_legend_explains_is_no_part_of_the_text_and_rates_nothing() -> None:
    text = GLUED["a double dagger after a parenthesis, a chapter title with a bar"][0]
    found = _block(text.replace("Items flagged \u2021 are the most urgent priorities.\n", ""))
    assert [priority for _, _, priority in found] == [None, None, None]
    assert found[0][1].startswith("The law should")


def test_the_label_keeps_its_number_and_leaves_the_glued_mark_for_the_rating() -> None:
    label = block_label("10.\u2020 The law should ...")
    assert label is not None and (label.number, label.end) == ("10", 3)
    assert block_label("3 per cent of the votes") is None


FINAL = (
    final_report_head(
        "REPUBLIC OF LITHUANIA",
        "PARLIAMENTARY ELECTIONS",
        "9 October 2033",
        "Election Observation Mission",
        "20 January 2034",
    )
    + """\
PART ONE \u00b7 EXECUTIVE SUMMARY

The elections of 9 October 2033 were competitive, though the election administration
lacked transparency.

PART TWO \u00b7 ELECTION ADMINISTRATION

The commission held most of its sessions behind closed doors. The commission should
publish the minutes of its sessions within one day.

"""
    + GLUED["a dagger glued to the stop, a spelled-out part with a middle dot"][0].replace(
        "PART NINE", "PART THREE"
    )
)


def test_a_final_reports_glued_marks_through_its_loader() -> None:
    extraction = OdihrLoader().extract(SourceText("lt_2033", "lt_2033.txt", FINAL))
    found = [fact for fact in extraction.facts if fact.kind == NG.Recommendation]
    facts = [fact for fact in found if values(fact, NG.order)]
    body = [fact for fact in found if not values(fact, NG.order)]
    assert _read(facts, NG.number, NG.priority) == [
        ("1", "true"),
        ("2", "false"),
        ("3", "true"),
        ("4", "false"),
    ]
    assert texts(facts[2], NG.text) == [
        "The commission should publish the minutes of its sessions within one day."
    ]
    assert [values(fact, NG.restatedAs) for fact in body] == [[facts[2].iri]]


STATEMENT = """\
CIVIC MONITORING NETWORK OF ESTONIA (CMNE)

STATEMENT OF PRELIMINARY FINDINGS
Riigikogu Elections, 5 March 2034

Tallinn, 6 March 2034

The network deployed 120 observers on election day.

RECOMMENDATIONS

CMNE considers Rec. 02 and Rec. 04 the most pressing and asks that they be acted upon
before the local elections due in 2035.

Addressed to: the Chancellor of Justice

Rec. 01  The Chancellor of Justice should review the rules on internet voting.
Rec. 02  The Chancellor of Justice should publish an opinion on campaign advertising.

Addressed to: the State Electoral Office

Rec. 03  The office should train all polling staff on the new procedures.
Rec. 04  The office should publish the results of each polling station online.
"""


def test_priorities_named_by_number_and_addressee_lines_in_a_statement() -> None:
    facts = _loaded(StatementLoader(), STATEMENT, "ee_2034")
    assert _read(facts, NG.number, NG.priority) == [
        ("1", "false"),
        ("2", "true"),
        ("3", "false"),
        ("4", "true"),
    ]
    addressees = [
        {str(value).rsplit("/", 1)[-1] for value in values(f, NG.addressee)} for f in facts
    ]
    assert any("chancellor" in name for name in addressees[0])
    assert any("electoral-office" in name for name in addressees[3])


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("CMNE considers Rec. 02 and Rec. 04 the most pressing.", {"2", "4"}),
        ("Nos. 3 and 5 are priorities to be met before the 2035 elections.", {"3", "5"}),
        ("Recommendations 1 to 3 are the most urgent.", {"1", "2", "3"}),
    ],
)
def test_numbers_named_in_a_priority_sentence(sentence: str, numbers: set[str]) -> None:
    assert numbers <= _referenced(sentence)


NOTES = {
    "plain numbers under a rule": "1   Interview with a member of the commission, 3 May 2030.\n"
    "2   The list of sources is in the appendix.\n",
    "bracketed numbers": "[1] Interview with a judge, 4 June 2030.\n"
    "[2] Remarks at a round table, 9 June 2030.\n",
    "numbers with a parenthesis": "1) Interview with a party lawyer, 2 July 2030.\n"
    "2) The court's docket number is withheld.\n",
}


@pytest.mark.parametrize("name", list(NOTES))
def test_a_wrapped_sentence_on_recommendations_opens_no_list_of_notes(name: str) -> None:
    text = f"""\
    This chapter follows the recommendations of international election observers through
five national votes in Moldova, from 2014 to 2021, and asks what became of them.

_____
{NOTES[name]}
"""
    assert _block(text) == []


def test_a_statement_body_sentence_restating_an_item_of_a_block_is_linked_to_it() -> None:
    body = (
        "The rules on internet voting have not been reviewed since 2029, and observers could not "
        "verify the count. The Chancellor of Justice should review the rules on internet "
        "voting.\n\n"
    )
    text = STATEMENT.replace("RECOMMENDATIONS\n", body + "RECOMMENDATIONS\n")
    extraction = StatementLoader().extract(SourceText("ee_2034", "ee_2034.txt", text))
    found = [fact for fact in extraction.facts if fact.kind == NG.Recommendation]
    listed = {str(fact.iri): fact for fact in found if values(fact, NG.number)}
    restating = [fact for fact in found if values(fact, NG.restatedAs)]
    assert len(listed) == 4
    assert [
        texts(listed[str(values(fact, NG.restatedAs)[0])], NG.number) for fact in restating
    ] == [["1"]]
