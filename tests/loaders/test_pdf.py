"""A report given as PDF loads the same facts as its text version.

The PDFs are made here with fpdf2 from the project's own fixture texts (a core font, so
only latin-1 characters); blank lines are written as empty cells, as a word processor
writes empty paragraphs. Evidence offsets of a PDF-loaded report count in its extracted
text, so every span must resolve there.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from fpdf import FPDF

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.source import SourceError, SourceText, corpus_files, read_source
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import only_value
from tests.loaders.odihr_fixtures import PARLIAMENTARY


def write_pdf(path: Path, text: str) -> Path:
    """``text`` as a one-column PDF, one cell per line (a blank line is an empty cell)."""
    text.encode("latin-1")  # core fonts only carry latin-1; fail loudly otherwise
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in text.split("\n"):
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def load(path: Path) -> tuple[SourceText, Extraction]:
    source = read_source(path)
    return source, OdihrLoader().extract(source)


def recommendations(extraction: Extraction) -> dict[int, tuple[bool, str]]:
    """Recommendation number -> (priority, text)."""
    return {
        int(str(only_value(fact, NG.number))): (
            bool(only_value(fact, NG.priority)),
            str(only_value(fact, NG.text)),
        )
        for fact in extraction.facts
        if fact.kind == NG.Recommendation
    }


def elections(extraction: Extraction) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each election's IRI (minted from country, type and date) and its values."""
    return sorted(
        (str(fact.iri), sorted((str(p), str(v)) for p, v in fact.values))
        for fact in extraction.facts
        if fact.kind == NG.Election
    )


def all_facts(extraction: Extraction) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every fact by kind and values, leaving out the link to the source text node (whose
    IRI comes from the file name)."""
    return sorted(
        (str(fact.kind), sorted((str(p), str(v)) for p, v in fact.values if p != NG.sourceText))
        for fact in extraction.facts
    )


@pytest.fixture
def text_and_pdf(tmp_path: Path) -> tuple[Path, Path]:
    text_path = tmp_path / "moldova-text.txt"
    text_path.write_text(PARLIAMENTARY, encoding="utf-8")
    return text_path, write_pdf(tmp_path / "moldova-pdf.pdf", PARLIAMENTARY)


def test_pdf_report_yields_the_same_recommendations_and_election_as_its_text(
    text_and_pdf: tuple[Path, Path],
) -> None:
    text_path, pdf_path = text_and_pdf
    _, from_text = load(text_path)
    _, from_pdf = load(pdf_path)
    expected = recommendations(from_text)
    assert sorted(expected) == [1, 2, 3]
    assert recommendations(from_pdf) == expected
    assert expected[1] == (
        True,
        "The Electoral Code should be amended to give every contestant an effective remedy "
        "before a court, within short deadlines.",
    )
    assert elections(from_pdf) == elections(from_text)
    (election,) = elections(from_pdf)
    assert election[0].endswith("/election/md/parliamentary/2020-06-14")
    assert all_facts(from_pdf) == all_facts(from_text)


def test_pdf_source_records_its_file_name_and_the_extracted_texts_hash(
    text_and_pdf: tuple[Path, Path],
) -> None:
    _, pdf_path = text_and_pdf
    source = read_source(pdf_path)
    assert source.file_name == "moldova-pdf.pdf" and source.document_id == "moldova-pdf"
    assert source.text.startswith("Office for Democratic Institutions and Human Rights\n\n")
    assert "\n\nXV. RECOMMENDATIONS\n\n" in source.text
    assert all(line == line.rstrip() for line in source.text.split("\n"))
    assert source.sha256 == hashlib.sha256(source.text.encode("utf-8")).hexdigest()


def test_every_evidence_span_of_the_pdf_extraction_resolves_in_the_extracted_text(
    text_and_pdf: tuple[Path, Path],
) -> None:
    _, pdf_path = text_and_pdf
    source, extraction = load(pdf_path)
    spans = [span for fact in extraction.facts for span in fact.evidence]
    assert spans
    for span in spans:
        assert source.text[span.start : span.end] == span.quote


def test_pdf_files_are_part_of_the_corpus(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("text", encoding="utf-8")
    write_pdf(tmp_path / "a.pdf", "A report.")
    (tmp_path / "c.doc").write_text("not read", encoding="utf-8")
    assert [p.name for p in corpus_files(tmp_path)] == ["a.pdf", "b.txt"]


def test_a_text_file_renamed_pdf_is_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "renamed.pdf"
    path.write_text(PARLIAMENTARY, encoding="utf-8")
    with pytest.raises(SourceError, match="not a PDF") as raised:
        read_source(path)
    assert "renamed.pdf" in str(raised.value)


def test_a_truncated_pdf_is_damaged(tmp_path: Path) -> None:
    whole = write_pdf(tmp_path / "whole.pdf", PARLIAMENTARY).read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(SourceError, match="damaged PDF") as raised:
        read_source(path)
    assert "truncated.pdf" in str(raised.value)


def test_a_pdf_page_without_text_needs_ocr_which_is_not_supported(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a "scanned" page: drawing, no text
    path = tmp_path / "scanned.pdf"
    pdf.output(str(path))
    with pytest.raises(SourceError, match=r"no extractable text.*OCR is not supported") as raised:
        read_source(path)
    assert "scanned.pdf" in str(raised.value)


def test_an_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="user")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "A secret report.")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    with pytest.raises(SourceError, match="encrypted") as raised:
        read_source(path)
    assert "locked.pdf" in str(raised.value)
