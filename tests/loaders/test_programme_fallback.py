"""A programme report whose title block names no programme, stated by no sentence and no
summary block: the programme is still a fact with a quote (the report's own passage), so
the report loads instead of failing on a fact without evidence."""

from __future__ import annotations

from rdflib import DCTERMS, URIRef

from normgraph.loaders.extract.organisations import find_organisations
from normgraph.loaders.programme.funding import fallback_programme
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

TEXT = """1. INTRODUCTION

The Harbour Ballot Initiative observed the 2019 municipal elections with 120 volunteers.

2. ACTIVITIES

Training of observers took place in May 2019.
"""


def test_a_programme_named_only_by_its_report_quotes_the_report() -> None:
    source = SourceText("fallback", "fallback.txt", TEXT)
    document = parse_document(source)
    extraction = Extraction()
    opening = TEXT.index("The Harbour")
    report = Fact(
        iri=mint("report", "fallback"),
        kind=NG.Report,
        label="Harbour Ballot Initiative: programme report",
        evidence=[source.span(opening, TEXT.index(" observed"))],
    )
    report.add(DCTERMS.creator, URIRef("https://example.org/harbour"))
    orgs = find_organisations(extraction, document, "mt")
    programme = fallback_programme(extraction, document, report, orgs, "mt")
    assert programme is not None
    assert programme.label == report.label
    assert [span.quote for span in programme.evidence] == ["The Harbour Ballot Initiative"]
