"""Treaty actions read from sentences: "<State> ratified the ICCPR ... in 2006".

A sentence yields treaty actions when it has an action verb (signed, ratified, acceded,
entered into force), names treaties (those of ``TREATIES`` by name or abbreviation, any
other by its full name: "... Convention on ...", "... Protocol to ...") and dates them
("in 1994", "on 24 January 2006", "in March 2020", "on the same day"), and it opens with
the state the text is about (its name, or "It"). Any genre: statements, articles, theses,
their footnotes included. Each treaty takes the nearest action verb before it and the first date
after it, so "acceded to X in 1994 and Y, Z in 1998" gives X 1994, Y 1998, Z 1998.
Sentences that only announce an intention ("ambitions to accede") or give no date yield
nothing: a treaty action without its date is not stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from rdflib import URIRef

from ...namespaces import NG, SKOS, VOCAB
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint, slug
from ..text.dates import DATE_PATTERN, MONTH_YEAR_PATTERN, When, find_when
from ..text.document import Document
from ..text.sentences import sentences
from ..text.source import Span
from .elections import state_iri
from .states import State

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
_DATE = re.compile(
    rf"\b(?:in|on|by|since)\s+(?:{DATE_PATTERN.pattern}|{MONTH_YEAR_PATTERN.pattern}"
    r"|(?:1[89]|20)\d{2}\b)"
)
_SAME_DAY = re.compile(r"\b(?:on|at) the same (?:day|date|time)\b")
_KIND = r"(?:Convention|Covenant|Charter|Treaty|Protocol)"
_CAP = rf"(?!{_KIND}\b)[A-Z][\w'\u2019-]*"
_NAMED = re.compile(
    rf"(?:(?:{_CAP})(?:\s+(?:of\s+)?{_CAP})*\s+)?{_KIND}\b"
    rf"(?:\s+(?:(?:on|of|for|against|to|the|with|in|all)\s+)+{_CAP}(?:\s+{_CAP})*)*"
)
"""A treaty named in full, whatever it is: capitalised words around "Convention",
"Covenant", "Charter", "Treaty" or "Protocol" ("Council of Europe Framework Convention for
the Protection of National Minorities", "Convention against Corruption")."""
_ITS_PROTOCOL = re.compile(r"\bits\s+(?P<name>(?:(?:First|Second)\s+)?Optional\s+Protocols?)\b")
"""A protocol named through the treaty before it: "... and its Optional Protocol"."""
_IT = re.compile(r"\s+it\b")


@dataclass(frozen=True)
class TreatyAction:
    """One action as a sentence states it, with the spans that state each part."""

    treaty: str
    action: str
    when: When
    spans: tuple[Span, ...]
    name: str = ""
    """The treaty's name as written, for a treaty ``TREATIES`` does not list."""


class Passage(Protocol):
    """Anything with clean text and the source spans of its stretches (an element, a note)."""

    @property
    def text(self) -> str: ...

    def spans(self, start: int = 0, end: int | None = None) -> list[Span]: ...


def _known(name: str) -> str | None:
    """The key of a treaty ``TREATIES`` lists under this name or abbreviation."""
    for key, (_title, _abbr, pattern) in TREATIES.items():
        if re.fullmatch(rf"(?:the\s+)?(?:{pattern})", name.strip(), re.IGNORECASE):
            return key
    return None


def _mentions(sentence: str, previous: str = "") -> list[tuple[int, int, str, str]]:
    """Non-overlapping treaty mentions (start, end, key, name), the longest first; a repeat
    of the same treaty in brackets right after its name ("... Rights (ICCPR)") is dropped.
    "its Optional Protocol" names the protocol to the treaty mentioned before it."""
    found: list[tuple[int, int, str, str]] = []
    for key, (title, _abbr, pattern) in TREATIES.items():
        for match in re.finditer(pattern, sentence, re.IGNORECASE):
            found.append((match.start(), match.end(), key, title))
    for match in _NAMED.finditer(sentence):
        name = match.group()
        key = _known(name) or slug(name)
        title = TREATIES[key][0] if key in TREATIES else name
        found.append((match.start(), match.end(), key, title))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, str, str]] = []
    for start, end, key, title in found:
        if kept and start < kept[-1][1]:
            continue
        if kept and key == kept[-1][2] and re.fullmatch(r"\s*\(", sentence[kept[-1][1] : start]):
            continue
        kept.append((start, end, key, title))
    for match in _ITS_PROTOCOL.finditer(sentence):
        before = [m for m in kept if m[1] <= match.start()]
        parent = before[-1][3] if before else previous
        if parent:
            name = f"{match.group('name')} to the {parent}"
            at = (match.start("name"), match.end())
            kept = [m for m in kept if m[1] <= at[0] or at[1] <= m[0]]
            kept.append((*at, slug(name), name))
    return sorted(kept)


