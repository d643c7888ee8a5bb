"""Recommendations a statement repeats: those its findings make first and its numbered list
repeats, and its summary's priority list, each a fact linked to the list's recommendation it
restates (``ng:restatedAs``); the priority list also marks which of the list's are
priorities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rdflib import Literal, URIRef

from normgraph.namespaces import NG, local_name

from ..extract.priority_lists import (
    PRIORITY,
    priority_items,
    referenced_priorities,
    restating_items,
)
from ..odihr.body_recommendations import find_body_recommendations
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Section
from ..text.furniture import without_note_markers
from ..text.source import Span
from . import parts


def add_body_restatements(
    extraction: Extraction,
    document: Document,
    statement: parts.Statement,
    final: dict[str, str],
    sections: list[Section],
    quoted: Sequence[Span] = (),
) -> None:
    """Recommendations the statement's findings make first and its list repeats ("...
    the parliament should restore oversight ..." in the body, item 1 in the list): each
    one linked to the item it restates. Unlike a final report's, a statement's body
    paragraph that only asks is not taken alone: statements predict and urge in the same
    words ("the pledge should greatly increase transparency"). A list read from its lines
    alone gives no sections but what its items quote (``quoted``), which is no body."""
    skip = [*sections, *document.find_sections(r"^ANNEX|^APPENDIX|^ABOUT")]
    body = find_body_recommendations(document, final, skip)
    restated = [
        (found, found.restates)
        for found in body
        if found.restates is not None
        and not any(
            piece.start < span.end and span.start < piece.end
            for piece in found.element.pieces
            for span in quoted
        )
    ]
    for number, (found, restates) in enumerate(restated, start=1):
        label = f"Recommendation in the body: {found.text[:60]}"
        spans = found.element.spans(found.start, found.end)
        repeated = Repeated(f"body-{number}", label, spans, found.text, restates)
        _add_repeated(extraction, document, statement, repeated)


def add_priorities(
    extraction: Extraction,
    document: Document,
    statement: parts.Statement,
    final: dict[str, str],
    listed: set[int],
    selections: list[Section],
) -> None:
    """The summary's priority list ("Our priority recommendations are: (i) ..."): each item
    a recommendation repeating one of the numbered list (``final``, IRI to text), which is
    thereby a priority, and the list's others not; a sentence that names priorities by
    number ("recommendations 2 and 5 are the most urgent") marks them too."""
    items = priority_items(document.elements, final, listed)
    for selection in selections:  # "KEY RECOMMENDATIONS" ahead of the full list
        called = PRIORITY.search(selection.title) is not None
        items += restating_items(list(selection.all_elements()), final, called)
    chosen = {item.restates for item in items if item.priority}
    numbered = {local_name(iri): iri for iri in final}
    chosen |= {numbered[n] for n in referenced_priorities(document.elements, numbered, listed)}
    if chosen:
        for fact in statement.recommendations:
            if str(fact.iri) in final:
                fact.add(NG.priority, Literal(str(fact.iri) in chosen))
    for number, found in enumerate(items, start=1):
        text = found.item.text.strip()
        label = f"Priority recommendation repeated: {text[:60]}"
        repeated = Repeated(f"priority-{number}", label, found.item.spans(), text, found.restates)
        _add_repeated(extraction, document, statement, repeated)


@dataclass(frozen=True)
class Repeated:
    """A recommendation the list repeats: its key in the IRI, label, passage, text and the
    IRI of the list's recommendation it restates."""

    key: str
    label: str
    spans: list[Span]
    text: str
    restates: str


def _add_repeated(
    extraction: Extraction, document: Document, statement: parts.Statement, repeated: Repeated
) -> None:
    """A fact for a recommendation the statement's list repeats, linked to the list's."""
    fact = Fact(
        iri=mint("recommendation", parts.report_key(statement.report), repeated.key),
        kind=NG.Recommendation,
        label=repeated.label,
        evidence=repeated.spans,
    )
    fact.add(NG.text, without_note_markers(repeated.text, document.footnotes))
    fact.add(NG.sourceReport, statement.report.iri)
    fact.add(NG.restatedAs, URIRef(repeated.restates))
    extraction.add(fact)
    statement.recommendations.append(fact)
    statement.about.append(fact)
