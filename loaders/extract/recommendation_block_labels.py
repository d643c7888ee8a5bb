"""The labels of a numbered block of recommendations (:mod:`.recommendation_blocks`), in
any style: a number ("1", "01", "1.2"), a letter, a roman numeral or a code ("R1", "Rec. 1",
"A.1"), maybe in brackets, maybe followed by a separator; what style a label has and what
value it takes in its list's sequence."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LABEL = re.compile(
    r"[*_\s]*(?P<open>[(\[]?)"
    r"(?P<token>(?:Rec(?:ommendation)?\.?[ ]?|[RP]\.?[ ]?|[A-Z]\.)\d{1,3}|\d{1,3}(?:\.\d{1,2})*"
    r"|[ivx]{1,5}|[IVX]{1,5}|[a-zA-Z])"
    r"(?P<close>[)\]]?)[*_]*"
    r"(?:[ \t]*(?P<sep>[.:\u00b7\u2022\u25b8\u25b6\u25ba|/\u2013\u2014-]{1,2}))?[*_]*"
    r"(?P<glued>[\u2020\u2021\u2605\u2606\u00a7#+!\u00b9\u00b2\u00b3\u2070-\u2079]{1,3})?"
    r"(?P<gap>[ \t]+|[ \t]*$)",
    re.M,
)
"""A label of any style at the start of a paragraph's first line: a number ("1", "01",
"1.2"), a letter, a roman numeral or a code ("R1", "Rec. 1", "A.1"), maybe in brackets,
maybe followed by a separator ("." ")" "\u00b7" "|" "/" "-") and a mark glued to it
("1.\u2020  The ...", "4\u00b9 The ..."); bold markers around it are no part of it."""
_COMPOUND = re.compile(r"\d{1,3}\.\d{1,2}|[A-Z]\.\d{1,3}|Rec")
"""A token no sentence opens with ("1.2", "A.1", "Rec. 1"): a label even when only one
space sets it off from a capitalised text."""
_WIDE_GAP = re.compile(r"[ \t]{2,}|\t")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


@dataclass(frozen=True)
class Label:
    """A label as read: its style, its value in the sequence, its number as printed."""

    style: tuple[str, str, str, str]
    """The kind of token and what surrounds it: ("digit", "", "", "\u00b7")."""
    value: int
    number: str
    end: int
    """Where the item's text starts in its unit's text."""


def _token_kind(token: str) -> tuple[str, int]:
    """The kind of a label's token and its value ("01" -> digit 1, "c" -> lower 3)."""
    if token[:1].isupper() and len(token) > 1 and token[-1].isdigit():
        return "code", int(re.sub(r"\D", "", token))  # "R1", "Rec. 1", "A.1"
    if re.fullmatch(r"\d{1,3}", token):
        return "digit", int(token)  # "01" and "10" number one list
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,2})+", token):
        return "decimal", int(token.split(".")[-1])
    if len(token) > 1 and token.lower() == token:
        return "roman", _roman(token)
    if len(token) > 1:
        return "ROMAN", _roman(token.lower())
    return ("lower" if token.islower() else "upper"), ord(token.lower()) - ord("a") + 1


def _roman(token: str) -> int:
    values = [_ROMAN_VALUES[c] for c in token]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def block_label(line: str) -> Label | None:
    """The label a line opens with, in any style, else None. A bare number or letter (no
    bracket, no separator) counts only when a gap or the line's end sets it off."""
    raw = _LABEL.match(line)
    if raw is None:
        return None
    bare = not (raw["open"] or raw["close"] or raw["sep"] or raw["glued"])
    compound = _COMPOUND.match(raw["token"]) is not None and line[raw.end() : raw.end() + 1] in (
        *"([",
        *"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    )
    wide = _WIDE_GAP.fullmatch(raw["gap"]) or raw.end() == len(line.rstrip())
    if bare and not (wide or compound):
        return None  # "2 per cent" opens a sentence, "2   The ..." is labelled
    kind, value = _token_kind(raw["token"])
    if kind == "upper" and not (raw["open"] or raw["close"] or raw["sep"]):
        return None  # "A   new law" is a sentence's article
    token = raw["token"]
    number = str(value) if kind == "digit" or token.startswith("Rec") else token
    end = raw.start("glued") if raw["glued"] else raw.end()  # the mark stays for the rating
    return Label((kind, raw["open"], raw["close"], raw["sep"] or ""), value, number, end)


def as_roman(label: Label | None, style: tuple[str, str, str, str] | None) -> Label | None:
    """A letter that is a roman numeral in its list: "i" opening one, "v" or "x" in one
    numbered so."""
    if label is None or label.style[0] not in ("lower", "upper") or label.number not in "ivxIVX":
        return label
    roman = "roman" if label.style[0] == "lower" else "ROMAN"
    opening = style is None and label.number in "iI"
    if not (opening or (style is not None and style[0] == roman)):
        return label
    style_of = (roman, *label.style[1:])
    return Label(style_of, _roman(label.number.lower()), label.number, label.end)


__all__ = ["Label", "as_roman", "block_label"]
