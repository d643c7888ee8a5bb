"""Dated events in scholarship, read from the text: what a sentence says happened on a day
or in a month ("In March 2005, the parliament adopted ...", "the elections of 4 March
2018", "on 3 February 2022 the National Assembly adopted ...").

Each sentence of the body that gives a day or a month (not only a year, which articles
use for periods as often as for events) is one ``schema:Event``: its first such date not
inside brackets (a bracketed date cites a source: "(interview 5, <place>, 30 November
2021)"), "1 and 2 February 2022" taken from its first day. The sentence is the label and
the evidence. Which stage of a framework an event belongs to is a reading: the curation
file's stage events give it, and a curated event on the same passage replaces the
extracted one. Notes, references, acknowledgements and sentences stating treaty actions
(read as such) are not events.
"""

from __future__ import annotations

import re

from normgraph.namespaces import NG, RDFS, SCHEMA

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint, slug
from ..text.dates import DATE_PATTERN, MONTH_YEAR_PATTERN, When, find_when
from ..text.document import Document, ElementKind
from ..text.sentences import sentences

_NOT_BODY = re.compile(
    r"^(?:References|Bibliography|Notes|Endnotes|Acknowledg\w+|Sources|Works Cited)\b", re.I
)
_RANGE = re.compile(r"\b(?P<day>\d{1,2})\s*(?:and|-|\u2013|to)\s*\d{1,2}\s+(?=[A-Z][a-z]+\s+\d{4})")
"""The first day of "1 and 2 February 2022" / "1-2 February 2022"."""
_BRACKETS = re.compile(r"\([^()]*\)")
_NOTE = re.compile(r"^\s*(?:-{3}|\d{1,3}\s+\S)")
"""A note or a table row the conversion left among the paragraphs ("56 Interview with ...")."""
_TREATY_ACTION = re.compile(
    r"\b(?:ratif(?:ied|ies)|acced(?:ed|es)|signed)\b[^.]*\b(?:Convention|Covenant|Charter|Treaty|Protocol)\b"
)
"""A treaty action: read as such (``extract/treaties.py``), not as an event."""


def dated_in(sentence: str) -> tuple[When, int, int] | None:
    """The sentence's first day or month outside brackets: (when, start, end)."""
    masked = _BRACKETS.sub(lambda m: " " * len(m.group()), sentence)
    found = [m for p in (DATE_PATTERN, MONTH_YEAR_PATTERN) for m in p.finditer(masked)]
    if not found:
        return None
    first = min(found, key=lambda m: (m.start(), -len(m.group())))
    when = find_when(first.group())
    if when is None:
        return None
    start = first.start()
    day_range = _RANGE.search(masked, max(0, start - 12), first.end())
    if day_range is not None and when[0].day is not None:
        when = (When(when[0].year, when[0].month, int(day_range["day"])), when[1])
        start = day_range.start()
    return when[0], start, first.end()


def add_dated_events(
    extraction: Extraction, document: Document, report: Fact, key: str
) -> list[Fact]:
    """One ``schema:Event`` per body sentence that dates something to a day or a month."""
    found: list[Fact] = []
    for element in document.elements:
        if element.kind is not ElementKind.PARAGRAPH or _NOTE.match(element.text):
            continue
        if any(_NOT_BODY.match(section.title) for section in element.section.path):
            continue
        for start, end in sentences(element.text):
            sentence = element.text[start:end]
            dated = dated_in(sentence)
            if dated is None or _TREATY_ACTION.search(sentence):
                continue
            when, _, _ = dated
            fact = Fact(
                iri=mint("event", key, f"{when.iso()}-{slug(sentence)[:32]}"),
                kind=SCHEMA.Event,
                label=sentence[:120],
                evidence=element.spans(start, end),
            )
            fact.add(RDFS.comment, sentence)
            fact.add(SCHEMA.startDate, when.literal())
            fact.add(NG.sourceReport, report.iri)
            found.append(extraction.merge(fact))
    return found


__all__ = ["add_dated_events", "dated_in"]
