"""Programme reports whose layout no section reader knows still give their programme and
activities (issue 13's "degrade gently"): a cover of labels over indented values, a donor
named in prose ("with a grant of the X"), and a work plan whose coded rows the parser ran
into a paragraph. Both reports are invented for this test (states, groups and donors made
up; layouts no fixture uses)."""

from __future__ import annotations

import pytest

from normgraph.loaders.programme.coded_rows import coded_rows
from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import facts, texts
from tests.loaders.programme_reading import programme_identity, programme_text, report_issue


@pytest.fixture(scope="module")
def grantee_form() -> Extraction:
    return ProgrammeLoader().extract(programme_text("grantee_form.txt"))


@pytest.fixture(scope="module")
def titled_fields() -> Extraction:
    return ProgrammeLoader().extract(programme_text("titled_fields.txt"))


def _activities(extraction: Extraction) -> list[tuple[str, str]]:
    return [
        (texts(a, NG.number)[0], texts(a, NG.text)[0])
        for a in facts(extraction, NG.ProgrammeActivity)
    ]


def test_a_funders_form_is_written_by_its_grantee(grantee_form: Extraction) -> None:
    issuers, issued = report_issue(grantee_form)
    assert issuers == ["Open Ballot Armenia"]
    assert [str(d) for d in issued] == ["2023-03-14"]
    identity = programme_identity(grantee_form)
    assert identity["implementers"] == ["Open Ballot Armenia"]
    assert identity["donors"] == ["Alpine Civic Trust"]
    assert identity["funding"] == ["ACT-22/AM-004"]
    assert identity["title"] == "Ballot Watch: observation of the 2022 local elections in Armenia"
    assert identity["country"] == "state/am"


def test_labels_over_tab_indented_values(titled_fields: Extraction) -> None:
    issuers, _ = report_issue(titled_fields)
    assert issuers == ["Civic Monitor Mongolia"]
    identity = programme_identity(titled_fields)
    assert identity["implementers"] == ["Civic Monitor Mongolia"]
    assert identity["donors"] == ["Steppe Democracy Foundation"]
    assert identity["funding"] == ["SDF-2023-MN-11"]


def test_coded_rows_with_wrapped_names_are_activities(grantee_form: Extraction) -> None:
    assert _activities(grantee_form) == [
        ("MON-1", "Recruitment and training of long-term observers"),
        ("MON-2", "Deployment of observers on election day"),
        ("COM-1", "Public statements on the count"),
    ]


def test_two_column_rows_under_a_task_header(titled_fields: Extraction) -> None:
    assert _activities(titled_fields) == [
        ("A-1", "Legal review of the election law"),
        ("A-2", "Briefings for journalists in the provinces"),
        ("B-1", "Hotline for voters"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # recommendations: a modal verb says what should be done, not what was
        "R1  The commission should publish results.\nR2  Courts must decide within days.\n",
        # two-column rows under a header that names no activities
        "Code   Meaning\nPX-1   Polling station opened late\nPX-2   Ballot box unsealed\n",
        # one coded row is no table
        "Ref.   Output              Dates\nT-1    Observer handbook   May 2020\n",
        # headings in capitals with a label
        "Q1  SUMMARY OF RESULTS\nQ2  CONTEXT OF THE PROJECT\n",
    ],
)
def test_what_is_not_a_coded_work_plan(text: str) -> None:
    assert coded_rows(SourceText("t", "t.txt", text)) == []
