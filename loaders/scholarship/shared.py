"""What journal articles and theses share: norm frameworks, their stages, and curation.

Scholarship on norm contestation names the stages of its framework in its section
headings ("Stage 3: reconstitution of ...", "3.1.3 Phase 1 - Repression"). This module
reads those headings into ``StageHeading``s, points each stage's ``ng:Section``
(``text/sections.py``) at the stage concept (``ng:stage``), records the stage concepts
the text states (with the spans that state them) and the framework scheme the report
uses (``dcterms:references``). ``finish`` applies the document's curation file, if any.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from rdflib import URIRef

from normgraph.namespaces import DCTERMS, FOAF, NG, SCHEMA, SKOS, VOCAB, local_name

from ..extract.actors import Actors
from ..extract.election_mentions import find_mentions
from ..extract.elections import election_key, resolve
from ..extract.named_actors import add_named_actors
from ..extract.report import add_report
from ..extract.report_results import add_report_results
from ..extract.states import Found, State, find_state
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..resolve.curated_facts import KINDS, Context, apply_curation
from ..resolve.curation import load_curation
from ..text.document import Document, Element, ElementKind, parse_document
from ..text.genres import Genre
from ..text.sections import Heading, Sections, add_sections
from ..text.source import SourceText, Span
from .attributed_facts import add_attributed
from .chronology import add_chronology_events
from .curated_twins import drop_curated_twins
from .events import add_dated_events
from .findings import add_study_findings

CONTESTATION = "contestation-stage"
SPIRAL = "spiral-phase"
STAGES: dict[str, tuple[str, ...]] = {
    CONTESTATION: ("diffusion", "acceptance", "reconstitution", "moment-of-contestation"),
    SPIRAL: (
        "repression",
        "denial",
        "tactical-concessions",
        "prescriptive-status",
        "rule-consistent-behaviour",
    ),
}
"""Each framework's stages in order (``skos:notation`` 1, 2, ...) as vocabulary slugs."""

_STAGE_HEADING = re.compile(
    r"^Stages?\s+(?P<first>\d)(?:\s+and\s+(?P<second>\d))?\s*:?\s*(?P<rest>.*)$", re.I
)
_PHASE_HEADING = re.compile(r"^Phase\s+(?P<first>\d)\s*[-\u2013:]\s*(?P<rest>.+)$", re.I)


@dataclass(frozen=True)
class StageHeading:
    """A heading that names one or two stages of a framework."""

    scheme: str
    stages: tuple[str, ...]
    title: str
    number: str | None
    spans: list[Span]

    def concepts(self) -> list[URIRef]:
        return [VOCAB[f"{self.scheme}/{stage}"] for stage in self.stages]


def _contestation_stage(number: int, rest: str) -> str:
    stage = STAGES[CONTESTATION][number - 1]
    if stage == "reconstitution":
        if re.search(r"\bdiscourse\b", rest, re.I):
            return "reconstitution-through-discourse"
        if re.search(r"\bpractice\b", rest, re.I):
            return "reconstitution-through-practice"
    return stage


def _heading_like(element: Element) -> tuple[str, list[Span]] | None:
    """The title and span of a heading, or of a paragraph opening with one emphasised line
    (a heading the conversion lost, which then swallowed the paragraph after it)."""
    if element.kind is ElementKind.HEADING:
        return element.section.title, element.spans()
    if element.kind is not ElementKind.PARAGRAPH:
        return None
    first = element.pieces[0]
    line = first.quote.split("\n", 1)[0]
    if not (line.startswith("*") and line.endswith("*") and 3 < len(line) < 200):
        return None
    span = Span(first.start, first.start + len(line), line)
    return line.strip("*").strip(), [span]


def stage_headings(document: Document) -> Iterator[StageHeading]:
    """Every heading naming framework stages, in reading order."""
    for element in document.elements:
        heading = _heading_like(element)
        if heading is None:
            continue
        title, spans = heading
        number = element.label if element.kind is ElementKind.HEADING else None
        match = _STAGE_HEADING.match(title)
        if match:
            numbers = [int(n) for n in (match["first"], match["second"]) if n]
            if all(1 <= n <= 4 for n in numbers):
                stages = tuple(_contestation_stage(n, match["rest"]) for n in numbers)
                yield StageHeading(CONTESTATION, stages, title, number, spans)
            continue
        match = _PHASE_HEADING.match(title)
        if match:
            slug_ = re.sub(r"[^a-z]+", "-", match["rest"].lower()).strip("-")
            if slug_ in STAGES[SPIRAL] and STAGES[SPIRAL].index(slug_) + 1 == int(match["first"]):
                yield StageHeading(SPIRAL, (slug_,), title, number, spans)


def report_key(report: Fact) -> str:
    return local_name(report.iri)


def add_stage_sections(
    extraction: Extraction, report: Fact, document: Document, headings: list[StageHeading]
) -> Sections:
    """The report's sections (``text/sections.py``), each stage section pointing at its stage
    concept(s) (``ng:stage``); a stage heading the conversion lost becomes a section too.
    Call it last: it links the report's facts to their sections."""
    headed = {p.start for s in document.sections() if s.heading for p in s.heading.spans()[:1]}
    lost = [Heading(h.title, h.spans, h.number) for h in headings if h.spans[0].start not in headed]
    sections = add_sections(extraction, report, document, lost)
    for heading in headings:
        section = sections.holding(heading.spans[0].start)
        if section is not None:
            for concept in heading.concepts():
                section.add(NG.stage, concept)
    return sections


