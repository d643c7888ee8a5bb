"""Small HTML helpers shared by the human-readable pages: layout, escaping, local links.

IRIs the graph mints under ``https://w3id.org/normgraph/`` are linked to this server's
own pages (``/id/...``, ``/vocab/...``, ``/ontology#...``, ``/graph/...``), so a reader
can follow the graph without leaving the site.
"""

from __future__ import annotations

import html

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..namespaces import BASE, PREFIXES

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;
line-height:1.45;color:#222}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;
padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f5f5f5}
code,.iri{font-family:ui-monospace,monospace;font-size:.9em}
blockquote{border-left:4px solid #8aa;margin:.5rem 0;padding:.3rem .8rem;background:#f8fafa;
white-space:pre-wrap}mark{background:#ffe58a}.meta{color:#666;font-size:.9em}
nav a{margin-right:1rem}
"""


def page(title: str, body: str, *, alternates: list[tuple[str, str]] | None = None) -> str:
    """A complete HTML page; ``alternates`` are (media type, URL) links to other formats."""
    links = "".join(
        f'<link rel="alternate" type="{html.escape(kind)}" href="{html.escape(url)}">'
        for kind, url in alternates or []
    )
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)} · normgraph</title>{links}<style>{_STYLE}</style>"
        "</head><body><nav><a href='/sparql'>SPARQL</a><a href='/queries'>saved queries</a>"
        "<a href='/ontology'>ontology</a><a href='/void'>dataset</a><a href='/docs'>API</a>"
        f"</nav><h1>{html.escape(title)}</h1>{body}</body></html>"
    )


def local_path(iri: str) -> str | None:
    """This server's path for an IRI minted under the normgraph base; None otherwise."""
    if not iri.startswith(BASE):
        return None
    rest = iri[len(BASE) :]
    if rest.startswith(("id/", "vocab/", "graph/")):
        return "/" + rest
    if rest.startswith("ontology"):
        return "/ontology" + rest[len("ontology") :]
    return None


def curie(iri: str) -> str:
    """A prefixed name for display when a known prefix fits, else the IRI."""
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(PREFIXES.get(best, "")):
            best = prefix
    if best:
        return f"{best}:{iri[len(PREFIXES[best]) :]}"
    return iri


def link(iri: str, label: str | None = None) -> str:
    """An anchor for an IRI: to this server's page when it has one."""
    href = local_path(iri) or iri
    text = label or curie(iri)
    return f'<a href="{html.escape(href)}" title="{html.escape(iri)}">{html.escape(text)}</a>'


def term_html(term: Node, labels: dict[str, str] | None = None) -> str:
    """A term as HTML: IRIs as links (with their label when known), literals as text."""
    if isinstance(term, URIRef):
        return link(str(term), (labels or {}).get(str(term)))
    if isinstance(term, BNode):
        return f"<code>_:{html.escape(str(term))}</code>"
    if isinstance(term, Literal):
        text = html.escape(str(term))
        if term.language:
            return f'{text} <span class="meta">@{html.escape(term.language)}</span>'
        if term.datatype is not None:
            return f'{text} <span class="meta">{html.escape(curie(str(term.datatype)))}</span>'
        return text
    return html.escape(str(term))
