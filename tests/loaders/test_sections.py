"""Report sections for every genre (``loaders/text/sections.py``): on the corpus, checked against
the headings read straight from the text, and on invented texts for the edge cases."""

from __future__ import annotations

import re
from functools import cache

import pytest
from rdflib import Literal, URIRef

from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.registry import loader_for
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.genres import detect_genre
from normgraph.loaders.text.sections import Heading, add_sections
from normgraph.loaders.text.source import SourceText, read_source
from normgraph.namespaces import DCTERMS, ID, NG
from tests.documents import (
    CORPUS,
    ENEMO_2005,
    HOFFMANN_THESIS,
    ISAACS_ARTICLE,
    NDI_PROGRAMME,
    ODIHR_2011,
    ODIHR_2011_KEY,
)

ALL = [ODIHR_2011, ENEMO_2005, NDI_PROGRAMME, ISAACS_ARTICLE, HOFFMANN_THESIS]


@cache
def loaded(name: str) -> tuple[SourceText, Extraction]:
    source = read_source(CORPUS / name)
    return source, loader_for(detect_genre(source.text)).extract(source)


def first(fact: Fact, predicate: URIRef) -> object:
    found = [v for p, v in fact.values if p == predicate]
    return found[0] if found else None


def sections_of(extraction: Extraction) -> list[Fact]:
    return [f for f in extraction.facts if f.kind == NG.Section]


def report_of(extraction: Extraction, section: Fact) -> URIRef:
    """Follow ``dcterms:isPartOf`` up from a section to its report."""
    by_iri = {f.iri: f for f in extraction.facts}
    node = section
    while node.kind == NG.Section:
        parent = first(node, DCTERMS.isPartOf)
        assert isinstance(parent, URIRef)
        node = by_iri[parent]
    return node.iri


def top_level(extraction: Extraction, report: URIRef) -> list[Fact]:
    found = [s for s in sections_of(extraction) if first(s, DCTERMS.isPartOf) == report]
    return sorted(found, key=lambda s: int(str(first(s, NG.order))))


def the_report(extraction: Extraction) -> Fact:
    return next(f for f in extraction.facts if f.kind == NG.Report)


def test_odihr_sections_are_the_numbered_headings_of_the_text() -> None:
    source, extraction = loaded(ODIHR_2011)
    # Read the body's headings straight from the text: "IX. THE MEDIA" and "A. ..." under
    # it (the table of contents separates number and title with a tab, not a space).
    expected: list[tuple[str, str, list[tuple[str, str]]]] = []
    for line in source.text.splitlines():
        roman = re.fullmatch(r"(?P<n>[IVX]+)\. (?P<t>[A-Z][^a-z]+)", line)
        letter = re.fullmatch(r"(?P<n>[A-H])\. (?P<t>[A-Z][^a-z]+)", line)
        if roman:
            expected.append((roman["n"], roman["t"].strip(), []))
        elif letter and expected:
            expected[-1][2].append((letter["n"], letter["t"].strip()))
    # the report numbers its body sections I to XVII: a count a reader states
    numbers = " ".join(n for n, _, _ in expected)
    assert numbers == "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII"
    report = the_report(extraction)
    numbered = [s for s in top_level(extraction, report.iri) if first(s, NG.number)]
    found = []
    for section in numbered:
        subsections = top_level(extraction, section.iri)
        found.append(
            (
                str(first(section, NG.number)),
                str(first(section, NG.heading)),
                [(str(first(s, NG.number)), str(first(s, NG.heading))) for s in subsections],
            )
        )
    assert found == expected


def test_a_known_recommendation_lies_in_its_section() -> None:
    source, extraction = loaded(ODIHR_2011)
    # The first priority recommendation, found in the text by its wording.
    start = source.text.index("1. Amending the legal framework for elections")
    recommendation = next(
        f
        for f in extraction.facts
        if f.kind == NG.Recommendation
        and any(span.start <= start + 3 < span.end for span in f.evidence)
    )
    by_iri = {f.iri: f for f in extraction.facts}
    part = by_iri[first(recommendation, NG.reportPart)]  # type: ignore[index]
    parent = by_iri[first(part, DCTERMS.isPartOf)]  # type: ignore[index]
    assert (first(part, NG.number), first(part, NG.heading)) == (
        Literal("A"),
        Literal("PRIORITY RECOMMENDATIONS"),
    )
    assert (first(parent, NG.number), first(parent, NG.heading)) == (
        Literal("XVII"),
        Literal("RECOMMENDATIONS"),
    )
    assert str(part.iri).endswith(f"/section/{ODIHR_2011_KEY}/xvii/a")


@pytest.mark.parametrize("name", ALL)
def test_every_report_has_sections_and_each_fact_lies_in_its_own(name: str) -> None:
    source, extraction = loaded(name)
    sections = sections_of(extraction)
    assert sections, name
    assert len({s.iri for s in sections}) == len(sections)
    heading_starts = sorted((s.evidence[0].start, s.iri) for s in sections)
    by_iri = {s.iri: s for s in sections}
    for section in sections:
        assert str(first(section, NG.heading)) in " ".join(s.quote for s in section.evidence)
        assert (
            section.evidence[0].quote
            == source.text[section.evidence[0].start : section.evidence[0].end]
        )
    linked = [f for f in extraction.facts if first(f, NG.reportPart) is not None]
    assert linked, name
    for fact in linked:
        part = by_iri[first(fact, NG.reportPart)]  # type: ignore[index]
        assert report_of(extraction, part) == first(fact, NG.sourceReport)
        # The part's heading comes before every quote, and any heading between them
        # belongs to a section inside the part.
        for span in fact.evidence:
            assert part.evidence[0].start <= span.start
            between = [i for s, i in heading_starts if part.evidence[0].start < s <= span.start]
            for iri in between:
                node = by_iri[iri]
                while node.iri != part.iri:
                    up = first(node, DCTERMS.isPartOf)
                    assert up in by_iri, (fact.iri, span.quote, iri)
                    node = by_iri[up]  # type: ignore[index]


