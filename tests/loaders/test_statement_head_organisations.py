"""A statement's issuers read from the organisation lines of its head in any order, when the
head has none of the shapes the statement head reader knows (issue 13, gen14a): a joint
mission's institutions on lines of their own below the mission's name and the title; a
masthead "ACRONYM \u00b7 native name \u00b7 English name" over the title; a dateline with the
hour after the date. And what names no issuer: a title or a state's line. The texts are
invented (other states and layouts than the fixtures')."""

from __future__ import annotations

import datetime

from normgraph.loaders.statement.head import read_statement_head
from normgraph.loaders.text.source import SourceText

JOINT = """\
INTERNATIONAL ELECTION OBSERVATION MISSION
Georgia \u2013 Presidential Election, 4 October 2031

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

European Parliament (EP)
Parliamentary Assembly of the Council of Europe (PACE)

Tbilisi, 5 October 2031 \u2013 The presidential election was competitive and well run.
"""

MASTHEAD = """\
Ruch Obywatelski  |  Citizens' Vote Watch  |  RVW
==============================================================

PRELIMINARY STATEMENT on the local elections of 7 April 2030

Warsaw, 8 April 2030, 14:30 CET

==============================================================

The local elections of 7 April 2030 were calm. RVW deployed 900 observers.
"""

UNDER_THE_TITLE = """\
PRELIMINARY STATEMENT
Early Parliamentary Elections, 3 March 2030

LITHUANIAN CIVIC ELECTION NETWORK

Vilnius, 4 March 2030

The early parliamentary elections were orderly.
"""

NO_ISSUER = """\
REPUBLIC OF CROATIA
PRESIDENTIAL ELECTION, 22 DECEMBER 2030

PRELIMINARY STATEMENT

Zagreb, 23 December 2030

The election was calm and voters had a genuine choice.
"""


def _head(text: str, code: str) -> tuple[list[tuple[str, str]], object]:
    head = read_statement_head(SourceText(code, f"{code}.txt", text))
    return [(c.name, c.short_name) for c in head.creators], head.issued


def test_a_joint_missions_institutions_on_lines_of_their_own() -> None:
    creators, issued = _head(JOINT, "ge")
    assert creators == [
        ("European Parliament", "EP"),
        ("Parliamentary Assembly of the Council of Europe", "PACE"),
    ]
    assert issued == datetime.date(2031, 10, 5)


def test_a_masthead_of_parts_with_its_acronym_and_a_dateline_with_the_hour() -> None:
    creators, issued = _head(MASTHEAD, "pl")
    assert creators == [("Citizens' Vote Watch", "RVW")]
    assert issued == datetime.date(2030, 4, 8)


def test_an_issuer_in_capitals_under_the_title() -> None:
    creators, _ = _head(UNDER_THE_TITLE, "lt")
    assert creators == [("Lithuanian Civic Election Network", "LCEN")]


def test_a_state_and_an_election_are_no_issuer() -> None:
    creators, issued = _head(NO_ISSUER, "hr")
    assert creators == []
    assert issued == datetime.date(2030, 12, 23)
