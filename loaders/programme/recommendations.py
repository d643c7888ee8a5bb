"""A programme report's own recommendations: the items of its recommendations section, often
unnumbered bullets grouped under the one they address ("To the Central Election
Commission:", "For Parliament:"). Each item is a recommendation; its addressee is the
heading's (and any actor its text asks to act); a paragraph under the section that asks
something ("should", "must") is one too. A review of earlier recommendations is not this
section (those are assessments).
"""

from __future__ import annotations

import re

from rdflib import Literal

from normgraph.namespaces import NG, XSD, local_name

from ..extract.actors import Actors
from ..extract.addressees import addressees
from ..extract.concepts import ODIHR_TOPIC_WORDS, topic, topic_for
from ..extract.listed_facts import address_asked, address_named, item_key
from ..extract.passing_recommendations import issuer_names, recommends_in_passing
from ..extract.priority_lists import referenced_priorities
from ..extract.recommendation_block_facts import block_recommendations
from ..extract.recommendation_lists import (
    CROSS_REFERENCE,
    addressee_tag,
    label_number,
    labelled,
    part_heading,
)
from ..extract.recommendation_tables import (
    TableRecommendation,
    row_fact,
    table_recommendations,
)
from ..odihr.recommendation_sections import ranks, recommendations_sections
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element, ElementKind
from ..text.furniture import without_note_markers

_ADDRESSEE_HEADING = re.compile(
    r"(?:(?:Recommendations?|Proposals?)\s+)?(?:[Tt]o|[Ff]or)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][^:.;]{2,80}?)\s*:?"
)
"""A heading that names whom the items below it address: "To the Central Election
Commission:", "Recommendations to Parliament", "For political parties:"."""
_ASKS = re.compile(r"\b(?:should|must|need(?:s)? to|is (?:urged|encouraged) to)\b")


def _addressee_heading(element: Element) -> re.Match[str] | None:
    """The addressee heading ``element`` is (a short line that ends with a colon or is a
    heading), or None."""
    text = element.text.strip()
    if element.kind is ElementKind.ITEM or len(text) > 100:
        return None
    if element.kind is not ElementKind.HEADING and not text.endswith(":"):
        return None
    return _ADDRESSEE_HEADING.fullmatch(text)


def add_programme_recommendations(
    extraction: Extraction, document: Document, report: Fact, actors: Actors
) -> list[Fact]:
    """A fact per recommendation of the report's recommendations section, linked to the
    report, its addressees (the heading's and the text's) as actors."""
    sections = recommendations_sections(document)
    if not sections:  # a numbered block under a title of a shape the model does not know
        readers = (addressees, ranks, ODIHR_TOPIC_WORDS)
        return block_recommendations(extraction, document, report, actors, readers)
    key = local_name(report.iri)
    issuers = issuer_names(report)
    found: list[Fact] = []
    made: set[int] = set()  # the elements read as recommendations
    heading: tuple[Element, re.Match[str]] | None = None
    other = False  # under "Lessons learned" in "LESSONS LEARNED AND RECOMMENDATIONS"
    elements = [element for section in sections for element in section.all_elements()]
    tables, covered = table_recommendations(elements, document.source)
    for element in elements:
        for row in tables.get(id(element), []):
            _add_row(extraction, report, actors, row, found)
        if id(element) in covered:
            continue  # a row of a recommendations table, read above
        part = part_heading(element)
        if part is not None:
            other = part
            continue
        if other:
            continue
        addressed = _addressee_heading(element)
        if addressed is not None:
            heading = (element, addressed)
            continue
        if element.kind is ElementKind.HEADING:
            heading = None
            continue
        text = without_note_markers(element.text, document.footnotes).strip()
        is_item = element.kind is ElementKind.ITEM
        label = labelled(element.text) if element.kind is ElementKind.PARAGRAPH else None
        asks = _ASKS.search(text) or recommends_in_passing(text, issuers)
        if not (is_item or label or (element.kind is ElementKind.PARAGRAPH and asks)):
            continue
        if text.endswith(":"):  # a lead-in ("The network recommends that:")
            continue
        ordinal = len(found) + 1
        number = element.label if is_item and element.label else None
        if label is not None:  # "Recommendation 3 (to the GEC): Introduce ..."
            number = label_number(label)
            text = without_note_markers(element.text[label.end() :], document.footnotes).strip()
        tag = addressee_tag(element.text) if is_item else None
        if tag is not None:  # "R1 (Sejm) The Electoral Code should ...": whom it asks
            text = without_note_markers(element.text[tag.end() :], document.footnotes).strip()
        fact = Fact(
            iri=mint("recommendation", key, item_key(number, ordinal, found)),
            kind=NG.Recommendation,
            label=f"Recommendation {number}" if number else "Unnumbered recommendation",
            evidence=element.spans(),
        )
        fact.add(NG.text, CROSS_REFERENCE.sub("", text)).add(NG.sourceReport, report.iri)
        fact.add(NG.number, number)
        fact.add(NG.order, Literal(ordinal, datatype=XSD.integer))
        category = heading[1]["who"] if heading else None
        fact.add(NG.categoryHeading, category)
        slug = topic_for(ODIHR_TOPIC_WORDS, category or "", element.text)
        if slug:
            fact.add(NG.topic, topic(slug))
        if heading is not None:
            _heading_addressees(fact, actors, *heading)
        if label is not None and label["who"]:
            _heading_addressees(fact, actors, element, label)
        if tag is not None:
            _heading_addressees(fact, actors, element, tag)
        address_asked(fact, actors, element)
        extraction.add(fact)
        found.append(fact)
        made.add(id(element))
    _rank_by_reference(document, found, made)
    return found


def _rank_by_reference(document: Document, found: list[Fact], listed: set[int]) -> None:
    """Priorities a sentence outside the list names by number ("It considers
    Recommendations One and Two the most pressing"): those are priorities and the list's
    other numbered ones are not. Left alone where the list already ranks its items, or
    where its numbering restarts."""
    if any(predicate == NG.priority for fact in found for predicate, _ in fact.values):
        return
    numbered = [(str(v), fact) for fact in found for p, v in fact.values if p == NG.number]
    numbers = dict(numbered)
    if len(numbers) != len(numbered):
        return
    chosen = referenced_priorities(document.elements, numbers, listed)
    for number, fact in numbers.items():
        if chosen:
            fact.add(NG.priority, Literal(number in chosen))


def _add_row(
    extraction: Extraction,
    report: Fact,
    actors: Actors,
    row: TableRecommendation,
    found: list[Fact],
) -> None:
    """A recommendation for a row of a recommendations table."""
    ordinal = len(found) + 1
    iri = mint("recommendation", local_name(report.iri), item_key(row.number, ordinal, found))
    fact = row_fact(row, iri, actors, addressees)
    fact.add(NG.sourceReport, report.iri).add(NG.order, Literal(ordinal, datatype=XSD.integer))
    extraction.add(fact)
    found.append(fact)


def _heading_addressees(fact: Fact, actors: Actors, element: Element, match: re.Match[str]) -> None:
    """The actors an addressee heading names ("To the CEC and the courts:")."""
    address_named(fact, actors, element, match["who"], match.start("who"))


__all__ = ["add_programme_recommendations"]
