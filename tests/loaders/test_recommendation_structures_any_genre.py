"""The same recommendation structures read in every genre (issue 13, gen13n): a statement
or a programme report whose recommendations are a table's rows, a list numbered afresh
under lettered topics ("A. Election administration" heads items, it is none), priority
lines read as paragraphs, decimal numbers ("3.1"); a study's numbered items in its
recommendations section; a section titled "Conclusions, lessons learned and
recommendations", its conclusions none; "Recommendations" closing each chapter of a
statement, a programme report or a study, all of them read. Invented texts on a state and
in layouts no fixture report uses."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.base import Loader
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.rdf.facts import Fact
from normgraph.loaders.scholarship.article import JournalArticleLoader
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import texts
from tests.loaders.odihr_heads import final_report_head

STATEMENT = """\
Malta Election Watch

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

Valletta, 4 June 2033

Malta Election Watch deployed 200 observers for the parliamentary elections of 3 June 2033.

PRELIMINARY FINDINGS

The elections were competitive and well run. Voting was orderly.

RECOMMENDATIONS

{BODY}

About the mission

Malta Election Watch is a non-partisan network of citizen observers.
"""

PROGRAMME = """\
MALTA VOTE WATCH

Annual Narrative Report to the Donor

Project title:            Citizens Watching the Vote
Implementing partner:     Malta Vote Watch (MVW)
Donor:                    Nordic Fund for Democratic Governance (NFDG)
Grant number:             NFDG-2033-045
Period of performance:    1 March 2033 to 28 February 2034
Country:                  Malta

Valletta, 15 April 2034

1. EXECUTIVE SUMMARY

Malta Vote Watch deployed 200 observers for the parliamentary elections of 3 June 2033.
Voting was generally orderly.

2. RECOMMENDATIONS

{BODY}

3. FINANCIAL REPORT

The budget was spent as planned.
"""

STUDY = """\
Journal of Island Electoral Studies 4(1): 1-20

Small States, Open Contests: The 2033 Elections in Malta

Joseph Borg

Abstract. This article examines the parliamentary elections of 3 June 2033 in Malta and
what observers recommended about them.

1. Introduction

The elections of 3 June 2033 were competitive, and observers praised their conduct.

2. Recommendations

{BODY}

3. Conclusion

Malta shows that a small state can run an open contest.
"""

FINAL = (
    final_report_head(
        "REPUBLIC OF MALTA",
        "PARLIAMENTARY ELECTIONS",
        "3 June 2033",
        "Election Assessment Mission",
        "1 September 2033",
    )
    + """\
I. EXECUTIVE SUMMARY

The elections were competitive and well run, and voters had a genuine choice.

II. CONCLUSIONS, LESSONS LEARNED AND RECOMMENDATIONS

The count was transparent and the results were accepted by all contestants.

1.  The Electoral Commission should publish the minutes of all its meetings.

2.  Parliament should regulate the financing of campaigns by third parties.
"""
)

TABLE = """\
No.  Recommendation                                              Addressee
1    The Electoral Commission should publish the minutes of all     Electoral Commission
     its meetings within three days.
2    Parliament should regulate the financing of campaigns by       Parliament
     third parties.
"""

TOPICS = """\
A. Election administration

1.  The Electoral Commission should publish the minutes of all its meetings.

B. Campaign finance and media

1.  Parliament should regulate the financing of campaigns by third parties.

2.  The broadcasting authority should monitor the coverage of all contestants.
"""

RANKED = """\
Priority recommendations

1.  The Electoral Commission should publish the minutes of all its meetings.

Other recommendations

