"""A study's chronology box (rows that open with a year, each an event dated as precisely as
the row writes its own year), and quoted speech by speakers a study describes ("One
returning officer ... told us", "One of them said") or introduces with "put the point to
... :". The texts are invented (another state, other wordings than any fixture)."""

from __future__ import annotations

from normgraph.loaders.scholarship.attributed import read_attributed
from normgraph.loaders.scholarship.chronology import chronology_rows
from normgraph.loaders.text.source import SourceText

BOX = """\
Figure 2. How the reform travelled

  2011  The Venice-style review body recommends a single electoral code for the
        national and local elections.
  2014  The recommendation is repeated after the municipal elections.
  2017  A draft code is tabled (12 October 2017) and withdrawn.
  2021  The code is adopted.

The code entered into force in 2022.
"""


def test_each_chronology_row_is_an_event_dated_as_precisely_as_it_writes_its_year() -> None:
    source = SourceText("box", "box.txt", BOX)
    rows = chronology_rows(source)
    assert [when.iso() for when, _, _ in rows] == ["2011", "2014", "2017-10-12", "2021"]
    first = source.text[rows[0][1] : rows[0][2]]
    assert first.startswith("2011") and first.endswith("local elections.")


def test_two_lines_opening_with_a_year_are_no_chronology() -> None:
    text = "Table 3\n\n2019  Turnout 61 per cent\n2023  Turnout 58 per cent\n"
    assert chronology_rows(SourceText("t", "t.txt", text)) == []


def test_speakers_a_study_describes_rather_than_names() -> None:
    text = (
        "Of the officers we met, 40 per cent said that training was too short. One returning "
        'officer in the south told us in March 2030 that "the manual arrived after the '
        'election". One of them said in April 2030 that "nobody reads the guidance".'
    )
    assert [(a.speaker, a.words) for a in read_attributed(text)] == [
        ("One returning officer in the south", '"the manual arrived after the election"'),
        ("One of them", '"nobody reads the guidance"'),
    ]
    assert read_attributed('One could argue that the code is "too long".') == []


def test_a_quotation_introduced_by_put_the_point_to_an_audience() -> None:
    text = (
        "Anna Berzina put the point to a hearing of the budget committee on 2 May 2031: "
        '"An unfunded mandate is no mandate." The committee did not reply.'
    )
    [statement] = read_attributed(text)
    assert statement.speaker == "Anna Berzina"
    assert statement.words == '"An unfunded mandate is no mandate."'
