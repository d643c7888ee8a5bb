"""Which date of a study's sentence is an event's (issue 13, gen18d): a date that names an
election the sentence only refers to dates no act; a span from one dated occasion to
another is a period; an act verb a few words before "in <year>" dates the act; and two
clauses that each date their own act by a month or a year are two events. The texts are
invented: other states and phrasings than the fixtures that showed the shapes."""

from __future__ import annotations

from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.scholarship.events import add_dated_events, dated_in
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA


def _when(sentence: str) -> str | None:
    dated = dated_in(sentence)
    return dated[0].iso() if dated else None


def _dates(text: str) -> list[str]:
    source = SourceText("dr", "dr.txt", text)
    report = Fact(iri=mint("report", "dr"), kind=NG.Report)
    facts = add_dated_events(Extraction(), parse_document(source), report, "dr")
    return sorted(str(dict(fact.values)[SCHEMA.startDate]) for fact in facts)


def test_an_election_the_sentence_refers_to_dates_no_act() -> None:
    assert _when("The ombudsman received 63 complaints about the March 2029 elections.") is None
    assert _when("Several parties went to court against the May 2031 elections.") is None
    assert _when("Observers filed reports on the 2030 local polls with the board.") is None
    assert _when("Appeals against the September 2027 referendum were all rejected.") is None


def test_an_election_that_is_the_subject_or_an_act_with_its_own_date_stays() -> None:
    assert _when("The parliamentary elections of 4 October 2029 were annulled by the board.") == (
        "2029-10-04"
    )
    assert (
        _when("After the elections of 4 May 2031, the assembly adopted the law on 3 June 2031.")
        == "2031-06-03"
    )
    # a time word places the act after the election: the election's date is the act's
    assert _when("Following the elections of 4 May 2031, the party filed appeals.") == "2031-05-04"
    assert (
        _when("Complaints about the March 2029 elections were dismissed by the court in May 2029.")
        == "2029-05"
    )


def test_a_span_from_one_dated_occasion_to_another_is_a_period() -> None:
    assert (
        _when(
            "This book follows five votes in Slovenia, from the local elections of 3 May 2016 "
            "to the presidential election of 9 November 2020."
        )
        is None
    )
    assert _when("The mission stayed from 2 March 2031 until 14 April 2031 in the capital.") is None
    assert (
        _when("Its monitors covered the campaign from the vote of June 2018 to that of May 2022.")
        is None
    )


def test_an_act_verb_a_few_words_before_a_year_dates_the_act() -> None:
    assert _when("The board introduced electronic tallying of the results in 2026.") == "2026"
    assert _when("Parliament lowered the threshold to four per cent in 2019.") == ("2019")
    assert _when("The commission was established by the new code in 2009 and ...") == "2009"
    # a time word between the verb and the year: the year is not the act's
    assert _when("The rules were adopted long before the vote in 2016 had been called.") is None


def test_two_clauses_each_dating_their_own_act_are_two_events() -> None:
    text = (
        "The registrar began publishing the lists of each district online in March 2024, as "
        "the mission had advised, and introduced a complaints desk in every town in 2026.\n\n"
        "The council dissolved the assembly in June 2028; the court annulled that decree "
        "in August 2028.\n"
    )
    assert _dates(text) == ["2024-03", "2026", "2028-06", "2028-08"]


def test_an_election_with_its_day_is_an_event_wherever_it_stands() -> None:
    assert _when("The board deployed observers for the elections of 8 April 2030.") == "2030-04-08"
    assert _when("Voters complained about the elections of 2 May 2029 to no avail.") == (
        "2029-05-02"
    )


def test_an_event_before_a_statement_in_a_later_clause_stays_an_event() -> None:
    text = (
        "The referendum of 6 June 2032 was won by a wide margin, and the delegation described "
        "it as "
        '"calm and well run" (PACE 2032, 2).\n\n'
        'On 9 May 2033 the ministry called the report "one-sided" in a long reply.\n'
    )
    assert _dates(text) == ["2032-06-06"]
