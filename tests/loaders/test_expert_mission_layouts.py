"""A final report laid out as expert and observation missions outside ODIHR lay theirs
out: "Chapter N   Title" headings, an unnumbered summary between the contents and the
first chapter, a follow-up table of the mission's earlier recommendations with a status
column wrapped over two lines, recommendations set out under "To <addressee>" lines and
numbered afresh under each, priorities marked "(Priority)" at the item's end, and a
numbered annex that is no recommendation. Also: ODIHR's preamble asking that the list be
read with earlier recommendations "which remain to be addressed" states no verdict.

The reports are invented for these tests; the organisations are made up.
"""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.passing_recommendations import recommends_in_passing
from normgraph.loaders.extract.verdict_cues import stated_verdict
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

EXPERT = """\
CIVIC BALLOT FORUM


GRAND DUCHY OF LUXEMBOURG
Elections to the Chamber of Deputies, 14 October 2029

REPORT OF THE ELECTORAL OBSERVATION MISSION

Luxembourg, 2 February 2030


Contents
Key conclusions                                                        2
Chapter 1   Background                                                 2
Chapter 2   Our 2024 recommendations                                   3
Chapter 3   Recommendations                                            4


KEY CONCLUSIONS

1.  The elections were well run and enjoyed broad public trust.
2.  Online campaign advertising remains unregulated.

Chapter 1   Background

The Civic Ballot Forum deployed an observation mission of four members from 1 to 20
October 2029. The Chamber of Deputies has 60 members elected in four constituencies.

Chapter 2   Our 2024 recommendations

Our 2024 report made six recommendations. Two have been implemented in full, one in part,
and three have not been taken up. As recommended by the Forum in 2024, the Electoral Office
now publishes its decisions online.

No.  Recommendation of 2024                  Status         Comment
1    Publish decisions of the Electoral       Implemented    Online since
     Office online                                           2026
2    Regulate online campaign                 Partly         A draft law is
     advertising                              implemented    pending
3    Lower the registration deposit           Not implemented

Chapter 3   Recommendations

The recommendations are set out by addressee and numbered within each.

To the Chamber of Deputies

1.   Regulate online campaign advertising by parties and by third parties. (Priority)
2.   Lower the deposit for the registration of candidate lists.

To the electoral office

1.   Publish the minutes of its meetings within one week. (Priority)

Annex   People the mission met

1.   Electoral Office, secretariat
2.   Press Council
"""


@pytest.fixture(scope="module")
def expert() -> Extraction:
    return OdihrLoader().extract(SourceText("expert", "expert.txt", EXPERT))


def _of(extraction: Extraction, kind: object) -> list[Fact]:
    return [fact for fact in extraction.facts if fact.kind == kind]


def _value(fact: Fact, prop: object) -> str | None:
    return next((str(v) for p, v in fact.values if p == prop), None)


def test_chapter_headings_an_annex_title_and_a_summary_before_the_chapters() -> None:
    document = parse_document(SourceText("expert", "expert.txt", EXPERT))
    titles = [section.title for section in document.sections()]
    assert "KEY CONCLUSIONS" in titles
    assert {"Background", "Our 2024 recommendations", "Recommendations"} <= set(titles)
    assert any(title.startswith("Annex") for title in titles)


def test_recommendations_numbered_afresh_under_each_addressee(expert: Extraction) -> None:
    found = [
        (_value(fact, NG.number), _value(fact, NG.priority), _value(fact, NG.text))
        for fact in _of(expert, NG.Recommendation)
    ]
    assert found == [
        (
            "1",
            "true",
            "Regulate online campaign advertising by parties and by third parties.",
        ),
        ("2", "false", "Lower the deposit for the registration of candidate lists."),
        ("1", "true", "Publish the minutes of its meetings within one week."),
    ]


def test_the_addressee_line_is_each_recommendations_category(expert: Extraction) -> None:
    categories = [_value(fact, NG.categoryHeading) for fact in _of(expert, NG.Recommendation)]
    assert categories == ["To the Chamber of Deputies"] * 2 + ["To the electoral office"]


def test_the_tally_the_implicit_verdict_and_each_row_of_the_status_table(
    expert: Extraction,
) -> None:
    statuses = sorted(
        str(_value(fact, NG.status)).rsplit("/", 1)[-1]
        for fact in _of(expert, NG.ImplementationAssessment)
    )
    # tally 2 / 1 / 3, "As recommended ... now publishes", rows 1-3 ("Partly" over
    # "implemented" is one partial status, not a partial and a full one)
    assert statuses == sorted(
        ["fully-implemented"] * 3 + ["partially-implemented"] * 2 + ["not-implemented"] * 2
    )


