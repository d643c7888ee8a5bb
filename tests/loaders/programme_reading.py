"""The invented programme reports, and what a careful reader marks on a programme report's
title page and programme read back from an extraction as plain values, so each layout's
test states them as one comparison."""

from __future__ import annotations

from pathlib import Path

from rdflib import DCTERMS, URIRef
from rdflib.term import Node

from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA
from tests.loaders.fact_lookup import facts, value, values

TEXTS = Path(__file__).parent / "programme_texts"


def programme_text(file: str) -> SourceText:
    """The invented programme report ``programme_texts/{file}`` as a source."""
    return SourceText(Path(file).stem, file, (TEXTS / file).read_text(encoding="utf-8"))


def label_of(extraction: Extraction, iri: Node) -> str:
    """The label of the fact ``iri`` names; the extraction must hold that fact."""
    fact = extraction.get(iri) if isinstance(iri, URIRef) else None
    assert fact is not None, iri
    return str(fact.label)


def report_issue(extraction: Extraction) -> tuple[list[str], list[Node]]:
    """The one report's issuers (by label) and its issue dates (typed literals)."""
    [report] = facts(extraction, NG.Report)
    issuers = [label_of(extraction, c) for c in values(report, DCTERMS.creator)]
    return issuers, values(report, DCTERMS.issued)


def programme_identity(extraction: Extraction) -> dict[str, object]:
    """The one programme's title, implementers, donors, funding references, dates and
    country (the IRI path below ``id/``, ``state/lt``)."""
    [programme] = facts(extraction, NG.Programme)
    return {
        "title": programme.label,
        "implementers": [label_of(extraction, v) for v in values(programme, NG.implementer)],
        "donors": [label_of(extraction, v) for v in values(programme, NG.donor)],
        "funding": [str(v) for v in values(programme, NG.fundingReference)],
        "start": str(value(programme, SCHEMA.startDate)),
        "end": str(value(programme, SCHEMA.endDate)),
        "country": str(value(programme, NG.country)).split("/id/")[-1],
    }
