"""The OSCE/ODIHR final-report loader: report, election, mission, and every fact the
sections state (recommendations, results, complaints, laws, norms, assessments, actors).

The report's text is read once into the document model; each ``odihr_*`` module extracts
one kind of fact from it. This module reads the election (from the title block, or the
introduction when the title block is missing) and the mission (from the introduction),
and runs the rest.

What it does not find it leaves out: no fact is guessed.
"""

from __future__ import annotations

import datetime
import re

from rdflib import Literal, URIRef

from normgraph.namespaces import DCTERMS, NG, SCHEMA, XSD, local_name

from ..base import ExtractionError
from ..extract.actors import Actors, find_candidates, find_refused
from ..extract.assessments import add_assessments
from ..extract.complaint_reader import add_complaints
from ..extract.election_mentions import link_mentioned_elections
from ..extract.elections import (
    date_value,
    election_fact,
    election_key,
    election_kind,
    round_fact,
    state_fact,
)
from ..extract.head import HEAD
from ..extract.legal_patterns import add_legal
from ..extract.named_actors import add_named_actors
from ..extract.recommendation_text import rejoin_recommendation_texts
from ..extract.report import add_report
from ..extract.report_results import (
    add_report_results,
    add_run_off_text_results,
    add_text_results,
)
from ..extract.result_facts import ResultNotes
from ..extract.states import find_state
from ..extract.text_results import text_results
from ..extract.tracker import add_tracker_assessments
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.dates import DATE_PATTERN, match_to_date
from ..text.document import Document, Element, ElementKind, parse_document
from ..text.genres import Genre, UnknownGenreError, detect_genre
from ..text.lines import split_lines
from ..text.sections import add_sections
from ..text.source import SourceText
from ..text.words import any_word
from .body_recommendations import add_body_recommendations
from .findings import add_actors, add_findings
from .head import RUNOFF_DAYS, TITLE_DATE, VOTING_DAYS, date_below, two_dates
from .recommendations import add_recommendations
from .result_list import Contest, add_list_results
from .results import add_results

_ELECTION = re.compile(
    r"(?P<early>\b(?:early|pre-term|extraordinary|snap|repeat)\s+)?"
    r"(?P<type>presidential|parliamentary|general|legislative|local|municipal|regional)"
    r"\s+elections?"
    r"|(?P<referendum>\b(?:constitutional\s+)?referendum)"
    r"|\belections?\s+(?:to|for)\s+(?:the\s+)?(?P<body>\w[\w'-]*(?:\s+\w[\w'-]*){0,5})"
    r"|\belection\s+of\s+(?:the\s+)?(?P<office>President|Head\s+of\s+State)\b",
    re.IGNORECASE,
)
"""The election a title names: by its type, by the body elected ("ELECTIONS TO THE
ASSEMBLY OF REPRESENTATIVES": a national body unless its name says it is local), or by
the office ("ELECTION OF THE PRESIDENT OF THE REPUBLIC", as older title pages write it)."""
_LOCAL_BODY = any_word("local, municipal, city, councils, regional, county")


def _kind_named(kind: re.Match[str]) -> str:
    """The election-type slug of an ``_ELECTION`` match."""
    if kind.group("type"):
        return election_kind(kind.group("type"))
    if kind.group("office"):
        return "presidential"
    body = kind.group("body")
    if body:
        return "local" if _LOCAL_BODY.search(body) else "parliamentary"
    return "referendum"


_PROSE_WORDS = 25
"""A paragraph this long is prose, not a title line."""
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+)"


def number(text: str) -> int:
    """An integer written with thousands separators ("9,725")."""
    return int(text.replace(",", ""))


