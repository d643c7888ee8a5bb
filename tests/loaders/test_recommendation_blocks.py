"""A numbered block of recommendations read from its structure alone (issue 13, gen14a): a
title line that says recommendations in a shape the document model does not know ("[5]
RECOMMENDATIONS", "Part 7 | Recommendations"), labels of any style ("1 \u25b8", "R1" alone on
its line, "(ii)", "**3.**"), addressee lines between items, priority lines, sub-items of
another style; and what is no such block (a review of earlier recommendations, a single
item, prose). The texts are invented: other states and layouts than the fixtures'."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.base import Loader
from normgraph.loaders.extract.recommendation_blocks import recommendation_block
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.rdf.facts import Fact
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import texts, values
from tests.loaders.odihr_heads import final_report_head
from tests.loaders.test_recommendation_structures_any_genre import (
    PROGRAMME as ANY_GENRE_PROGRAMME,
)

STATEMENT = """\
Slovenian Vote Monitors (SVM)

PRELIMINARY STATEMENT ON THE PARLIAMENTARY ELECTIONS

Ljubljana, 12 May 2031

Slovenian Vote Monitors deployed 300 observers for the parliamentary elections of 11 May 2031.

[4] ELECTION DAY

Voting was orderly in nearly all polling stations observed.

[5] RECOMMENDATIONS

The network asks the institutions to consider the following before the next elections:

To the Parliament

1 \u25b8 The Election Act should set a deadline for the decisions on complaints about
    the voter lists.

2 \u25b8 The National Assembly should regulate the spending of third parties in the
    campaign.

To the Central Election Commission

3 \u25b8 The commission should publish the results of every polling
    station in a machine-readable format.

[6] ABOUT THE NETWORK

1 \u25b8 Slovenian Vote Monitors is a network of 40 civic groups.
2 \u25b8 It has observed elections since 2004.
"""

FINAL = (
    final_report_head(
        "REPUBLIC OF ESTONIA",
        "PARLIAMENTARY ELECTIONS",
        "2 March 2031",
        "Election Assessment Mission",
        "20 June 2031",
    )
    + """\
Part 6 | Election Day

The mission did not observe election day in a systematic manner.

Part 7 | Recommendations

Priority recommendations

R1
The Riigikogu should amend the law so that complaints about internet voting are decided
by a court within three days.

R2
The National Electoral Committee should publish the source code of the internet voting
system before each election.

Other recommendations

R3
Parliament should lower the deposit candidates pay to stand.

Part 8 | Annexes

R4
This line belongs to no list.
"""
)

SUB_ITEMS = """\
SECTION 9 :: OUR RECOMMENDATIONS

(i)  The Central Election Commission should:
     a) adopt its decisions in public sessions;
     b) publish them within one day.

(ii) **3.** Parliament should ban the use of state premises in the campaign.

We thank all who met the observers.
"""

PROGRAMME = (
    ANY_GENRE_PROGRAMME.replace("1. EXECUTIVE SUMMARY", "1 // SUMMARY")
    .replace("2. RECOMMENDATIONS", "2 // RECOMMENDATIONS")
    .replace("3. FINANCIAL REPORT", "3 // FINANCIAL REPORT")
    .replace(
        "{BODY}",
        "a \u2013 The National Electoral Commission should publish the minutes of its meetings.\n\n"
        "b \u2013 Parliament should set a deadline for the recount of ballots.",
    )
)
"""The programme report of the any-genre tests, its headings numbered "2 // ..." and its
items lettered "a \u2013 ...": shapes the document model does not know."""

REVIEW = """\
7 / FOLLOW-UP OF EARLIER RECOMMENDATIONS

01 \u00b7 The commission should train its members. Implemented.

02 \u00b7 The parliament should amend the code. Not implemented.
"""

WRAPPED = """\
States that invite observers are often praised, but the
recommendations they receive are followed up no more systematically than
elsewhere.

1 | The count was orderly in every station the author visited.

2 | Appeals were decided within the deadlines the law sets.
"""

ONE_ITEM = """\
7 / RECOMMENDATIONS

01 \u00b7 The commission should train its members.