def add_framework(
    extraction: Extraction, report: Fact, scheme: str, stated: dict[str, list[Span]]
) -> None:
    """The report uses ``scheme``; each stage it states is recorded with its spans.

    The stage concepts live in the vocabularies graph; here they get, in the document's
    graph, the evidence of where this text names them.
    """
    report.add(DCTERMS.references, VOCAB[scheme])
    for stage, spans in stated.items():
        if spans:
            extraction.add(Fact(iri=VOCAB[f"{scheme}/{stage}"], kind=SKOS.Concept, evidence=spans))


def stage_spans(headings: list[StageHeading]) -> dict[str, list[Span]]:
    """For each stage (top concept), the heading spans that name it."""
    found: dict[str, list[Span]] = {}
    for heading in headings:
        for stage in heading.stages:
            top = stage.split("-through-")[0]
            found.setdefault(top, []).extend(heading.spans)
    return found


class Begun(NamedTuple):
    """What a scholarship loader starts from."""

    extraction: Extraction
    report: Fact
    document: Document
    state: Fact | None
    keys: dict[str, URIRef]
    studied: State | None
    """The state the text studies (its names for the loaders that read them)."""


def begin(source: SourceText, genre: Genre) -> Begun:
    """Where every scholarship loader starts: the report node, the parsed document, and the
    studied state's fact (the state its title names, else the one it names most often),
    keyed by its country code for curated entries to refer to."""
    extraction = Extraction()
    report = add_report(extraction, source, genre)
    document = parse_document(source)
    keys: dict[str, URIRef] = {}
    head_end = max((span.end for span in document.title_block), default=0)
    found = find_state(source.text, head_end)
    state = state_fact(source, found) if found is not None else None
    if state is not None and found is not None:
        extraction.add(state)
        keys[found.state.key] = state.iri
    return Begun(extraction, report, document, state, keys, found.state if found else None)


def state_fact(source: SourceText, found: Found) -> Fact:
    """The state a text is about, ``id/state/{code}``, cited where it was found."""
    name = found.state.name
    fact = Fact(
        iri=mint("state", found.state.key),
        kind=NG.State,
        label=name,
        evidence=[source.span(found.start, found.end)],
    )
    fact.add(FOAF.name, name)
    fact.add(NG.countryCode, found.state.code)
    return fact


def organisation_fact(source: SourceText, name: str, short: str) -> Fact | None:
    """An international organisation, ``id/organisation/{short}``, cited where the text
    first gives its name with its abbreviation ("Organisation for ... (OSCE)")."""
    match = re.search(rf"{re.escape(name)}\s*\({re.escape(short)}\)", source.text)
    if match is None:
        return None
    fact = Fact(
        iri=mint("organisation", short),
        kind=NG.InternationalOrganisation,
        label=name,
        evidence=[source.span(match.start(), match.end())],
    )
    fact.add(FOAF.name, name)
    fact.add(NG.shortName, short)
    return fact


def finish(
    extraction: Extraction, source: SourceText, report: Fact, keys: dict[str, URIRef]
) -> None:
    """Apply the document's curation file (if it has one) on top of the extracted facts; a
    statement both read from the text and curated is kept once, as curated."""
    curation = load_curation(source, KINDS)
    if curation is None:
        return
    context = Context(extraction, report.iri, report_key(report), curation, dict(keys))
    apply_curation(context)
    drop_curated_twins(extraction, (NG.ContestationStatement, SCHEMA.Event))


def finish_study(
    extraction: Extraction,
    source: SourceText,
    document: Document,
    report: Fact,
    keys: dict[str, URIRef],
    studied: State | None,
    headings: list[StageHeading],
) -> Extraction:
    """What every study ends with: attributed statements, dated events and its own
    findings read from the text, the curation, the results tables it prints (under the
    election their caption names), the actors named with a cue (after the curated ones,
    so that a namesake is reused) and the sections."""
    add_attributed(extraction, document, report, report_key(report))
    rows = add_chronology_events(extraction, source, report, report_key(report))
    add_dated_events(extraction, document, report, report_key(report), rows)
    add_study_findings(extraction, document, report, report_key(report))
    finish(extraction, source, report, keys)
    if studied is not None:
        actors = Actors(extraction, studied.key.lower())
        add_report_results(extraction, source, report, actors)
        add_named_actors(document, actors)
    add_stage_sections(extraction, report, document, headings)
    return extraction


def _election_key(iri: URIRef) -> tuple[str, ...]:
    """(state, type, year) of ``id/election/{state}/{type}/{date or year}``."""
    key = election_key(iri)
    return (key.state, key.kind, key.when[:4])


def add_named_elections(
    extraction: Extraction, document: Document, report: Fact, country: str
) -> None:
    """Every election the text names with its type and a date or year ("the parliamentary
    elections of 2012, 2014 and 2016", "the city elections of 4 March 2018"), one fact per
    state, type and year, dated as precisely as any mention dates it, and linked from the
    report (``ng:election``) as a programme report links the elections it names."""
    known = {_election_key(fact.iri): fact for fact in extraction.facts if fact.kind == NG.Election}
    mentions = []
    for element in document.elements:
        for mention in find_mentions(element.text, element.spans, country, by_context=True):
            made = known.get((mention.country, mention.kind, str(mention.year)))
            if made is None:
                mentions.append(mention)
            elif (NG.election, made.iri) not in report.values:
                report.add(NG.election, made.iri)  # already dated (a bibliography's title)
    for found in resolve(extraction, mentions, report).values():
        if (NG.election, found.fact.iri) not in report.values:
            report.add(NG.election, found.fact.iri)
