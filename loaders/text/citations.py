"""Footnotes and the body sentences that cite them, read from the markers the document model
attaches to each element: readers take a provision's law, or a complaint's details, from the
sentence a note hangs on, or from the notes a sentence cites."""

from __future__ import annotations

from .document import Document, Footnote, Sentence

__all__ = ["cited_notes", "citing_sentences"]


def cited_notes(document: Document, sentence: Sentence) -> list[Footnote]:
    """The footnotes whose markers stand within a body ``sentence`` (none for a note's own)."""
    spans = sentence.spans()
    if not spans or isinstance(sentence.owner, Footnote):
        return []
    start, end = spans[0].start, spans[-1].end
    return [
        document.footnotes[m.label]
        for m in sentence.owner.markers
        if start <= m.span.start <= end and m.label in document.footnotes
    ]


def citing_sentences(document: Document) -> dict[str, list[Sentence]]:
    """Footnote label -> the body sentences whose text carries its marker (a marker glued
    right after the sentence's last character counts)."""
    citing: dict[str, list[Sentence]] = {}
    for sentence in document.sentences():
        if sentence.in_footnote:
            continue
        spans = sentence.spans()
        if not spans:
            continue
        start, end = spans[0].start, spans[-1].end
        for marker in getattr(sentence.owner, "markers", []):
            if start <= marker.span.start <= end + 1:
                citing.setdefault(marker.label, []).append(sentence)
    return citing
