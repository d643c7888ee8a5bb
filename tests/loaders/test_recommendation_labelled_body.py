"""Recommendations that label themselves in words and where they stand (issue 13, gen21a):
paragraphs labelled "Recommendation 1 (urgent):", "Proposal 2 -", "Recommendation Two."
set inside the body sections after the findings they draw on are the report's numbered
list in any genre; the label may be any of a few nouns after a qualifying word ("Suggested
action 3 --", "Reform proposal 1:"); and in a recommendations section the report's own
numbered paragraphs ("41.", going on from the paragraphs above) beside a list numbered
afresh lead into it and close it, and are none of its items. Precision: a review of an
earlier recommendation ("Recommendation 3 of the 2027 report was ...") and a step of a
procedure are no recommendations. The texts are invented (other states and decades)."""

from __future__ import annotations

from normgraph.loaders.extract.paragraph_numbering import report_paragraphs
from normgraph.loaders.extract.recommendation_lists import label_number, labelled
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.odihr.recommendation_sections import recommendations_sections
from normgraph.loaders.scholarship.article import JournalArticleLoader
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import first_text, one_line
from tests.loaders.odihr_heads import final_report_head
from tests.loaders.test_recommendation_label_marks import numbers_and_ranks, read

IN_THE_SECTIONS = """\
INTERNATIONAL ELECTION OBSERVATION MISSION

Republic of Latvia -- Saeima Elections, 5 October 2038

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

Riga, 6 October 2038

LEGAL FRAMEWORK

The electoral law was amended four months before election day, which left the
administration little time to prepare.

Recommendation 1 (urgent): Amendments to the electoral law should be adopted at least one
year before the elections.

ELECTION ADMINISTRATION

The Central Election Commission worked openly, but its decisions were published late.

Recommendation 2: The Central Election Commission should publish its decisions within
one day of their adoption.

MEDIA

Broadcasters gave most of their news time to the governing parties.

Recommendation 3 (urgent): The media regulator should act on complaints about unequal
coverage before election day.
"""

PROPOSALS_IN_THE_SECTIONS = (
    final_report_head(
        "REPUBLIC OF ICELAND",
        "PARLIAMENTARY ELECTIONS",
        "20 April 2041",
        "Election Assessment Mission",
        "10 July 2041",
    )
    + """\
ELECTORAL SYSTEM

Seats are allocated in six constituencies; the weight of a vote differs by a factor of
two between them.

Proposal 1 - The Althingi should review the allocation of seats so that votes carry an
equal weight.

Earlier recommendations on the allocation of seats have not been addressed.

CAMPAIGN FINANCE

Parties report their spending only after the elections, and no body audits the reports.

Proposal 2 - Parties should report their campaign spending before election day, and the
National Audit Office should review the reports.

COMPLAINTS AND APPEALS

Proposal 3 - Decisions on complaints should be published with their reasons.
"""
)

SPELT_IN_A_STUDY = """\
ELECTORAL REFORM IN CROATIA, 1995-2031: A DISCUSSION PAPER

Ana Horvat and Marko Babic

1. INTRODUCTION

This paper reviews three decades of elections in Croatia.

2. THE VOTER REGISTER

Registers held some 400,000 names of people who no longer live in the country.

Recommendation One. The register should be cleaned of the names of emigrants through a
check against the population register.

3. THE MEDIA

Recommendation Two. The public broadcaster should give equal free airtime to every list.

4. FOLLOW-UP

Recommendation 3 of the 2027 report was implemented in full. Recommendation 4. The count
was late.

5. REFERENCES

Horvat, A. (2028). Registers. Zagreb.
"""


def test_labelled_paragraphs_inside_a_statements_sections_are_its_numbered_list() -> None:
    assert numbers_and_ranks(StatementLoader(), IN_THE_SECTIONS) == "1:true 2:false 3:true"
    found = read(StatementLoader(), IN_THE_SECTIONS)
    assert found[1][2].startswith("The Central Election Commission should publish")


