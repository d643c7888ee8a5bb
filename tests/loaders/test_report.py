"""The report node: what each genre says about itself, with evidence that resolves."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from normgraph.loaders.extract.report import add_report, detect_language, read_head
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.registry import loader_for
from normgraph.loaders.text.genres import Genre, detect_genre
from normgraph.loaders.text.source import SourceText, read_source
from normgraph.namespaces import DCTERMS, ID, NG
from tests.documents import (
    ENEMO_2005,
    ENEMO_2005_KEY,
    HOFFMANN_THESIS,
    ISAACS_ARTICLE,
    NDI_PROGRAMME,
    NDI_PROGRAMME_KEY,
    NDI_STATEMENT_KEY,
    ODIHR_2011,
    ODIHR_2011_KEY,
)


def load(corpus: Path, name: str) -> tuple[SourceText, Genre]:
    source = read_source(corpus / name)
    return source, detect_genre(source.text)


@pytest.mark.parametrize(
    ("name", "title_start", "creator", "issued"),
    [
        (
            ODIHR_2011,
            "REPUBLIC OF KAZAKHSTAN, EARLY PRESIDENTIAL ELECTION, 3 April 2011",
            "OSCE Office for Democratic Institutions and Human Rights",
            "2011-06-16",
        ),
        (
            ENEMO_2005,
            "Preliminary Report of the European Network of Election Monitoring",
            "European Network of Election Monitoring Organizations",
            "2005-12-05",
        ),
        (NDI_PROGRAMME, None, "National Democratic Institute for International Affairs", None),
        (
            ISAACS_ARTICLE,
            "The micro-politics of norm contestation between the OSCE and Kazakhstan",
            "Rico Isaacs",
            None,
        ),
        (
            HOFFMANN_THESIS,
            "MEET ME IN THE MIDDLE An Analysis Of The EU's Human Rights Promotion",
            "Jelena Sofie Hoffmann",
            "2020",
        ),
    ],
)
def test_report_head_per_genre(
    corpus: Path, name: str, title_start: str | None, creator: str, issued: str | None
) -> None:
    source, genre = load(corpus, name)
    head = read_head(source, genre)
    if title_start is None:
        assert head.title is None
    else:
        assert head.title is not None and head.title.startswith(title_start)
    assert [c.name for c in head.creators] == [creator]
    assert (None if head.issued is None else str(head.issued)) == issued
    for span in [head.title_span, head.issued_span, *(c.span for c in head.creators)]:
        if span is not None:
            assert source.text[span.start : span.end] == span.quote


def test_report_fact_carries_genre_language_source_and_evidence(corpus: Path) -> None:
    source, genre = load(corpus, ODIHR_2011)
    extraction = Extraction()
    report = add_report(extraction, source, genre)
    assert report.iri == ID[f"report/{ODIHR_2011_KEY}"]
    values = dict(report.values)
    assert values[NG.genre] == genre.concept
    assert values[DCTERMS.language] == Literal("en")
    assert values[DCTERMS.creator] == ID["organisation/osce-odihr"]
    assert len(report.evidence) == 3
    assert extraction.facts[0] is report
    # the issuer is typed as the reference data knows it
    assert extraction.counts_by_kind() == {"InternationalOrganisation": 1, "Report": 1}


def test_report_iri_is_stable_across_reads(corpus: Path) -> None:
    iris: list[URIRef] = []
    for _ in range(2):
        source, genre = load(corpus, ENEMO_2005)
        iris.append(add_report(Extraction(), source, genre).iri)
    assert iris[0] == iris[1] == ID[f"report/{ENEMO_2005_KEY}"]


def test_report_without_a_named_creator_is_identified_by_its_file(tmp_path: Path) -> None:
    path = tmp_path / "009_x.txt"
    path.write_text("Statement of Preliminary Findings\n\nObservers saw things.\n", "utf-8")
    source = read_source(path)
    report = add_report(Extraction(), source, Genre.PRELIMINARY_STATEMENT)
    assert report.iri == ID["report/009-x"]
    assert report.evidence and report.evidence[0].quote.startswith("Statement of Preliminary")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The mission observed that the election was held and the count was open. " * 5, "en"),
        ("Миссия отметила, что выборы прошли спокойно. " * 5, "ru"),
        ("12345 67890 ----", "und"),
    ],
)
def test_language_is_detected_from_the_text(text: str, language: str) -> None:
    assert detect_language(text) == language


def _odihr_head(election: str, date: str, kind: str, issued: str) -> str:
    """An invented ODIHR title page, laid out like the real ones."""
    return (
        "Office for Democratic Institutions and Human Rights\n\nREPUBLIC OF TESTLAND\n\n"
        f"{election}\n{date}\n\nOSCE/ODIHR Election Observation Mission {kind}\n\n"
        f"Warsaw\n{issued}\n\nI. EXECUTIVE SUMMARY\n\nThe election was held.\n"
    )


def test_two_reports_of_one_creator_and_year_get_their_own_iris() -> None:
    texts = {
        "presidential": _odihr_head(
            "PRESIDENTIAL ELECTION", "2 March 2031", "Final Report", "5 May 2031"
        ),
        "parliamentary": _odihr_head(
            "EARLY PARLIAMENTARY ELECTIONS", "9 November 2031", "Final Report", "1 February 2031"
        ),
        "interim": _odihr_head(
            "PRESIDENTIAL ELECTION", "2 March 2031", "Interim Report", "1 March 2031"
        ),
    }
    iris = {}
    for name, text in texts.items():
        source = SourceText(name, f"{name}.txt", text)
        report = add_report(Extraction(), source, Genre.FINAL_REPORT)
        again = add_report(Extraction(), SourceText(name, "other.txt", text), Genre.FINAL_REPORT)
        assert again.iri == report.iri  # deterministic: the text decides, not the file
        iris[name] = str(report.iri).removeprefix(str(ID["report/"]))
    assert iris["presidential"] == "osce-odihr-2031-final-report-presidential-2031-03-02"
    assert iris["parliamentary"] == "osce-odihr-2031-final-report-early-parliamentary-2031-11-09"
    # The interim report's head is not a final report's: it is told apart by its text.
    assert iris["interim"].startswith("osce-odihr-")
    assert len(set(iris.values())) == 3


def test_two_states_elections_on_one_day_get_their_own_report_iris() -> None:
    """Same issuer, year, genre, election kind and date, another state: at a region's scale
    this happens, and one IRI for both would merge two reports' findings."""
    iris = set()
    for state in ("REPUBLIC OF ICELAND", "GRAND DUCHY OF LUXEMBOURG", "REPUBLIC OF TESTLAND"):
        text = _odihr_head("PRESIDENTIAL ELECTION", "2 March 2031", "Final Report", "5 May 2031")
        source = SourceText(state, "x.txt", text.replace("REPUBLIC OF TESTLAND", state))
        iris.add(str(add_report(Extraction(), source, Genre.FINAL_REPORT).iri))
    assert iris == {
        str(ID["report/osce-odihr-2031-final-report-is-presidential-2031-03-02"]),
        str(ID["report/osce-odihr-2031-final-report-lu-presidential-2031-03-02"]),
        str(ID["report/osce-odihr-2031-final-report-presidential-2031-03-02"]),
    }


def test_an_attached_report_is_told_apart_by_its_own_title(corpus: Path) -> None:
    source, genre = load(corpus, NDI_PROGRAMME)
    extraction = loader_for(genre).extract(source)
    reports = [f for f in extraction.facts if f.kind == NG.Report]
    assert [str(r.iri).rsplit("/", 1)[1] for r in reports] == [
        NDI_PROGRAMME_KEY,
        NDI_STATEMENT_KEY,
    ]
