"""A statement's recommendations: the section titled "Recommendations", in every form
these texts use (numbered "- 1." items, an unnumbered chapeau item, run-in headings such as
"Media:" whose following paragraphs continue without repeating the heading). A
recommendation's addressees are the actors it asks to act. Failing all, a list of asks."""

from __future__ import annotations

import re

from rdflib import Literal

from normgraph.namespaces import NG, XSD

from ..extract import recommendation_marks as item_marks
from ..extract.actors import find_institutions
from ..extract.concepts import STATEMENT_TOPIC_WORDS, topic
from ..extract.paragraph_numbering import without_paragraph_numbering
from ..extract.passing_recommendations import issuer_names, recommends_in_passing
from ..extract.priority_lists import first_priorities
from ..extract.recommendation_block_facts import block_facts
from ..extract.recommendation_blocks import BlockItem, recommendation_block
from ..extract.recommendation_lists import (
    CROSS_REFERENCE,
    ListedRecommendation,
    label_number,
    labelled,
    lead_in,
    listed_recommendations,
    parts_of,
    ranked,
    with_parts,
)
from ..extract.recommendation_tables import (
    TableRecommendation,
    row_fact,
    table_recommendations,
)
from ..odihr import recommendation_sections as sections_of
from ..odihr.recommendation_sections import ranks, recommendations_sections, titled_items
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element, ElementKind
from ..text.furniture import without_note_markers
from ..text.sentences import sentences
from . import parts
from .asking import asked_addressees as _addressees
from .asking import asks as _asks
from .closing_asks import closing_ask
from .repeated import add_body_restatements, add_priorities

_PREAMBLE = re.compile(
    r":\s*$|following\s+(?:[\w-]+\s+){0,2}?recommendations\b"
    r"|\bthe\s+following(?:\s+[\w-]+){0,3}\s*[.:]?\s*$",
    re.I,
)
"""The section's lead-in: it ends with a colon, announces "the following (preliminary)
recommendations", or ends on what follows it ("... calls on the authorities to take the
following steps.")."""
_SELECTED = re.compile(r"\b(?:KEY|PRIORITY|MAIN|SUMMARY)\b", re.I)
"""A recommendations section that selects from the full list ("Key recommendations")."""
_TOPIC_WORDS = 8
_TOPIC_LABEL = re.compile(r"^(?:[A-Z]|[IVX]{1,4}|\d{1,2})\.\s+(?=[A-Z])")
"""The label of a topic line over the items ("A. Election administration")."""
_HEADING_LINE = re.compile(r"[^\n.;:!?]{2,80}:?")
"""One short line without a sentence's end: a heading inside the list ("To the Parliament",
"To political parties:", "Election administration"), not a recommendation."""
"""A sentence that asks something of someone."""


_ALSO_TITLED = re.compile(r"\b(?:and|&)\b|\bconclu", re.I)
"""A recommendations section's title that names something else too ("Conclusions and
Recommendations", "Findings & Recommendations")."""
_SPEAKS_OF = re.compile(r"\brecommend", re.I)


def _speaks_of_list(line: str, over_the_list: bool) -> bool:
    """Words over a numbered list that name the recommendations and ask nothing ("The
    delegation offers these recommendations; those marked ... are urgent") lead into it."""
    return over_the_list and bool(_SPEAKS_OF.search(line)) and not _asks(line)


