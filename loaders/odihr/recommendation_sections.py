"""Where a report's own recommendations stand: the section titled as recommendations
("XVII. RECOMMENDATIONS", "Conclusions and Recommendations", "Annex I: Recommendations",
"PART FOUR: RECOMMENDATIONS"), or, in a study with none, its "Proposals" section; never a
section of priority or other ones alone, nor one that reviews earlier recommendations; in a
report whose heading the model missed, a run of paragraphs labelled as recommendations."""

from __future__ import annotations

import re

from ..extract.assessments import REVIEW
from ..extract.recommendation_lists import label_number, labelled
from ..text.document import Document, Element, ElementKind, Section
from ..text.labels import own_numbering

PRIORITY = re.compile(r"\bpriority\b|\burgent\s+recommendations\b", re.I)
OTHER = re.compile(r"\b(?:other|further|additional)\s+recommendations\b", re.I)
_PART = (
    r"(?:(?:ANNEX|APPENDIX)(?:\s+(?:[IVXLC]+|\d+|[A-Z]))?\s*[:.\u2013\u2014-]?\s*"
    r"|(?:PART|CHAPTER|SECTION)\s+[\w.]{1,14}\s*[:.\u00b7|/\u2022\u2013\u2014-]\s*)?"
)
_SECTION_TITLE = re.compile(
    _PART + r"(?:[\w'\u2019-]+\s+){0,3}RECOMMENDATIONS?"
    r"(?:\s+(?:TO|FOR)\s+[^\n]{3,60}|\s+AND\s+CONCLUSIONS)?",
    re.I,
)
"""The recommendations section's title: "Recommendations", "Conclusions and
Recommendations", "Recommendations and Conclusions", "Summary of Recommendations", "The
Mission's Recommendations", "Recommendations to the Authorities", "Annex I:
Recommendations" (a report that gathers them in an annex), "Part Four: Recommendations",
"PART ELEVEN \u00b7 RECOMMENDATIONS"."""
_PROPOSALS_TITLE = re.compile(
    _PART + r"(?:[\w'\u2019-]+\s+){0,2}PROPOSALS(?:\s+(?:TO|FOR)\s+[^\n]{3,60})?", re.I
)
"""A study's section of its own proposals ("Proposals", "Policy proposals", "Proposals
for reform"): its recommendations section where no section is titled as recommendations."""


_ANY_TITLE = re.compile(
    _PART + r"(?:[\w'\u2019-]+,?\s+){0,4}RECOMMENDATIONS?"
    r"(?:\s*:|\s+(?:OF|BY|ON|AND)\s+[^\n]{3,60})?",
    re.I,
)
"""Any other title whose head is "recommendations" ("Recommendations and next steps",
"Recommendations of the mission", "Conclusions, lessons learned and recommendations"):
the recommendations section of a report with none titled the usual way."""


def ranks(line: str, current: bool | None) -> bool | None:
    """The priority a line heading a list's items gives them: True under "Priority
    recommendations", False under "Other" or "Further recommendations", else ``current``."""
    if PRIORITY.search(line):
        return True
    return False if OTHER.search(line) else current


def recommendations_section(document: Document) -> Section | None:
    """The report's recommendations section: the first section titled as recommendations
    (not as priority or other ones, and not as a review of earlier recommendations)."""
    return next(iter(recommendations_sections(document)), None)


def recommendations_sections(document: Document) -> list[Section]:
    """The sections whose recommendations are the report's own: the first one titled as
    recommendations (``recommendations_section``), or, where every such section closes a
    chapter ("III. MEDIA ... Recommendations 4. ..." and no final list), each of them."""
    titled = (
        _titled(document, _SECTION_TITLE)
        or _titled(document, _PROPOSALS_TITLE)
        or _titled(document, _ANY_TITLE)
    )
    closing = [s for s in titled if s.parent is not None and s.parent.parent is not None]
    if len(titled) > 1 and closing == titled and len({id(s.parent) for s in titled}) > 1:
        return titled
    if _one_numbering(titled):
        return titled  # chapters' closing lists set beside their chapters, numbered on
    if titled:
        return [*titled[:1], *_continued(document, titled[0])]
    return _labelled_run(document) or _labelled_through(document)


