"""Evidence as a reader sees it: the quote highlighted inside its paragraph, with the
report and the section that hold it named.

The report and section come from the graph (``resource_view.Layout``: the reports of the
quote's source text and their ``ng:Section``s). The store also records each quote's
source file, checksum and offsets: when that file is in the corpus folder and is the
version that was loaded, the paragraph around the quote comes from it; otherwise the
selector's own context is shown.
"""

from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup
from rdflib import URIRef

from ..loaders.text.source import SourceError, SourceText, read_source
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


def evidence_html(evidence: Evidence, corpus: Path) -> Markup:
    """One quote as a page shows it: highlighted in its paragraph, then where it stands
    (document, section, file, offsets) and how it was obtained (annotation, method, loader)."""
    place = []
    if evidence.document:
        place.append(f"<cite>{html.escape(evidence.document)}</cite>")
    if evidence.section:
        place.append(f"section <strong class='section'>{html.escape(evidence.section)}</strong>")
    where = html.escape(evidence.file or evidence.source)
    how = ", ".join(term_html(URIRef(x)) for x in (evidence.method, evidence.loader) if x)
    return Markup(
        f"<figure class='evidence'><blockquote>{quote_in_context(evidence, corpus)}</blockquote>"
        f"<figcaption class='meta'>{'In ' + ', '.join(place) + ' — ' if place else ''}"
        f"{where}, characters {evidence.start} to {evidence.end} "
        f"({link(evidence.annotation, 'annotation')}{'; ' + how if how else ''})</figcaption>"
        "</figure>"
    )
