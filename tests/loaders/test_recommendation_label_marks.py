"""Recommendation labels of any layout, read the same way by every genre's reader (issue 13,
gen21a): a mark glued before the number ("\u20201.", "\u2605(1)", "*4)") leaves the number
the label and rates the item as the lead-in says; a word in capitals in a column between
the number and the text ("3.   P    The ...", "(1)  URGENT   The ...") is a priority mark
where the legend names it so, and is no part of the text, while a body's name opening an
item ("EU Member States ...") is none; a capital joined to the number by a hyphen ("A-1")
is a code. The texts are invented: other states, decades and layouts than the fixtures'."""

from __future__ import annotations

import pytest

from normgraph.loaders.base import Loader
from normgraph.loaders.extract.recommendation_marks import item_mark, priority_mark
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.labels import LabelKind, label_kind
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import first_text, one_line
from tests.loaders.odihr_heads import final_report_head


def read(loader: Loader, text: str) -> list[tuple[str | None, str | None, str]]:
    """Number, priority and one-line text of every recommendation ``loader`` reads."""
    extraction = loader.extract(SourceText("xx", "xx.txt", text))
    return [
        (first_text(fact, NG.number), first_text(fact, NG.priority), one_line(fact))
        for fact in extraction.facts
        if fact.kind == NG.Recommendation
    ]


def numbers_and_ranks(loader: Loader, text: str) -> str:
    """Each recommendation ``loader`` reads as "number:priority" ("1:true 2:false")."""
    return " ".join(f"{number}:{priority}" for number, priority, _ in read(loader, text))


DAGGER_BEFORE = (
    final_report_head(
        "SLOVAK REPUBLIC",
        "PARLIAMENTARY ELECTIONS",
        "14 March 2037",
        "Election Expert Team",
        "30 May 2037",
    )
    + """\
I. INTRODUCTION

The ODIHR deployed an Election Expert Team of five experts from 2 to 20 March 2037.

II. RECOMMENDATIONS

The following recommendations are offered for consideration by the authorities of the
Slovak Republic. Recommendations marked with a dagger are priority recommendations.

\u20201.  The National Council should adopt rules on campaign finance reporting by third
     parties, well before the next elections.

 2.  The State Commission should publish its decisions on its website within one day.

\u20203.  Voters abroad should be able to vote by post without a prior request.

 4.  Courts should decide election disputes within three days.
"""
)

STAR_BEFORE = """\
INTERNATIONAL ELECTION OBSERVATION MISSION

Republic of Moldova -- Presidential Election, 2 November 2036

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

Chisinau, 3 November 2036

The presidential election was competitive and fundamental freedoms were respected.

RECOMMENDATIONS

A star before the number marks the recommendations the mission considers most urgent.

\u2605(1) The Central Electoral Commission should publish the results of every polling
     station in a machine-readable format.

  (2) Parties should be required to report their campaign spending before election day.

\u2605(3) The courts should publish all their decisions on election disputes.
"""


@pytest.mark.parametrize(
    ("loader", "text", "ranks", "first"),
    [
        (
            OdihrLoader(),
            DAGGER_BEFORE,
            "1:true 2:false 3:true 4:false",
            "The National Council should adopt rules on campaign",
        ),
        (
            StatementLoader(),
            STAR_BEFORE,
            "1:true 2:false 3:true",
            "The Central Electoral Commission should publish",
        ),
    ],
    ids=["a dagger before a stop, a final report", "a star before a bracket, a statement"],
)
def test_a_mark_glued_before_the_number_keeps_the_number_and_rates_the_item(
    loader: Loader, text: str, ranks: str, first: str
) -> None:
    assert numbers_and_ranks(loader, text) == ranks
    assert read(loader, text)[0][2].startswith(first)  # neither the mark nor the number