def _one_numbering(titled: list[Section]) -> bool:
    """Do several sections titled as recommendations hold one list spread over the
    report's chapters, each numbered on from the one before ("1."-"4.", then "5.")? Where
    the chapters' headings are unnumbered, the model sets those sections beside them."""
    last: int | None = None
    for section in titled:
        numbers = [
            int(e.label)
            for e in section.all_elements()
            if e.kind is ElementKind.ITEM and e.label and e.label.isdigit()
        ]
        if not numbers or (last is not None and numbers[0] != last + 1):
            return False
        last = numbers[-1]
    return len(titled) > 1


_RUN = 2
"""Paragraphs labelled as recommendations in a row that make a list without a heading."""


def _labelled_run(document: Document) -> list[Section]:
    """Where no section is titled as recommendations, the first run of paragraphs that
    label themselves so ("Rec. 1  The CEC should ...", "Recommendation 2: ...") standing
    under no heading the document model found (the report's heading is one it did not
    take for one, "Q7  RECOMMENDATIONS ..." glued to its lead-in): a section of their own,
    the run and nothing else, so that the paragraphs around it are not read as items."""
    run: list[Element] = []
    for element in document.elements:
        if (
            element.kind is ElementKind.PARAGRAPH
            and element.section is document.root
            and labelled(element.text)
        ):
            run.append(element)
        elif len(run) >= _RUN:
            break
        else:
            run = []
    return [Section(level=0, title="", elements=run)] if len(run) >= _RUN else []


def _labelled_through(document: Document) -> list[Section]:
    """Where no section is titled as recommendations, the paragraphs labelled as ones
    ("Recommendation 3 (priority). The law should ...", "Proposal 2: ...") that the report
    sets inside its body sections, each after the findings it draws on: numbered on from
    one ("1", "2", "3", in order), each asking something, two or more. A section of their own,
    so that they are read as the report's list with their numbers; a paragraph reviewing an
    earlier recommendation ("Recommendation 3 of 2019 was ...") neither asks nor numbers on."""
    run: list[Element] = []
    for element in document.elements:
        label = labelled(element.text) if element.kind is ElementKind.PARAGRAPH else None
        if label is None or not _SHOULD.search(element.text, label.end()):
            continue
        if label_number(label) == str(len(run) + 1):
            run.append(element)
    return [Section(level=0, title="", elements=run)] if len(run) >= _RUN else []


_SHOULD = re.compile(r"\b(?:should|must|ought to)\b(?!\s+(?:not\s+)?have\s+(?:been|\w+ed)\b)", re.I)
"""What a recommendation asks: "should", "must", never "should have" (a verdict on the past)."""


def asking_list(document: Document) -> list[Section]:
    """Where no section is titled as recommendations and no other reader finds a list, the
    first section under a heading
    of another wording ("What should change", "The way forward") whose own numbered items,
    two or more, each ask something ("... should ..."), as each of its paragraphs does or
    opens them (a colon): a list of recommendations found by what it says, not its title."""
    for section in document.sections():
        if section is document.root or REVIEW.search(section.title):
            continue
        items = [e for e in section.elements if e.kind is ElementKind.ITEM and e.label]
        prose = [e for e in section.elements if e.kind is ElementKind.PARAGRAPH]
        asking = all(_SHOULD.search(e.text) for e in items) and all(
            _SHOULD.search(e.text) or e.text.rstrip().endswith(":") for e in prose
        )
        if len(items) >= _RUN and asking:
            return [section]
    return []


_PREAMBLE_PARAGRAPHS = 2
"""Paragraphs between a titling line and its first item: the list's lead-in."""
_LINE_WORDS = 12


