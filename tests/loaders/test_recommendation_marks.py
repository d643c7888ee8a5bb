"""Recommendations marked and numbered in ways no single cue names: a priority asterisk on
the number ("4.*"), topical sub-headings the document model sets beside the capitalised
recommendations section, a run-in "Recommendation:" closing a numbered paragraph of the
body, numbers spelt out ("Recommendation Three."), a study's "Proposal N." paragraphs under
a title that does not say recommendations, and a typewritten "PART SIX -- ..." heading with
its underline. The texts are invented (other states and bodies than the fixtures')."""

from __future__ import annotations

from rdflib import Literal

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.programme.recommendations import add_programme_recommendations
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.scholarship.recommendations import add_study_recommendations
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import first_text, one_line

STARRED = """\
OSCE Office for Democratic Institutions and Human Rights

REPUBLIC OF MALTA

GENERAL ELECTIONS
3 March 2031

ODIHR Election Assessment Mission Report

Warsaw
12 June 2031

LEGAL FRAMEWORK

4. The Electoral Act was amended eleven times since the last elections, each time less
than two months before election day, and no consolidated text is available to voters.
Recommendation: The Electoral Act should be published in a consolidated version after
each amendment.

The deadline for electoral appeals is one day. So short a deadline is not in line with the
principle of an effective remedy; the deadline for electoral appeals should be extended to
at least three days. The ODIHR nonetheless considers that courts should publish all their
decisions. Parties are encouraged to consider internal rules on gender balance.

RECOMMENDATIONS

The recommendations below are offered to the authorities of Malta. Those marked with an
asterisk (*) call for priority attention.

Legal framework

  1.*  The Electoral Act should be published in a consolidated version after each
       amendment.

  2.   The deadline for the nomination of candidates should be set by law. (para. 4)

Broadcast media

  3.*  The Broadcasting Authority should monitor the coverage of contestants during the
       whole campaign period.

  4.   Public broadcasters should offer free airtime to every contestant.

  5.   The deadline for electoral appeals should be extended to at least three days.

ANNEX: FINAL RESULTS

Registered voters    355,000
"""


def _recommendations(extraction: Extraction) -> list[Fact]:
    return [fact for fact in extraction.facts if fact.kind == NG.Recommendation]


def test_starred_numbers_are_the_priorities_under_every_topical_sub_heading() -> None:
    extraction = OdihrLoader().extract(SourceText("mt", "mt.txt", STARRED))
    listed = [f for f in _recommendations(extraction) if first_text(f, NG.number)]
    read = [(first_text(f, NG.number), first_text(f, NG.priority)) for f in listed]
    assert read == [("1", "true"), ("2", "false"), ("3", "true"), ("4", "false"), ("5", "false")]
    assert first_text(listed[1], NG.text) == (
        "The deadline for the nomination of candidates should be set by law."
    )
    assert one_line(listed[2]) == (
        "The Broadcasting Authority should monitor the coverage of contestants during the "
        "whole campaign period."
    )


def test_body_recommendations_run_in_in_a_clause_and_in_the_observers_view() -> None:
    extraction = OdihrLoader().extract(SourceText("mt", "mt.txt", STARRED))
    body = [f for f in _recommendations(extraction) if "/body/" in str(f.iri)]
    texts = {one_line(f): f for f in body}
    assert sorted(texts) == [
        "Parties are encouraged to consider internal rules on gender balance.",
        "The Electoral Act should be published in a consolidated version after each amendment.",
        "The ODIHR nonetheless considers that courts should publish all their decisions.",
        "the deadline for electoral appeals should be extended to at least three days.",
    ]
    restated = (
        "The Electoral Act should be published in a consolidated version after each amendment."
    )
    assert first_text(texts[restated], NG.restatedAs) is not None


PAPER = """\
VOTING FROM ABROAD IN PORTUGAL

I. THE PROBLEM

Fewer than one in ten citizens abroad voted in 2029, although most of them are
registered.

II. WHAT WE PROPOSE

We make two proposals to the Assembly of the Republic.

Proposal 1. Postal voting should be open to every registered citizen abroad,
without a prior request.

Proposal 2. The Assembly of the Republic should review the number of seats of the
constituencies abroad.

III. REFERENCES

Silva, A. (2028). Voting at a distance. Lisbon.
"""


def test_a_studys_proposals_under_a_title_that_does_not_say_recommendations() -> None:
    source = SourceText("pt", "pt.txt", PAPER)
    document = parse_document(source)
    extraction = Extraction()
    report = Fact(iri=mint("report", "invented-pt"), kind=NG.Report, label="Paper")
    found = add_study_recommendations(extraction, document, report, "PT")
    assert [first_text(f, NG.number) for f in found] == ["1", "2"]
    assert str(first_text(found[0], NG.text)).startswith("Postal voting should be open")


PROGRAMME = """\
CIVIC VOTE PROJECT -- FINAL REPORT

PART ONE -- SUMMARY
-------------------

The project trained 300 volunteers in the northern districts.

PART TWO -- RECOMMENDATIONS
---------------------------

The board adopted the following recommendations in May 2030.
It considers Recommendation Two the most urgent.

Recommendation One.  The election commission should publish the list of polling
stations two months before polling day.

Recommendation Two.  Parliament should allow voters to register at the polling
station on polling day.

Recommendation Three.  Parties should publish their campaign accounts.

We also suggest that donors consider funding local radio stations in the north.
APPENDIX 1: MEETINGS HELD
 1.  Electoral Commission, meeting with the chair, 3 April 2030
 2.  Parliament, hearing of the justice committee, 9 April 2030

PART THREE -- FINANCES
----------------------

The project cost 120,000 dollars.
"""