def report_election(source: SourceText, document: Document) -> tuple[Fact | None, Fact, list[Fact]]:
    """The election the report is about, from its title block (else its introduction), the
    state it is about, and the election's two rounds when the title dates both. A report
    whose election cannot be read still loads without one (a SHACL warning names the gap);
    one that names no participating State has no subject and is refused (ExtractionError)."""
    candidates: list[tuple[str, int]] = [(span.quote, span.start) for span in document.title_block]
    if not candidates:
        candidates = _head_lines(document)
    intro = document.find_sections("INTRODUCTION|EXECUTIVE SUMMARY")
    for section in intro[:2]:
        for element in section.elements[1:3]:
            candidates.extend((span.quote, span.start) for span in element.pieces)
    head_end = max((span.end for span in document.title_block), default=0)
    found: tuple[re.Match[str], int, re.Match[str] | None, int, int] | None = None
    dates: list[tuple[datetime.date, int, int]] = []
    for text, start in candidates:
        kind = _ELECTION.search(text)
        date = TITLE_DATE.search(text)
        if kind and (dates := two_dates(source.text, start + kind.end())):
            found = (kind, start + kind.start(), None, dates[0][1], dates[0][2])
            break
        if kind and date is None:
            # title blocks put the date on the next line (maybe after a blank one)
            index = source.text.find(text, start) + len(text)
            date = date_below(source.text, index)
            if date is not None:
                found = (kind, start + kind.start(), date, date.start(), date.end())
                break
        elif kind and date and abs(date.start() - kind.end()) < 80:
            found = (kind, start + kind.start(), date, start + date.start(), start + date.end())
            break
    named_state = find_state(source.text, head_end)
    if named_state is None:
        raise ExtractionError(f"{source.file_name}: the report does not name a participating State")
    state = named_state.state
    named = source.span(named_state.start, named_state.end)
    rounds: list[Fact] = []
    if found is None:
        return None, state_fact(state.code, [named]), rounds
    kind, kind_start, date, date_start, date_end = found
    when = match_to_date(date) if date is not None else dates[0][0]
    fact = election_fact(
        state.code,
        state.name,
        _kind_named(kind),
        date_value(when.year, when.month, when.day),
        early=bool(kind.group("early")),
    )
    fact.extra_types.append(SCHEMA.Event)
    fact.evidence.append(source.span(kind_start, kind_start + len(kind.group())))
    fact.evidence.append(source.span(date_start, date_end))
    fact.evidence.append(named)
    if len(dates) == 2 and VOTING_DAYS < (dates[1][0] - dates[0][0]).days <= RUNOFF_DAYS:
        fact.add(NG.roundCount, Literal(2, datatype=XSD.integer))
        rounds = [
            round_fact(fact, number, date_value(day.year, day.month, day.day), [source.span(a, b)])
            for number, (day, a, b) in enumerate(dates, start=1)
        ]
    return fact, state_fact(state.code, [named]), rounds


def _head_lines(document: Document) -> list[tuple[str, int]]:
    """The lines above the first paragraph of prose, when no title block was told apart
    from the body (a text-only report whose capitalised title lines read as headings)."""
    first = next(
        (
            e
            for e in document.elements
            if e.kind is ElementKind.PARAGRAPH and len(e.text.split()) >= _PROSE_WORDS
        ),
        None,
    )
    end = first.pieces[0].start if first is not None else min(len(document.source.text), HEAD)
    return [(line.text, line.start) for line in split_lines(document.source.text[:end])]


# Mission figures: (property, pattern); the number is group 1, evidence the whole match.
MISSION_FIGURES: tuple[tuple[URIRef, str], ...] = (
    (NG.coreTeamSize, rf"\b{_NUMBER} (?:analysts|core team members|experts)"),
    (NG.longTermObserverCount, rf"\b{_NUMBER} long-term observers"),
    (NG.participatingStateCount, rf"\bfrom {_NUMBER} OSCE participating States"),
    (
        NG.shortTermObserverCount,
        rf"\b(?:there were|deployed|total of) {_NUMBER} (?:STOs|short-term)",
    ),
    (NG.shortTermObserverStateCount, rf"\bseconded by {_NUMBER} OSCE participating States"),
    (NG.pollingStationsObserved, rf"\bvoting in (?:over |some )?{_NUMBER} (?:out of|polling)"),
    (NG.pollingStationsTotal, rf"\bout of a total of {_NUMBER} polling stations"),
    (NG.countsObserved, rf"\bCounting was observed in {_NUMBER} polling stations"),
    (NG.tabulationsObserved, rf"\btabulation of results in {_NUMBER}"),
)


