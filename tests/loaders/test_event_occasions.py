"""Dated events a study writes around attributed statements and in chronology boxes: the
occasion a statement was made at (a press conference, an address, a debate) is an event;
a statement's own date, a written statement's medium and the author's interview are not;
a chronology box's rows, however far indented, are one event each; a statistic a year
dates (any count), a law named by its date, the study describing itself and page furniture
date no event. The texts are invented (other states and layouts than any fixture)."""

from __future__ import annotations

import pytest

from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.scholarship.chronology import chronology_rows
from normgraph.loaders.scholarship.events import add_dated_events, dated_in
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA


def _dates(text: str) -> list[str]:
    source = SourceText("oc", "oc.txt", text)
    extraction = Extraction()
    report = Fact(iri=mint("report", "oc"), kind=NG.Report)
    facts = add_dated_events(extraction, parse_document(source), report, "oc")
    return sorted(str(dict(fact.values)[SCHEMA.startDate]) for fact in facts)


OCCASIONS = [
    (
        "The chair of the Moldovan commission told a press conference on 14 March 2019 that\n"
        '"the lists are clean".\n',
        "2019-03-14",
    ),
    (
        "In her address of 3 October 2011 the Speaker argued that the threshold protected\n"
        '"the stability of the chamber".\n',
        "2011-10-03",
    ),
    (
        "The minister of regions, speaking to the Assembly of Regions on 22 April 2016,\n"
        'said that the reform "will wait for the census".\n',
        "2016-04-22",
    ),
    (
        "A deputy of the opposition told the Seimas in November 2008 that the new districts\n"
        '"were drawn for one party".\n',
        "2008-11",
    ),
    (
        "At the round table of 9 June 2020 in Skopje, a judge of the court stated that\n"
        '"no appeal was ever refused for its form".\n',
        "2020-06-09",
    ),
]


def test_the_occasion_a_statement_was_made_at_is_an_event() -> None:
    for text, day in OCCASIONS:
        assert _dates(text) == [day], text


NO_OCCASION = [
    'The minister of justice said on 2 May 2017 that the law "needs no change".\n',
    'On 20 October 2014 the ministry called the mission\'s report "biased and premature".\n',
    "In a press release of 4 February 2021, the ministry described the findings as\n"
    '"a list of opinions".\n',
    '"We count what we are given," a commission member in Tirana told me in May 2022.\n',
    "In a statement of 8 August 2019 the foreign ministry declared that the mission was\n"
    '"unwelcome in its present form".\n',
]


def test_a_statements_own_date_or_medium_is_no_event() -> None:
    for text in NO_OCCASION:
        assert _dates(text) == [], text


INDENTED_BOX = """\
      Box 2. Key dates, 2008-2014
      ----------------------------------------------------------
      6 Mar 2008   Constitutional amendments adopted
      19 Oct 2009  Parliamentary elections
      2 May 2011   Electoral Code amended
                   after a public consultation
      11 Nov 2014  Early parliamentary elections
      ----------------------------------------------------------
"""
US_STYLE_BOX = """\
    Timeline

    Feb. 3, 2012    Election law redrafted
    Sept. 9, 2012   General election
    Dec. 1, 2013    Referendum on the electoral system
"""
YEAR_BOX = """\
        2004    The observer law is passed
        2006    First citizen observation of a national vote
        2010    Observers barred from the count
"""


def _rows(text: str) -> list[tuple[str, str]]:
    """Each chronology row's date and text."""
    return [(w.iso(), text[a:b]) for w, a, b in chronology_rows(SourceText("oc", "oc.txt", text))]


def test_every_row_of_an_indented_chronology_is_its_own_event() -> None:
    rows = _rows(INDENTED_BOX)
    days = ["2008-03-06", "2009-10-19", "2011-05-02", "2014-11-11"]
    assert [day for day, _ in rows] == days
    assert rows[2][1].endswith("after a public consultation")
    assert "---" not in rows[3][1]
    assert [day for day, _ in _rows(US_STYLE_BOX)] == ["2012-02-03", "2012-09-09", "2013-12-01"]
    assert [day for day, _ in _rows(YEAR_BOX)] == ["2004", "2006", "2010"]


def _when(sentence: str) -> str | None:
    dated = dated_in(sentence)
    return dated[0].iso() if dated else None


@pytest.mark.parametrize(
    "sentence",
    [
        # a statistic a year dates, whatever its count
        "In 2016 the Slovak board registered 31 appeals against district decisions.",
        "In 2019, the commission received twelve complaints, none on the results.",
        "In 2020 the number of disputes before the courts fell by half.",
        "In 2011 the tribunal examined some 40 claims about the voter lists.",
        # a law named by its date, whatever words its name has
        "The rules come from the Law on Political Associations of 4 March 2009 and custom.",
        "Campaign finance is set by the Act on the Funding of Parties and Campaigns of 2 May 2014.",
        "Observers rely on the Law for Civic Monitoring of 30 June 2015 for their access.",
        # the study describing itself or its interviews
        "This shadow report sets out how the state met its duties at the elections of 5 May 2019.",
        "The study draws on court files and on the observers' reports of June 2020.",
        "Interviews (role, place, date): commission member, Chisinau, 12 March 2021; lawyer.",
        "Our paper covers the three elections held between 2014 and the vote of 4 June 2022.",
        # an open question (gen20c)
        "Which of the earlier recommendations had been taken up by the elections of 2 June 2019?",
        "Did the commission publish its decisions before the vote of 14 March 2021?",
        "How far had the courts changed their practice by the end of 30 September 2017?",
    ],
)
def test_a_date_that_names_no_happening_dates_no_event(sentence: str) -> None:
    assert _when(sentence) is None


def test_the_acts_near_those_shapes_stay_events() -> None:
    assert _when("In 2016 the board annulled the vote in two districts of the north.") == "2016"
    assert _when("In 2008, the assembly raised the number of seats for the regions.") == "2008"
    adopted = "Parliament adopted the law on civic monitoring on 30 June 2015 at last."
    assert _when(adopted) == "2015-06-30"


@pytest.mark.parametrize(
    "text",
    [
        "- Monitoring Network of Moldova, Report 2021 - page 4 -\n",
        "Nordic Review of Elections, Vol. 7, No. 1 (2020) pp. 33-58, June 2020 issue.\n",
        "Baltic Vote Watch, Annual report, April 2019, page 2 of 31 for all readers.\n",
    ],
)
def test_page_furniture_is_no_event(text: str) -> None:
    assert _dates(text) == []
