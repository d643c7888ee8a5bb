"""Recommendations of an ODIHR final report: number, priority, category, whole text, addressees.

The recommendations section is found by its heading wherever it is numbered ("XVII.
RECOMMENDATIONS", "XV. RECOMMENDATIONS"). Below it, a heading that says "priority" marks
priority recommendations and one that says "other" the rest; any other heading (lettered
or topical) is the category. Each numbered item ("1.", "1)", "(1)", or "a." in a lettered
list) is a recommendation, and so is a row of a recommendations table; so is an unnumbered
paragraph that asks for something, but not the section's general preamble nor a paragraph
that opens the list ("Efforts need to be made ... This includes:"). The text is the
element's clean text, so a recommendation split by a footnote block or a page break comes
out whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rdflib import Literal, URIRef

from normgraph.namespaces import NG, XSD, local_name

from ..extract import recommendation_marks as item_marks
from ..extract.actors import Actors, find_institutions
from ..extract.addressees import addressees
from ..extract.concepts import ODIHR_TOPIC_WORDS, topic, topic_for
from ..extract.priority_lists import priority_items, referenced_priorities
from ..extract.recommendation_block_facts import better_block, block_recommendations
from ..extract.recommendation_lists import (
    CROSS_REFERENCE,
    announces,
    glued_heading,
    label_number,
    labelled,
    lead_in,
    listed_recommendations,
    part_heading,
    parts_of,
    ranked,
    subheading_lines,
    trailing_heading,
    with_parts,
)
from ..extract.recommendation_marks import leading_priority, starred
from ..extract.recommendation_ranks import heading_ranks
from ..extract.recommendation_tables import table_recommendations
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element, ElementKind, Section
from ..text.furniture import without_note_markers
from ..text.labels import own_numbering
from .body_recommendations import ASKS
from .recommendation_sections import (
    OTHER,
    PRIORITY,
    ranks,
    recommendations_sections,
)

_PREAMBLE = re.compile(
    r"recommendations (?:are|is) offered|should be read in conjunction|stands ready", re.I
)


@dataclass(frozen=True)
class Recommendation:
    element: Element
    number: str | None
    priority: bool | None
    category: str | None
    ordinal: int
    addressee: Element | None = None
    """The cell of a recommendations table's addressee column, where it has one."""
    group: str | None = None
    """The unnumbered sub-heading line the item stands under ("To the municipalities"),
    where the document model took that line for a paragraph."""
    parts: tuple[Element, ...] = ()
    """Its "a)", "b)" parts, items of their own in the document model."""
    start: int = 0
    """Where its text begins in the element's: after a topical sub-heading the conversion
    joined to the paragraph (``glued_heading``)."""


_ABOUT_THE_LIST = re.compile(r"\brecommendations?\b", re.I)
"""An unnumbered paragraph ahead of the list that speaks of "the recommendations" says how
they are set out or rated; it introduces them and is none of them."""
_CONCLUSIONS = re.compile(r"\bconclu\w*|\bfindings\b", re.I)
"""A heading that announces conclusions as well as recommendations."""
Owned = dict[int, list[Element]]
"""The parts of the list's items ("(a) ...", "(b) ..."), keyed by the id of their item."""
_CONCLUDING = re.compile(r"\b(?:conclud\w*|conclusions?|findings?|notes?|noted|observed)\b", re.I)
"""A lead-in that opens a list of conclusions rather than of recommendations."""


def find_recommendations(document: Document) -> list[Recommendation]:
    """Every recommendation, in order, with its priority flag and category heading."""
    found: list[Recommendation] = []
    for section in recommendations_sections(document):
        _read_section(document, section, found)
    return found


