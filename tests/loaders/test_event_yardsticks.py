"""Dates in a study that date no happening of its story (eighteenth session, gen21c): a
yardstick a sentence compares against, a date something was only planned for, the year a
standing thing was made in when the sentence says what it is now, a series of counts a year
opens, a treaty taken by succession, the study's own work ("ours"), and a caption cut off
before its sentence. Each shape in two or three wordings of our own (invented states,
bodies and decades); the acts beside them stay events."""

from __future__ import annotations

import pytest

from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.scholarship.events import add_dated_events, dated_in
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA


def _when(sentence: str) -> str | None:
    dated = dated_in(sentence)
    return dated[0].iso() if dated else None


def _event_days(text: str) -> list[str]:
    source = SourceText("ys", "ys.txt", text)
    report = Fact(iri=mint("report", "ys"), kind=NG.Report)
    facts = add_dated_events(Extraction(), parse_document(source), report, "ys")
    return [str(dict(fact.values)[SCHEMA.startDate]) for fact in facts]


def test_a_yardstick_date_dates_nothing_that_happened() -> None:
    assert (
        _when(
            "Compared with the municipal elections of 3 May 1987, the Farmers' League "
            "lost a third of its councillors."
        )
        is None
    )
    assert (
        _when(
            "In comparison to the referendum of 14 March 2004, turnout fell by nine "
            "points in the northern provinces."
        )
        is None
    )
    assert (
        _when(
            "Her share was lower than in the presidential election of October 2011 in "
            "all but two regions."
        )
        is None
    )
    assert (
        _when("Unlike the vote of 9 June 1996, the count was public in every ward of the capital.")
        is None
    )


def test_a_count_after_than_is_no_yardstick() -> None:
    assert _when("More than 400 appeals were lodged with the board on 12 April 2013.") == (
        "2013-04-12"
    )
    assert _when("The court ruled on 5 May 2009, earlier than the law required.") == "2009-05-05"


def test_a_date_only_planned_for_is_no_event() -> None:
    assert _when("The second ballot was initially scheduled for 28 November 1999.") is None
    assert (
        _when(
            "The by-election in the eastern district was set for March 2016 by the outgoing board."
        )
        is None
    )
    assert (
        _when(
            "The local vote, which was to be held on 6 June 2021 in all communes, never took place."
        )
        is None
    )
    # the day the vote was called is the act
    assert _when("The President called the early election on 2 February 2021.") == "2021-02-02"


def test_the_year_a_standing_thing_was_made_in_is_no_event() -> None:
    assert (
        _when("The Media Council established in 2006 has seven members appointed by the assembly.")
        is None
    )
    assert (
        _when(
            "The Party Funding Act, passed in 1994 and revised twice since, requires "
            "parties to publish their accounts."
        )
        is None
    )
    assert (
        _when(
            "The complaints board, created in 2011, remains dependent on the "
            "ministry for its budget."
        )
        is None
    )


def test_a_made_thing_told_as_an_act_stays_an_event() -> None:
    assert _when("The Media Council was established in 2006 to license broadcasters.") == "2006"
    assert (
        _when(
            "Turnout rose after the postal vote introduced in 2009, which the "
            "observers welcomed as an improvement."
        )
        == "2009"
    )
    assert _when("The board, reformed in 2013, then dismissed its secretary.") == "2013"


def test_a_series_of_counts_a_year_opens_is_a_statistic() -> None:
    assert (
        _when("In 2008 the board opened 25 polling stations abroad; in 2012 it opened 41.") is None
    )
    assert (
        _when("In 1997, the commission accredited 60 observer groups, twice as many as before.")
        is None
    )
    # an act on the rules with its count stays an event
    assert _when("In 2014, the assembly amended 18 articles of the electoral law.") == "2014"