def mission_fact(
    source: SourceText, document: Document, election: Fact, report: Fact, actors: Actors
) -> Fact | None:
    """The observation mission, from the introduction (figures, head, partners, date)."""
    section = next(iter(document.find_sections("INTRODUCTION")), None)
    if section is None:
        return None
    elements = [e for e in section.elements if e.text]
    fact = Fact(
        iri=mint("mission", election_key(election.iri).path, "osce-odihr-eom"),
        kind=NG.ObservationMission,
        label="OSCE/ODIHR Election Observation Mission",
    )
    fact.add(NG.observes, election.iri).add(NG.sourceReport, report.iri)
    for issuer in (v for p, v in report.values if p == DCTERMS.creator):
        fact.add(NG.deployedBy, issuer)

    def first(pattern: str) -> tuple[Element, re.Match[str]] | None:
        for element in elements:
            match = re.search(pattern, element.text)
            if match:
                return element, match
        return None

    for prop, pattern in MISSION_FIGURES:
        hit = first(pattern)
        if hit:
            element, match = hit
            fact.add(prop, Literal(number(match.group(1)), datatype=XSD.integer))
            fact.evidence.extend(element.spans(match.start(), match.end()))
    hit = first(
        r"\bon \d{1,2} [A-Z][a-z]+ \d{4} deployed|\bdeployed [^.]*? on \d{1,2} [A-Z][a-z]+ \d{4}"
    )
    if hit:
        element, match = hit
        when = DATE_PATTERN.search(match.group())
        assert when is not None
        fact.add(NG.date, Literal(match_to_date(when).isoformat(), datatype=XSD.date))
        fact.evidence.extend(element.spans(match.start(), match.end()))
    hit = first(
        r"headed by (?:Ambassador |Mr\. |Ms\. |Dr\. )?(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)+)"
    )
    if hit:
        element, match = hit
        head = actors.person(match.group("name"), element.spans(match.start(), match.end()))
        fact.add(NG.headOfMission, head)
        fact.evidence.extend(element.spans(match.start(), match.end()))
    hit = first(
        r"delegation of the (?P<name>OSCE (?:Parliamentary Assembly|PA)|[A-Z][^,.()]+?)"
        r"(?=[.,(]| to )"
    )
    if hit:
        element, match = hit
        name = (
            "OSCE Parliamentary Assembly"
            if "OSCE P" in match.group("name")
            else match.group("name")
        )
        spans = element.spans(match.start(), match.end())
        fact.add(NG.partnerDelegation, actors.get(name, "international", spans))
        fact.evidence.extend(spans)
    if not fact.evidence:
        return None
    return fact


class OdihrLoader:
    """Reads an OSCE/ODIHR election observation final report."""

    name = "odihr-final-report"
    genre = Genre.FINAL_REPORT

    def extract(self, source: SourceText) -> Extraction:
        """All facts, or ExtractionError naming the problem: never a partial extraction."""
        if not source.text.strip():
            raise ExtractionError(f"{source.file_name}: the text is empty")
        if "\x00" in source.text[:4096]:
            raise ExtractionError(f"{source.file_name}: binary data, not a report text")
        try:
            genre = detect_genre(source.text)
        except UnknownGenreError as error:
            raise ExtractionError(f"{source.file_name}: {error}") from error
        if genre is not self.genre:
            raise ExtractionError(
                f"{source.file_name}: reads as a {genre.value}, not an ODIHR final report"
            )
        try:
            return self._extract(source)
        except ExtractionError:
            raise
        except (ValueError, LookupError, AssertionError, StopIteration) as error:
            raise ExtractionError(
                f"{source.file_name}: could not be read as an ODIHR final report ({error})"
            ) from error

    def _extract(self, source: SourceText) -> Extraction:
        document = parse_document(source)
        extraction = Extraction()
        report = add_report(extraction, source, self.genre)
        election, state, rounds = report_election(source, document)
        country = local_name(state.iri)
        actors = Actors(extraction, country)
        mission = None
        if election is not None:
            extraction.add(election)
            report.add(NG.election, election.iri)
            for round_ in rounds:
                extraction.add(round_)
        extraction.add(state)
        link_mentioned_elections(extraction, document, report, election, country)
        if election is not None:
            mission = mission_fact(source, document, election, report, actors)
            if mission is not None:
                extraction.add(mission)
        recommendations = add_recommendations(extraction, document, report, actors)
        add_body_recommendations(extraction, document, report, recommendations)
        if election is not None:
            add_election_results(extraction, document, election, actors)
        else:  # no election in the head: each table under the one the text names for it
            add_report_results(extraction, source, report, actors)
        add_legal(extraction, document, report.iri, country.lower())
        issued = next((str(v) for p, v in report.values if p == DCTERMS.issued), None)
        assessor = mission.iri if mission is not None else report.iri
        read = add_assessments(extraction, document, report, assessor, issued)
        add_tracker_assessments(
            extraction, document, report, assessor, issued, read, tables_only=True
        )
        year = None
        if election is not None:
            year = int(str(next(v for p, v in election.values if p == NG.electionDate))[:4])
        elected = election.iri if election is not None else None
        add_complaints(extraction, document, elected, actors, year, report.iri)
        add_findings(extraction, document, report)
        add_actors(document, actors)
        add_named_actors(document, actors)
        add_sections(extraction, report, document)
        rejoin_recommendation_texts(extraction, source.text)
        return extraction