def test_spelt_out_numbers_under_an_underlined_part_heading_up_to_an_annex() -> None:
    source = SourceText("nz", "nz.txt", PROGRAMME)
    document = parse_document(source)
    titles = [section.title for section in document.sections()]
    assert titles[:2] == ["SUMMARY", "RECOMMENDATIONS"] and titles[-1] == "FINANCES"
    extraction = Extraction()
    report = Fact(iri=mint("report", "invented-nz"), kind=NG.Report, label="Programme")
    found = add_programme_recommendations(extraction, document, report, Actors(extraction, "nz"))
    read = [(first_text(f, NG.number), first_text(f, NG.priority)) for f in found]
    assert read == [("1", "false"), ("2", "true"), ("3", "false"), (None, None)]
    assert str(first_text(found[1], NG.text)).startswith("Parliament should allow voters")
    assert all((NG.number, Literal("One")) not in f.values for f in found)


OBSERVATORY = """\
Civic Vote Watch (CVW)

PRELIMINARY STATEMENT

Tallinn, 4 March 2035

What we observed

The elections of 2 March 2035 in Estonia were well run. Voters could choose freely between
eleven parties, and the count in the 120 stations we observed was transparent.

Our proposals and recommendations

We address the following recommendations to the authorities.
The first two are urgent and should be acted upon before the local elections of
October 2035; the others call for changes to the law.

Before the local elections

01   To the State Electoral Office: publish the minutes of every
     district commission within two days of polling.

02   To the Riigikogu and the Ministry of Justice: set a deadline for
     deciding complaints on the registration of candidates.

Before the next parliamentary elections

03   To the Riigikogu: allow citizen observers to follow the count of
     internet votes.

About this statement

Civic Vote Watch is a network of 14 organisations. Contact: press@cvw.example.
"""


def test_zero_padded_items_under_a_sentence_case_title_first_ones_urgent() -> None:
    extraction = StatementLoader().extract(SourceText("ee", "ee.txt", OBSERVATORY))
    listed = [f for f in _recommendations(extraction) if first_text(f, NG.number)]
    read = [(first_text(f, NG.number), first_text(f, NG.priority)) for f in listed]
    assert read == [("1", "true"), ("2", "true"), ("3", "false")]
    assert one_line(listed[0]) == (
        "To the State Electoral Office: publish the minutes of every district commission "
        "within two days of polling."
    )


ANNOUNCED = """\
Nordic Observer Network (NON)

International Election Observation Mission to Latvia

PRELIMINARY STATEMENT

FINDINGS

The elections in Latvia were well run.

RECOMMENDATIONS

The mission offers the following preliminary recommendations to the authorities of
Latvia. They will be developed in the final report.

1. The Central Election Commission should publish the results of every polling station.

2. The Saeima should regulate campaigning by third parties.
"""


def test_a_lead_in_announcing_preliminary_recommendations_is_none_of_them() -> None:
    extraction = StatementLoader().extract(SourceText("lv", "lv.txt", ANNOUNCED))
    texts = [str(first_text(f, NG.text)) for f in _recommendations(extraction)]
    assert len(texts) == 2 and texts[0].startswith("The Central Election Commission")


TABLED = """\
6  RECOMMENDATIONS

The network makes the following recommendations; the addressee and the year by which
action is needed are given for each.

Table 5: Recommendations
No.  To                         By          Recommendation
1    Parliament                 2036        Adopt a law on the financing of referendum
                                            campaigns.
2    Electoral Commission       2035        Publish the register's statistics every
                                            quarter.

7  FINANCES

The project spent its whole budget.
"""


def test_a_captioned_table_set_with_spaces_gives_its_recommendation_column() -> None:
    source = SourceText("mt", "mt.txt", TABLED)
    document = parse_document(source)
    extraction = Extraction()
    report = Fact(iri=mint("report", "invented-mt"), kind=NG.Report, label="Programme")
    found = add_programme_recommendations(extraction, document, report, Actors(extraction, "mt"))
    read = [(first_text(f, NG.number), one_line(f)) for f in found]
    assert read == [
        ("1", "Adopt a law on the financing of referendum campaigns."),
        ("2", "Publish the register's statistics every quarter."),
    ]


TAGGED = """\
5. RECOMMENDATIONS

The coalition sent the following recommendations to the Storting and the commission:

R1 (Storting) The Election Act should allow voters to correct their registration online.
R2 (commission) Polling staff should be trained in the counting of unused ballots.
"""


def test_an_items_bracketed_addressee_is_no_part_of_its_text() -> None:
    source = SourceText("no", "no.txt", TAGGED)
    extraction = Extraction()
    report = Fact(iri=mint("report", "invented-no"), kind=NG.Report, label="Programme")
    document = parse_document(source)
    found = add_programme_recommendations(extraction, document, report, Actors(extraction, "no"))
    assert [str(first_text(f, NG.text)) for f in found] == [
        "The Election Act should allow voters to correct their registration online.",
        "Polling staff should be trained in the counting of unused ballots.",
    ]
