"""A recommendation's text is the item's own words whatever marks the layout puts around them
(issue 13, gen15a): an addressee tag opening the item ("[Parliament]", "(To the CEC)"), a
closing pointer to another recommendation or paragraph ("(see recommendation 2);", "(cf.
para. 14)") with the list's punctuation after it; a section heading
whose number keeps its separator in the title ("VIII \u2013 RECOMMENDATIONS"); a mark glyph
before the number ("\u25b6 2.", "\u25b612.") that rates the marked items as priorities. The
texts are invented: other states and layouts than the fixtures'."""

from __future__ import annotations

from normgraph.loaders.base import Loader
from normgraph.loaders.extract.recommendation_text import own_words, without_running_lead
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Fact
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import one_line, texts
from tests.loaders.odihr_heads import final_report_head

STATEMENT = """\
Balkan Ballot Watch (BBW)
International Election Observation Mission
North Macedonia, Parliamentary Elections, 14 April 2030

PRELIMINARY STATEMENT

Skopje, 15 April 2030

The mission deployed 120 observers across the country.

2.0  KEY FINDINGS

The mission's main recommendations are that:

  *  the voter list be audited by an independent body (see recommendation 2);
  *  the media regulator be given powers to sanction paid coverage (cf. 3); and
  *  campaign spending by third parties be capped by law (see recommendations 4 and 5).

7.0  RECOMMENDATIONS

1)  (To the State Election Commission) The commission should publish the minutes of all
    its sessions within two days.

2)  [Parliament, Ministry of Justice] The voter list should be audited by an independent
    body before the next elections.

3)  [Media Council] The regulator should be able to sanction paid coverage that is not
    marked as such (para. 14).

8.0  ABOUT BBW

Balkan Ballot Watch is a network of 12 civic organisations.
"""

FINAL = (
    final_report_head(
        "REPUBLIC OF LITHUANIA",
        "PRESIDENTIAL ELECTION",
        "9 May 2032",
        "Limited Election Observation Mission",
        "1 August 2032",
    )
    + """\
VII \u2013 ELECTION DAY

Voting was calm and orderly in the polling stations the mission visited.

VIII \u2013 RECOMMENDATIONS

These recommendations are offered to support the authorities. Those marked \u25b6 are
considered priorities.

Election administration
\u25b6 1.  The Central Electoral Commission should adopt its decisions in open sessions
      and publish them within one day.
  2.  The commission should train the members of the precinct commissions on the
      counting procedures.

Complaints and appeals
\u25b6 9.  The law should set short deadlines for the courts to decide electoral disputes.
\u25b610.  The courts should publish all their decisions on electoral disputes.
 11.  The law should give observers standing to file complaints.

IX \u2013 ANNEXES

Annex 1: list of meetings held.
"""
)


def _recommendations(loader: Loader, text: str, code: str) -> list[Fact]:
    extraction = loader.extract(SourceText(code, f"{code}.txt", text))
    found = [fact for fact in extraction.facts if fact.kind == NG.Recommendation]
    return sorted(found, key=lambda fact: int(next(iter(texts(fact, NG.order)), "0")))


def test_an_opening_addressee_tag_is_no_part_of_the_words() -> None:
    assert own_words("[Parliament, Senate] The law should be amended.") == (
        "The law should be amended."
    )
    assert own_words("(To the CEC): Adopt the rules early.") == "Adopt the rules early."
    assert own_words("(addressed to the Government) Ratify the convention.") == (
        "Ratify the convention."
    )


def test_a_closing_pointer_and_the_lists_punctuation_are_no_part_of_the_words() -> None:
    assert own_words("the count be public (see recommendation 12);") == "the count be public"
    assert own_words("the count be public (cf. paras. 4-6).") == "the count be public"
    assert own_words("the count be public (see 3); and") == "the count be public"


def test_a_clause_item_keeps_its_semicolon_a_sentence_item_does_not() -> None:
    assert own_words("the voter list be audited;") == "the voter list be audited;"
    assert own_words("to publish the lists; and") == "to publish the lists; and"
    assert own_words("The voter list should be audited;") == "The voter list should be audited"
    assert own_words("Parliament should act; and") == "Parliament should act"


def test_a_parenthesis_of_the_sentence_itself_stays() -> None:
    assert own_words("The CEC should publish the 2030 results (2031).") == (
        "The CEC should publish the 2030 results (2031)."
    )
    assert own_words("Parties should nominate at least three (3) women.") == (
        "Parties should nominate at least three (3) women."
    )
    assert own_words("[sic]") == "[sic]"  # nothing would be left: unchanged


def test_a_statements_tagged_items_read_as_their_own_words() -> None:
    found = _recommendations(StatementLoader(), STATEMENT, "mk")
    numbered = {texts(f, NG.number)[0]: one_line(f) for f in found if texts(f, NG.number)}
    assert numbered == {
        "1": "The commission should publish the minutes of all its sessions within two days.",
        "2": "The voter list should be audited by an independent body before the next elections.",
        "3": "The regulator should be able to sanction paid coverage that is not marked as "
        "such.",  # a sentence keeps its full stop, a clause item's goes with the pointer
    }


def test_a_statements_key_recommendations_lose_their_pointers() -> None:
    found = _recommendations(StatementLoader(), STATEMENT, "mk")
    unnumbered = [one_line(f) for f in found if not texts(f, NG.number)]
    assert "the voter list be audited by an independent body" in unnumbered
    assert "the media regulator be given powers to sanction paid coverage" in unnumbered


def test_a_final_reports_list_under_a_dashed_numeral_heading_is_read() -> None:
    found = _recommendations(OdihrLoader(), FINAL, "lt")
    assert [texts(f, NG.number)[0] for f in found] == ["1", "2", "9", "10", "11"]
    assert one_line(found[3]) == (
        "The courts should publish all their decisions on electoral disputes."
    )


def test_a_glyph_before_some_numbers_marks_those_items_as_priorities() -> None:
    found = _recommendations(OdihrLoader(), FINAL, "lt")
    assert [texts(f, NG.priority) for f in found] == [
        ["true"],
        ["false"],
        ["true"],
        ["true"],
        ["false"],
    ]


def test_a_glyph_before_every_number_is_decoration_not_priority() -> None:
    every = FINAL.replace("  2.  The commission", "\u25b6 2.  The commission").replace(
        " 11.  The law", "\u25b611.  The law"
    )
    found = _recommendations(OdihrLoader(), every, "lt")
    assert len(found) == 5
    assert all(texts(f, NG.priority) != ["true"] for f in found)


RUNNING = """\
Mission to the Republic of Cyprus 2033 \u00b7 Final Report                       page 4

The mission recommends that the authorities should:

* publish the voter lists for scrutiny;

Mission to the Republic of Cyprus 2033 \u00b7 Final Report                       page 5

* review the boundaries of the districts before the next elections.

Mission to the Republic of Cyprus 2033 \u00b7 Final Report                       page 6
"""


def test_a_running_header_before_an_item_is_no_part_of_its_words() -> None:
    glued = (
        "Mission to the Republic of Cyprus 2033 \u00b7 Final Report page 5 review the boundaries"
    )
    assert without_running_lead(glued, RUNNING) == "review the boundaries"


def test_a_line_printed_once_or_a_sentence_is_no_running_header() -> None:
    text = "The mission recommends that the authorities should: publish the lists"
    assert without_running_lead(text, RUNNING) == text
    prose = "Voting was calm.\n" * 4
    assert without_running_lead("Voting was calm. The CEC should act.", prose) == (
        "Voting was calm. The CEC should act."
    )
