"""Individual complaints and appeals a statement reports, with what became of them: the
same sentence reader as final reports (``odihr/complaints.py``, which also takes the shared
running-text reader's cases), each fact tied to the statement that reports it. Statements
and interim reports tell cases as final reports do ("In one case, the DEC refused to
consider ...", "The Supreme Court rejected an appeal from ...")."""

from __future__ import annotations

from normgraph.namespaces import NG

from ..extract.actors import Actors
from ..extract.complaint_reader import add_complaints
from ..rdf.facts import Extraction, Fact
from ..text.document import Document


def add_statement_complaints(
    extraction: Extraction, document: Document, report: Fact, actors: Actors
) -> list[Fact]:
    """Every individual complaint or appeal a statement's paragraphs report."""
    found, _ = add_complaints(
        extraction, document, None, actors, None, report.iri, with_figures=False
    )
    for fact in found:
        fact.add(NG.sourceReport, report.iri)
    return found


__all__ = ["add_statement_complaints"]
