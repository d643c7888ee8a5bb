"""A report is refused only when it cannot be identified (no genre, no state): a final
report whose election cannot be read loads without one, with a SHACL warning in the build.

The report below is invented for this test; its title block names the election's type but
no date, and its introduction dates nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from normgraph.build import extract_document
from normgraph.loaders.base import ExtractionError
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, RDF

UNDATED = """\
Office for Democratic Institutions and Human Rights

REPUBLIC OF MOLDOVA

PARLIAMENTARY ELECTIONS

OSCE/ODIHR Election Observation Mission
Final Report

Warsaw

I. EXECUTIVE SUMMARY

The elections were competitive and fundamental freedoms were respected, but the campaign \
was marred by the misuse of administrative resources.

II. INTRODUCTION

Following an invitation from the authorities, the mission observed the elections with a \
core team of experts and long-term observers.

III. ELECTION ADMINISTRATION

The Central Electoral Commission worked transparently, but several decisions on the \
deregistration of contestants lacked adequate reasoning.

IV. RECOMMENDATIONS

1. Parliament should adopt amendments to the Electoral Code well before the next elections.
2. The Central Electoral Commission should give reasons for every decision on registration.
"""


def test_an_undated_final_report_still_yields_its_report_and_recommendations() -> None:
    extraction = OdihrLoader().extract(SourceText("undated", "undated.txt", UNDATED))
    kinds = [fact.kind for fact in extraction.facts]
    assert NG.Election not in kinds
    assert kinds.count(NG.Recommendation) == 2
    assert NG.State in kinds


def test_the_build_loads_it_and_warns_that_the_election_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(UNDATED, encoding="utf-8")
    outcome, graph = extract_document(path)
    assert outcome.error is None
    assert outcome.written
    assert graph is not None
    assert len({s for s, p, o in graph if p == RDF.type and o == NG.Recommendation}) == 2
    warnings = [v for v in outcome.violations if "ObservationReportElectionShape" in v.shape]
    assert [v.severity for v in warnings] == ["Warning"]
    assert "no election type and date" in warnings[0].message


def test_a_dated_final_report_gets_no_such_warning(tmp_path: Path) -> None:
    path = tmp_path / "dated.txt"
    path.write_text(UNDATED.replace("ELECTIONS\n", "ELECTIONS\n12 October 2025\n", 1), "utf-8")
    outcome, _ = extract_document(path)
    assert outcome.written
    assert not [v for v in outcome.violations if "ObservationReportElectionShape" in v.shape]


def test_a_final_report_naming_no_state_is_still_refused() -> None:
    nameless = UNDATED.replace("REPUBLIC OF MOLDOVA\n", "")
    with pytest.raises(ExtractionError, match="does not name a participating State"):
        OdihrLoader().extract(SourceText("nameless", "nameless.txt", nameless))