def _read_section(document: Document, section: Section, found: list[Recommendation]) -> None:
    """The recommendations of one recommendations section, appended to ``found``."""
    elements = list(section.all_elements())
    counted = {id(e.section) for e in elements if e.label and own_numbering(e.label)}
    owned = parts_of(elements)
    parts = {id(part) for found in owned.values() for part in found}
    lists = listed_recommendations(elements)
    listed = {id(item.item) for item in lists}
    announced = {id(item.item) for item in lists if announces(item.lead_in)}
    concluded = _concluded(elements)
    tables, covered = table_recommendations(elements, document.source)
    opening = _opening_lists(elements)
    paragraphs, lead, glyphed = item_marks.list_marks(document, elements)  # "[37] These ..."
    subheadings = subheading_lines(elements, ASKS)
    ranked = heading_ranks(elements, ranks)
    group: tuple[int, Element] | None = None
    other = False  # under "Conclusions" in "CONCLUSIONS AND RECOMMENDATIONS"
    for element in elements:
        part = part_heading(element)
        other = other if part is None else part
        if part is False and element.kind is ElementKind.PARAGRAPH and _ranks(element.text):
            group = (id(element.section), element)  # "Priority recommendations" as a line
        if other or (part is not None and element.kind is not ElementKind.HEADING):
            continue  # a part of other things, or the line that heads one
        priority, category = _headings(element, section)
        priority = ranked.get(id(element)) if priority is None else priority
        if id(element) in subheadings:
            group = (id(element.section), element)
            continue  # "To the municipalities" over the items it heads
        if group is not None and group[0] == id(element.section):
            priority, category = _group_heading(" ".join(group[1].text.split()), priority, category)
        else:
            group = None
        for row in tables.get(id(element), []):
            found.append(
                Recommendation(
                    row.item,
                    row.number,
                    priority if row.priority is None else row.priority,
                    row.category or category,
                    len(found) + 1,
                    row.addressee,
                )
            )
        if id(element) in covered or element.kind not in (ElementKind.ITEM, ElementKind.PARAGRAPH):
            continue
        if id(element) in concluded or (id(element) not in listed and lead_in(element)):
            continue  # a conclusion, or the lead-in of the list ("... recommends that:")
        if id(element) in parts:
            continue  # "a) ...", "b) ..." of the item before: parts of one recommendation
        start = glued_heading(element, document.source.text)
        if start:
            category = " ".join(element.text[:start].split())
        label = labelled(element.text) if element.kind is ElementKind.PARAGRAPH else None
        start = label.end() if label else start  # "Recommendation 3: " is no part of the text
        leading = item_marks.opening_priority(element.text, start, lead, any_rank=True)
        start = leading.end() if leading else start  # nor "PRIORITY - " after its number
        numbered = label is not None or (
            element.kind is ElementKind.ITEM
            and id(element) not in paragraphs
            and (_numbering(element, counted) or (id(element) in announced and element.label))
        )
        asks = id(element) in listed or (
            ASKS.search(element.text) is not None and not _PREAMBLE.search(element.text)
        )
        if not asks and (not numbered or _CONCLUSIONS.search(element.section.title)):
            continue  # what the section concludes, in "CONCLUSIONS AND RECOMMENDATIONS"
        if not (numbered or found or id(element) in listed) and _ABOUT_THE_LIST.search(
            element.text
        ):
            continue  # the list's preamble
        if id(element) in opening:
            continue  # "the following issues should be addressed:" opens the list
        found.append(
            Recommendation(
                element,
                label_number(label) if label else element.label if numbered else None,
                id(element) in glyphed or _marked(element, label, document, owned) or priority,
                category,
                len(found) + 1,
                group=category if group is not None else None,
                parts=tuple(owned.get(id(element), ())),
                start=start,
            )
        )
    if glyphed or any(
        _marked(rec.element, labelled(rec.element.text), document, owned) for rec in found
    ):
        # items marked "(Priority)", "1.*" or labelled "Priority recommendation 2" are
        # the priorities; the unmarked ones of the list are not
        found[:] = [
            rec if rec.priority is not None or not rec.number else replace(rec, priority=False)
            for rec in found
        ]


def _marked(element: Element, label: re.Match[str] | None, doc: Document, owned: Owned) -> bool:
    """Does the report mark ``element`` as a priority: "(Priority)" after it (or after its
    last part) or "PRIORITY -" before it, a label "Priority recommendation 2", or an
    asterisk on its number ("4.*")?"""
    return bool(
        any(PRIORITY_MARK.search(e.text) for e in (element, *owned.get(id(element), [])[-1:]))
        or leading_priority(element.text, label.end() if label else 0)
        or ranked(label)
        or starred(element, doc.source)
    )


