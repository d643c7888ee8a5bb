"""The last reader of single complaints (``complaint_acts``): acts of complaining told by a
verb or a noun no older reader knew, read in every genre. Each passage of
``tests/cases/complaint_acts.toml`` goes through the reader of final reports and statements
and through the reader the other genres share; both must read the same outcomes."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.elections import election_iri
from normgraph.loaders.extract.text_readings import add_text_readings
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.case_tables import case_params
from tests.loaders.complaint_reading import outcomes, report_cases

ELECTION = election_iri("lv", "parliamentary", "2031-10-04")


def _any_genre(text: str) -> list[Fact]:
    report = Fact(iri=mint("report", "acts"), kind=NG.Report, label="acts", evidence=[])
    read = add_text_readings(
        Extraction(), parse_document(SourceText("a", "a.txt", text)), report, "lv"
    )
    return [fact for fact in read if fact.kind == NG.Complaint]


@pytest.mark.parametrize(("text", "expected"), case_params("complaint_acts", "text", "outcomes"))
def test_acts_of_complaining_in_every_genre(text: str, expected: list[str]) -> None:
    assert outcomes(report_cases(text, "lv", ELECTION, 2031).cases) == expected
    assert outcomes(_any_genre(text)) == expected
