"""Readings any genre's running text gets, whatever its layout: single complaints and
appeals, complaint figures and statements on earlier recommendations. A genre loader
with no reader of its own for these (scholarship: articles and theses) calls
``add_text_readings`` once with its parsed document."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.namespaces import DCTERMS, NG, local_name

from ..rdf.facts import Extraction, Fact
from ..text.document import Document
from .actors import Actors
from .assessments import add_assessments
from .case_numbers import CaseNumbers
from .complaint_acts import add_act_cases
from .complaint_cases import add_document_cases
from .complaint_figure_facts import add_document_figures
from .complaint_tables import add_table_complaints
from .tracker import add_tracker_assessments


def add_text_readings(
    extraction: Extraction, document: Document, report: Fact, country: str
) -> list[Fact]:
    """Complaints, complaint figures and assessments the text states, each tied to
    ``report``; actors are filed under ``country`` (ISO code) and merged with those the
    extraction already holds."""
    key = local_name(report.iri)
    scratch = Extraction()
    actors = Actors(scratch, country.lower())
    complaints = add_document_cases(scratch, document, key, actors)
    numbers = CaseNumbers(key, len(complaints))
    complaints += add_table_complaints(scratch, document.source, numbers, actors)
    complaints += add_document_figures(scratch, document, key, actors)
    complaints += add_act_cases(scratch, document, None, numbers, actors, complaints)
    for fact in complaints:
        fact.add(NG.sourceReport, report.iri)
    for fact in scratch.facts:
        extraction.merge(fact)
    issued = next((str(v) for p, v in report.values if p == DCTERMS.issued), None)
    assessments = add_assessments(
        extraction, document, report, URIRef(report.iri), issued, study=True
    )
    assessments += add_tracker_assessments(
        extraction, document, report, URIRef(report.iri), issued, assessments, tables_only=True
    )
    return complaints + assessments


__all__ = ["add_text_readings"]
