"""Programme activities: sentences of a programme report's PROGRAM ACTIVITIES section that
open with a date phrase ("In April 2000", "In the first quarter of 2001", "Throughout
2004") and say what was done. Each keeps its date as precise as written (the year from
context when only a month is given), its kind (training, monitoring, advocacy, roundtable,
debates, poll, outreach) and topic, and the organisations it names: the implementer,
funders after "funding from" or "with X funding", the others as partners.
"""

from __future__ import annotations

import re

from rdflib import Literal

from normgraph.namespaces import NG, SCHEMA, local_name

from ..extract.concepts import topic
from ..extract.elections import date_value
from ..extract.legal import add_references
from ..extract.organisations import Organisations
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.dates import MONTH_NAME, MONTHS, find_when
from ..text.document import Document, Element, ElementKind
from ..text.sentences import sentences

_MONTH = MONTH_NAME
_WHEN = re.compile(
    rf"^(?:Also |Then |Finally, )?(?:[Ii]n |During |Beginning in |By |Throughout |From )(?:the )?"
    rf"(?P<when>(?:(?P<q>first|second|third|fourth) quarter of |(?P<part>early|mid-|late|fall|"
    rf"summer of|winter of) ?)?(?P<m1>{_MONTH})?(?:-(?P<m2>{_MONTH}))?,? ?(?P<year>\d{{4}})?)"
)
_ACTIVITY_KINDS: tuple[tuple[str, str, str], ...] = (
    ("debates", r"\bdebates?\b", "campaign"),
    ("poll", r"\bpolled\b|\bquestionnaires?\b|\bsurvey\b|\branking\b", "civil-society"),
    ("monitoring", r"\bmonitor(?:ing|s)?\b|\bPVT\b|observ", "observers"),
    ("training", r"\btrain(?:ing|ed|ers)?\b|\bworkshop\b|\bseminars?\b|\bTOT\b", "civil-society"),
    ("roundtable", r"\broundtables?\b|\bbriefing\b|\bforum\b|\bhearings?\b", "civil-society"),
    ("outreach", r"\bexpositions?\b|outreach events?|information booths", "political-parties"),
    ("advocacy", r"\badvocacy\b|\bcampaign\b|\bpetition\b|\bsignatures\b", "civil-society"),
)
"""Activity kinds, the words that mark them (first match wins) and their topic."""
_VERB = re.compile(
    r"\b(?:held|conducted|organized|convened|co-hosted|co-sponsored|hosted|launched|trained|"
    r"deployed|polled|sent|brought|established|began|combined|collaborated|developed)\b"
)


def _when(match: re.Match[str], year: int | None) -> tuple[Literal | None, Literal | None]:
    """Start and end of an activity from its opening date phrase."""
    stated = int(match.group("year")) if match.group("year") else year
    if stated is None:
        return None, None
    quarter = {"first": (1, 3), "second": (4, 6), "third": (7, 9), "fourth": (10, 12)}
    if match.group("q"):
        first, last = quarter[match.group("q")]
        return date_value(stated, first), date_value(stated, last)
    if match.group("m1"):
        first = MONTHS[match.group("m1").lower()]
        last = MONTHS[match.group("m2").lower()] if match.group("m2") else first
        return date_value(stated, first), date_value(stated, last)
    return date_value(stated), date_value(stated)


_NUMBERED = re.compile(
    r"(?:Activit(?:y|ies)\s+(?P<number>(?:[A-Z]\.?)?\d{1,2}(?:\.\d{1,2}){0,3}|[A-Z])"
    r"|(?P<bare>[A-Z]\.\d{1,2}(?:\.\d{1,2}){0,2}|[A-Z]\d{1,2}(?:\.\d{1,2}){1,2}"
    r"|\d{1,2}(?:\.\d{1,2}){1,3}))"
    r"\s*[:.)\u2013-]?\s+(?P<name>[A-Z\"\u201c][^.\n]{2,120}?)\.(?=\s|$)"
)
"""A numbered activity opening a line: "Activity 1.2: Public opinion research.", "Activity 3:
Polling.", "A.1 Technical assistance to the working group.", "A1.2 Observer training." (a
logframe code), "2.3 Roundtables."."""
_SENTENCE_END = '.:;!?"\u201d'
_SECTION = r"(?i)^(?:[\w ,&-]*\s)?ACTIVITIES(?:\s[\w ,&-]*)?$"
"""The section that reports what was done: "PROGRAM ACTIVITIES", "Activities and Results"."""
_CODED_SECTION = (
    r"(?i)^(?:[\w ,&-]*\s)?(?:OBJECTIVES?|PROGRESS|ACHIEVEMENTS|IMPLEMENTATION|OUTPUTS?)"
    r"(?:\s[\w ,&-]*)?$"
)
"""A section that reports the work objective by objective ("PROGRESS BY OBJECTIVE",
"Implementation"): only activities that open with their logframe code are read there."""