@pytest.mark.parametrize("name", ALL)
def test_sections_are_ordered_among_their_siblings(name: str) -> None:
    _, extraction = loaded(name)
    siblings: dict[object, list[int]] = {}
    for section in sections_of(extraction):
        siblings.setdefault(first(section, DCTERMS.isPartOf), []).append(
            int(str(first(section, NG.order)))
        )
    for orders in siblings.values():
        assert sorted(orders) == list(range(1, len(orders) + 1))


def test_the_attached_statement_has_its_own_sections() -> None:
    _, extraction = loaded(NDI_PROGRAMME)
    reports = [f for f in extraction.facts if f.kind == NG.Report]
    assert len(reports) == 2
    headings = {
        r.iri: [str(first(s, NG.heading)) for s in top_level(extraction, r.iri)] for r in reports
    }
    programme, statement = (r.iri for r in reports)
    assert headings[programme][-1] == "ATTACHMENTS"
    assert "RECOMMENDATIONS" in headings[statement]
    assert "RECOMMENDATIONS" not in headings[programme]
    # Each statement recommendation lies in the statement's own Recommendations section.
    by_iri = {f.iri: f for f in extraction.facts}
    recommendations = [
        f
        for f in extraction.facts
        if f.kind == NG.Recommendation and first(f, NG.sourceReport) == statement
    ]
    assert recommendations
    for recommendation in recommendations:
        part = by_iri[first(recommendation, NG.reportPart)]  # type: ignore[index]
        assert report_of(extraction, part) == statement
        assert str(first(part, NG.heading)) == "RECOMMENDATIONS"


def test_a_lost_stage_heading_is_a_section_of_its_stage() -> None:
    source, extraction = loaded(ISAACS_ARTICLE)
    # A stage heading the conversion turned into an emphasised paragraph opening.
    lost = re.search(r"^\*(Stages 1 and 2: [^*\n]+)\*", source.text, re.M)
    assert lost is not None
    section = next(s for s in sections_of(extraction) if str(first(s, NG.heading)) == lost.group(1))
    stages = {str(v).rsplit("/", 1)[-1] for p, v in section.values if p == NG.stage}
    assert stages == {"diffusion", "acceptance"}
    events = [
        f
        for f in extraction.facts
        if f.kind == NG.NormStageEvent and first(f, NG.reportPart) == section.iri
    ]
    assert events


def _extract(text: str, lost: list[Heading] | None = None) -> tuple[Extraction, list[Fact]]:
    source = SourceText("t", "t.txt", text)
    report = Fact(ID["report/t"], NG.Report, evidence=[source.span(0, 2)])
    extraction = Extraction([report])
    sections = add_sections(extraction, report, parse_document(source), lost or [])
    return extraction, sections.facts


def test_repeated_numbers_under_different_parents_get_distinct_iris() -> None:
    text = (
        "I. THE MEDIA\n\nA. LEGAL FRAMEWORK\n\nText one.\n\n"
        "II. ELECTION DAY\n\nA. OPENING\n\nText two.\n\nB. COUNTING\n\nText three.\n"
    )
    _, facts = _extract(text)
    keys = [str(f.iri).rsplit("/section/t/", 1)[1] for f in facts]
    assert keys == ["i", "i/a", "ii", "ii/a", "ii/b"]
    assert [f.label for f in facts][3:] == ["A. OPENING", "B. COUNTING"]


def test_a_number_printed_twice_at_one_level_still_gets_its_own_iri() -> None:
    text = "I. FIRST\n\nSome text.\n\nI. FIRST AGAIN\n\nMore text.\n"
    _, facts = _extract(text)
    assert len({f.iri for f in facts}) == 2
    assert [str(first(f, NG.order)) for f in facts] == ["1", "2"]


def test_a_fact_spanning_two_sections_lies_in_their_common_parent() -> None:
    text = "I. THE MEDIA\n\nA. LAW\n\nLaw text.\n\nB. PRACTICE\n\nPractice text.\n"
    source = SourceText("t", "t.txt", text)
    report = Fact(ID["report/t"], NG.Report, evidence=[source.span(0, 2)])
    law, practice = text.index("Law text"), text.index("Practice text")
    spread = Fact(
        ID["finding/t/1"],
        NG.Finding,
        evidence=[source.span(law, law + 3), source.span(practice, practice + 8)],
    ).add(NG.sourceReport, report.iri)
    shared = Fact(ID["law/kz/x"], NG.Law, evidence=[source.span(law, law + 3)])
    shared.add(NG.sourceReport, report.iri)
    extraction = Extraction([report, spread, shared])
    add_sections(extraction, report, parse_document(source))
    assert str(first(spread, NG.reportPart)).endswith("/section/t/i")
    # A thing many reports mention (minted outside the report's key) is not placed.
    assert first(shared, NG.reportPart) is None


def test_a_lost_heading_nests_in_the_section_that_holds_it() -> None:
    text = "# Title\n\n## Part\n\n*Lost heading*\nIts paragraph.\n\n## Next\n\nMore.\n"
    source = SourceText("t", "t.txt", text)
    start = text.index("*Lost")
    lost = Heading("Lost heading", [source.span(start, start + 14)])
    _, facts = _extract(text, [lost])
    keys = [str(f.iri).rsplit("/section/t/", 1)[1] for f in facts]
    assert keys == ["1", "1/1", "1/1/1", "1/2"]
    assert facts[2].label == "Lost heading"