PRIORITY_MARK = re.compile(r"\s*[(\[]\s*(?:high\s+)?priority\s*[)\]]\s*$", re.I)
"""A marker closing an item that the report rates as a priority ("... certification.
(Priority)", "[priority]")."""


def _opening_lists(elements: list[Element]) -> set[int]:
    """The paragraphs that end with a colon or speak of "the following" and open a list of
    items, maybe under a heading ("However, the following issues should be addressed:", then
    "Legal Framework", then "1. ..."): they announce recommendations, and are none."""
    chosen: set[int] = set()
    for index, element in enumerate(elements):
        opens = re.search(r":$|\bthe following\b", element.text.strip(), re.I)
        if element.kind is not ElementKind.PARAGRAPH or not opens:
            continue
        following = (e for e in elements[index + 1 :] if e.kind is not ElementKind.HEADING)
        if next(following, element).kind is ElementKind.ITEM:
            chosen.add(id(element))
    return chosen


def _headings(element: Element, section: Section) -> tuple[bool | None, str | None]:
    """The priority the headings above ``element`` (below ``section``) give it ("Priority
    recommendations", "Other recommendations"), and the last other heading: its category."""
    priority: bool | None = None
    category: str | None = None
    for level in element.section.path[section.level :]:
        if PRIORITY.search(level.title):
            priority = True
        elif OTHER.search(level.title):
            priority = False
        else:
            category = level.title
    return priority, category


def _ranks(line: str) -> bool:
    """Does a line head priority or other recommendations?"""
    return bool(PRIORITY.search(line) or OTHER.search(line))


def _group_heading(
    line: str, priority: bool | None, category: str | None
) -> tuple[bool | None, str | None]:
    """What a sub-heading line the model read as a paragraph gives its items: a priority
    flag where it says "Priority recommendations" or "Other recommendations" (as a heading
    would), else their category."""
    if _ranks(line):
        return ranks(line, priority), category
    return priority, line


def _concluded(elements: list[Element]) -> set[int]:
    """The items of a list a concluding lead-in opens ("The OSCE/ODIHR concludes that:",
    "Key findings:"): conclusions, numbered like recommendations but not ones."""
    chosen: set[int] = set()
    for index, element in enumerate(elements):
        text = element.text.strip()
        if element.kind is ElementKind.ITEM or not text.endswith(":") or len(text) > 400:
            continue
        if not _CONCLUDING.search(text) or ASKS.search(text):
            continue
        for item in elements[index + 1 :]:
            if item.kind is not ElementKind.ITEM:
                break
            chosen.add(id(item))
    return chosen


def _numbering(element: Element, counted: set[int]) -> bool:
    """Does the item's label number a recommendation? Digits and codes always ("1.", "1)",
    "(1)", "R1"); letters ("a.", "(b)") and Roman numerals ("(ii)", "IV.") where they are
    the list's numbering (no digit-numbered item under the same heading), not the parts of
    a numbered recommendation. A label with no words ("(7)": a page's number) numbers none."""
    label = element.label
    if not label or not re.search(r"[^\W\d_]{2}", element.text):
        return False
    return own_numbering(label) or id(element.section) not in counted


