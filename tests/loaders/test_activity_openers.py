"""Activity codes of any shape open an activity only on a line of their own (invented work
plans in ``tests/cases/activity_openers.toml``: another state, other codes than the
fixtures)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.organisations import find_organisations
from normgraph.loaders.programme.activities import add_activities
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.case_tables import case_params
from tests.loaders.fact_lookup import first_text


def _read(text: str) -> list[list[str]]:
    """The activities read from ``text``: [number ("" for none), name] in order."""
    document = parse_document(SourceText("plan", "plan.txt", text))
    extraction = Extraction()
    programme = Fact(iri=mint("programme", "plan"), kind=NG.Programme, label="Programme")
    found = add_activities(
        extraction, document, programme, find_organisations(extraction, document, "me")
    )
    return [[first_text(a, NG.number) or "", str(a.label).split(": ", 1)[1]] for a in found]


@pytest.mark.parametrize(
    ("text", "activities"), case_params("activity_openers", "text", "activities")
)
def test_activities_open_on_a_code_of_their_own(text: str, activities: list[list[str]]) -> None:
    assert _read(text) == activities