def add_election_results(
    extraction: Extraction, document: Document, election: Fact, actors: Actors
) -> None:
    """Candidates and the results annex (a table, else a list), both under the election."""
    candidates = add_candidates(document, election, actors)
    if add_results(extraction, document, election.iri, candidates) is None:
        notes = ResultNotes(extraction, election_key(election.iri).path)
        facts = add_list_results(extraction, document, election.iri, actors, notes.add, candidates)
        if not facts:
            stated = text_results(document.source)  # no table: results quoted in the text
            add_text_results(extraction, stated, Contest(election.iri), actors, notes)
        else:  # a table of the first round, the run-off told in the text
            add_run_off_text_results(
                extraction, document.source, election.iri, actors, notes, facts
            )


def add_candidates(document: Document, election: Fact, actors: Actors) -> dict[str, URIRef]:
    """Candidate actors (with their parties), keyed by surname for the results table."""
    by_surname: dict[str, URIRef] = {}
    for candidate in find_candidates(document.elements):
        element = candidate.element
        iri = actors.get(candidate.name, "candidate", element.spans(*candidate.name_at))
        candidacy = Fact(
            iri=mint("candidacy", election_key(election.iri).path, candidate.name),
            kind=NG.Candidacy,
            label=f"{candidate.name}, candidate",
            evidence=element.spans(*candidate.name_at),
        )
        candidacy.add(NG.candidate, iri).add(NG.election, election.iri)
        candidacy.add(NG.registered, Literal(True))
        actors.extraction.add(candidacy)
        if candidate.party and candidate.party_at:
            party = re.sub(r"\s*\([A-Z]{2,}\)$", "", candidate.party)
            is_party = "Party" in party or re.search(
                rf"{re.escape(party)} party", document.source.text, re.I
            )
            party_iri = actors.get(
                party, "party" if is_party else "ngo", element.spans(*candidate.party_at)
            )
            candidacy.add(NG.party if is_party else NG.nominatedBy, party_iri)
            candidacy.evidence.extend(element.spans(*candidate.party_at))
        by_surname[candidate.name.split()[-1]] = iri
    registered = {candidate.name for candidate in find_candidates(document.elements)}
    for name, spans in find_refused(document):
        if name in registered:
            continue
        candidacy = Fact(
            iri=mint("candidacy", election_key(election.iri).path, name),
            kind=NG.Candidacy,
            label=f"{name}, refused registration",
            evidence=spans,
        )
        candidacy.add(NG.candidate, actors.get(name, "candidate", spans))
        candidacy.add(NG.election, election.iri).add(NG.registered, Literal(False))
        actors.extraction.merge(candidacy)
    return by_surname


__all__ = ["OdihrLoader", "mission_fact", "number", "report_election"]
