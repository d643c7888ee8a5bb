"""Document identification in layouts the fixtures lack (``document_layouts``): interim
reports closed by the period they cover, working papers, recommendations in passing."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.registry import head_reader_for, loader_for
from normgraph.loaders.text.genres import Genre, detect_genre
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import DCTERMS, NG
from tests.loaders.document_layouts import INTERIM

_BODY = INTERIM[INTERIM.index("I. SUMMARY") :]


def _extract(name: str, text: str) -> Extraction:
    return loader_for(detect_genre(text)).extract(SourceText(name, f"{name}.txt", text))


def _of(extraction: Extraction, kind: URIRef) -> list[Fact]:
    return [fact for fact in extraction.facts if fact.kind == kind]


def _values(fact: Fact, predicate: URIRef) -> list[str]:
    return [str(v) for p, v in fact.values if p == predicate]


def _creators(extraction: Extraction, report: Fact) -> list[str]:
    return [
        str(extraction.get(URIRef(iri)).label)  # type: ignore[union-attr]
        for iri in _values(report, DCTERMS.creator)
    ]


def test_an_interim_report_with_its_period_and_issue_date() -> None:
    extraction = _extract("interim", INTERIM)
    (report,) = _of(extraction, NG.Report)
    assert _values(report, NG.genre) == [str(Genre.PRELIMINARY_STATEMENT.concept)]
    assert _creators(extraction, report) == [
        "OSCE Office for Democratic Institutions and Human Rights"
    ]
    assert _values(report, DCTERMS.issued) == ["2031-02-20"]


@pytest.mark.parametrize(
    "title_block",
    [
        "ODIHR Election Observation Mission\nLatvia \u2013 Presidential Election 2031\n\n"
        "INTERIM REPORT No. 1\n3 \u2013 17 February 2031\n\n",
        "Latvia, Presidential Election 2031\nODIHR Election Observation Mission\n"
        "Interim Report 2\n(28 January \u2013 10 February 2031)\n\n",
        "OSCE Office for Democratic Institutions and Human Rights\nElection Observation Mission\n"
        "Latvia, Presidential Election 2031\n\nINTERIM REPORT\n3 - 17 February 2031\n\n",
    ],
)
def test_an_interim_report_closed_by_its_period_alone(title_block: str) -> None:
    """The period line closes the title block; its end is not taken as the issue date."""
    text = title_block + _BODY
    head = head_reader_for(detect_genre(text))(SourceText("i", "i.txt", text))
    assert [c.name for c in head.creators] == [
        "OSCE Office for Democratic Institutions and Human Rights"
    ]
    assert head.title is not None and "Latvia" in head.title
    assert head.issued is None


def test_a_word_in_title_case_is_no_mission_acronym() -> None:
    text = (
        "Election Observation Mission\nLatvia, Presidential Election 2031\n\n"
        "INTERIM REPORT\n3 \u2013 17 February 2031\n\n" + _BODY
    )
    head = head_reader_for(Genre.PRELIMINARY_STATEMENT)(SourceText("i", "i.txt", text))
    assert [c.name for c in head.creators] != ["Election"]
