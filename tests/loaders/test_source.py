"""Reading report files: clear errors for what is not a report, exact spans for what is."""

from __future__ import annotations

from pathlib import Path

import pytest

from normgraph.build import extract_document
from normgraph.loaders.text.source import SourceError, corpus_files, overlaps_any, read_source


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"caf\xe9 au lait report", "not UTF-8"),
    ],
)
def test_unreadable_files_get_a_clear_error(tmp_path: Path, data: bytes, problem: str) -> None:
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(SourceError, match=problem) as raised:
        read_source(path)
    assert "bad.txt" in str(raised.value)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="not a file"):
        read_source(tmp_path / "absent.txt")


def test_document_id_comes_from_the_file_name(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "007_abc.txt", b"Some report text."))
    assert source.document_id == "007_abc"
    assert source.file_name == "007_abc.txt"
    assert len(source.sha256) == 64


def test_span_trims_white_space_and_resolves(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "r.txt", "  Alpha beta²  \n gamma".encode()))
    span = source.span(0, 16)
    assert span.quote == "Alpha beta²"
    assert source.text[span.start : span.end] == span.quote


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 2), (0, 999)])
def test_span_outside_the_text_is_refused(tmp_path: Path, start: int, end: int) -> None:
    source = read_source(write(tmp_path, "r.txt", b"short text"))
    with pytest.raises(ValueError, match="outside"):
        source.span(start, end)


def test_find_locates_a_quote_or_says_it_is_absent(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "r.txt", b"one two one"))
    assert source.find("one", 1).start == 8
    with pytest.raises(ValueError, match="not found"):
        source.find("three")


def test_corpus_files_are_sorted_text_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "notes.pdf.part", "c.md"):
        write(tmp_path, name, b"x")
    assert [p.name for p in corpus_files(tmp_path)] == ["a.txt", "b.txt", "c.md"]


def test_empty_corpus_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no report files"):
        corpus_files(tmp_path)
    with pytest.raises(SourceError, match="not found"):
        corpus_files(tmp_path / "missing")


def test_a_stretch_overlaps_a_taken_one_only_where_they_share_a_character() -> None:
    taken = [(10, 20), (30, 40)]
    assert overlaps_any(15, 25, taken)
    assert overlaps_any(5, 11, taken)
    assert overlaps_any(31, 32, taken)
    assert not overlaps_any(20, 30, taken)  # touching both ends, sharing nothing
    assert not overlaps_any(0, 10, taken)
    assert not overlaps_any(15, 25, [])


REPORT = Path(__file__).parent / "report_texts" / "interim_report.txt"


@pytest.mark.parametrize("line_end", [b"\r\n", b"\r"])
def test_a_report_saved_with_other_line_ends_reads_as_the_same_report(
    tmp_path: Path, line_end: bytes
) -> None:
    newline = REPORT.read_bytes()
    for folder, data in (("lf", newline), ("other", newline.replace(b"\n", line_end))):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder, "interim.txt", data)
    plain, plain_triples = extract_document(tmp_path / "lf" / "interim.txt")
    other, other_triples = extract_document(tmp_path / "other" / "interim.txt")
    assert read_source(tmp_path / "other" / "interim.txt").text == newline.decode()
    assert plain.facts_by_kind and other.facts_by_kind == plain.facts_by_kind
    assert plain_triples is not None and other_triples is not None
    assert set(other_triples) == set(plain_triples)