def read_actions(element: Passage, subject: str) -> list[TreatyAction]:
    """The treaty actions stated in one paragraph or note whose sentences open with
    ``subject`` (a pattern of the state's names) or "It": "<State> also ratified X on ...
    and Y on ...",
    "<State> ratified X on ... and its Optional Protocol on the same day", "... signed X on
    ... and ratified it on ..."."""
    text = element.text
    actions: list[TreatyAction] = []
    opening = re.compile(rf"(?:{subject}|It|The country|The state)\b")
    for offset, end in sentences(text):
        body = text[offset:end]
        verbs = sorted(
            (m.start(), m.end(), kind)
            for kind, pattern in ACTIONS.items()
            for m in re.finditer(pattern, body)
        )
        if not verbs or not opening.match(body.strip()):
            continue
        dates = [(m.start(), m.end()) for m in _DATE.finditer(body)]
        mentions = _mentions(body, actions[-1].name if actions else "")
        for _v_start, v_end, _kind in verbs:  # "ratified it on ...": the treaty before
            pronoun = _IT.match(body, v_end)
            earlier = [m for m in mentions if m[1] <= v_end]
            if pronoun and earlier:
                mentions.append((pronoun.start() + 1, pronoun.end(), *earlier[-1][2:]))
        mentions.sort()
        for start, end, key, title in mentions:
            verb = [v for v in verbs if v[1] <= start]
            later = [d for d in dates if d[0] >= end]
            same = _SAME_DAY.search(body, end)
            if not verb:
                continue
            if same and actions and (not later or same.start() < later[0][0]):
                when, at = actions[-1].when, (same.start(), same.end())
            elif later and (found := find_when(body[later[0][0] : later[0][1]])) is not None:
                when, at = found[0], later[0]
            else:
                continue
            v_start, v_end, kind = verb[-1]
            spans = (
                *element.spans(offset + v_start, offset + v_end),
                *element.spans(offset + start, offset + end),
                *element.spans(offset + at[0], offset + at[1]),
            )
            actions.append(TreatyAction(key, kind, when, tuple(dict.fromkeys(spans)), title))
    return actions


def add_treaty_actions(
    extraction: Extraction, document: Document, report: URIRef, state: State
) -> list[Fact]:
    """The treaty actions of ``state`` that a document's paragraphs and notes state, the
    treaties they concern and the state, which took them."""
    treaties: dict[str, tuple[str, list[Span]]] = {}
    found: list[Fact] = []
    names = "|".join(re.escape(name) for name in state.names)
    passages: list[Passage] = [*document.elements, *document.footnotes.values()]
    for passage in passages:
        for action in read_actions(passage, names):
            treaties.setdefault(action.treaty, (action.name, []))[1].append(action.spans[1])
            fact = action_fact(action, state_iri(state.code), state.key, report)
            found.append(extraction.merge(fact))
    if found:
        fact = Fact(iri=state_iri(state.code), kind=NG.State, label=state.name)
        fact.evidence.append(found[0].evidence[0])
        fact.add(NG.countryCode, state.code)
        extraction.merge(fact)
    for key, (name, spans) in treaties.items():
        extraction.merge(treaty_fact(key, spans, name))
    return found


def treaty_fact(key: str, spans: list[Span], name: str = "") -> Fact:
    """The treaty itself, ``id/instrument/{key}`` (as the vocabularies name instruments);
    a treaty ``TREATIES`` does not list is labelled with its name as written."""
    title, abbreviation, _ = TREATIES.get(key, (name, "", ""))
    # No dcterms:title: instruments in the vocabularies have theirs (one only, say the shapes).
    fact = Fact(iri=treaty_iri(key), kind=NG.Treaty, label=title, evidence=spans)
    if abbreviation:
        fact.add(SKOS.altLabel, abbreviation)
    fact.add(NG.instrumentKind, VOCAB["instrument-kind/treaty"])
    return fact


def treaty_iri(key: str) -> URIRef:
    return mint("instrument", key)


def action_fact(action: TreatyAction, actor: URIRef, actor_key: str, report: URIRef) -> Fact:
    """The ng:TreatyAction, ``id/treaty-action/{actor}/{treaty}/{kind}/{date}``."""
    title = TREATIES[action.treaty][1] if action.treaty in TREATIES else action.name
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
