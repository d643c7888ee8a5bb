"""Passages of a study that date nothing that happened: a table's rows, a caption, a list
of references, the study's own reading and a figure a year dates. The texts are invented
(another state and other layouts than any fixture)."""

from __future__ import annotations

from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.scholarship.events import add_dated_events, dated_in
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, RDFS

STORY = """\
Ballots and Boundaries in Ruritania

The Assembly adopted the new districting law on 14 March 2019. The Boundary Commission
published its first map on 2 September 2019.

On our reading of the law, on 2 September 2019 the Commission broke the tolerance.
"""
TABLE = """\
Ballots and Boundaries in Ruritania

Table 4. Seats by region after the reform of 14 March 2019
Region          Seats 2015      Seats 2019      Change
North           31              27              -4
Coast           22              26              +4
"""
SOURCES = """\
Ballots and Boundaries in Ruritania

Boundary Commission (2019) Report on the delimitation of 2 September 2019. Capital.
Lindqvist, P. (2020) 'Drawing lines', Journal of Districting 4(1): 1-20.
"""


def _events(text: str) -> list[str]:
    source = SourceText("ru", "ru.txt", text)
    extraction = Extraction()
    report = Fact(iri=mint("report", "ru"), kind=NG.Report)
    facts = add_dated_events(extraction, parse_document(source), report, "ru")
    return [str(dict(fact.values)[RDFS.comment]) for fact in facts]


def test_the_studys_own_reading_is_no_event_but_the_story_is() -> None:
    events = _events(STORY)
    assert len(events) == 2
    assert "Assembly adopted the new districting law on 14 March 2019" in events[0]
    assert events[1].startswith("The Boundary Commission published its first map")


def test_a_caption_and_a_tables_rows_are_no_event() -> None:
    assert _events(TABLE) == []


def test_a_list_of_references_is_no_event() -> None:
    assert _events(SOURCES) == []


def test_a_figure_a_year_dates_is_no_event() -> None:
    assert dated_in("In 2021, 18 per cent of the districts were outside the tolerance.") is None
    assert dated_in("In 2021, the Commission redrew eleven districts in the north.") is not None


def test_an_index_score_a_year_dates_and_what_did_not_happen_are_no_event() -> None:
    assert dated_in("In 2027, the index score of Ruritania rose by two points.") is None
    assert dated_in("In 2026, despite forty appeals to the tribunal, not a single one won.") is None
    assert dated_in("In 2026, the tribunal quashed forty verdicts on appeal.") is not None
