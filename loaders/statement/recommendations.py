"""A statement's recommendations: the section titled "Recommendations", in every form
these texts use (numbered "- 1." items, an unnumbered chapeau item, run-in headings such as
"Media:" whose following paragraphs continue without repeating the heading). A
recommendation's addressees are the actors it asks to act.
"""

from __future__ import annotations

import re

from rdflib import Literal

from ...namespaces import NG, XSD
from ..extract.actors import find_institutions
from ..extract.concepts import topic
from ..odihr.recommendations import addressees
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, ElementKind
from ..text.furniture import without_note_markers
from ..text.sentences import sentences
from .parts import (
    RECOMMENDATIONS_HEADING,
    Statement,
    link_citations,
    report_key,
    strip_run_in,
    topic_of,
)

_PREAMBLE = re.compile(r":\s*$|following recommendations", re.I)
_ASKED = re.compile(
    r"\b(?:encourages?|urges?|calls? (?:up)?on|invites?|asks?)\s+(?:the\s+)?$"
    r"|\brecommends? that\s+(?:the\s+)?$"
)
"""Words that address an actor as their object: "encourages the government to ...",
"recommends that political parties ... observe"."""
_MODAL = re.compile(r"\b(?:should|must|could|need(?:s)? to)\b")
"""A sentence that asks something of someone."""


def _asks(text: str) -> bool:
    """Does ``text`` ask something of someone ("should", "urges the CEC to")?"""
    return bool(_MODAL.search(text)) or any(
        _ASKED.search(text[max(0, start - 40) : start])
        for start, _, _, _ in find_institutions(text)
    )


def _addressees(text: str) -> list[tuple[int, int, str, str, str | None]]:
    """Who a recommendation asks to act: the subjects of "should/must/could" (as in ODIHR
    recommendations) and the actors a verb addresses ("encourages the government to")."""
    found: list[tuple[int, int, str, str, str | None]] = []
    for begin, finish in sentences(text):
        sentence = text[begin:finish]
        if _MODAL.search(sentence):  # "debates sponsored by the CEC" asks nothing of it
            for start, end, name, kind, level in addressees(sentence):
                found.append((begin + start, begin + end, name, kind, level))
        for start, end, institution, name in find_institutions(sentence):
            if _ASKED.search(sentence[max(0, start - 40) : start]):
                at = (begin + start, begin + end)
                found.append((*at, name, institution.kind, institution.level))
    unique = {name: (start, end, name, kind, level) for start, end, name, kind, level in found}
    return sorted(unique.values())


def add_recommendations(extraction: Extraction, document: Document, statement: Statement) -> None:
    section = next((s for s in document.sections() if RECOMMENDATIONS_HEADING.match(s.title)), None)
    if section is None:
        return
    actors = statement.actors
    category: str | None = None
    ordinal = 0
    elements = [
        e for e in section.all_elements() if e.kind in (ElementKind.PARAGRAPH, ElementKind.ITEM)
    ]
    last_numbered = max(
        (i for i, e in enumerate(elements) if e.kind is ElementKind.ITEM and e.label), default=-1
    )
    for index, element in enumerate(elements):
        numbered = element.kind is ElementKind.ITEM and bool(element.label)
        if 0 <= last_numbered < index and not numbered and not _asks(element.text):
            continue  # closing matter after the numbered list: thanks, contacts, funding
        heading, body = strip_run_in(element)
        if heading:
            category = heading
        elif not numbered and ordinal == 0 and _PREAMBLE.search(element.text):
            continue  # the section's lead-in ("... recommend:"), not a recommendation
        ordinal += 1
        key = element.label if numbered and element.label else f"p{ordinal}"
        text = element.text[body:]
        fact = Fact(
            iri=mint("recommendation", report_key(statement.report), key),
            kind=NG.Recommendation,
            label=f"Recommendation {key}"
            if numbered
            else f"Recommendation ({category or 'unnumbered'}, {ordinal})",
            evidence=element.spans(),
        )
        fact.add(NG.text, without_note_markers(text, document.footnotes))
        fact.add(NG.sourceReport, statement.report.iri)
        fact.add(NG.order, Literal(ordinal, datatype=XSD.integer))
        if numbered:
            fact.add(NG.number, element.label)
        if category:
            fact.add(NG.categoryHeading, category)
        fact.add(NG.topic, topic(topic_of(element, category)))
        for start, end, name, kind, level in _addressees(text):
            spans = element.spans(body + start, body + end)
            fact.add(NG.addressee, actors.get(name, kind, spans, level))
        link_citations(extraction, fact, element, body, statement.country)
        extraction.add(fact)
        statement.recommendations.append(fact)
        statement.about.append(fact)
