"""Evidence as a reader sees it: the quote highlighted inside its paragraph, with the
document and the section that hold it named.

The store records each quote's source file, checksum and offsets. When that file is in
the corpus folder and is the version that was loaded, the paragraph around the quote and
the heading of its section come from the source text through the document model (the
same reading the loaders made); otherwise the selector's own context is shown and the
section is left unnamed.
"""

from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup
from rdflib import URIRef

from ..loaders.document import Document, parse_document
from ..loaders.source import SourceError, SourceText, read_source
from .html import link, term_html
from .resource_view import Evidence

CONTEXT_LIMIT = 700
"""Characters of paragraph shown on each side of a quote at most."""


@lru_cache(maxsize=32)
def _source(path: Path, sha256: str | None) -> SourceText | None:
    """The source text at ``path`` if it is there and is the version that was loaded."""
    try:
        source = read_source(path)
    except SourceError:
        return None
    if sha256 is not None and source.sha256 != sha256:
        return None
    return source


@lru_cache(maxsize=16)
def _document(path: Path, sha256: str | None) -> Document | None:
    source = _source(path, sha256)
    return None if source is None else parse_document(source)


def _loaded_text(evidence: Evidence, corpus: Path) -> SourceText | None:
    if not evidence.file:
        return None
    source = _source(corpus / evidence.file, evidence.sha256)
    if source is None or source.text[evidence.start : evidence.end] != evidence.exact:
        return None
    return source


def quote_in_context(evidence: Evidence, corpus: Path) -> Markup:
    """The quote highlighted inside its paragraph (from the source file when available)."""
    source = _loaded_text(evidence, corpus)
    if source is not None:
        text = source.text
        begin = text.rfind("\n\n", 0, evidence.start)
        begin = 0 if begin < 0 else begin + 2
        finish = text.find("\n\n", evidence.end)
        finish = len(text) if finish < 0 else finish
        begin = max(begin, evidence.start - CONTEXT_LIMIT)
        finish = min(finish, evidence.end + CONTEXT_LIMIT)
        before, after = text[begin : evidence.start], text[evidence.end : finish]
    else:
        before, after = evidence.prefix, evidence.suffix
    return Markup(
        f"{html.escape(before)}<mark>{html.escape(evidence.exact)}</mark>{html.escape(after)}"
    )


def section_of(evidence: Evidence, corpus: Path) -> str | None:
    """The heading path of the section holding the quote (``IX. THE MEDIA / A. ...``),
    ``footnote N`` for a quote in a footnote, ``title page`` before the first section;
    None when the source file is not at hand."""
    source = _loaded_text(evidence, corpus)
    if source is None or not evidence.file:
        return None
    document = _document(corpus / evidence.file, evidence.sha256)
    if document is None:
        return None
    offset = evidence.start
    for label, note in document.footnotes.items():
        if any(p.start <= offset < p.end for p in [note.label_span, *note.pieces]):
            return f"footnote {label}"
    for element in document.elements:
        if any(p.start <= offset < p.end for p in element.pieces):
            path = element.section.path
            if not path:
                return "title page"
            return " / ".join(f"{s.label}. {s.title}" if s.label else s.title for s in path)
    headed = [s for s in document.sections() if s.heading is not None and s.heading.pieces]
    before = [s for s in headed if s.heading and s.heading.pieces[0].start <= offset]
    if not before:
        return "title page"
    section = before[-1]
    return " / ".join(f"{s.label}. {s.title}" if s.label else s.title for s in section.path)


def evidence_html(evidence: Evidence, corpus: Path) -> Markup:
    """One quote as a page shows it: highlighted in its paragraph, then where it stands
    (document, section, file, offsets) and how it was obtained (annotation, method, loader)."""
    place = []
    if evidence.document:
        place.append(f"<cite>{html.escape(evidence.document)}</cite>")
    section = section_of(evidence, corpus)
    if section:
        place.append(f"section <strong class='section'>{html.escape(section)}</strong>")
    where = html.escape(evidence.file or evidence.source)
    how = ", ".join(term_html(URIRef(x)) for x in (evidence.method, evidence.loader) if x)
    return Markup(
        f"<figure class='evidence'><blockquote>{quote_in_context(evidence, corpus)}</blockquote>"
        f"<figcaption class='meta'>{'In ' + ', '.join(place) + ' — ' if place else ''}"
        f"{where}, characters {evidence.start} to {evidence.end} "
        f"({link(evidence.annotation, 'annotation')}{'; ' + how if how else ''})</figcaption>"
        "</figure>"
    )
