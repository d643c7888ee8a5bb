"""A statement paragraph that reports a problem and closes by saying what should change
("Electoral boards received little training on it. The commission should adopt its
instructions well in advance."): its closing sentence is a recommendation in passing, as
in a final report's body, though the statement words it without "recommends"."""

from __future__ import annotations

from ..odihr.body_recommendations import CLOSING_ASK, asks_in_body
from ..text.document import Element, ElementKind
from ..text.sentences import sentences


def closing_ask(element: Element, start: int, end: int) -> bool:
    """Is the sentence at ``start``-``end`` of a paragraph its closing sentence, after
    others, and one that asks in its main clause, as the observers?"""
    if element.kind is not ElementKind.PARAGRAPH:
        return False
    spans = sentences(element.text)
    if len(spans) < 2 or spans[-1] != (start, end):
        return False
    sentence = element.text[start:end].strip()
    return CLOSING_ASK.match(sentence) is not None and asks_in_body(sentence)


__all__ = ["closing_ask"]