8 / CONTACTS
"""


def _recommendations(loader: Loader, text: str, code: str) -> list[Fact]:
    extraction = loader.extract(SourceText(code, f"{code}.txt", text))
    found = [fact for fact in extraction.facts if fact.kind == NG.Recommendation]
    return sorted(found, key=lambda fact: int(str(texts(fact, NG.order)[0])))


def _read(facts: list[Fact], *predicates: URIRef) -> list[tuple[str | None, ...]]:
    return [
        tuple(next(iter(texts(fact, predicate)), None) for predicate in predicates)
        for fact in facts
    ]


def _block(text: str) -> list[tuple[str, str]]:
    document = parse_document(SourceText("xx", "xx.txt", text))
    return [(item.number, item.text) for item in recommendation_block(document)]


def test_the_addressee_line_over_the_items_addresses_them() -> None:
    extraction = StatementLoader().extract(SourceText("si", "si.txt", STATEMENT))
    labels = {str(fact.iri): fact.label for fact in extraction.facts}
    found = [fact for fact in extraction.facts if fact.kind == NG.Recommendation]
    third = next(fact for fact in found if texts(fact, NG.number) == ["3"])
    first = next(fact for fact in found if texts(fact, NG.number) == ["1"])
    assert {labels[str(iri)] for iri in values(third, NG.addressee)} == {
        "Central Election Commission"
    }
    assert "Parliament" in {labels[str(iri)] for iri in values(first, NG.addressee)}


@pytest.mark.parametrize(
    ("loader", "text", "code", "predicates", "rows", "item", "words"),
    [
        pytest.param(
            StatementLoader(),
            STATEMENT,
            "si",
            (NG.number, NG.categoryHeading),
            [
                ("1", "To the Parliament"),
                ("2", "To the Parliament"),
                ("3", "To the Central Election Commission"),
            ],
            0,
            "The Election Act should set a deadline for the decisions on complaints about the "
            "voter lists.",
            id="a statement's block under a bracketed title with arrow labels",
        ),
        pytest.param(
            OdihrLoader(),
            FINAL,
            "ee",
            (NG.number, NG.priority),
            [("R1", "true"), ("R2", "true"), ("R3", "false")],
            0,
            "The Riigikogu should amend the law so that complaints about internet voting are "
            "decided by a court within three days.",
            id="a final report's codes alone on their lines, ranked by priority lines",
        ),
        pytest.param(
            ProgrammeLoader(),
            PROGRAMME,
            "mt",
            (NG.number,),
            [("a",), ("b",)],
            1,
            "Parliament should set a deadline for the recount of ballots.",
            id="a programme report's lettered block under a double-slash title",
        ),
    ],
)
def test_a_genres_block_is_read_through_its_loader(
    loader: Loader,
    text: str,
    code: str,
    predicates: tuple[URIRef, ...],
    rows: list[tuple[str, ...]],
    item: int,
    words: str,
) -> None:
    """Each item's label and what its lines say of it (an addressee heading, a priority),
    and one item's text whole."""
    found = _recommendations(loader, text, code)
    assert _read(found, *predicates) == rows
    assert texts(found[item], NG.text) == [words]


def test_sub_items_of_another_style_belong_to_the_item_above_and_the_close_is_none() -> None:
    assert _block(SUB_ITEMS) == [
        (
            "i",
            "The Central Election Commission should: a) adopt its decisions in public "
            "sessions; b) publish them within one day.",
        ),
        ("ii", "**3.** Parliament should ban the use of state premises in the campaign."),
    ]


def test_a_review_of_earlier_recommendations_and_a_single_item_are_no_block() -> None:
    assert _block(REVIEW) == []
    assert _block(ONE_ITEM) == []


def test_a_sentence_wrapped_at_the_word_is_no_title() -> None:
    assert _block(WRAPPED) == []


def test_the_next_section_numbered_like_the_title_closes_the_block() -> None:
    numbers = [number for number, _ in _block(STATEMENT)]
    assert numbers == ["1", "2", "3"]


def test_a_found_section_whose_items_have_no_known_labels_is_read_as_a_block() -> None:
    # "5 / RECOMMENDATIONS" is a heading the document model knows (a section is found), but
    # its "1 \u25b8" labels are not: the block reader numbers the items all the same
    slashed = STATEMENT.replace("[4] ", "4 / ").replace("[5] ", "5 / ").replace("[6] ", "6 / ")
    found = _recommendations(StatementLoader(), slashed, "si")
    assert _read(found, NG.number, NG.categoryHeading) == [
        ("1", "To the Parliament"),
        ("2", "To the Parliament"),
        ("3", "To the Central Election Commission"),
    ]
