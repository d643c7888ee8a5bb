"""Sentences of a study's paragraph, parted also after a note's number glued to a full stop
that follows a closing quotation mark or a figure ("... the state budget millions".141 The
opposition deputy replied ...", "... of 12 October 2017.149 In 2015, ..."): the shared
sentence reader parts them only after a word, and takes the rest for a decimal or a quote's
tail. Events and attributed statements read each half as its own sentence.
"""

from __future__ import annotations

import re

from ..text.sentences import sentences

_GLUED_NOTE = re.compile(r"(?<=[A-Za-z0-9\"\u201d)])(?P<note>[.!?][\"\u201d]?\d{1,3})\s+(?=[A-Z])")
"""A note's number glued after a sentence's full stop, the next sentence following."""


def parted_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text``, parted also after a note's number glued to a full stop
    ("... of 12 October 2017.149 In 2015, ..."), which the sentence reader takes for a
    decimal or a quotation's tail: each half is read as its own sentence."""
    found = []
    for start, end in sentences(text):
        for glued in _GLUED_NOTE.finditer(text, start, end):
            found.append((start, glued.end("note")))
            start = glued.end()
        found.append((start, end))
    return found


__all__ = ["parted_sentences"]