def add_recommendations_in_passing(
    extraction: Extraction, document: Document, statement: parts.Statement
) -> None:
    """Recommendations a statement without a recommendations section makes in passing in its
    findings, one per sentence, unnumbered, under the section they appear in; and the
    numbered items under a line the model read as a paragraph that titles them
    ("Our recommendations"), prioritised when their lead-in ranks the first ones."""
    issuers = issuer_names(statement.report)
    ordinal = 0
    listed = {id(found.item): found for found in listed_recommendations(document.elements)}
    ranked_items: dict[int, bool] = {}
    titled = titled_items(document)
    for position, (item, opening) in enumerate(titled, start=1):
        listed.setdefault(id(item), ListedRecommendation(item, opening, ""))
        first = first_priorities(opening.text)
        if first:
            ranked_items[id(item)] = position <= first
    regions = [(document.root, document.root.elements)]  # text before any heading too
    regions += [(section, list(section.all_elements())) for section in document.sections()]
    for section, elements in regions:
        for element in elements:
            if element.kind not in (ElementKind.PARAGRAPH, ElementKind.ITEM):
                continue
            if id(element) in listed:
                ordinal += 1
                found = listed[id(element)]
                _add_listed(extraction, document, statement, found, ordinal)
                if id(element) in ranked_items:
                    statement.recommendations[-1].add(
                        NG.priority, Literal(ranked_items[id(element)])
                    )
                continue
            if lead_in(element) is not None:
                continue  # "We recommend that:" opens the list; its items recommend
            for start, end in sentences(element.text):
                sentence = element.text[start:end]
                if not (
                    recommends_in_passing(sentence, issuers) or closing_ask(element, start, end)
                ):
                    continue
                ordinal += 1
                fact = Fact(
                    iri=mint("recommendation", parts.report_key(statement.report), f"p{ordinal}"),
                    kind=NG.Recommendation,
                    label=f"Recommendation ({section.title or 'unnumbered'}, {ordinal})",
                    evidence=element.spans(start, end),
                )
                fact.add(NG.text, without_note_markers(sentence.strip(), document.footnotes))
                fact.add(NG.sourceReport, statement.report.iri)
                fact.add(NG.order, Literal(ordinal, datatype=XSD.integer))
                if section.title:
                    fact.add(NG.categoryHeading, section.title)
                fact.add(NG.topic, topic(parts.topic_of(element, section.title)))
                for a, b, name, kind, level in _addressees(sentence):
                    spans = element.spans(start + a, start + b)
                    fact.add(NG.addressee, statement.actors.get(name, kind, spans, level))
                extraction.add(fact)
                statement.recommendations.append(fact)
                statement.about.append(fact)


def _add_listed(
    extraction: Extraction,
    document: Document,
    statement: parts.Statement,
    listed: ListedRecommendation,
    ordinal: int,
) -> None:
    """A recommendation for an item of a list a lead-in opens ("calls on the authorities
    to:"), addressed to whom the lead-in names and whom the item asks to act."""
    item, section = listed.item, listed.item.section
    fact = Fact(
        iri=mint("recommendation", parts.report_key(statement.report), f"p{ordinal}"),
        kind=NG.Recommendation,
        label=f"Recommendation ({section.title or 'unnumbered'}, {ordinal})",
        evidence=item.spans(),
    )
    fact.add(NG.text, without_note_markers(item.text.strip(), document.footnotes))
    fact.add(NG.sourceReport, statement.report.iri)
    fact.add(NG.order, Literal(ordinal, datatype=XSD.integer))
    if item.label:
        fact.add(NG.number, item.label)
    if section.title:
        fact.add(NG.categoryHeading, section.title)
    fact.add(NG.topic, topic(parts.topic_of(item, section.title)))
    offset = listed.lead_in.text.find(listed.addressed)
    for start, end, institution, name in find_institutions(listed.addressed):
        spans = listed.lead_in.spans(offset + start, offset + end)
        fact.add(
            NG.addressee, statement.actors.get(name, institution.kind, spans, institution.level)
        )
    for start, end, name, kind, level in _addressees(item.text):
        fact.add(NG.addressee, statement.actors.get(name, kind, item.spans(start, end), level))
    extraction.add(fact)
    statement.recommendations.append(fact)
    statement.about.append(fact)


