"""A report's own paragraph numbering is no list of recommendations.

Parliamentary and council reports number every paragraph ("30. The elections were ...",
"31. At the same time ...", "32. ... calls on the authorities to:"), their last section
titled "Conclusions and recommendations" too. Its numbered paragraphs are then not
recommendations 30-33: what it asks stands in the lists its lead-ins open, which the
reading of recommendations made in passing finds. A section's numbered items are the
report's paragraphs when their numbering does not start afresh (its first number is above
one) but goes on from the numbered paragraphs above the section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text.labels import own_numbering
from ..text.model import Document, Element, ElementKind, Section


def _value(element: Element) -> int | None:
    """The number of a digit-labelled item ("30" -> 30), None for any other element."""
    label = element.label or ""
    return int(label) if element.kind is ElementKind.ITEM and label.isdigit() else None


def continues_paragraphs(document: Document, section: Section) -> bool:
    """Do the section's numbered items go on from the report's numbered paragraphs above
    it (the first is above one, and the number before it labels a paragraph earlier)?"""
    inside = list(section.all_elements())
    first = next((v for v in map(_value, inside) if v is not None), None)
    if first is None or first <= 1 or not inside:
        return False
    start = inside[0].spans()[0].start if inside[0].spans() else None
    if start is None:
        return False
    before = [_value(e) for e in document.elements if e.spans() and e.spans()[0].start < start]
    return first - 1 in before


def without_paragraph_numbering(document: Document, sections: Sequence[Section]) -> list[Section]:
    """``sections`` without those whose numbered items are the report's paragraphs."""
    return [s for s in sections if not continues_paragraphs(document, s)]


def _next_labels(label: str) -> set[str]:
    """The labels that go on from ``label`` in a report's paragraph numbering: "37" after
    "36", "10.2" or "11.1" after "10.1"."""
    head, _, tail = label.rpartition(".")
    if not tail.isdigit() or (head and not head.isdigit()):
        return set()
    if not head:
        return {str(int(tail) + 1)}
    return {f"{head}.{int(tail) + 1}", f"{int(head) + 1}.1"}


def report_paragraphs(document: Document, elements: Sequence[Element]) -> set[int]:
    """The ids of the items of ``elements`` (a section's) that are the report's own numbered
    paragraphs ("[37] These recommendations are offered ...", "10.1  We offer ...", "10.2  Our
    forms may be consulted ..."), where a list numbered afresh stands among them ("1)" to
    "11)", "R-01" to "R-11"): their numbers go on from the last numbered paragraph above the
    section, the list's do not ("5." after the list's "4." is the list's, even after a
    paragraph 4 above). They introduce or close the list and are none of its items."""
    inside = [e for e in elements if e.kind is ElementKind.ITEM and e.label and e.spans()]
    if not inside:
        return set()
    start = inside[0].spans()[0].start
    before = [
        e.label
        for e in document.elements
        if e.kind is ElementKind.ITEM and e.label and e.spans() and e.spans()[0].start < start
    ]
    last = next((label for label in reversed(before) if _next_labels(label)), None)
    chosen: set[int] = set()
    listed: str | None = None  # the last label of the list numbered afresh
    for element in inside:
        label = element.label or ""
        if listed is not None and label in _next_labels(listed):
            listed = label  # "5." after "4." goes on with the list, whatever came above
        elif last is not None and label in _next_labels(last):
            last = label
            chosen.add(id(element))
        else:
            listed = label
    afresh = [e.label or "" for e in inside if id(e) not in chosen and own_numbering(e.label)]
    starts = bool(afresh) and re.sub(r"\D", "", afresh[0]).lstrip("0") == "1"
    return chosen if starts and len(afresh) >= _AFRESH else set()


def numbered_paragraphs(document: Document) -> set[int]:
    """The ids of the items that are the report's own numbered paragraphs: a run of labels
    each going on from the one before ("[12]", "[13]", "[14]"; "2.3", "3.1", "3.2") that
    crosses a section's heading. The model reads them as items; a list stays inside its
    section and starts afresh, a report's paragraph numbering runs on across its parts."""
    chosen: set[int] = set()
    run: list[Element] = []
    for element in document.elements:
        label = element.label or ""
        if element.kind is not ElementKind.ITEM or not _next_labels(label):
            continue
        if run and label not in _next_labels(run[-1].label or ""):
            chosen |= _across(run)
            run = []
        run.append(element)
    return chosen | _across(run)


def _across(run: Sequence[Element]) -> set[int]:
    """The ids of ``run``'s items where it spans more than one section, else none."""
    return {id(e) for e in run} if len({id(e.section) for e in run}) > 1 else set()


_AFRESH = 2
"""Items numbered afresh from one beside the report's paragraphs ("1)", "R-01", "A-1"; not
the "a)", "b)" parts of an item, nor a list numbered on from an earlier chapter's): a list
of its own."""


__all__ = [
    "continues_paragraphs",
    "numbered_paragraphs",
    "report_paragraphs",
    "without_paragraph_numbering",
]
