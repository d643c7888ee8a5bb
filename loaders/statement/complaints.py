"""Individual complaints and appeals a statement reports, with what became of them: the
shared reader of running text (``extract/complaint_cases.py``), each fact tied to the
statement that reports it."""

from __future__ import annotations

from normgraph.namespaces import NG

from ..extract.actors import Actors
from ..extract.complaint_cases import add_document_cases
from ..rdf.facts import Extraction, Fact
from ..text.document import Document


def add_statement_complaints(
    extraction: Extraction, document: Document, report: Fact, actors: Actors
) -> list[Fact]:
    """Every individual complaint or appeal a statement's paragraphs report."""
    key = str(report.iri).rsplit("/", 1)[-1]
    found = add_document_cases(extraction, document, key, actors)
    for fact in found:
        fact.add(NG.sourceReport, report.iri)
    return found


__all__ = ["add_statement_complaints"]
