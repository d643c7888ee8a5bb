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

from collections.abc import Sequence

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


__all__ = ["continues_paragraphs", "without_paragraph_numbering"]