def add_recommendations(
    extraction: Extraction, document: Document, report: Fact, actors: Actors
) -> list[Fact]:
    """A fact per recommendation, linked to the report; addressees become actors."""
    report_key = local_name(report.iri)
    facts = []
    found = find_recommendations(document)
    block = better_block(document, [rec.number for rec in found], ASKS.search)
    if not found or block:  # a numbered block under a title or labels the model does not know
        readers = (addressees, ranks, ODIHR_TOPIC_WORDS)
        return block_recommendations(extraction, document, report, actors, readers, block)
    keys = recommendation_keys(found)
    chosen = _summary_priorities(document, found, keys)
    for rec, key in zip(found, keys, strict=True):
        element = rec.element
        end = trailing_heading(element, document.source.text)  # a sub-heading joined below
        fact = Fact(
            iri=mint("recommendation", report_key, key),
            kind=NG.Recommendation,
            label=_label(rec, key),
            evidence=[
                *element.spans(rec.start, end),
                *(span for part in rec.parts for span in part.spans()),
            ],
        )
        whole = with_parts(element, rec.parts, document.source, end)[rec.start :]
        text = PRIORITY_MARK.sub("", without_note_markers(whole, document.footnotes))
        text = CROSS_REFERENCE.sub("", text)
        fact.add(NG.text, text).add(NG.sourceReport, report.iri)
        fact.add(NG.number, rec.number)
        fact.add(NG.order, Literal(rec.ordinal, datatype=XSD.integer))
        priority = rec.priority if chosen is None else key in chosen
        if priority is not None:
            fact.add(NG.priority, Literal(priority))
        fact.add(NG.categoryHeading, rec.category)
        slug = topic_for(ODIHR_TOPIC_WORDS, rec.category or "", element.text)
        if slug:
            fact.add(NG.topic, topic(slug))
        for addressee in _addressee_actors(rec, actors):
            if (NG.addressee, addressee) not in fact.values:
                fact.add(NG.addressee, addressee)
        extraction.add(fact)
        facts.append(fact)
    return facts


def _addressee_actors(rec: Recommendation, actors: Actors) -> list[URIRef]:
    """The actors a recommendation addresses: every institution its table's addressee cell
    names, else the ones its text asks to act."""
    if rec.addressee is not None:
        cell = rec.addressee
        return [
            actors.get(name, institution.kind, cell.spans(start, end), institution.level)
            for start, end, institution, name in find_institutions(cell.text)
        ]
    element = rec.element
    return [
        actors.get(name, kind, element.spans(start, end), level)
        for start, end, name, kind, level in addressees(element.text)
    ]


def _summary_priorities(
    document: Document, found: list[Recommendation], keys: list[str]
) -> set[str] | None:
    """The keys of the recommendations a priority list outside the final list repeats
    ("It considers the following three to be priorities:") or a sentence names by number
    ("a priority: ... (recommendation 4)"), when no heading of the list says which are
    priorities; None when there is no such list, or the headings say."""
    if any(rec.priority is not None for rec in found):
        return None
    final = {key: rec.element.text for rec, key in zip(found, keys, strict=True)}
    listed = {id(rec.element) for rec in found}
    items = priority_items(document.elements, final, listed)
    chosen = {item.restates for item in items if item.priority}
    numbered = {rec.number: key for rec, key in zip(found, keys, strict=True) if rec.number}
    if len(numbered) == len([rec for rec in found if rec.number]):  # one numbering
        referenced = referenced_priorities(document.elements, numbered, listed)
        chosen |= {numbered[number] for number in referenced}
    return chosen or None


def _label(rec: Recommendation, key: str) -> str:
    """ "Recommendation 12"; "Recommendation B.1" where the numbering restarts."""
    if not rec.number:
        return "Unnumbered recommendation"
    return f"Recommendation {rec.number if key == rec.number else key.upper().replace('-', '.')}"


def recommendation_keys(found: list[Recommendation]) -> list[str]:
    """Each recommendation's key in its IRI: its number, or, where the numbering starts
    afresh under each heading (older layouts: "A. Legal Framework 1. 2. B. Media 1."),
    the heading's letter (or its position) and the number ("b-1"); "unnumbered-N" for
    an unnumbered one."""
    numbers = [rec.number for rec in found if rec.number]
    restarts = len(numbers) != len(set(numbers))
    keys = []
    headings: dict[tuple[int, str | None], str] = {}
    for rec in found:
        if not rec.number:
            keys.append(f"unnumbered-{rec.ordinal}")
        elif restarts:
            section = rec.element.section
            place = (id(section), rec.group)
            mark = (None if rec.group else section.label) or headings.setdefault(
                place, str(len(headings) + 1)
            )
            keys.append(f"{mark.lower()}-{rec.number}")
        else:
            keys.append(rec.number)
    return keys
