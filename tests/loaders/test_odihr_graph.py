"""The ODIHR report's graph: every evidence selector resolves, and the counts a careful
reading of the report gives."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.triples import extraction_to_graph
from normgraph.loaders.registry import loader_for
from normgraph.loaders.text.genres import Genre
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import FOAF, NG, OA, RDF


@pytest.fixture(scope="module")
def graph(odihr_2011: SourceText) -> Graph:
    extraction = OdihrLoader().extract(odihr_2011)
    return extraction_to_graph(odihr_2011, extraction, OdihrLoader.name)


def test_final_reports_are_read_by_the_odihr_loader() -> None:
    assert isinstance(loader_for(Genre.FINAL_REPORT), OdihrLoader)


def test_every_evidence_selector_resolves_to_its_quote(
    graph: Graph, odihr_2011: SourceText
) -> None:
    targets = list(graph.subjects(RDF.type, OA.SpecificResource))
    assert len(targets) > 300
    for target in targets:
        selectors = list(graph.objects(target, OA.hasSelector))
        quote = next(s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in graph)
        position = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in graph)
        exact = graph.value(quote, OA.exact)
        start, end = graph.value(position, OA.start), graph.value(position, OA.end)
        assert isinstance(exact, Literal) and isinstance(start, Literal)
        assert isinstance(end, Literal)
        assert odihr_2011.text[start.toPython() : end.toPython()] == str(exact)


def test_every_extracted_resource_has_evidence(graph: Graph) -> None:
    for kind in (NG.Recommendation, NG.Complaint, NG.ImplementationAssessment, NG.Law):
        for subject in graph.subjects(RDF.type, kind):
            assert graph.value(subject, NG.evidence) is not None, subject


def test_counts_from_a_reading_of_the_report(graph: Graph) -> None:
    def count(kind: URIRef) -> int:
        return len(set(graph.subjects(RDF.type, kind)))

    assert count(NG.Recommendation) == 21  # the priority lead-in opens the list (test_odihr)
    assert count(NG.RecurringIssue) == 0  # statements on earlier recommendations mint no issue
    assert (
        len(set(graph.subjects(NG.priority, Literal(True)))) == 11
    )  # priorities 1-11 (the lead-in is no recommendation)
    assert count(NG.ImplementationAssessment) == 9
    assert count(NG.Complaint) == 9
    assert count(NG.ComplaintFigure) == 7  # "no complaints were filed" is no figure
    assert count(NG.DataQualityNote) == 3
    # four registered candidates and two nominees the text says were refused registration
    assert count(NG.Candidacy) == 6
    assert len(set(graph.subjects(NG.registered, Literal(True)))) == 4
    assert count(NG.PoliticalParty) == 9
    assert count(FOAF.Person) == 10
    assert count(NG.Law) == 13
    assert count(NG.LawArticle) == 42
    assert count(NG.Instrument) == 11
    assert count(NG.Provision) == 19
