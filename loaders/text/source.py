"""Source texts: a report file read once, with exact character offsets for evidence.

Offsets are Python string indices into the decoded text (Unicode code points), which is
what Web Annotation's TextPositionSelector counts; a text file's line ends are read as
newlines first (``one_line_end``), as a file read in text mode gives them. A PDF report is
read as the text pypdf extracts from it (``loaders/text/pdf.py``); its offsets count in
that extracted text.
``SourceText.span`` refuses a span whose text does not match, so no quote can drift from
its offsets.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .pdf import PdfError, pdf_text

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf")


class SourceError(ValueError):
    """A source file cannot be read as a report (empty, binary, not UTF-8, damaged PDF...)."""


@dataclass(frozen=True)
class Span:
    """An exact quote and where it stands in its source: ``text[start:end] == quote``."""

    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class SourceText:
    """One report file's text and identity."""

    document_id: str
    """Stable id from the file name: the named graph and source IRIs derive from it."""
    file_name: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def span(self, start: int, end: int) -> Span:
        """The span ``[start, end)`` with its quote; whitespace at either end is trimmed."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}-{end} lies outside {self.file_name}")
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if start == end:
            raise ValueError(f"span {start}-{end} of {self.file_name} is empty")
        return Span(start, end, self.text[start:end])

    def find(self, quote: str, start: int = 0) -> Span:
        """The first occurrence of ``quote`` at or after ``start``; ValueError if absent."""
        index = self.text.find(quote, start)
        if index < 0:
            raise ValueError(f"quote not found in {self.file_name}: {quote[:80]!r}")
        return Span(index, index + len(quote), quote)


def read_source(path: Path) -> SourceText:
    """Read a report file, with a clear error for anything that is not a readable text."""
    if not path.is_file():
        raise SourceError(f"{path}: not a file")
    data = path.read_bytes()
    if not data.strip():
        raise SourceError(f"{path}: the file is empty")
    if path.suffix.lower() == ".pdf":
        try:
            text = pdf_text(path)
        except PdfError as error:
            raise SourceError(str(error)) from error
        return SourceText(document_id=path.stem, file_name=path.name, text=text)
    if b"\x00" in data[:4096]:
        raise SourceError(f"{path}: binary data, not a text report")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SourceError(
            f"{path}: not UTF-8 text (byte {error.start}: {data[error.start : error.start + 1]!r})"
        ) from error
    return SourceText(document_id=path.stem, file_name=path.name, text=one_line_end(text))


_LINE_END = re.compile(r"\r\n?")


def one_line_end(text: str) -> str:
    """``text`` with every line ending a newline: a report saved with Windows ("\\r\\n") or
    old Mac ("\\r") line ends reads as the same report saved with newlines, as Python's
    text mode reads a file. Offsets count in this text (what a reader reading the file as
    text counts), so no reader needs to expect a carriage return.

    >>> one_line_end("Title\\r\\n\\r\\n1. Item\\rnext")
    'Title\\n\\n1. Item\\nnext'
    """
    return _LINE_END.sub("\n", text)


def overlaps_any(start: int, end: int, taken: Iterable[tuple[int, int]]) -> bool:
    """Whether the stretch ``start``..``end`` shares a character with one of ``taken``: a
    reader leaves out what another reading of the same text already took."""
    return any(a < end and start < b for a, b in taken)


def corpus_files(folder: Path) -> list[Path]:
    """The report files in ``folder``, sorted by name; a clear error if there are none."""
    if not folder.is_dir():
        raise SourceError(f"{folder}: corpus folder not found")
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES)
    if not files:
        raise SourceError(f"{folder}: no report files ({', '.join(SUPPORTED_SUFFIXES)})")
    return files