def add_recommendations(
    extraction: Extraction, document: Document, statement: parts.Statement
) -> None:
    found = [s for s in document.sections() if parts.RECOMMENDATIONS_HEADING.match(s.title)]
    titled = found
    found = without_paragraph_numbering(document, found or recommendations_sections(document))
    # titled with something else too ("Conclusions and recommendations"): its asks only;
    # "Our recommendations", "Recommendations to the authorities" hold nothing else
    broad = not titled and any(_ALSO_TITLED.search(section.title) for section in found)
    if not found:
        block = recommendation_block(document)
        if block and not _numbered_in_passing(document):
            _add_block(extraction, document, statement, block)  # a title of another shape
            return
        found = [] if block or _numbered_in_passing(document) else sections_of.asking_list(document)
    if not found:
        add_recommendations_in_passing(extraction, document, statement)
        return
    section = next((s for s in found if not _SELECTED.search(s.title)), found[0])
    if not any(e.kind is ElementKind.ITEM and e.label for e in section.all_elements()):
        block = recommendation_block(document)  # its labels are of no shape the lists know
        if block:
            _add_block(extraction, document, statement, block)
            return
    closing = recommendations_sections(document)  # one closing each chapter, or the one
    chosen = closing if len(closing) > 1 and section in closing else [section]
    selections = [s for s in found if s not in chosen and s.level <= section.level]
    actors = statement.actors
    category: str | None = None
    ordinal = 0
    every = [e for one in chosen for e in one.all_elements()]
    elements = [e for e in every if e.kind in (ElementKind.PARAGRAPH, ElementKind.ITEM)]
    # a legend naming a priority mark stands in the lead-in; "6.1  We offer ..." is the report's
    paragraphs, lead, glyphed = item_marks.list_marks(document, elements)
    last_numbered = max(
        (
            i
            for i, e in enumerate(elements)
            if id(e) not in paragraphs and e.kind is ElementKind.ITEM and e.label
        ),
        default=-1,
    )
    last_item = max((i for i, e in enumerate(elements) if e.kind is ElementKind.ITEM), default=-1)
    final: dict[str, str] = {}
    owned = parts_of(elements)
    sub_items = {id(part) for found in owned.values() for part in found}
    tables, covered = table_recommendations(every, document.source)
    rank: bool | None = None  # under a "Priority recommendations" line, or an "Other" one
    marks: list[Fact] = []  # items a "PRIORITY - " opening, or a mark by the number, marks
    unmarked: list[Fact] = []
    for index, element in enumerate(elements):
        for row in tables.get(id(element), []):
            ordinal += 1
            key = _key(row.number, ordinal, final)
            _add_row(extraction, statement, (row, key), final)
        if id(element) in sub_items or id(element) in covered:
            continue  # "a) ...", "b) ..." of the item before, or a table's row
        label = labelled(element.text) if element.kind is ElementKind.PARAGRAPH else None
        number = label_number(label) if label else element.label
        numbered = bool(label) or (
            element.kind is ElementKind.ITEM
            and bool(element.label)
            and id(element) not in paragraphs
        )
        if 0 <= last_numbered < index and not numbered and not _asks(element.text):
            continue  # closing matter after the numbered list: thanks, contacts, funding
        line = element.text.strip()
        topical = _HEADING_LINE.fullmatch(_TOPIC_LABEL.sub("", line)) and not _asks(line)
        if topical and _heads(elements, index):
            category = line.rstrip(":")  # "To the Parliament": whom the items below address
            rank = ranks(category, rank)
            continue
        if 0 <= last_item < index and element.kind is ElementKind.PARAGRAPH and not _asks(line):
            continue  # the list's close ("We hope these recommendations will be useful.")
        if broad and not numbered and not _asks(line):
            continue  # a conclusion of "Conclusions and recommendations"
        heading, body = parts.strip_run_in(element)
        if label:
            heading, body = None, label.end()
        opening = item_marks.opening_priority(element.text, label.end() if label else 0, lead)
        leading = opening if numbered else None
        if leading:  # "PRIORITY - " or "Priority:" after its number, no run-in heading
            heading, body = None, leading.end()
        if heading:
            category = heading
        elif (
            not numbered
            and ordinal == 0
            and (_PREAMBLE.search(element.text) or _speaks_of_list(line, index < last_numbered))
        ):
            continue  # the section's lead-in ("... recommend:"), not a recommendation
        ordinal += 1
        key = _key(number, ordinal, final) if numbered and number else f"p{ordinal}"
        own = owned.get(id(element), [])
        text = with_parts(element, own, document.source)[body:]
        fact = Fact(
            iri=mint("recommendation", parts.report_key(statement.report), key),
            kind=NG.Recommendation,
            label=f"Recommendation {key}"
            if numbered
            else f"Recommendation ({category or 'unnumbered'}, {ordinal})",
            evidence=[span for piece in (element, *own) for span in piece.spans()],
        )
        fact.add(NG.text, CROSS_REFERENCE.sub("", without_note_markers(text, document.footnotes)))
        fact.add(NG.sourceReport, statement.report.iri)
        fact.add(NG.order, Literal(ordinal, datatype=XSD.integer))
        if numbered:
            fact.add(NG.number, number)
        marked = ranked(label) or leading is not None or id(element) in glyphed
        if marked or (rank is not None and numbered):
            fact.add(NG.priority, Literal(marked or bool(rank)))
        if leading is not None or id(element) in glyphed or ranked(label):
            marks.append(fact)
        elif numbered:
            unmarked.append(fact)
        if category:
            fact.add(NG.categoryHeading, category)
        fact.add(NG.topic, topic(parts.topic_of(element, category)))
        for start, end, name, kind, level in _addressees(element.text[body:]):
            spans = element.spans(body + start, body + end)
            fact.add(NG.addressee, actors.get(name, kind, spans, level))
        parts.link_citations(extraction, fact, element, body, statement)
        extraction.add(fact)
        statement.recommendations.append(fact)
        statement.about.append(fact)
        if numbered:
            final[str(fact.iri)] = text
    for fact in unmarked if marks else ():  # items the list does not mark as priorities
        if not any(p == NG.priority for p, _ in fact.values):
            fact.add(NG.priority, Literal(False))
    add_priorities(extraction, document, statement, final, {id(e) for e in elements}, selections)
    add_body_restatements(extraction, document, statement, final, chosen)


