"""Dates that name no event of a study's story: a table of dated rows in several columns,
a legal instrument's date, a count or a non-happening a year opens, a running head, a notes
block; and a note's number glued after a full stop, which parts two sentences. The texts
are invented (other states and layouts than any fixture)."""

from __future__ import annotations

from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.scholarship.chronology import chronology_rows
from normgraph.loaders.scholarship.events import add_dated_events, dated_in
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, RDFS, SCHEMA


def _events(text: str) -> list[tuple[str, str]]:
    source = SourceText("bt", "bt.txt", text)
    extraction = Extraction()
    report = Fact(iri=mint("report", "bt"), kind=NG.Report)
    facts = add_dated_events(extraction, parse_document(source), report, "bt")
    return [
        (str(dict(fact.values)[SCHEMA.startDate]), str(dict(fact.values)[RDFS.comment]))
        for fact in facts
    ]


def _when(sentence: str) -> str | None:
    dated = dated_in(sentence)
    return dated[0].iso() if dated else None


VOTES_TABLE = """\
Table 2.3 Votes held in Borduria, 2004-2016

Held on            Kind                    Observers present
14 Mar 2004        Presidential            Parliamentary delegation
2 Oct 2008         Referendum              None
19 May 2012        Presidential            Expert team
7 Jun 2016         Legislative (early)     Full mission
"""
TWO_COLUMN_CHRONOLOGY = """\
Box 3. Milestones

3 Feb 2009      The assembly debates the draft code
17 Jul 2009     The code is adopted
1 Jan 2010      The code enters into force
"""


def test_dated_rows_in_several_columns_are_a_table_not_a_chronology() -> None:
    source = SourceText("bt", "bt.txt", VOTES_TABLE)
    assert chronology_rows(source) == []
    two = chronology_rows(SourceText("bt", "bt.txt", TWO_COLUMN_CHRONOLOGY))
    assert [when.iso() for when, _, _ in two] == ["2009-02-03", "2009-07-17", "2010-01-01"]


def test_a_legal_instruments_date_is_a_citation_not_an_event() -> None:
    held = "The 2016 vote was run under the Electoral Act of 4 April 1998, as amended in 2011."
    assert _when(held) is None
    assert (
        _when("Regulation No. 12/2001 of 3 March 2001 set the rules for counting the ballots.")
        is None
    )
    # the instrument's date masked, the act the sentence reports keeps its own day
    assert (
        _when("The Electoral Act of 4 April 1998 was amended by the assembly on 9 June 2015.")
        == "2015-06-09"
    )


def test_a_count_or_a_non_happening_after_a_year_is_no_event() -> None:
    assert _when("In 2016, the tribunal received 1,204 appeals from the districts.") is None
    assert _when("In 2012 the commission registered nine of the eleven lists it received.") is (
        None
    )
    assert _when("The monitors stayed home, and in 2008 they did not deploy at all.") is None
    # a year that opens a clause still dates what the clause says happened
    assert _when("In 2012, the assembly abolished the deposit for candidates.") == "2012"


def test_a_running_head_and_a_notes_block_are_no_event() -> None:
    text = (
        "Borduria Votes\n\n"
        "The assembly adopted the new code on 17 July 2009 after a short debate.\n\n"
        "Notes 1 Electoral Office, figures of the legislative elections of 7 June 2016.\n\n"
        "Institute for Ballot Studies \u00b7 Working Paper 7 \u00b7 March 2019          4\n"
    )
    assert _events(text) == [
        ("2009-07-17", "The assembly adopted the new code on 17 July 2009 after a short debate.")
    ]


def test_a_notes_number_glued_after_a_full_stop_parts_two_sentences() -> None:
    text = (
        "Borduria Votes\n\n"
        "The candidate went to the regional court, which quashed the refusal in a ruling of\n"
        "3 May 2013.27 In 2014, the Green League complained to the commission on 5 September\n"
        "that its observers had been turned away.\n"
    )
    events = _events(text)
    assert [when for when, _ in events] == ["2013-05-03", "2014-09-05"]
    assert events[1][1].startswith("In 2014, the Green League complained")


def test_two_acts_on_their_own_days_in_one_sentence_are_two_events() -> None:
    text = (
        "Borduria Votes\n\n"
        "The district court rejected the appeal on 4 March 2014, and the high court confirmed\n"
        "that ruling on 21 March 2014. The board met on 2 April 2014 and again on 9 April 2014.\n"
    )
    events = _events(text)
    assert [when for when, _ in events] == ["2014-03-04", "2014-03-21", "2014-04-02"]
    assert events[1][1].startswith("and the high court confirmed")


def test_a_running_head_run_into_a_sentence_does_not_date_it() -> None:
    head = "Ballot Studies \u00b7 Working Paper 7 \u00b7 March 2019          4 "
    sentence = "The district board was reorganised in 2012, and it was renamed the next spring."
    assert _when(head + sentence) is None
    assert _when(head + "The board met on 3 April 2012 to adopt its rules.") == "2012-04-03"


def test_an_elections_date_with_its_count_is_a_statistic_not_an_event() -> None:
    assert _when("At the municipal elections of 5 May 2013 some 48,200 voters were listed.") is (
        None
    )
    assert _when("The regional elections of 2 June 2019 were held in 214 wards.") is None
    # an act the sentence reports on the election's day, or no count close by: an event
    assert _when("The regional elections of 2 June 2019 were held under the new code.") == (
        "2019-06-02"
    )
    assert _when("Borduria held regional elections on 2 June 2019, with 214 wards.") == (
        "2019-06-02"
    )
