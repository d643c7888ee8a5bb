"""Treaty actions read from sentences: "<State> ratified the ICCPR ... in 2006".

A sentence yields treaty actions when it has an action verb (signed, ratified, acceded,
entered into force), names treaties from ``TREATIES`` and dates them ("in 1994", "on 24
January 2006", "in March 2020"), and its subject is the state the text is about (its
name, or "It"). Each treaty takes the nearest action verb before it and the first date
after it, so "acceded to X in 1994 and Y, Z in 1998" gives X 1994, Y 1998, Z 1998.
Sentences that only announce an intention ("ambitions to accede") or give no date yield
nothing: a treaty action without its date is not stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef

from ...namespaces import NG, SKOS, VOCAB
from ..rdf.facts import Fact
from ..rdf.iris import mint
from ..text.dates import DATE_PATTERN, MONTH_YEAR_PATTERN, When, find_when
from ..text.document import Element
from ..text.source import Span

TREATIES: dict[str, tuple[str, str, str]] = {
    # key: (title, abbreviation, pattern of its names)
    "iccpr-op2": (
        "Second Optional Protocol to the International Covenant on Civil and Political Rights",
        "ICCPR-OP2",
        r"second (?:optional )?protocol (?:to|of) the (?:ICCPR|International Covenant on Civil "
        r"and Political Rights)",
    ),
    "iccpr": (
        "International Covenant on Civil and Political Rights",
        "ICCPR",
        r"International Covenant on Civil and Political Rights|\bICCPR\b",
    ),
    "icescr": (
        "International Covenant on Economic, Social and Cultural Rights",
        "ICESCR",
        r"International Covenant on Economic, Social and Cultural Rights|\bICESCR\b",
    ),
    "crc": (
        "Convention on the Rights of the Child",
        "CRC",
        r"Convention (?:on|of) the Rights of the Child|\bCRC\b",
    ),
    "cedaw": (
        "Convention on the Elimination of All Forms of Discrimination against Women",
        "CEDAW",
        r"Convention on the Elimination of All Forms of Discrimination Against Women|\bCEDAW\b",
    ),
    "cerd": (
        "International Convention on the Elimination of All Forms of Racial Discrimination",
        "CERD",
        r"Convention (?:on the Elimination of|against) all Forms of Racial Discrimination"
        r"|\bCERD\b",
    ),
    "cat": (
        "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
        "CAT",
        r"Convention against Torture|\bCAT\b",
    ),
}
"""Human-rights treaties recognised by name or abbreviation (case-insensitive names)."""

ACTIONS = {
    "ratification": r"\bratif(?:ied|ies|y)\b",
    "accession": r"\bacced(?:ed|es)\b",
    "signature": r"\bsigned\b",
    "entry-into-force": r"\bentered into force\b",
}
_SENTENCE = re.compile(r"[^.!?]+(?:\.(?=\s|$)|[!?]|$)")
_DATE = re.compile(
    rf"\b(?:in|on|by|since)\s+(?:{DATE_PATTERN.pattern}|{MONTH_YEAR_PATTERN.pattern}"
    r"|(?:1[89]|20)\d{2}\b)"
)


@dataclass(frozen=True)
class TreatyAction:
    """One action as a sentence states it, with the spans that state each part."""

    treaty: str
    action: str
    when: When
    spans: tuple[Span, ...]


def _mentions(sentence: str) -> list[tuple[int, int, str]]:
    """Non-overlapping treaty mentions, the longest first; a repeat of the same treaty in
    brackets right after its name ("... Rights (ICCPR)") is dropped."""
    found: list[tuple[int, int, str]] = []
    for key, (_title, _abbr, pattern) in TREATIES.items():
        for match in re.finditer(pattern, sentence, re.IGNORECASE):
            found.append((match.start(), match.end(), key))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, str]] = []
    for start, end, key in found:
        if kept and start < kept[-1][1]:
            continue
        if kept and key == kept[-1][2] and re.fullmatch(r"\s*\(", sentence[kept[-1][1] : start]):
            continue
        kept.append((start, end, key))
    return kept


def read_actions(element: Element, subject: str) -> list[TreatyAction]:
    """The treaty actions stated in one paragraph by ``subject`` (a pattern of a state's
    names)."""
    text = element.text
    actions: list[TreatyAction] = []
    for sentence in _SENTENCE.finditer(text):
        body, offset = sentence.group(), sentence.start()
        verbs = sorted(
            (m.start(), m.end(), kind)
            for kind, pattern in ACTIONS.items()
            for m in re.finditer(pattern, body)
        )
        if not verbs:
            continue
        lead = body[: verbs[0][0]].strip()
        if not re.fullmatch(rf"(?:{subject}|It|The country|The state)", lead):
            continue
        dates = [(m.start(), m.end()) for m in _DATE.finditer(body)]
        for start, end, key in _mentions(body):
            verb = [v for v in verbs if v[1] <= start]
            later = [d for d in dates if d[0] >= end]
            if not verb or not later:
                continue
            found = find_when(body[later[0][0] : later[0][1]])
            if found is None:
                continue
            v_start, v_end, kind = verb[-1]
            spans = (
                *element.spans(offset + v_start, offset + v_end),
                *element.spans(offset + start, offset + end),
                *element.spans(offset + later[0][0], offset + later[0][1]),
            )
            actions.append(TreatyAction(key, kind, found[0], tuple(dict.fromkeys(spans))))
    return actions


def treaty_fact(key: str, spans: list[Span]) -> Fact:
    """The treaty itself, ``id/instrument/{key}`` (as the vocabularies name instruments)."""
    title, abbreviation, _ = TREATIES[key]
    # No dcterms:title: instruments in the vocabularies have theirs (one only, say the shapes).
    fact = Fact(iri=treaty_iri(key), kind=NG.Treaty, label=title, evidence=spans)
    fact.add(SKOS.altLabel, abbreviation)
    fact.add(NG.instrumentKind, VOCAB["instrument-kind/treaty"])
    return fact


def treaty_iri(key: str) -> URIRef:
    return mint("instrument", key)


def action_fact(action: TreatyAction, actor: URIRef, actor_key: str, report: URIRef) -> Fact:
    """The ng:TreatyAction, ``id/treaty-action/{actor}/{treaty}/{kind}/{date}``."""
    title = TREATIES[action.treaty][1]
    fact = Fact(
        iri=mint("treaty-action", actor_key, action.treaty, action.action, action.when.iso()),
        kind=NG.TreatyAction,
        label=f"{action.action.replace('-', ' ')} of the {title} ({action.when.iso()})",
        evidence=list(action.spans),
    )
    fact.add(NG.actionKind, VOCAB["treaty-action/" + action.action])
    fact.add(NG.treaty, treaty_iri(action.treaty))
    fact.add(NG.date, action.when.literal())
    fact.add(NG.actor, actor)
    fact.add(NG.sourceReport, report)
    return fact
