"""The template layer shared by every human-readable page: one layout, escaping, local links.

Pages are Jinja2 templates (``api/templates/``) extending ``base.html``, rendered with
autoescaping on, so every value is escaped unless a helper here has already built it as
safe markup. Older pages that assemble their body as an escaped string go through
:func:`page`, which puts it in the same layout.

IRIs the graph mints under ``https://w3id.org/normgraph/`` are linked to this server's
own pages (``/id/...``, ``/vocab/...``, ``/ontology#...``, ``/graph/...``), so a reader
can follow the graph without leaving the site.
"""

from __future__ import annotations

import html
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from normgraph.namespaces import BASE
from normgraph.namespaces import curie as curie  # re-exported: pages and record views use it


@cache
def templates() -> Environment:
    """The Jinja2 environment over ``normgraph.api/templates``, autoescaping HTML."""
    environment = Environment(
        loader=PackageLoader("normgraph.api", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(link=link, term_html=term_html, curie=curie)
    return environment


def render(template: str, **context: Any) -> str:
    """A whole page from ``template`` (which extends ``base.html``)."""
    return templates().get_template(template).render(**context)


def page(title: str, body: str, *, alternates: list[tuple[str, str]] | None = None) -> str:
    """A complete page around ``body``, HTML already escaped by its builder; ``alternates``
    are (media type, URL) links to other formats."""
    return render("page.html", title=title, body=Markup(body), alternates=alternates or [])


def local_path(iri: str) -> str | None:
    """This server's path for an IRI minted under the normgraph base; None otherwise.

    >>> local_path("https://w3id.org/normgraph/id/report/a")
    '/id/report/a'
    >>> local_path("http://example.org/x") is None
    True
    """
    if not iri.startswith(BASE):
        return None
    rest = iri[len(BASE) :]
    if rest.startswith(("id/", "vocab/", "graph/")):
        return "/" + rest
    if rest.startswith("ontology"):
        return "/ontology" + rest[len("ontology") :]
    return None


def link(iri: str, label: str | None = None) -> Markup:
    """An anchor for an IRI: to this server's page when it has one."""
    href = local_path(iri) or iri
    text = label or curie(iri)
    return Markup(
        f'<a href="{html.escape(href)}" title="{html.escape(iri)}">{html.escape(text)}</a>'
    )


def term_html(
    term: Node, labels: dict[str, str] | None = None, *, datatypes: bool = True
) -> Markup:
    """A term as HTML: IRIs as links (with their label when known), literals as text
    (followed by their datatype unless ``datatypes`` is false)."""
    if isinstance(term, URIRef):
        return link(str(term), (labels or {}).get(str(term)))
    if isinstance(term, BNode):
        return Markup(f"<code>_:{html.escape(str(term))}</code>")
    if isinstance(term, Literal):
        text = html.escape(str(term))
        if term.language:
            return Markup(f'{text} <span class="meta">@{html.escape(term.language)}</span>')
        if term.datatype is not None and datatypes:
            kind = html.escape(curie(str(term.datatype)))
            return Markup(f'{text} <span class="meta">{kind}</span>')
        return Markup(text)
    return Markup(html.escape(str(term)))
