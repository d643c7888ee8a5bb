"""Who issued a report, read from the organisation lines of its head in any order: the
fallback of the genre head readers when the head has none of the shapes they know (the
mission's name over its institutions' lines, a masthead "ACRONYM \u00b7 native name \u00b7
English name", an issuer under the title rather than over it).

A head line, or each part of a line its separators (" \u00b7 ", " | ", " \u2022 ") divide,
names an organisation when it is a name defined with its acronym ("OSCE Parliamentary
Assembly (OSCE PA)") or a name in capitals or title case with an organisation's noun
("Citizens' Election Watch"), but no title's words ("STATEMENT", "ELECTIONS", "MISSION");
an acronym alone on the same line is that organisation's. The head ends where the body
begins: at the first line of running text.
"""

from __future__ import annotations

import re

from ..text.source import SourceText
from .head import (
    DEFINED,
    NOT_ISSUER,
    ORGANISATION_NOUN,
    SEPARATED,
    SMALL_WORDS,
    Creator,
    as_written,
    defined_short,
    title_case_line,
)

_ACRONYM = re.compile(r"[A-Z][A-Z/]{1,7}")
_BODY_LINE = 100
"""Characters of a line of running text: where the head ends."""
_HEAD_LINES = 30
_GOES_ON = {"of", "to", "for", "by", "on", "in", "and", "at", "from"}
"""Words a line opens with that go on with the title above it, naming no issuer."""


def head_lines(source: SourceText, start: int = 0) -> list[re.Match[str]]:
    """The lines of the head from ``start``: up to the first line of running text."""
    found: list[re.Match[str]] = []
    for line in re.finditer(r"[^\n]*\S[^\n]*", source.text[: start + 6000]):
        if line.start() < start:
            continue
        text = line.group().strip()
        if len(text) > _BODY_LINE or (len(text.split()) > 12 and text.endswith(".")):
            break
        found.append(line)
        if len(found) >= _HEAD_LINES:
            break
    return found


def head_organisations(source: SourceText, start: int = 0) -> list[Creator]:
    """The organisations the head's lines name (see the module docstring), in order, each
    once."""
    found: list[Creator] = []
    for line in head_lines(source, start):
        parts = []
        at = 0
        for piece in SEPARATED.split(line.group()):
            at = line.group().index(piece, at)
            if piece.strip():
                offset = len(piece) - len(piece.lstrip())
                parts.append((line.start() + at + offset, piece.strip()))
            at += len(piece)
        acronyms = [text for _, text in parts if _ACRONYM.fullmatch(text)]
        for at, text in parts:
            creator = _organisation(source, at, text, acronyms)
            if creator is None:
                continue
            if all(c.name != creator.name for c in found):
                found.append(creator)
    return found


def _organisation(source: SourceText, at: int, text: str, acronyms: list[str]) -> Creator | None:
    """The organisation one head line (or part of one) names, else None."""
    if _ACRONYM.fullmatch(text) or len(text) > _BODY_LINE:
        return None
    if text.split()[0].lower() in _GOES_ON:
        return None  # "OF THE COALITION ...", "to the ... Committee": a title's second line
    defined = DEFINED.fullmatch(text)
    if defined is not None and title_case_line(defined["name"]):
        name = " ".join(defined["name"].split())
        name = as_written(name) if name.isupper() else name
        if _title_words(name.upper()):
            return None  # the mission's own name is not among those who issue it
        return Creator(name, defined["short"], False, source.span(at, at + len(text)))
    capitals = text.upper() == text
    if not (capitals or title_case_line(text)) or _title_words(text.upper()):
        return None
    if not ORGANISATION_NOUN.search(text.upper()):
        return None
    name = as_written(text) if capitals else text
    short = (
        acronyms[0]
        if len(acronyms) == 1
        else defined_short(source.text, name)
        or "".join(w[0].upper() for w in name.split() if w.lower() not in SMALL_WORDS)
    )
    return Creator(name, short, False, source.span(at, at + len(text)))


def _title_words(name: str) -> bool:
    """Does an upper-case name hold a title's words? "ELECTIONS" does not make an
    organisation's name a title when an organisation's noun says what it is ("COALITION FOR
    OPEN ELECTIONS", "CITIZENS' NETWORK FOR FREE ELECTIONS"); a report's, a statement's or
    a mission's name does."""
    words = NOT_ISSUER.findall(name)
    return bool(words) and (
        any(word != "ELECTIONS" for word in words) or not ORGANISATION_NOUN.search(name)
    )


__all__ = ["head_lines", "head_organisations"]
