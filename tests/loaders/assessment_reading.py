"""Reading verdicts on earlier recommendations from an invented text, as a report of its
own: the one setup every assessment test shares, and the statuses it found."""

from __future__ import annotations

from normgraph.loaders.extract.assessments import add_assessments
from normgraph.loaders.extract.tracker import add_tracker_assessments
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


def tracker_statuses(text: str) -> list[str]:
    """The statuses, in order, of the rows of ``text``'s tables with a status column (the
    tracker reader every genre runs, ``tables_only``), by their slug in the status scheme."""
    extraction = Extraction()
    report = Fact(iri=mint("report", "invented-tracker"), kind=NG.Report, label="Report")
    document = parse_document(SourceText("t", "t.txt", text))
    found = add_tracker_assessments(
        extraction, document, report, report.iri, None, [], tables_only=True
    )
    return [status for row in statuses(found) for status in row[:1]]
