"""Reading verdicts on earlier recommendations from an invented text, as a report of its
own: the one setup every assessment test shares, and the statuses it found."""

from __future__ import annotations

from normgraph.loaders.extract.assessments import add_assessments
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA

FULLY, PARTIALLY, NOT = "fully-implemented", "partially-implemented", "not-implemented"
"""The implementation statuses, by their slug in the status scheme."""


def assessments_in(
    text: str, stem: str, issued: str | None = None, study: bool = False
) -> list[Fact]:
    """The assessments ``text`` states, read as the report ``stem`` issued on ``issued``
    (a study's when ``study``)."""
    source = SourceText(stem, f"{stem}.txt", text)
    report = Fact(iri=mint("report", stem), kind=SCHEMA.Report, label=f"a report {stem}")
    extraction = Extraction()
    extraction.add(report)
    return add_assessments(extraction, parse_document(source), report, report.iri, issued, study)


def statuses(found: list[Fact]) -> list[list[str]]:
    """Each assessment's statuses, by their slug in the status scheme."""
    return [[str(v).rsplit("/", 1)[-1] for p, v in f.values if p == NG.status] for f in found]