def titled_items(document: Document) -> list[tuple[Element, Element]]:
    """The numbered or bulleted items under a line that titles them as recommendations but that the
    document model did not take for a heading ("Our recommendations", in sentence case
    like the report's other headings, maybe joined to the paragraphs around it), each with
    the paragraph that leads into them: up to two paragraphs after the line, then numbered
    items, with one-line sub-headings between them ("Before the next elections");
    anything else ends them."""
    elements = document.elements
    for index, element in enumerate(elements):
        line = _titling_line(element, document.source.text)
        if line is None:
            continue
        found: list[tuple[Element, Element]] = []
        opening: Element = element
        preamble = 0 if line + 1 == len(element.pieces) else 1
        for item in elements[index + 1 :]:
            if item.kind is ElementKind.ITEM and (not item.label or own_numbering(item.label)):
                found.append((item, opening))  # numbered, or bulleted ("\u2022 The CEC ...")
            elif _title_line(item):
                continue  # a sub-heading over the items ("Before the next elections")
            elif (
                not found and item.kind is ElementKind.PARAGRAPH and preamble < _PREAMBLE_PARAGRAPHS
            ):
                preamble, opening = preamble + 1, item
            else:
                break
        if found:
            return found
    return []


def _titling_line(element: Element, text: str) -> int | None:
    """The index of the piece of a paragraph that is a recommendations title standing
    alone in its block ("Our recommendations" between blank lines), else None."""
    if element.kind is not ElementKind.PARAGRAPH:
        return None
    for index, piece in enumerate(element.pieces):
        words = text[piece.start : piece.end].strip()
        if "\n" in words or not _SECTION_TITLE.fullmatch(words):
            continue
        if re.match(r"[ \t]*\r?\n[ \t]*(?:\r?\n|$)", text[piece.end :]):
            return index
    return None


def _title_line(element: Element) -> bool:
    """A paragraph of one short line without a sentence's end ("Our recommendations")."""
    text = element.text.strip()
    return (
        element.kind is ElementKind.PARAGRAPH
        and "\n" not in text
        and 0 < len(text.split()) <= _LINE_WORDS
        and text[-1] not in ".;:,!?"
    )


def _continued(document: Document, section: Section) -> list[Section]:
    """The sections right after a recommendations section titled in capitals that are
    its sub-headings, which the document model set beside it: unnumbered, titled in
    sentence or title case ("Media", "Complaints and appeals"), and opening with a
    numbered item ("9.  The media regulator should ..."). A section titled in capitals
    again ("ANNEX: OFFICIAL RESULTS") or numbered ends them."""
    if not section.title.isupper():
        return []
    siblings = [s for s in document.sections() if s.level == section.level]
    found: list[Section] = []
    for after in siblings[siblings.index(section) + 1 :]:
        title = after.title.strip()
        if after.label or title.isupper() or not _opens_with_item(after):
            break
        found.append(after)
    return found


def _opens_with_item(section: Section) -> bool:
    """Does the section's first element after its heading be a numbered item?"""
    first = next((e for e in section.elements if e is not section.heading), None)
    return first is not None and first.kind is ElementKind.ITEM and first.label is not None


_TITLE_SEPARATOR = re.compile(r"^[\s\u2013\u2014:.)-]+")
"""What stands between a section's number and its title where the model keeps it in the
title ("XII \u2014 RECOMMENDATIONS", "7 - Recommendations", "IV: Recommendations")."""


def _bare_title(title: str) -> str:
    """A section title without the separator that followed its number."""
    return _TITLE_SEPARATOR.sub("", title).strip()


def _titled(document: Document, title: re.Pattern[str]) -> list[Section]:
    """The sections whose whole title ``title`` matches, but for priority, other and
    review sections."""
    return [
        section
        for section in document.sections()
        if title.fullmatch(text := _bare_title(section.title))
        and not (PRIORITY.search(text) or OTHER.search(text) or REVIEW.search(text))
    ]


__all__ = [
    "OTHER",
    "PRIORITY",
    "asking_list",
    "recommendations_section",
    "recommendations_sections",
    "titled_items",
]
