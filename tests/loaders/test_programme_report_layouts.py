"""Programme reports in the layouts donor narrative reports use (a ruled two-column title
page, a ruled summary block): who issued the report and when, the programme it reports on
when no sentence states it, and the activities by their logframe codes. The texts are
invented (``tests/loaders/programme_texts``); what a careful reader marks is in
``tests/cases/programme_report_layouts.toml``."""

from __future__ import annotations

from functools import cache

import pytest
from rdflib import Literal

from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.rdf.facts import Extraction
from normgraph.namespaces import NG, XSD
from tests.case_tables import case_params
from tests.loaders.fact_lookup import facts, value
from tests.loaders.programme_reading import (
    programme_identity,
    programme_text,
    report_issue,
)


@cache
def _extraction(file: str) -> Extraction:
    return ProgrammeLoader().extract(programme_text(file))


@pytest.mark.parametrize(
    ("file", "issuers", "issued"),
    case_params("programme_report_layouts", "file", "issuers", "issued"),
)
def test_the_report_is_issued_by_its_grantee_on_the_title_page_date(
    file: str, issuers: list[str], issued: str
) -> None:
    assert report_issue(_extraction(file)) == (issuers, [Literal(issued, datatype=XSD.date)])


@pytest.mark.parametrize(
    ("file", "programme"), case_params("programme_report_layouts", "file", "programme")
)
def test_the_programme_is_read_from_the_title_page(file: str, programme: dict[str, object]) -> None:
    assert programme_identity(_extraction(file)) == programme


@pytest.mark.parametrize(
    ("file", "activities"), case_params("programme_report_layouts", "file", "activities")
)
def test_logframe_coded_activities_are_activities(file: str, activities: list[str]) -> None:
    found = facts(_extraction(file), NG.ProgrammeActivity)
    assert sorted(str(value(a, NG.number)) for a in found) == activities