def add_activities(
    extraction: Extraction, document: Document, programme: Fact, orgs: Organisations
) -> list[Fact]:
    """The programme's activities: a paragraph opening "Activity N.N: Name." is one
    activity (its number, name and first date); elsewhere each dated sentence that says
    what was done is one."""
    found: list[Fact] = []
    seen: set[int] = set()
    sections = [
        *((s, True) for s in document.find_sections(_SECTION)),
        *((s, False) for s in document.find_sections(_CODED_SECTION)),
    ]
    for section, dated in sections:
        year: int | None = None
        for element in section.all_elements():
            if element.kind not in (ElementKind.PARAGRAPH, ElementKind.ITEM):
                continue
            if id(element) in seen:
                continue
            seen.add(id(element))
            openers = _openers(element)
            if openers:
                for at, numbered in enumerate(openers):
                    end = openers[at + 1].start() if at + 1 < len(openers) else len(element.text)
                    found.append(_numbered(extraction, element, numbered, end, programme, orgs))
                continue
            if not dated:
                continue
            for start, end in sentences(element.text):
                sentence = element.text[start:end]
                match = _WHEN.match(sentence)
                years = re.findall(r"(?<![\d,])(?:19|20)\d\d(?!\d)", sentence)
                if match and (match.group("when") or "").strip() and _VERB.search(sentence):
                    kind = next(
                        ((k, t) for k, words, t in _ACTIVITY_KINDS if re.search(words, sentence)),
                        None,
                    )
                    begin, finish_ = _when(match, year)
                    if kind is not None and begin is not None:
                        found.append(
                            _activity(
                                extraction,
                                element,
                                start,
                                end,
                                kind,
                                begin,
                                finish_,
                                programme,
                                orgs,
                                len(found) + 1,
                            )
                        )
                if years:
                    year = int(years[-1])
    return found


def _titled(before: str) -> bool:
    """Is the paragraph's text before an opener a heading's line ("Objective A: Fair Rules"):
    no sentence ends in it, at most 12 words."""
    return len(before.split()) <= 12 and not re.search(r"[.!?]\s", before)


def _openers(element: Element) -> list[re.Match[str]]:
    """The numbered activities opening lines of a paragraph (an objective's heading may
    share the paragraph: "Objective 1: Party Development / Activity 1.1: Workshops. ...").
    A bare number ("A.1", "2.3") opens one only after a sentence's end or a heading's line,
    not in a sentence wrapped onto the next line."""
    line_starts = {piece.start for piece in element.pieces}
    found = []
    for match in _NUMBERED.finditer(element.text):
        at = element.spans(match.start(), match.end())[0].start
        if match.start() and at not in line_starts:
            continue
        before = element.text[: match.start()].rstrip()
        if match["bare"] and before and before[-1] not in _SENTENCE_END and not _titled(before):
            continue
        found.append(match)
    return found


def _activity(
    extraction: Extraction,
    element: Element,
    start: int,
    end: int,
    kind: tuple[str, str],
    begin: Literal,
    finish_: Literal | None,
    programme: Fact,
    orgs: Organisations,
    number: int,
) -> Fact:
    sentence = element.text[start:end]
    fact = Fact(
        iri=mint("activity", local_name(programme.iri), str(number)),
        kind=NG.ProgrammeActivity,
        label=f"{kind[0].capitalize()}: {sentence[:90]}",
        evidence=element.spans(start, end),
    )
    fact.add(NG.programme, programme.iri)
    fact.add(NG.topic, topic(kind[1]))
    fact.add(NG.text, sentence)
    fact.add(SCHEMA.startDate, begin)
    if finish_ is not None and finish_ != begin:
        fact.add(SCHEMA.endDate, finish_)
    funded = re.search(
        r"(?:funding|support) from (?:the )?(?P<who>[^,.]+)|with (?P<by>[A-Z]\w+) funding", sentence
    )
    group = "who" if funded and funded.group("who") else "by"
    funders = (
        set(orgs.find(element, start + funded.start(group), start + funded.end(group)))
        if funded
        else set()
    )
    for iri in orgs.find(element, start, end):
        if iri in funders:
            fact.add(NG.donor, iri)
        elif (NG.implementer, iri) in programme.values:
            fact.add(NG.implementer, iri)
        else:
            fact.add(NG.partner, iri)
    laws, _, _ = add_references(
        extraction, sentence, lambda a, b: element.spans(start + a, start + b), orgs.country
    )
    for iri in laws:
        fact.add(NG.concernsLaw, iri)
    extraction.add(fact)
    return fact


def _numbered(
    extraction: Extraction,
    element: Element,
    match: re.Match[str],
    end: int,
    programme: Fact,
    orgs: Organisations,
) -> Fact:
    """One numbered activity: its stretch of the paragraph, named by its heading, dated by
    the first month or date it gives ("Between October 2019 and March 2020")."""
    text = element.text[match.start() : end]
    number = match["number"] or match["bare"]
    kind = next(((k, t) for k, words, t in _ACTIVITY_KINDS if re.search(words, text)), None)
    fact = Fact(
        iri=mint("activity", local_name(programme.iri), number),
        kind=NG.ProgrammeActivity,
        label=f"Activity {number}: {match['name']}",
        evidence=element.spans(match.start(), end),
    )
    fact.add(NG.programme, programme.iri)
    fact.add(NG.number, number)
    fact.add(NG.text, text)
    if kind is not None:
        fact.add(NG.topic, topic(kind[1]))
    when = find_when(element.text[match.end() : end])
    if when is not None and when[0].month is not None:
        fact.add(SCHEMA.startDate, when[0].literal())
    implementers = {value for p, value in programme.values if p == NG.implementer}
    for iri in orgs.find(element, match.end(), end):
        fact.add(NG.implementer if iri in implementers else NG.partner, iri)
    extraction.add(fact)
    return fact


__all__ = ["add_activities"]
