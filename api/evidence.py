"""Evidence as a reader sees it: the quote highlighted inside its context, with the
report and the section that hold it named.

Everything comes from the graph: the report and section (``resource_view.Layout``: the
reports of the quote's source text and their ``ng:Section``s), the quote and the context
its selector keeps (``oa:prefix`` / ``oa:suffix``), the source file's name and the offsets.
Serving never reads the corpus: the store is the one source, so a page says what a SPARQL
client would read, and a server need not hold the corpus at all.
"""

from __future__ import annotations

import html

from markupsafe import Markup
from rdflib import URIRef

from .html import link, term_html
from .resource_view import Evidence


def quote_in_context(evidence: Evidence) -> Markup:
    """The quote highlighted between the context its selector keeps."""
    return Markup(
        f"{html.escape(evidence.prefix or '')}<mark>{html.escape(evidence.quote)}</mark>"
        f"{html.escape(evidence.suffix or '')}"
    )


def evidence_html(evidence: Evidence) -> Markup:
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
        f"<figure class='evidence'><blockquote>{quote_in_context(evidence)}</blockquote>"
        f"<figcaption class='meta'>{'In ' + ', '.join(place) + ' — ' if place else ''}"
        f"{where}, characters {evidence.start} to {evidence.end} "
        f"({link(evidence.annotation, 'annotation')}{'; ' + how if how else ''})</figcaption>"
        "</figure>"
    )