2.  Parliament should regulate the financing of campaigns by third parties.
"""

DECIMAL = """\
3.1 The Electoral Commission should publish the minutes of all its meetings.
3.2 Parliament should regulate the financing of campaigns by third parties.
"""


def _recommendations(loader: Loader, text: str) -> list[Fact]:
    extraction = loader.extract(SourceText("mt", "mt.txt", text))
    return [fact for fact in extraction.facts if fact.kind == NG.Recommendation]


def _read(facts: list[Fact], *predicates: URIRef) -> list[tuple[str | None, ...]]:
    return [
        tuple(next(iter(texts(fact, predicate)), None) for predicate in predicates)
        for fact in facts
    ]


def test_a_statements_and_a_programmes_recommendations_table_gives_one_per_row() -> None:
    for loader, head in ((StatementLoader(), STATEMENT), (ProgrammeLoader(), PROGRAMME)):
        found = _recommendations(loader, head.replace("{BODY}", TABLE))
        assert _read(found, NG.number) == [("1",), ("2",)]
        assert texts(found[1], NG.text) == [
            "Parliament should regulate the financing of campaigns by third parties."
        ]


def test_lettered_topics_head_a_statements_items_numbered_afresh() -> None:
    found = _recommendations(StatementLoader(), STATEMENT.replace("{BODY}", TOPICS))
    assert _read(found, NG.number, NG.categoryHeading) == [
        ("1", "A. Election administration"),
        ("1", "B. Campaign finance and media"),
        ("2", "B. Campaign finance and media"),
    ]
    assert len({fact.iri for fact in found}) == 3


def test_a_programmes_items_numbered_afresh_stay_apart() -> None:
    found = _recommendations(ProgrammeLoader(), PROGRAMME.replace("{BODY}", TOPICS))
    assert [number for (number,) in _read(found, NG.number)] == ["1", "1", "2"]
    assert len({fact.iri for fact in found}) == 3


def test_priority_lines_rank_a_statements_items() -> None:
    found = _recommendations(StatementLoader(), STATEMENT.replace("{BODY}", RANKED))
    assert _read(found, NG.number, NG.priority) == [("1", "true"), ("2", "false")]


def test_a_programmes_decimal_numbers_are_kept() -> None:
    found = _recommendations(ProgrammeLoader(), PROGRAMME.replace("{BODY}", DECIMAL))
    assert _read(found, NG.number) == [("3.1",), ("3.2",)]


def test_a_studys_numbered_items_in_its_recommendations_section() -> None:
    found = _recommendations(JournalArticleLoader(), STUDY.replace("{BODY}", DECIMAL))
    assert _read(found, NG.number) == [("3.1",), ("3.2",)]


def test_a_section_titled_with_lessons_learned_gives_its_asks_not_its_conclusions() -> None:
    found = _recommendations(OdihrLoader(), FINAL)
    assert _read(found, NG.number) == [("1",), ("2",)]


CHAPTERS = """\
LEGAL FRAMEWORK

The law was amended in 2032 without consultation.

Recommendations

1.  The Electoral Commission should publish the minutes of all its meetings.

MEDIA

The media were pluralistic but polarised.

Recommendations

2.  Parliament should regulate the financing of campaigns by third parties.

3.  The broadcasting authority should monitor the coverage of all contestants.
"""


def test_recommendations_closing_each_chapter_are_all_read_in_every_genre() -> None:
    numbered = CHAPTERS.replace("LEGAL", "1. LEGAL").replace("MEDIA", "2. MEDIA")
    statement = STATEMENT.replace("RECOMMENDATIONS\n\n{BODY}", numbered)
    programme = PROGRAMME.replace(
        "2. RECOMMENDATIONS\n\n{BODY}",
        CHAPTERS.replace("LEGAL", "2. LEGAL").replace("MEDIA", "3. MEDIA"),
    ).replace("3. FINANCIAL", "4. FINANCIAL")
    study = STUDY.replace(
        "2. Recommendations\n\n{BODY}",
        CHAPTERS.replace("LEGAL", "2. LEGAL").replace("MEDIA", "3. MEDIA"),
    ).replace("3. Conclusion", "4. Conclusion")
    for loader, text in (
        (StatementLoader(), statement),
        (ProgrammeLoader(), programme),
        (JournalArticleLoader(), study),
    ):
        found = _recommendations(loader, text)
        assert _read(found, NG.number) == [("1",), ("2",), ("3",)], type(loader).__name__
