"""How final reports set out recommendations beyond a plain numbered list: unnumbered ones
under title-case topical lines that the conversion joins to the paragraph below across the
blank line (the line is the category, not part of the text or evidence), decimal-numbered
ones under numbered topics, and labels in words ("Priority recommendation 1:") left out of
the text. Invented texts, on states and wordings no fixture uses."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.rdf.facts import Fact
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

OLDER = """\
OSCE/ODIHR

KINGDOM OF BELGIUM
FEDERAL ELECTIONS
13 June 1999

FINAL REPORT

Warsaw, 20 August 1999

I. INTRODUCTION

The OSCE/ODIHR deployed an assessment team from 1 June 1999.

II. CONCLUSIONS AND RECOMMENDATIONS

The elections were conducted in accordance with OSCE commitments. Nevertheless, the
following points deserve attention:

Electoral system

The allocation of seats to constituencies should be reviewed after each census.

Automated voting

The software of the voting machines should be published and audited by an independent
body before each election.
"""


def _values(fact: Fact, predicate: URIRef) -> list[str]:
    return [str(v) for p, v in fact.values if p == predicate]


def test_a_topical_line_joined_to_its_paragraph_is_the_category_not_the_text() -> None:
    extraction = OdihrLoader().extract(SourceText("be", "be.txt", OLDER))
    found = [f for f in extraction.facts if f.kind == NG.Recommendation]
    assert [(_values(f, NG.categoryHeading), _values(f, NG.text)[0][:40]) for f in found] == [
        (["Electoral system"], "The allocation of seats to constituencie"),
        (["Automated voting"], "The software of the voting machines shou"),
    ]
    first = OLDER[found[0].evidence[0].start : found[0].evidence[0].end]
    assert first.startswith("The allocation of seats")


DECIMAL = """\
Office for Democratic Institutions and Human Rights

PRINCIPALITY OF LIECHTENSTEIN

LANDTAG ELECTIONS
7 February 2038

ODIHR Election Expert Team Final Report

Warsaw
2 May 2038

I. EXECUTIVE SUMMARY

The elections were well administered. Turnout was
2.5 per cent higher than in 2033.

II. RECOMMENDATIONS

1. Legal framework
1.1 The electoral law should be consolidated into one act.
1.2 Voters abroad should be able to vote by post without a prior request.
2. Election administration
2.1 Municipal election boards should publish their minutes.
"""


def test_decimal_numbered_recommendations_under_numbered_topics() -> None:
    extraction = OdihrLoader().extract(SourceText("li", "li.txt", DECIMAL))
    found = [f for f in extraction.facts if f.kind == NG.Recommendation]
    assert [
        (_values(f, NG.number), _values(f, NG.categoryHeading), _values(f, NG.text)[0][:25])
        for f in found
    ] == [
        (["1.1"], ["Legal framework"], "The electoral law should "),
        (["1.2"], ["Legal framework"], "Voters abroad should be a"),
        (["2.1"], ["Election administration"], "Municipal election boards"),
    ]


WORDED = """\
Office for Democratic Institutions and Human Rights

REPUBLIC OF SAN MARINO

GENERAL ELECTIONS
20 November 2039

ODIHR Election Assessment Mission Final Report

Warsaw
1 March 2040

I. EXECUTIVE SUMMARY

The elections were competitive.

II. RECOMMENDATIONS

Priority recommendation 1: The Great and General Council should regulate the
financing of campaigns by third parties.

Recommendation 2: The Electoral Commission should publish its minutes.
"""


def test_a_label_in_words_is_left_out_of_the_text_and_may_name_a_priority() -> None:
    extraction = OdihrLoader().extract(SourceText("sm", "sm.txt", WORDED))
    found = [f for f in extraction.facts if f.kind == NG.Recommendation]
    assert [
        (_values(f, NG.number), _values(f, NG.priority), _values(f, NG.text)[0][:30]) for f in found
    ] == [
        (["1"], ["true"], "The Great and General Council "),
        (["2"], ["false"], "The Electoral Commission shoul"),
    ]


LESSONS = """\
FINAL NARRATIVE REPORT

Strengthening Citizen Oversight of Elections in the Kingdom of Spain

Implementer: Civic Ballot Network (CBN)
Donor: Open Vote Foundation
Period: 1 January 2031 to 31 December 2032

1. EXECUTIVE SUMMARY

The programme trained 800 observers and published two reports.

2. LESSONS LEARNED AND RECOMMENDATIONS

Lessons learned

- Observer training must start at least three months before election day.
- Working with regional radio increased the reach of the reports.

Recommendations

1. The Central Electoral Board should publish results by polling station.
2. Donors should fund observation between elections.
"""

CONCLUDED = (
    DECIMAL.split("II. RECOMMENDATIONS")[0]
    + """\
II. CONCLUSIONS AND RECOMMENDATIONS

Conclusions

1. The elections were well run, but the law should have been adopted earlier.

Recommendations

1. Municipal election boards should publish their minutes.
"""
)


def test_lessons_learned_and_conclusions_beside_recommendations_are_not_recommendations() -> None:
    programme = ProgrammeLoader().extract(SourceText("es", "es.txt", LESSONS))
    final = OdihrLoader().extract(SourceText("li", "li.txt", CONCLUDED))
    texts = [
        [_values(f, NG.text)[0][:30] for f in extraction.facts if f.kind == NG.Recommendation]
        for extraction in (programme, final)
    ]
    assert texts == [
        ["The Central Electoral Board sh", "Donors should fund observation"],
        ["Municipal election boards shou"],
    ]