def test_proposals_inside_a_final_reports_sections_are_its_numbered_list() -> None:
    found = read(OdihrLoader(), PROPOSALS_IN_THE_SECTIONS)
    numbered = [(number, words[:20]) for number, _, words in found if number]
    assert numbered == [
        ("1", "The Althingi should "),
        ("2", "Parties should repor"),
        ("3", "Decisions on complai"),
    ]


def test_spelt_labels_inside_a_studys_sections_and_not_a_review_of_earlier_ones() -> None:
    found = read(JournalArticleLoader(), SPELT_IN_A_STUDY)
    assert [(number, words[:28]) for number, _, words in found] == [
        ("1", "The register should be clean"),
        ("2", "The public broadcaster shoul"),
    ]


def test_labelled_paragraphs_that_do_not_number_on_from_one_are_no_list() -> None:
    text = IN_THE_SECTIONS.replace("Recommendation 1 (urgent)", "Recommendation 4 (urgent)")
    document = parse_document(SourceText("lv", "lv.txt", text.replace("Recommendation 2", "R 9")))
    assert recommendations_sections(document) == []


ACTIONS = (
    final_report_head(
        "GEORGIA",
        "LOCAL ELECTIONS",
        "2 October 2039",
        "Election Assessment Mission",
        "15 January 2040",
    )
    + """\
VOTER REGISTRATION

Step 2 of the registration procedure requires a visit in person to the municipality.

RECOMMENDATIONS

Suggested action 1 -- The Central Election Commission should let voters check their
registration online.

Suggested action 2 -- Municipalities should publish the number of voters registered at
each address.

Suggested action 3 -- The Parliament should set a deadline for decisions on complaints
about the voter lists.
"""
)

REFORM_PROPOSALS = """\
MINORITY REPRESENTATION IN ROMANIA: WHAT TWENTY YEARS OF ELECTIONS TEACH

Ioana Marin

1. INTRODUCTION

Minority organisations hold one reserved seat each in the Chamber of Deputies.

2. WHAT SHOULD CHANGE

Reform proposal 1: The threshold for reserved seats should be set in the law on elections,
not by the electoral authority.

Reform proposal 2: Parliament should publish the votes cast for each minority organisation
by county.

3. REFERENCES

Marin, I. (2029). Seats apart. Cluj.
"""


def test_a_label_noun_after_a_qualifying_word_and_a_double_hyphen() -> None:
    found = read(OdihrLoader(), ACTIONS)
    assert [number for number, _, _ in found] == ["1", "2", "3"]
    assert found[0][2] == (
        "The Central Election Commission should let voters check their registration online."
    )
    studied = read(JournalArticleLoader(), REFORM_PROPOSALS)
    assert [(number, words[:16]) for number, _, words in studied] == [
        ("1", "The threshold fo"),
        ("2", "Parliament shoul"),
    ]


def test_what_a_label_in_words_is_and_is_not() -> None:
    for text, number in [
        ("Policy step 4 -- The SEC should publish", "4"),
        ("Key measure 2: The law should", "2"),
        ("STEP 3: THE COMMISSION SHOULD", "3"),
        ("Rec. 05  The CEC should", "5"),
    ]:
        label = labelled(text)
        assert label is not None and label_number(label) == number, text
    for text in ("The step 2 The", "recommendation 3 of the report", "Step 2 of the procedure"):
        assert labelled(text) is None, text


PARAGRAPHS_AROUND = (
    final_report_head(
        "REPUBLIC OF CYPRUS",
        "PARLIAMENTARY ELECTIONS",
        "24 May 2043",
        "Election Assessment Mission",
        "1 September 2043",
    )
    + """\
I. INTRODUCTION

39. The mission was deployed from 10 to 28 May 2043 and consisted of eight experts.

40. The mission met the authorities, parties and civil society.

II. RECOMMENDATIONS

41. These recommendations are offered to support the authorities in bringing the
elections closer to OSCE commitments. Priority recommendations are marked with a dagger.

 1)  The electoral law should be consolidated into one act.

\u20202)  The House of Representatives should regulate campaign finance by third parties.

 3)  Results should be published by polling station.

42. The ODIHR stands ready to assist the authorities in further improving the electoral
process.
"""
)