def test_a_year_that_dates_what_observers_saw_is_a_finding_not_an_event() -> None:
    assert (
        _when(
            "In 1998 the parliamentary delegation again saw family voting in most "
            "villages it visited."
        )
        is None
    )
    assert (
        _when("In 2014, the expert team observed that ballots were counted behind closed doors.")
        is None
    )
    assert (
        _when("In 2006 the monitors also documented pressure on students to attend rallies.")
        is None
    )
    # what a body did in a year stays an event
    assert _when("In 2006 the commission began to publish results by polling station.") == ("2006")


def test_could_not_tells_what_was_so_until_a_dated_act() -> None:
    assert _when("The court could not sit until two judges were sworn in on 9 March 2004.") == (
        "2004-03-09"
    )
    assert _when("The register could not be used until it was certified in May 2017.") == (
        "2017-05"
    )
    assert (
        _when("Future studies could compare the elections of 3 May 2012 with later ones.") is None
    )


PASSAGES = [
    pytest.param(
        "Ostravia succeeded to the Convention on the Elimination of All Forms of Racial "
        "Discrimination on 12 March 1994.\n\n"
        "It became a party to the Covenant by succession on 3 May 1995, and parliament "
        "adopted a new electoral code on 20 June 1995.\n",
        [],
        id="a succession is a treaty action",
    ),
    pytest.param(
        "The reading is ours; the commission saw a draft of it in May 2023 and sent "
        "comments.\n\n"
        "The figures are ours, collected from the registry in October 2019 and checked "
        "twice.\n",
        [],
        id="the study's own work",
    ),
    pytest.param(
        "RESULTS OF THE 2009 ELECTIONS Table 4. Presidential election, 17 May 2009, "
        "results by candidate (central board).\n\n"
        "The board declared the results on 20 May 2009 after a recount in two wards.\n\n"
        "Figure 2. Turnout by region, 4 October 1998, all constituencies.\n\n"
        "Parliament was dissolved on 30 October 1998 by presidential decree.\n",
        ["2009-05-20", "1998-10-30"],
        id="a caption cut off before its sentence",
    ),
    pytest.param(
        "The delegation's report, published on 2 July 1996, described the vote as \"calm "
        'and orderly" in most regions.\n\n'
        "The board's ruling, issued on 14 October 2008, called the complaint \"manifestly "
        'ill-founded".\n\n'
        'The minister said on 3 May 2001 that the lists were "clean".\n',
        ["1996-07-02", "2008-10-14"],
        id="a document that speaks was published on its day",
    ),
    pytest.param(
        "The party's leader told the assembly in March 1999 that \u00abwe will not accept a "
        "count we cannot see\u00bb.\n\n"
        "The chairman wrote to the board on 4 May 2004 that \u2039we have no staff left\u203a.\n",
        ["1999-03", "2004-05-04"],
        id="a speaker's we in guillemets is not the study's",
    ),
    pytest.param(
        "Speaking to the regional council on 2 October 1995, the governor said that the "
        'vote would be "the cleanest yet".\n\n'
        "Writing to the commission on 7 June 2013, the observers' coalition stated that "
        '"access was refused in nine districts".\n',
        ["1995-10-02", "2013-06-07"],
        id="an opening participle to an audience is the occasion",
    ),
    pytest.param(
        "The Basic Law was passed by the assembly on 3 March 1993 and entered into force "
        "on 1 July 1993.\n\n"
        "A referendum on 9 May 2004 approved the charter, which was promulgated on 20 May "
        "2004.\n\n"
        "The district board rejected the appeal on 4 June as late; the high court upheld "
        "that ruling on 19 June 2009.\n",
        ["1993-03-03", "1993-07-01", "2004-05-09", "2004-05-20", "2009-06-04", "2009-06-19"],
        id="two acts each on its day are two events",
    ),
    pytest.param(
        "The code was adopted on 3 March 1993 and published in the gazette.\n",
        ["1993-03-03"],
        id="one dated act with a second verb stays one event",
    ),
]


@pytest.mark.parametrize(("text", "days"), PASSAGES)
def test_a_passage_gives_the_events_a_reader_marks(text: str, days: list[str]) -> None:
    assert _event_days(text) == days
