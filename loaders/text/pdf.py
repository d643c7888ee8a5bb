"""PDF reports: their text extracted with pypdf, the text that evidence offsets count in.

A report given as PDF is read as the text pypdf extracts from it, page texts joined with a
blank line ("\\n\\n"). That extracted text is the report's ``SourceText.text``: every
evidence offset of a PDF-loaded report counts in it (not in the PDF's bytes or layout), and
the source node records the PDF's file name and the hash of that text.

Extraction is normalised only in whitespace that carries no meaning: line ends become
"\\n", spaces and tabs at the end of a line are dropped, and leading/trailing blank lines of
a page are removed. Line breaks and blank lines between paragraphs are kept, since the
document model reads paragraphs and headings from them.
"""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError

PAGE_SEPARATOR = "\n\n"

_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)


class PdfError(ValueError):
    """A PDF that cannot be read as a report (damaged, encrypted, or with no text)."""


def _normalise(page_text: str) -> str:
    text = page_text.replace("\r\n", "\n").replace("\r", "\n")
    return _TRAILING_SPACE.sub("", text).strip("\n")


def pdf_text(path: Path) -> str:
    """The text of the PDF at ``path``: its pages' extracted texts joined with "\\n\\n"."""
    data = path.read_bytes()
    if not data.lstrip().startswith(b"%PDF-"):
        raise PdfError(f"{path}: not a PDF file (no %PDF- header)")
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            raise PdfError(f"{path}: the PDF is encrypted; password-protected reports are not read")
        pages = [_normalise(page.extract_text()) for page in reader.pages]
    except PdfError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise PdfError(f"{path}: damaged PDF, cannot be read ({error})") from error
    if not pages:
        raise PdfError(f"{path}: damaged PDF, no pages found")
    text = PAGE_SEPARATOR.join(page for page in pages if page)
    if not text.strip():
        raise PdfError(
            f"{path}: the PDF has no extractable text (scanned images?); OCR is not supported"
        )
    return text