def test_the_reports_own_paragraphs_around_a_list_numbered_afresh_are_no_items() -> None:
    assert numbers_and_ranks(OdihrLoader(), PARAGRAPHS_AROUND) == "1:false 2:true 3:false"
    document = parse_document(SourceText("cy", "cy.txt", PARAGRAPHS_AROUND))
    elements = list(recommendations_sections(document)[0].all_elements())
    chosen = report_paragraphs(document, elements)
    assert [e.label for e in elements if id(e) in chosen] == ["41", "42"]


def test_a_list_that_goes_on_past_a_paragraph_number_above_stays_the_list() -> None:
    text = (
        PARAGRAPHS_AROUND.replace("39. The mission", "1. The mission")
        .replace("40. The mission", "2. The mission")
        .replace("41. These", "3. These")
        .replace("42. The ODIHR", "4. The ODIHR")
        .replace(
            " 3)  Results", " 3)  Results should be published by polling station.\n\n 4)  Results"
        )
    )
    document = parse_document(SourceText("cy", "cy.txt", text))
    elements = list(recommendations_sections(document)[0].all_elements())
    chosen = report_paragraphs(document, elements)
    # "4)" goes on with the list's "3)", the closing "4." with the report's "3."
    assert [e.label for e in elements if id(e) in chosen] == ["3", "4"]
    assert [number for number, _, _ in read(OdihrLoader(), text)] == ["1", "2", "3", "4"]


NUMBERED_BODY = (
    final_report_head(
        "REPUBLIC OF SAN MARINO",
        "GENERAL ELECTIONS",
        "9 June 2047",
        "Election Expert Team",
        "20 August 2047",
    )
    + """\
LEGAL FRAMEWORK

(12) The law requires candidates to have lived in the country for ten years before the
elections. The ODIHR recommends that the residence requirement for candidates be lifted.

(13) The law was last amended in 2045.

ELECTION ADMINISTRATION

(14) The commission met in closed sessions. The expert team recommends that its sessions
be opened to observers and the media.

RECOMMENDATIONS

(15) The ODIHR offers the following recommendations to the authorities.

1.  The residence requirement for candidates should be lifted.

2.  The commission should open its sessions to observers and the media.

3.  Election results should be published by polling station.
"""
)


def test_the_observers_recommending_in_the_reports_numbered_paragraphs_restate_the_list() -> None:
    extraction = OdihrLoader().extract(SourceText("sm", "sm.txt", NUMBERED_BODY))
    body = [
        fact
        for fact in extraction.facts
        if fact.kind == NG.Recommendation and "/body/" in str(fact.iri)
    ]
    assert [one_line(fact)[:34] for fact in body] == [
        "The ODIHR recommends that the resi",
        "The expert team recommends that it",
    ]
    assert all(first_text(fact, NG.restatedAs) for fact in body)
    listed = NUMBERED_BODY.replace("(12)", "1.").replace("(13)", "2.").replace("(14)", "1.")
    listed = listed.replace("(15)", "")  # numbered within each section: lists, not paragraphs
    assert not [
        fact
        for fact in OdihrLoader().extract(SourceText("sm", "sm.txt", listed)).facts
        if fact.kind == NG.Recommendation and "/body/" in str(fact.iri)
    ]


def test_a_list_numbered_on_across_chapters_is_no_paragraph_numbering() -> None:
    text = """\
3   THE CAMPAIGN

Recommendations

3.  Parties should report their spending every month.

4.  The regulator should publish the reports online.

4   ELECTION ADMINISTRATION

Recommendations

5.  The commissions should be trained before election day:
    a)  training should cover the count;
    b)  the trained members should be listed.

6.  The commissions should publish their minutes.
"""
    document = parse_document(SourceText("xx", "xx.txt", text))
    for section in recommendations_sections(document):
        assert report_paragraphs(document, list(section.all_elements())) == set()
