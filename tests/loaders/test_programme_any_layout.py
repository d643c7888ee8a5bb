"""Programme reports in layouts the tuned fixtures do not use, invented for this test (their
states, implementers and donors are made up): a cover page of dotted-leader fields with
"Activity N" on its own line over the activity's title, a grant contract's interim
narrative report with work packages and tasks as title lines over paragraphs, a report
addressed to a foundation that states its programme in one sentence with lettered codes
("A1"), and a grantee's summary block without a programme's name, with numbered list items
and a work plan's table. Each must give its genre, one programme (implementer, donor,
state) and its activities by code and name
(``tests/cases/programme_any_layouts.toml``)."""

from __future__ import annotations

import pytest

from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.genres import Genre, detect_genre
from normgraph.namespaces import NG
from tests.case_tables import case_params
from tests.loaders.fact_lookup import facts, value
from tests.loaders.programme_reading import programme_identity, programme_text


def _extract(file: str) -> Extraction:
    source = programme_text(file)
    assert detect_genre(source.text) is Genre.PROGRAMME_REPORT
    return ProgrammeLoader().extract(source)


@pytest.mark.parametrize(
    ("file", "implementer", "donor", "country"),
    case_params("programme_any_layouts", "file", "implementer", "donor", "country"),
)
def test_the_programme_is_read_from_any_layout(
    file: str, implementer: str, donor: str, country: str
) -> None:
    identity = programme_identity(_extract(file))
    assert (identity["implementers"], identity["donors"], identity["country"]) == (
        [implementer],
        [donor],
        country,
    )


@pytest.mark.parametrize(
    ("file", "activities"), case_params("programme_any_layouts", "file", "activities")
)
def test_activities_are_read_by_code_and_name(file: str, activities: list[list[str]]) -> None:
    found = facts(_extract(file), NG.ProgrammeActivity)
    read = [[str(value(a, NG.number)), str(a.label).split(": ", 1)[1]] for a in found]
    assert read == activities


def test_a_cover_page_gives_the_reference_period_and_issue_date() -> None:
    extraction = _extract("dotted_cover.txt")
    identity = programme_identity(extraction)
    assert (identity["funding"], identity["start"], identity["end"]) == (
        ["NESF-97-112"],
        "1997-03-01",
        "1997-12-31",
    )
    [report] = facts(extraction, NG.Report)
    assert "1998-02-20" in {str(v) for _, v in report.values}


def test_a_paragraph_under_a_title_line_is_the_activity_s_own() -> None:
    """ "Activity 1" / "Training of polling board members" / a dated paragraph: one
    activity, whose account the paragraph is, not a second activity of its own."""
    [first, *_] = facts(_extract("dotted_cover.txt"), NG.ProgrammeActivity)
    assert "1,840 polling board members" in str(value(first, NG.text))
