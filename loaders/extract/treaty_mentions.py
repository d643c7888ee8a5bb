"""Treaties a sentence names, for the treaty-action reader (``treaties.py``): those the
vocabularies list, by name or abbreviation, any other by its full name ("... Convention on
...", "Protocol No. 1 to the ..."), a bare "the Convention" as the last convention named, and
a protocol named through its treaty ("its Optional Protocol", "the Convention's Protocol No.
1")."""

from __future__ import annotations

import re
from functools import cache

from ..rdf.iris import slug
from ..text.dates import MONTH_NAME
from .instruments import find_instruments, instrument_named, instruments


@cache
def known_treaties() -> dict[str, tuple[str, str]]:
    """Treaties the vocabularies list (``ontology/vocabularies/*.ttl``), by key: (label,
    abbreviation). A treaty another text names in full is read all the same (``_NAMED``)."""
    return {
        i.key: (i.label, next((n for n in i.names if n.isupper() and " " not in n), ""))
        for i in instruments()
        if i.kind == "treaty"
    }


KIND = r"(?:Convention|Covenant|Charter|Treaty|Protocol)"
CAP = rf"(?!{KIND}\b)(?!{MONTH_NAME}\s+\d)[A-Z][\w'\u2019-]*"
"""A capitalised word of a treaty's name: no kind word, no month opening a date ("... on
September 23, 2009" is the action's date, not the treaty's name)."""
_NAMED = re.compile(
    rf"(?:(?:{CAP})(?:\s+(?:of\s+)?{CAP})*\s+)?{KIND}\b"
    rf"(?:\s+No\.\s*\d+\s+to\s+the\s+(?:[A-Z][\w'\u2019-]*\s+)*?{KIND}\b)?"
    rf"(?:\s+(?:(?:on|of|for|against|to|the|with|in|all)\s+)+{CAP}(?:\s+{CAP})*)*"
)
"""A treaty named in full, whatever it is: capitalised words around "Convention",
"Covenant", "Charter", "Treaty" or "Protocol" ("Council of Europe Framework Convention for
the Protection of National Minorities", "Convention against Corruption", "Protocol No. 1 to
the ...")."""
_ITS_PROTOCOL = re.compile(
    r"\bits\s+(?P<name>(?:(?:First|Second)\s+)?Optional\s+Protocols?)\b"
    r"|\b(?P<numbered>Protocol\s+No\.\s*\d+)\b(?!\s+to\b)"
)
"""A protocol named through the treaty before it: "... and its Optional Protocol", "...,
together with (its) Protocol No. 1" (of the last treaty named that is no protocol)."""
_OWNED_PROTOCOL = re.compile(
    rf"\b(?P<kind>{KIND})['\u2019]s\s+(?P<name>Protocol\s+No\.\s*\d+|(?:(?:First|Second)\s+)?"
    r"Optional\s+Protocol)\b"
)
"""A protocol named through the treaty it belongs to: "the Convention's Protocol No. 1"."""


def _known(name: str) -> str | None:
    """The key of a treaty the vocabularies list under this name or abbreviation."""
    try:
        found = instrument_named(re.sub(r"^the\s+", "", name.strip(), flags=re.I))
    except KeyError:
        return None
    return found.key if found.key in known_treaties() else None


def mentions(sentence: str, recent: list[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    """Non-overlapping treaty mentions (start, end, key, name), the longest first. A short
    name in brackets right after a full one ("... violence (Istanbul Convention)") names
    the same treaty: one mention is kept, the known one. "its Optional Protocol" names the
    protocol to the treaty before it; a bare "the Protocol" ("the Charter") the last such
    treaty ``recent`` (the mentions before, oldest first) holds."""
    found: list[tuple[int, int, str, str]] = []
    treaties = known_treaties()
    for instrument, match in find_instruments(sentence):
        if instrument.key in treaties:
            found.append((match.start(), match.end(), instrument.key, instrument.label))
    for match in _NAMED.finditer(sentence):
        name, start = match.group(), match.start()
        if not re.fullmatch(rf"(?:The\s+)?{KIND}", name):
            name = re.sub(r"^The\s+", "", name)  # a sentence's opening "The" is not the name's
            start = match.end() - len(name)
        key = _known(name) or slug(name)
        title = treaties[key][0] if key in treaties else name
        if re.fullmatch(rf"(?:The\s+)?{KIND}", name):
            kind = name.split()[-1].lower()
            named = [*recent, *((m[2], m[3]) for m in found if m[1] <= match.start())]
            earlier = [r for r in reversed(_with_parents(named)) if _kind_of(r[1]) == kind]
            if not earlier:
                continue
            key, title = earlier[0]
        found.append((start, match.end(), key, title))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, str, str]] = []
    for start, end, key, title in found:
        if kept and start < kept[-1][1]:
            continue
        if kept and re.fullmatch(r"\s*\(", sentence[kept[-1][1] : start]):
            if key == kept[-1][2] or kept[-1][2] in treaties:
                continue
            kept.pop()  # "<name as written> (<known short name>)": the known one
        kept.append((start, end, key, title))
    for match in _OWNED_PROTOCOL.finditer(sentence):
        named = [*recent, *((m[2], m[3]) for m in kept if m[1] <= match.start())]
        kind = match.group("kind").lower()
        parents = [r for r in reversed(_with_parents(named)) if _kind_of(r[1]) == kind]
        if parents:
            name = f"{match.group('name')} to the {parents[0][1]}"
            at = (match.start(), match.end())
            kept = [m for m in kept if m[1] <= at[0] or at[1] <= m[0]]
            kept.append((*at, _known(name) or slug(name), name))
    for match in _ITS_PROTOCOL.finditer(sentence):
        before = [m for m in kept if m[1] <= match.start()]
        parent = before[-1][3] if before else (recent[-1][1] if recent else "")
        if match.group("numbered"):  # "Protocol No. 12": of a treaty, not of a protocol
            named = [*recent, *((m[2], m[3]) for m in before)]
            treaty = [r[1] for r in reversed(_with_parents(named)) if _kind_of(r[1]) != "protocol"]
            parent = treaty[0] if treaty else ""
        if parent:
            name = f"{match.group('name') or match.group('numbered')} to the {parent}"
            at = (match.start("name" if match.group("name") else "numbered"), match.end())
            kept = [m for m in kept if m[1] <= at[0] or at[1] <= m[0]]
            kept.append((*at, _known(name) or slug(name), name))
    return sorted(kept)


def _kind_of(title: str) -> str:
    """A treaty's kind, the first kind word of its name: "Protocol No. 1 to the ...
    Convention ..." is a protocol."""
    found = re.search(rf"\b{KIND}\b", title)
    return found.group().lower() if found else ""


def _with_parents(named: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The treaties ``named`` (key, title), each protocol "to the X" followed by X, which a
    bare "the Convention" after it names."""
    found: list[tuple[str, str]] = []
    for key, title in named:
        found.append((key, title))
        parent = re.search(r"\bto the (.+)$", title)
        if parent:
            found.append((_known(parent.group(1)) or slug(parent.group(1)), parent.group(1)))
    return found


__all__ = ["CAP", "KIND", "known_treaties", "mentions"]
