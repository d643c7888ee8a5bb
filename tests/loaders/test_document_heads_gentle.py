"""A document read right when its head keeps to no known shape (issue 13, gen16a): a
statement that never calls itself preliminary is a statement; a thesis chapter with no
"Author:" line names its author and date in the note it opens with; a statement's list
marks its priorities with an asterisk by the number ("2.*"), and the words over its
numbered list that ask nothing of anyone are its lead-in. The texts are invented:
other states and layouts than the fixtures'."""

from __future__ import annotations

from rdflib import Literal

from normgraph.loaders.extract.report import stated_genre
from normgraph.loaders.scholarship.head import head_thesis
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.genres import Genre
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import facts, values


def _genre(text: str) -> str:
    return stated_genre(SourceText("s", "s.txt", text), Genre.PRELIMINARY_STATEMENT)[1]


def test_a_statement_that_never_says_preliminary_is_a_statement() -> None:
    closing = "CLOSING STATEMENT OF THE ALPINE OBSERVER DELEGATION\nVaduz, 3 March 2033\n"
    assert _genre(closing) == "statement"
    post = "Post-Election Statement\nNordic Vote Institute mission to Iceland\n\nText.\n"
    assert _genre(post) == "statement"


def test_a_report_on_an_observation_that_never_says_preliminary_is_a_statement() -> None:
    assert _genre("Mission to Malta\n\nThe delegation observed the vote.\n") == "statement"


def test_a_preliminary_statement_stays_one() -> None:
    head = "STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS\nReykjavik, 2 May 2033\n"
    assert _genre(head) == "preliminary-statement"
    report = "ENEMO\nPreliminary Report on the 3 May 2033 Elections in Iceland\n"
    assert _genre(report) == "preliminary-statement"


CHAPTER = """\
                                                                     57

Chapter 3

Portugal: the long road to an independent media regulator

This chapter is taken from a master's dissertation, "Observers and Reformers", written by
Ana Ribeiro Costa at the Institute of Political Studies, Lisbon, in June 2019.

3.1  Introduction

Portugal has invited observers since 2009.
"""


def test_a_thesis_chapter_names_its_author_and_year_in_its_opening_note() -> None:
    head = head_thesis(SourceText("pt", "pt.txt", CHAPTER))
    assert [creator.name for creator in head.creators] == ["Ana Ribeiro Costa"]
    assert head.issued == 2019
    assert head.title == "Portugal: the long road to an independent media regulator"


def test_a_thesis_with_no_note_and_no_author_line_names_no_author() -> None:
    head = head_thesis(SourceText("pt", "pt.txt", "Chapter 3\n\nPortugal has voted.\n"))
    assert head.creators == []


STATEMENT = """\
ALPINE OBSERVER DELEGATION
Preliminary statement on the parliamentary elections of 7 February 2033 in Liechtenstein

Vaduz, 8 February 2033

The delegation observed the vote in all eleven municipalities of Liechtenstein.

RECOMMENDATIONS

The delegation offers these recommendations; those marked with an asterisk are urgent.

  1.  The Landtag should regulate the financing of campaigns by third parties.
  2.* The government should publish the voter register's figures each month.
  3.* The election commission should train polling staff on counting postal votes.
  4.  Parties should nominate more women in winnable positions.
"""


def test_an_asterisk_by_the_number_marks_the_priorities() -> None:
    extraction = StatementLoader().extract(SourceText("li", "li.txt", STATEMENT))
    listed = facts(extraction, NG.Recommendation)
    assert len(listed) == 4  # the lead-in over the list asks nothing: no recommendation
    priority = {
        str(values(fact, NG.number)[0]): values(fact, NG.priority)
        for fact in facts(extraction, NG.Recommendation)
    }
    assert priority["2"] == [Literal(True)] and priority["3"] == [Literal(True)]
    assert priority["1"] == [Literal(False)] and priority["4"] == [Literal(False)]


def test_an_asterisk_by_every_number_is_decoration() -> None:
    every = STATEMENT.replace("  1.  ", "  1.* ").replace("  4.  ", "  4.* ")
    extraction = StatementLoader().extract(SourceText("li", "li.txt", every))
    assert all(
        Literal(True) not in values(fact, NG.priority)
        for fact in facts(extraction, NG.Recommendation)
    )


BULLETED = """\
CARPATHIAN VOTE MONITOR
Statement on the presidential election of 14 March 2032 in Slovakia

Bratislava, 15 March 2032

The monitor deployed 60 observers across Slovakia.

{title}

  \u2022 The National Council should regulate spending by third parties before the vote.
  \u2022 Publish the results of every polling station within a day.
  \u2022 The election commission should train its staff on counting postal votes.
"""


def test_bullets_under_a_title_that_names_recommendations_alone_are_each_one() -> None:
    for title in ("Recommendations to the authorities", "3. OUR RECOMMENDATIONS"):
        text = BULLETED.format(title=title)
        extraction = StatementLoader().extract(SourceText("sk", "sk.txt", text))
        found = [str(values(f, NG.text)[0]) for f in facts(extraction, NG.Recommendation)]
        assert len(found) == 3, title
        assert found[1] == "Publish the results of every polling station within a day."