PREAMBLE = """\
OSCE/ODIHR Election Observation Mission Final Report

I. INTRODUCTION

The OSCE/ODIHR deployed an Election Observation Mission for the 3 May 2031 parliamentary
elections in Ireland. Several recommendations of previous reports have not been addressed.

II. RECOMMENDATIONS

These recommendations should be read in conjunction with the recommendations of previous
OSCE/ODIHR reports which remain to be addressed.

1. The election administration should publish all its decisions.
"""


def test_the_read_in_conjunction_preamble_states_no_verdict() -> None:
    extraction = OdihrLoader().extract(SourceText("pre", "pre.txt", PREAMBLE))
    quotes = [
        PREAMBLE[span.start : span.end]
        for fact in _of(extraction, NG.ImplementationAssessment)
        for span in fact.evidence
    ]
    assert len(quotes) == 1 and "have not been addressed" in quotes[0]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        (
            "As recommended by the observers in 2016, the commission now publishes its minutes.",
            "fully-implemented",
        ),
        (
            "As recommended in 2019, the courts have since decided appeals in public.",
            "fully-implemented",
        ),
        ("As recommended in 2016, the law should be amended before the next elections.", None),
        (
            "The 2020 recommendation on voting abroad has thus been implemented only in part.",
            "partially-implemented",
        ),
        ("The 2018 recommendation on the deposit was taken up in 2021.", "fully-implemented"),
        ("This earlier recommendation has been heeded.", "fully-implemented"),
        (
            "The government has since implemented the recommendation to publish all decisions.",
            "fully-implemented",
        ),
        (
            "The previous recommendation on appeals has still not been acted upon.",
            "not-implemented",
        ),
        ("Parliament did not follow the earlier recommendation on deadlines.", "not-implemented"),
        ("The commission should implement the recommendation without delay.", None),
    ],
)
def test_verdicts_of_a_dated_recommendation(sentence: str, verdict: str | None) -> None:
    assert stated_verdict(sentence) == verdict


@pytest.mark.parametrize(
    ("sentence", "recommends"),
    [
        ("The EAM recommends that the registry publish the list of party agents.", True),
        ("The expert team recommends that the deposit be lowered.", True),
        ("The LEOM also recommends that the courts hear appeals in public.", True),
        ("The election commission recommends that voters bring an identity card.", False),
    ],
)
def test_a_mission_named_by_its_acronym_or_as_a_team_recommends(
    sentence: str, recommends: bool
) -> None:
    assert recommends_in_passing(sentence, set()) is recommends


PARTS = """\
OSCE/ODIHR Election Assessment Mission Final Report

I. INTRODUCTION

The OSCE/ODIHR deployed an Election Assessment Mission for the 9 March 2031 parliamentary
elections in Ireland.

II. RECOMMENDATIONS

1.   The returning officers should publish, in an open format:
        (a)  the register of postal voters in each constituency;
        (b)  the results of each ballot box.
2.   The deposit for candidates should be abolished.
"""


def test_a_recommendations_lettered_parts_are_in_its_text_with_their_labels() -> None:
    extraction = OdihrLoader().extract(SourceText("parts", "parts.txt", PARTS))
    texts = [_value(fact, NG.text) for fact in _of(extraction, NG.Recommendation)]
    assert texts == [
        "The returning officers should publish, in an open format:\n"
        "(a)  the register of postal voters in each constituency;\n"
        "(b)  the results of each ballot box.",
        "The deposit for candidates should be abolished.",
    ]


CHAPTERS = """\
OSCE/ODIHR Election Observation Mission Final Report

I. INTRODUCTION

The OSCE/ODIHR deployed an Election Observation Mission for the 9 March 2031 parliamentary
elections in Ireland.

II. LEGAL FRAMEWORK

The rules on observers are missing from the law.

Recommendations

1. The law should provide for citizen observers at all levels.
2. The electoral laws should be consolidated into one act.

III. MEDIA

The media were free.

Recommendation

3. Coverage rules should apply to online outlets.
"""


def test_recommendations_closing_each_chapter_without_a_final_list() -> None:
    extraction = OdihrLoader().extract(SourceText("chapters", "chapters.txt", CHAPTERS))
    numbers = [_value(fact, NG.number) for fact in _of(extraction, NG.Recommendation)]
    assert numbers == ["1", "2", "3"]


TITLED = """\
OSCE/ODIHR Election Observation Mission Final Report

I. INTRODUCTION

The OSCE/ODIHR deployed an Election Observation Mission for the 9 March 2031 parliamentary
elections in Ireland.

II. THE MISSION'S RECOMMENDATIONS

1. The law should provide for citizen observers at all levels.
2. Decisions on complaints should be published within two days.
"""


def test_a_list_titled_as_the_missions_recommendations() -> None:
    extraction = OdihrLoader().extract(SourceText("titled", "titled.txt", TITLED))
    numbers = [_value(fact, NG.number) for fact in _of(extraction, NG.Recommendation)]
    assert numbers == ["1", "2"]