def _numbered_in_passing(document: Document) -> bool:
    """Does the reading of recommendations made in passing find numbered items (under a
    line titling them, or a lead-in's list)? Then it reads them, and ranks them as its
    lead-in says."""
    listed = listed_recommendations(document.elements)
    return bool(titled_items(document)) or any(found.item.label for found in listed)


def _add_block(
    extraction: Extraction, document: Document, statement: parts.Statement, block: list[BlockItem]
) -> None:
    """A numbered recommendation per item of a block read from its structure alone."""
    report = (statement.report.iri, parts.report_key(statement.report))
    readers = (_addressees, ranks, STATEMENT_TOPIC_WORDS)
    facts = block_facts(extraction, document, report, statement.actors, block, readers)
    for fact in facts:
        statement.recommendations.append(fact)
        statement.about.append(fact)
    final = {
        str(fact.iri): str(value) for fact in facts for p, value in fact.values if p == NG.text
    }
    quoted = [span for fact in facts for span in fact.evidence]
    add_body_restatements(extraction, document, statement, final, [], quoted)


def _heads(elements: list[Element], index: int) -> bool:
    """Is the short line at ``index`` a heading of the items after it: unlabelled, or a
    labelled topic ("A. Election administration") right above another labelled item?"""
    element = elements[index]
    if element.kind is ElementKind.PARAGRAPH and not labelled(element.text):
        return True
    following = elements[index + 1] if index + 1 < len(elements) else None
    return (
        element.kind is ElementKind.ITEM
        and bool(element.label)
        and len(element.text.split()) <= _TOPIC_WORDS
        and following is not None
        and following.kind is ElementKind.ITEM
    )


def _key(number: str | None, ordinal: int, final: dict[str, str]) -> str:
    """The key of a numbered recommendation in its IRI: its number, or where the numbering
    starts afresh under each heading, the number and its place in the list."""
    if number and not any(iri.endswith(f"/{number}") for iri in final):
        return number
    return f"{number}-{ordinal}" if number else f"p{ordinal}"


def _add_row(
    extraction: Extraction,
    statement: parts.Statement,
    read: tuple[TableRecommendation, str],
    final: dict[str, str],
) -> None:
    """A recommendation for a row of a recommendations table (``read``: the row and its
    key in the IRI)."""
    row, key = read
    iri = mint("recommendation", parts.report_key(statement.report), key)
    fact = row_fact(row, iri, statement.actors, _addressees)
    fact.add(NG.sourceReport, statement.report.iri)
    extraction.add(fact)
    statement.recommendations.append(fact)
    statement.about.append(fact)
    if row.number:
        final[str(fact.iri)] = row.item.text