def test_an_asterisk_before_a_number_in_a_parenthesis_list_opens_an_item() -> None:
    document = parse_document(
        SourceText("xx", "xx.txt", "Priorities carry an asterisk.\n\n*4)  The law should change.\n")
    )
    items = [e for e in document.elements if e.label]
    assert [(e.label, e.text) for e in items] == [("4", "The law should change.")]


FLAGGED_LETTER = (
    final_report_head(
        "REPUBLIC OF FINLAND",
        "PRESIDENTIAL ELECTION",
        "28 January 2042",
        "Election Expert Team",
        "4 April 2042",
    )
    + """\
RECOMMENDATIONS

The team offers the recommendations below. Items flagged with the letter P should be
addressed as a priority.

1.   P    The Election Act should regulate the financing of campaigns by third parties.

2.        Municipal election boards should publish their minutes.

3.   P    Voters in hospitals should be able to vote on election day as well.

4.        The Ministry of Justice should publish results by polling station.
"""
)

MARKED_WORD = """\
INTERNATIONAL ELECTION OBSERVATION MISSION

Republic of Bulgaria -- Early Parliamentary Elections, 9 June 2040

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

Sofia, 10 June 2040

The elections were competitive, but the frequent changes to the rules strained the
election administration.

RECOMMENDATIONS

The mission offers the following recommendations. Those marked URGENT are essential
before the next elections.

(1)  URGENT   The Electoral Code should not be amended in the year before elections.
(2)           The Central Election Commission should publish its minutes.
(3)  URGENT   Vote buying should be investigated and prosecuted promptly.
(4)           EU Member States should be invited to observe the next elections.
"""


@pytest.mark.parametrize(
    ("loader", "text"),
    [(OdihrLoader(), FLAGGED_LETTER), (StatementLoader(), MARKED_WORD)],
    ids=["a letter in a column, a final report", "a word in a column, a statement"],
)
def test_a_word_in_a_column_between_number_and_text_is_the_priority_mark(
    loader: Loader, text: str
) -> None:
    found = read(loader, text)
    assert numbers_and_ranks(loader, text) == "1:true 2:false 3:true 4:false"
    assert not any(words.startswith(("P ", "URGENT")) for _, _, words in found)
    assert found[-1][2].startswith(("The Ministry of Justice", "EU Member States"))


def test_a_word_is_a_mark_only_where_the_legend_names_it_as_one() -> None:
    mark = item_mark("OSCE Member States should observe the elections.", 0)
    assert mark is not None  # the shape of a column word ...
    legend = "OSCE/ODIHR considers the first three to be priority recommendations."
    assert not priority_mark(mark["mark"], legend)  # ... but no legend calls it a mark
    assert priority_mark("KEY", "Those marked KEY should be acted upon before the next elections.")
    assert priority_mark("H", "Recommendations tagged H are of high priority.")
    assert not priority_mark("H", "Recommendations tagged H were first made in 2019.")


CODED = """\
PRELIMINARY STATEMENT ON THE GENERAL ELECTIONS IN NORTH MACEDONIA

Civic Observers for Fair Elections (COFE)

Skopje, 9 May 2044

5.  ELECTION DAY

5.1  Voting was calm in most polling stations the observers visited.

5.2  Counting was slow, and in one station in six the results protocol was not posted.

6.  RECOMMENDATIONS

6.1  COFE offers the following recommendations to the authorities. Those marked KEY
should be addressed before the next elections.

  A-1   KEY   The State Election Commission should post every results protocol online.

  A-2         Polling boards should be trained in the counting procedures.

  A-3   KEY   The Assembly should adopt the new Electoral Code a year before elections.

6.2  Our observers' forms may be consulted at the COFE office in Skopje.

6.3  COFE thanks its 1,800 volunteers.
"""


def test_hyphenated_codes_under_the_reports_own_paragraph_numbers() -> None:
    assert numbers_and_ranks(StatementLoader(), CODED) == "A1:true A2:false A3:true"
    found = read(StatementLoader(), CODED)
    assert found[1][2] == "Polling boards should be trained in the counting procedures."
    assert label_kind("A1") is LabelKind.CODE
