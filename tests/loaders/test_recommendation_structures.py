"""Recommendations found by the structure of the list, whatever its wording (issue 13,
gen13n): a numbered paragraph that announces "the following recommendations" and the
lettered items under it (the items are the recommendations, not its parts); a section
titled with a part prefix ("PART SIX: RECOMMENDATIONS"); "Priority recommendations" /
"Further recommendations" lines the model reads as paragraphs; a study's "Policy
proposals" section whose "Proposal N -" paragraphs go on with the reasons for them.
Invented texts, on states and layouts no fixture report uses."""

from __future__ import annotations

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.scholarship.article import JournalArticleLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import first_text
from tests.loaders.odihr_heads import final_report_head

HEAD = final_report_head(
    "REPUBLIC OF PORTUGAL",
    "LOCAL ELECTIONS",
    "12 October 2031",
    "Election Assessment Mission",
    "20 December 2031",
)

ANNOUNCED = (
    HEAD
    + """\
1. INTRODUCTION

1.1 The mission was deployed on 20 September 2031 and followed the elections in twelve
municipalities.

6. CONCLUSIONS AND RECOMMENDATIONS

6.1 The elections were well administered and offered voters a genuine choice.

6.2 The mission presents the following recommendations to the authorities:

a)  The electoral law should set a deadline for the registration of candidate lists at
    least sixty days before election day;
b)  Municipal election boards should publish the minutes of all their sessions;
c)  The National Election Commission should:
    -  train the members of polling boards;
    -  issue guidance on assisted voting.
"""
)

CHAPTERED = (
    HEAD
    + """\
PART TWO: THE CAMPAIGN

The campaign was calm. Candidates could campaign freely in all municipalities.

PART SIX: RECOMMENDATIONS

To the National Election Commission:

1.  The Commission should publish results by polling station on election night.

To the Assembly of the Republic:

2.  The Assembly should regulate the financing of campaigns by third parties.
"""
)

RANKED = (
    HEAD
    + """\
I. SUMMARY

The elections were competitive and well run.

VIII. RECOMMENDATIONS

Priority recommendations

1.  The law should provide for citizen observation at all levels of the administration.

Further recommendations

2.  The National Election Commission should publish its decisions within one day.

3.  Municipalities should make all polling stations accessible to wheelchair users.
"""
)

STUDY = """\
Lisbon Institute of Electoral Studies \u00b7 Working Paper 4/2032

Counting on Sunday: Postal Voting in Portugal after 2031

Ana Ferreira and Rui Lopes

Abstract  This paper examines postal voting in the local elections of 12 October 2031 and
the observers' recommendations on it.

1. Introduction

Postal voting grew threefold between 2021 and 2031, and its count took two days.

2. Proposals

The count of postal ballots must be as quick as the count at polling stations, and as open
to scrutiny. We propose:

Proposal 1 \u2013 Postal ballots should be counted on election day by the municipal
boards. The count would then be complete on election night. Delays fed rumours in 2031.
Proposal 2 \u2013 The electoral law should allow citizen observers to attend the count of
postal ballots.

3. Conclusion

Portugal can count its postal ballots faster without losing accuracy.
"""


def _recommendations(extraction: Extraction) -> list[Fact]:
    return [fact for fact in extraction.facts if fact.kind == NG.Recommendation]


def _final(text: str) -> list[Fact]:
    return _recommendations(OdihrLoader().extract(SourceText("pt", "pt.txt", text)))


def test_the_items_a_numbered_paragraph_announces_are_the_recommendations() -> None:
    found = _final(ANNOUNCED)
    assert [first_text(fact, NG.number) for fact in found] == ["a", "b", "c"]
    assert str(first_text(found[0], NG.text)).startswith("The electoral law should set a deadline")
    # the announcing paragraph is none, and "c)" keeps its dashed parts in its text
    assert not any("presents the following" in str(first_text(f, NG.text)) for f in found)
    assert "guidance on assisted voting" in str(first_text(found[2], NG.text))


def test_a_recommendations_section_with_a_part_prefix_is_found() -> None:
    found = _final(CHAPTERED)
    assert [first_text(fact, NG.number) for fact in found] == ["1", "2"]


def test_priority_and_further_lines_read_as_paragraphs_set_the_priority() -> None:
    found = _final(RANKED)
    assert [(first_text(f, NG.number), first_text(f, NG.priority)) for f in found] == [
        ("1", "true"),
        ("2", "false"),
        ("3", "false"),
    ]


def test_a_studys_proposals_section_gives_numbered_recommendations_without_the_reasons() -> None:
    extraction = JournalArticleLoader().extract(SourceText("study", "study.txt", STUDY))
    found = _recommendations(extraction)
    assert [first_text(fact, NG.number) for fact in found] == ["1", "2"]
    assert first_text(found[0], NG.text) == (
        "Postal ballots should be counted on election day by the municipal boards."
    )
