"""Recommendations of a study (articles, theses, working papers, policy briefs): the
lists that a lead-in opens in the text's recommendations section ("We recommend that:" and
its bullets), and the paragraphs there that label themselves ("Recommendation 2 (to the
government): ..."); without such a section, the sections where two paragraphs or more
label themselves ("Proposal 1."). A study that only discusses others' recommendations has no such
section, so nothing is read from it.
"""

from __future__ import annotations

from rdflib import Literal

from normgraph.namespaces import NG, XSD, local_name

from ..extract.actors import Actors
from ..extract.addressees import addressees
from ..extract.concepts import ODIHR_TOPIC_WORDS
from ..extract.listed_facts import address_asked, address_named, item_key
from ..extract.recommendation_block_facts import block_recommendations
from ..extract.recommendation_lists import (
    item_parts,
    label_number,
    labelled,
    labelled_sections,
    listed_recommendations,
)
from ..odihr.body_recommendations import ASKS
from ..odihr.recommendation_sections import ranks, recommendations_sections
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element, ElementKind
from ..text.furniture import without_note_markers
from ..text.sentences import sentences


def add_listed_recommendations(
    extraction: Extraction, document: Document, report: Fact, actors: Actors
) -> list[Fact]:
    """A fact per listed or labelled recommendation of the recommendations section, linked
    to ``report``, with the addressees its lead-in, label or text names."""
    sections = recommendations_sections(document) or labelled_sections(document.sections())
    if not sections:  # a numbered block under a title of a shape the model does not know
        readers = (addressees, ranks, ODIHR_TOPIC_WORDS)
        return block_recommendations(extraction, document, report, actors, readers)
    elements = [element for section in sections for element in section.all_elements()]
    listed = {id(found.item): found for found in listed_recommendations(elements)}
    parts = item_parts(elements)
    found: list[Fact] = []
    for element in elements:
        label = labelled(element.text) if element.kind is ElementKind.PARAGRAPH else None
        if id(element) not in listed and label is None and not _asking_item(element, parts):
            continue
        body = label.end() if label is not None else 0
        number = label_number(label) if label is not None else element.label
        ordinal = len(found) + 1
        fact = Fact(
            iri=mint("recommendation", local_name(report.iri), item_key(number, ordinal, found)),
            kind=NG.Recommendation,
            label=f"Recommendation {number}" if number else "Unnumbered recommendation",
            evidence=element.spans(),
        )
        end = _asking_end(element.text, body) if label is not None else len(element.text)
        text = without_note_markers(element.text[body:end], document.footnotes).strip()
        fact.add(NG.text, text).add(NG.sourceReport, report.iri).add(NG.number, number)
        fact.add(NG.order, Literal(ordinal, datatype=XSD.integer))
        if id(element) in listed:
            opened = listed[id(element)]
            _address_named(fact, actors, opened.lead_in, opened.addressed)
        if label is not None and label["who"]:
            _address_named(fact, actors, element, label["who"])
        address_asked(fact, actors, element)
        extraction.add(fact)
        found.append(fact)
    return found


def _asking_item(element: Element, parts: set[int]) -> bool:
    """Is ``element`` an item of the section's own list that asks something ("1. The law
    should ...", "- Parliament must ...")? The parts of an item ending with a colon are
    its words, not items of their own."""
    return (
        element.kind is ElementKind.ITEM
        and id(element) not in parts
        and not element.text.rstrip().endswith(":")
        and ASKS.search(element.text) is not None
    )


def _asking_end(text: str, start: int) -> int:
    """Where a labelled proposal's asking sentences end: "Proposal 1 - X should ... The
    count would then ..." is the proposal and then the reasons for it."""
    end = len(text)
    for number, (begin, stop) in enumerate(sentences(text[start:])):
        if number and not ASKS.search(text[start + begin : start + stop]):
            return start + begin
        end = start + stop
    return end


def _address_named(fact: Fact, actors: Actors, element: Element, words: str) -> None:
    """The institutions ``words`` (a part of ``element``'s text) names, as addressees."""
    address_named(fact, actors, element, words, element.text.find(words))


def add_study_recommendations(
    extraction: Extraction, document: Document, report: Fact, country: str
) -> list[Fact]:
    """The study's own recommendations, their addressees filed under ``country`` (ISO code)
    and merged with the actors the extraction already holds."""
    scratch = Extraction()
    found = add_listed_recommendations(scratch, document, report, Actors(scratch, country.lower()))
    for fact in scratch.facts:
        extraction.merge(fact)
    return found


__all__ = ["add_listed_recommendations", "add_study_recommendations"]
