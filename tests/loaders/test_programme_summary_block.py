"""A donor narrative report of a domestic observer network, invented for this test (its
state, network and donor are made up; the layout is the one such reports use): a ruled
PROJECT SUMMARY block instead of a sentence stating the programme, a dated title page,
logframe-coded activities (A1.1), unnumbered recommendations under addressee headings, and
a tracker of earlier recommendations with a status column. What a careful reader marks is
asserted below (its title page and activities: test_programme_report_layouts.py).
"""

from __future__ import annotations

import pytest

from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.rdf.facts import Extraction
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import facts, value, values
from tests.loaders.programme_reading import label_of, programme_text


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return ProgrammeLoader().extract(programme_text("summary_block.txt"))


def test_bullets_under_an_addressee_heading_address_it(extraction: Extraction) -> None:
    recommendations = sorted(
        facts(extraction, NG.Recommendation), key=lambda f: int(str(value(f, NG.order)))
    )
    addressed = [
        [label_of(extraction, a) for a in values(r, NG.addressee)] for r in recommendations
    ]
    assert addressed == [
        ["Central Election Commission"],
        ["Central Election Commission"],
        ["Parliament"],
    ]
    assert str(value(recommendations[1], NG.text)) == (
        "Train polling staff on the secrecy of the vote."
    )


def test_tracker_rows_and_follow_up_sentences_are_assessments(extraction: Extraction) -> None:
    statuses = sorted(
        str(value(a, NG.status)).rsplit("/", 1)[-1]
        for a in facts(extraction, NG.ImplementationAssessment)
    )
    assert statuses == [
        "fully-implemented",
        "fully-implemented",
        "not-implemented",
        "not-implemented",
        "partially-implemented",
    ]
    texts = {str(value(a, NG.text)) for a in facts(extraction, NG.ImplementationAssessment)}
    assert "Publish the voter list for public scrutiny" in texts
