"""Journal articles: the report node, the framework's stages, stage events and elections.

Read from the text's structure:

- the report node and the author's affiliation (``extract/report.py``);
- the stages of the four-stage contestation framework: from the stage headings ("Stages 1
  and 2 ...", "Stage 3: reconstitution ... via discourse", "Stage 4: the moment of
  contestation") and from the framework section's wording (diffused, accept ... in
  legislation, re-constituted, moment of contestation); a stage-3 heading that names no
  mode ("Stage 3: reconstitution of the norm of free and fair voting") takes the one the
  introduction gives its norm ("... and/or political practice (free and fair voting)");
- one ``ng:NormStageEvent`` per stage heading: the norm the heading names (election
  monitoring, free and fair voting) at that stage, for the state studied;
- the elections listed as "N parliamentary elections (1994, 1995 ...)", with their full
  dates where the bibliography gives the observers' reports ("Early Presidential Election
  3 April 2011 Final Report").

Everything needing a reading (concrete events per stage, the interviews and statements
that contest a norm, the observers' verdict) comes from the curation file.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rdflib import Literal, URIRef

from normgraph.namespaces import NG, VOCAB, XSD, local_name

from ..extract.law_facts import add_document_laws
from ..extract.states import State
from ..extract.text_readings import add_text_readings
from ..extract.treaties import add_treaty_actions
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..resolve.curated_facts import add_election, election_key
from ..text.dates import When, parse_when
from ..text.document import Document
from ..text.genres import Genre
from ..text.source import SourceText, Span
from .recommendations import add_study_recommendations
from .shared import (
    CONTESTATION,
    StageHeading,
    add_framework,
    add_named_elections,
    begin,
    finish_study,
    organisation_fact,
    report_key,
    stage_headings,
    stage_spans,
)

NORMS_IN_HEADINGS = {
    "election-observation": r"election (?:monitoring|observation)",
    "genuine-periodic-elections": r"free and fair voting",
    "impartial-election-administration": r"election commissions?",
}
"""Norm concepts and the words that name them in stage headings."""
DIFFUSER = "osce"
"""The external agent the stage-1 events are attributed to (the article's norm diffuser)."""
DIFFUSER_NAME = ("Organisation for Security and Cooperation in Europe", "OSCE")
FRAMEWORK_WORDS = {
    "diffusion": r"\bdiffused\b",
    "acceptance": r"\baccept the norm and enshrine it in legislation\b",
    "reconstitution": r"\bre-constituted\b",
    "moment-of-contestation": r"\bmoment of contestation\b",
}
_RECONSTITUTION_MODE = re.compile(r"\b(?P<mode>discourse|practice) \((?P<norm>[^)]+)\)")
"""In the sentence introducing stage 3: a mode of reconstitution and, in brackets, the norm
it applies to ("reconstituted through political discourse (the norm of election
observation) and/or political practice (free and fair voting)")."""
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_ELECTION_LIST = re.compile(
    r"\b(?P<count>\d{1,2}|two|three|four|five|six|seven|eight) (?P<type>parliamentary|presidential)"
    r" elections \((?P<years>(?:\d{4}(?:, | and |,? and ))+\d{4})\)"
)
_REPORT_TITLE = (
    r"(?:{names})\s*[-\u2013]\s*(?P<early>Early )?(?P<type>Presidential|Parliamentary)"
    r" Elections?\s+(?:(?P<d1>\d{{1,2}}) (?P<m1>[A-Z][a-z]+) and )?"
    r"(?P<date>\d{{1,2}} [A-Z][a-z]+ \d{{4}})"
)
"""An observer report's title in the bibliography: "<state> - Early Presidential Election
3 April 2011"; ``{names}`` is filled with the studied state's names."""


class JournalArticleLoader:
    """Genre loader for journal articles on norm contestation."""

    name = "journal-article"
    genre = Genre.JOURNAL_ARTICLE

    def extract(self, source: SourceText) -> Extraction:
        extraction, report, document, state, keys, studied = begin(source, self.genre)
        diffuser = organisation_fact(source, *DIFFUSER_NAME)
        if diffuser is not None:
            extraction.add(diffuser)
            keys[DIFFUSER] = diffuser.iri
        headings = [h for h in stage_headings(document) if h.scheme == CONTESTATION]
        headings = _with_reconstitution_modes(headings, _reconstitution_modes(document))
        stated = stage_spans(headings)
        for stage, spans in _framework_wording(document).items():
            stated.setdefault(stage, []).extend(spans)
        if headings:
            add_framework(extraction, report, CONTESTATION, stated)
        _stage_events(extraction, report, headings, state, keys)
        if state is not None and studied is not None:
            for election in _elections(source, document, state, studied):
                extraction.add(election)
                keys[_key_of(election)] = election.iri
            add_named_elections(extraction, document, report, studied.key)
        if studied is not None:
            add_treaty_actions(extraction, document, report.iri, studied)
            add_document_laws(extraction, document, studied.key)
            add_text_readings(extraction, document, report, studied.key)
            add_study_recommendations(extraction, document, report, studied.key)
        return finish_study(extraction, source, document, report, keys, studied, headings)


def _framework_wording(document: Document) -> dict[str, list[Span]]:
    """Spans in the framework section's first paragraph that name each stage."""
    for section in document.find_sections(r"\bframework\b"):
        for element in section.elements:
            if "four-stage" not in element.text:
                continue
            found: dict[str, list[Span]] = {}
            for stage, pattern in FRAMEWORK_WORDS.items():
                match = re.search(pattern, element.text)
                if match:
                    found[stage] = element.spans(match.start(), match.end())
            return found
    return {}


def _reconstitution_modes(document: Document) -> dict[str, tuple[str, tuple[Span, ...]]]:
    """Norm -> the stage-3 mode the text assigns it, with the words that say so."""
    modes: dict[str, tuple[str, tuple[Span, ...]]] = {}
    for element in document.elements:
        if not re.search(r"\breconstituted through\b", element.text):
            continue
        for match in _RECONSTITUTION_MODE.finditer(element.text):
            for norm, words in NORMS_IN_HEADINGS.items():
                if re.search(words, match["norm"], re.I):
                    spans = tuple(element.spans(match.start(), match.end()))
                    modes.setdefault(norm, (f"reconstitution-through-{match['mode']}", spans))
    return modes


def _norms_named(title: str) -> list[str]:
    return [n for n, words in NORMS_IN_HEADINGS.items() if re.search(words, title, re.I)]


def _with_reconstitution_modes(
    headings: list[StageHeading], modes: dict[str, tuple[str, tuple[Span, ...]]]
) -> list[StageHeading]:
    """A stage-3 heading that says neither "discourse" nor "practice" takes the mode the
    framework's introduction gives the norm it names; the evidence gains those words."""
    out: list[StageHeading] = []
    for heading in headings:
        found = {modes[n] for n in _norms_named(heading.title) if n in modes}
        if "reconstitution" in heading.stages and len({mode for mode, _ in found}) == 1:
            mode, spans = min(found, key=lambda pair: pair[1][0].start)
            stages = tuple(mode if s == "reconstitution" else s for s in heading.stages)
            heading = replace(heading, stages=stages, spans=[*heading.spans, *spans])
        out.append(heading)
    return out


def _stage_events(
    extraction: Extraction,
    report: Fact,
    headings: list[StageHeading],
    state: Fact | None,
    keys: dict[str, URIRef],
) -> None:
    """Each stage heading: the norm it names at that stage (its section links it later)."""
    norms: list[str] = []
    for heading in headings:
        named = _norms_named(heading.title)
        if heading.stages[0] == "diffusion" or not norms:
            norms = named  # a chain of stages (and its norms) starts with stage 1
        for stage in heading.stages:
            event = Fact(
                iri=mint("norm-stage-event", report_key(report), "-".join(norms) or "norm", stage),
                kind=NG.NormStageEvent,
                label=f"{', '.join(norms) or 'norm'} at stage '{stage.replace('-', ' ')}'",
                evidence=heading.spans,
            )
            event.add(NG.stage, VOCAB[f"{CONTESTATION}/{stage}"])
            for norm in norms:
                event.add(NG.norm, VOCAB["norm/" + norm])
            if stage == "diffusion":
                if DIFFUSER in keys:
                    event.add(NG.actor, keys[DIFFUSER])
            elif state is not None:
                event.add(NG.actor, state.iri)
            event.add(NG.sourceReport, report.iri)
            extraction.add(event)


def _elections(source: SourceText, document: Document, state: Fact, studied: State) -> list[Fact]:
    """Elections listed by type with their years; full dates from the bibliography."""
    dated: dict[tuple[str, int], tuple[When, bool, int, Span]] = {}
    names = "|".join(re.escape(name) for name in studied.names)
    for match in re.finditer(_REPORT_TITLE.format(names=names), source.text):
        when = parse_when(match["date"])
        rounds = 1
        if match["d1"]:
            when = parse_when(f"{match['d1']} {match['m1']} {when.year}")
            rounds = 2
        span = source.span(match.start(), match.end())
        dated[(match["type"].lower(), when.year)] = (when, bool(match["early"]), rounds, span)
    elections: dict[URIRef, Fact] = {}
    code = local_name(state.iri)
    for element in document.elements:
        for match in _ELECTION_LIST.finditer(element.text):
            type_slug = match["type"]
            years = [int(y) for y in re.findall(r"\d{4}", match["years"])]
            count = match["count"]
            expected = int(count) if count.isdigit() else _NUMBER_WORDS[count]
            if expected != len(years):
                continue  # the text miscounts: leave it to a reader
            for year_match in re.finditer(r"\d{4}", match["years"]):
                year = int(year_match.group())
                start = match.start("years") + year_match.start()
                spans = element.spans(match.start(), match.start("years")) + element.spans(
                    start, start + 4
                )
                when, early, rounds, title = dated.get(
                    (type_slug, year), (When(year), False, 0, None)
                )
                if title is not None:
                    spans.append(title)
                evidence = spans

                def make(iri: URIRef, label: str, evidence: list[Span] = evidence) -> Fact:
                    return Fact(iri=iri, kind=NG.Election, label=label, evidence=evidence)

                fact = add_election(state.iri, code, type_slug, when, make, True if early else None)
                if rounds:
                    fact.add(NG.roundCount, Literal(rounds, datatype=XSD.integer))
                elections.setdefault(fact.iri, fact)
    return list(elections.values())


def _key_of(election: Fact) -> str:
    type_slug = next(local_name(v) for p, v in election.values if p == NG.electionType)
    date = next(str(v) for p, v in election.values if p == NG.electionDate)
    return election_key(type_slug, When(int(date[:4])))
