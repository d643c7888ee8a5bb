"""Observer statements (preliminary reports, pre-election delegation statements).

A statement names the election in its title, describes the mission (issuer, observers,
dates, regions, member organisations), states findings per topic and ends with
recommendations. ``read_statement`` reads one statement's document (a whole file, or an
attachment parsed as a stretch of its file) into facts; ``StatementLoader`` is the loader
for files that are statements. Election IRIs are resolved once per source file
(``elections.resolve``), so a programme report and its attached statement share them.

Sections are told apart by their headings: a section titled "Recommendations" holds
recommendations, in every form these texts use (numbered "- 1." items, an unnumbered
chapeau item, run-in headings such as "Media:" whose following paragraphs continue
without repeating the heading); a run-in heading anywhere else opens a finding's topic,
never a recommendation. A recommendation's addressees are the actors it asks to act.
The mission (``statement_mission``), the pledges (``statement_pledges``) and the polling
stations findings cite (``statement_stations``) have modules of their own. What the text
does not state is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from ...namespaces import DCTERMS, NG, XSD
from ..base import ExtractionError
from ..extract.actors import Actors, find_institutions
from ..extract.assessments import add_assessments
from ..extract.complaint_figure_facts import add_document_figures
from ..extract.concepts import (
    STATEMENT_TOPIC_WORDS,
    norm,
    norms_in,
    polarity,
    topic,
    topic_for,
)
from ..extract.election_mentions import find_mentions
from ..extract.elections import Mention, resolve, state_fact
from ..extract.head import ReportHead
from ..extract.legal import add_document_laws, add_references
from ..extract.organisations import find_organisations
from ..extract.polarity import polarity_of
from ..extract.report import add_report
from ..extract.states import find_state, find_states, state_by_code
from ..extract.treaties import add_treaty_actions
from ..odihr.recommendations import addressees
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element, ElementKind, Section, parse_document
from ..text.genres import Genre
from ..text.lines import run_in_heading
from ..text.sections import add_sections
from ..text.sentences import sentences
from ..text.source import SourceText, Span
from .complaints import add_statement_complaints
from .head import read_statement_head
from .mission import add_mission
from .pledges import add_pledges
from .stations import polling_stations

_RECOMMENDATIONS = re.compile(
    r"^\s*(?:(?:PRELIMINARY|KEY|PRIORITY|MAIN)\s+)?RECOMMENDATIONS\s*$", re.I
)
"""A recommendations section: "Recommendations", "Preliminary Recommendations", ..."""
_FINDINGS = re.compile(
    r"FINDINGS|OBSERVATIONS|ELECTION CONTEXT|EXECUTIVE SUMMARY|CONCLUSIONS|ASSESSMENT", re.I
)
_PREAMBLE = re.compile(r":\s*$|following recommendations", re.I)
_LETTERED = re.compile(r"^[A-Z]\.\s")
_ASKED = re.compile(
    r"\b(?:encourages?|urges?|calls? (?:up)?on|invites?|asks?)\s+(?:the\s+)?$"
    r"|\brecommends? that\s+(?:the\s+)?$"
)
"""Words that address an actor as their object: "encourages the government to ...",
"recommends that political parties ... observe"."""
_MODAL = re.compile(r"\b(?:should|must|could|need(?:s)? to)\b")
"""A sentence that asks something of someone."""


@dataclass
class Statement:
    """What ``read_statement`` found, before the elections are resolved."""

    report: Fact
    actors: Actors
    """The actors the statement names (addressees, pledge speakers), one fact each."""
    country: str
    """ISO code (lower case) of the state the statement is about."""
    mentions: list[Mention] = field(default_factory=list)
    main: tuple[str, str, int] | None = None
    """The election the statement is about: (country, type, year) of its title mention."""
    about: list[Fact] = field(default_factory=list)
    """Facts to link to the main election once it is resolved."""
    recommendations: list[Fact] = field(default_factory=list)
    findings: list[Fact] = field(default_factory=list)
    pledges: list[Fact] = field(default_factory=list)


def _key(report: Fact) -> str:
    return str(report.iri).rsplit("/", 1)[-1]


_REPORTING = re.compile(
    r"^[^.]{0,60}?\b(?:observers|monitors|delegation|mission)\b,?\s+(?:have |has )?"
    r"(?:identified|identify|noted|note|observed|found|considers?)\b",
    re.I,
)
"""The reporting frame of a passage ("ENMO international observers, identify ..."): it
says who saw, not what the passage is about, so it does not decide the topic."""
_CITES_LAW = re.compile(r"\b(?:Constitution(?:al Law)?|[Ll]aws?|[Cc]ode|Article \d+)\b")


def _topic_of(element: Element, heading: str | None) -> str:
    """A finding's or recommendation's topic: its run-in or sub-section heading, else its
    words (less the reporting frame); a passage about a law is about the legal framework."""
    if heading:
        found = topic_for(STATEMENT_TOPIC_WORDS, heading)
        if found:
            return found
    text = _REPORTING.sub("", element.text, count=1)
    found = topic_for(STATEMENT_TOPIC_WORDS, text)
    if found:
        return found
    return "legal-framework" if _CITES_LAW.search(text) else "political-context"


def _strip_run_in(element: Element) -> tuple[str | None, int]:
    """The element's run-in heading and where its body starts after it."""
    heading = run_in_heading(element.text)
    if heading is None:
        return None, 0
    rest = element.text[len(heading) + 1 :]
    return heading, len(heading) + 1 + len(rest) - len(rest.lstrip())


def _link_citations(
    extraction: Extraction, fact: Fact, element: Element, start: int, country: str
) -> None:
    text = element.text[start:]
    laws, provisions, instruments = add_references(
        extraction, text, lambda a, b: element.spans(start + a, start + b), country
    )
    for iri in laws:
        fact.add(NG.concernsLaw, iri)
    for iri in provisions:
        fact.add(NG.invokesProvision, iri)
    for iri in instruments:
        fact.add(NG.concerns, iri)
    for slug in norms_in(text):
        fact.add(NG.invokesNorm, norm(slug))


def _asks(text: str) -> bool:
    """Does ``text`` ask something of someone ("should", "urges the CEC to")?"""
    return bool(_MODAL.search(text)) or any(
        _ASKED.search(text[max(0, start - 40) : start])
        for start, _, _, _ in find_institutions(text)
    )


def _addressees(text: str) -> list[tuple[int, int, str, str, str | None]]:
    """Who a recommendation asks to act: the subjects of "should/must/could" (as in ODIHR
    recommendations) and the actors a verb addresses ("encourages the government to")."""
    found: list[tuple[int, int, str, str, str | None]] = []
    for begin, finish in sentences(text):
        sentence = text[begin:finish]
        if _MODAL.search(sentence):  # "debates sponsored by the CEC" asks nothing of it
            for start, end, name, kind, level in addressees(sentence):
                found.append((begin + start, begin + end, name, kind, level))
        for start, end, institution, name in find_institutions(sentence):
            if _ASKED.search(sentence[max(0, start - 40) : start]):
                at = (begin + start, begin + end)
                found.append((*at, name, institution.kind, institution.level))
    unique = {name: (start, end, name, kind, level) for start, end, name, kind, level in found}
    return sorted(unique.values())


def _recommendations(extraction: Extraction, document: Document, statement: Statement) -> None:
    section = next((s for s in document.sections() if _RECOMMENDATIONS.match(s.title)), None)
    if section is None:
        return
    actors = statement.actors
    category: str | None = None
    ordinal = 0
    elements = [
        e for e in section.all_elements() if e.kind in (ElementKind.PARAGRAPH, ElementKind.ITEM)
    ]
    last_numbered = max(
        (i for i, e in enumerate(elements) if e.kind is ElementKind.ITEM and e.label), default=-1
    )
    for index, element in enumerate(elements):
        numbered = element.kind is ElementKind.ITEM and bool(element.label)
        if 0 <= last_numbered < index and not numbered and not _asks(element.text):
            continue  # closing matter after the numbered list: thanks, contacts, funding
        heading, body = _strip_run_in(element)
        if heading:
            category = heading
        elif not numbered and ordinal == 0 and _PREAMBLE.search(element.text):
            continue  # the section's lead-in ("... recommend:"), not a recommendation
        ordinal += 1
        key = element.label if numbered and element.label else f"p{ordinal}"
        text = element.text[body:]
        fact = Fact(
            iri=mint("recommendation", _key(statement.report), key),
            kind=NG.Recommendation,
            label=f"Recommendation {key}"
            if numbered
            else f"Recommendation ({category or 'unnumbered'}, {ordinal})",
            evidence=element.spans(),
        )
        fact.add(NG.text, text)
        fact.add(NG.sourceReport, statement.report.iri)
        fact.add(NG.order, Literal(ordinal, datatype=XSD.integer))
        if numbered:
            fact.add(NG.number, element.label)
        if category:
            fact.add(NG.categoryHeading, category)
        fact.add(NG.topic, topic(_topic_of(element, category)))
        for start, end, name, kind, level in _addressees(text):
            spans = element.spans(body + start, body + end)
            fact.add(NG.addressee, actors.get(name, kind, spans, level))
        _link_citations(extraction, fact, element, body, statement.country)
        extraction.add(fact)
        statement.recommendations.append(fact)
        statement.about.append(fact)


_OTHER_PART = re.compile(r"RESULTS|ABOUT|MISSION|DEVELOPMENTS|ANNEX|APPENDIX|CONTACT", re.I)
_DEBRIS = re.compile(r"^(?:Page \d+(?: of \d+)?|_{3,}|\d{1,2} [A-Z].*)$")
"""Page furniture and footnote text left in the body: never a finding."""


def _finding_sections(document: Document) -> list[Section]:
    """The sections that hold findings: a top-level section titled as findings or
    conclusions, and the title-case sections that follow it (a converted statement often
    loses the nesting: "PRELIMINARY FINDINGS" then "Media", "Election Day" at one level),
    up to the next capitalised part that holds something else (results, recommendations,
    the mission's description)."""
    chosen: list[Section] = []
    current = False
    for section in document.sections():
        if section.level != 1:
            continue
        title = section.title.strip()
        if title.upper() == title or _FINDINGS.search(title) or _RECOMMENDATIONS.match(title):
            current = bool(_FINDINGS.search(title)) and not (
                _RECOMMENDATIONS.match(title) or _OTHER_PART.search(title)
            )
        if current:
            chosen.append(section)
    return chosen


def _passages(text: str) -> list[tuple[int, int, str | None]]:
    """Where ``text`` makes one point: the whole of it when its evaluative sentences agree,
    else, when it both praises and criticises, each run of sentences of one polarity (a
    neutral or mixed sentence stays with the run before it): "The CEC worked well. ...
    However, observers noted ..." gives two findings of their own polarities."""
    bounds = sentences(text)
    polarities = [polarity_of(text[start:end]) for start, end in bounds]
    if not {"positive", "problem"} <= set(polarities):
        return [(0, len(text), polarity_of(text))]
    runs: list[tuple[int, int, str | None]] = []
    for (start, end), found in zip(bounds, polarities, strict=True):
        joins = found in (None, "mixed", runs[-1][2]) or runs[-1][2] is None if runs else False
        if joins:
            runs[-1] = (runs[-1][0], end, runs[-1][2] or found)
        else:
            runs.append((start, end, found))
    return runs


def _findings(extraction: Extraction, document: Document, statement: Statement) -> None:
    count = 0
    for section in _finding_sections(document):
        run_in: str | None = None
        lettered: tuple[Section, str] | None = None
        for element in section.all_elements():
            if element.kind not in (ElementKind.PARAGRAPH, ElementKind.ITEM):
                continue
            if _DEBRIS.match(element.text.strip()):
                continue
            heading, body = _strip_run_in(element)
            if heading:
                run_in = heading
            in_subsection = element.section.level > 1
            numbered = element.kind is ElementKind.ITEM and bool(element.label)
            sub = element.section.title if in_subsection else None
            if _LETTERED.match(element.text[body:]):
                # "B. Unequal ..." written as a paragraph: a lettered point of its own.
                lettered = (element.section, element.text[body:])
            if lettered is not None and lettered[0] is element.section:
                sub = lettered[1]
            if element.kind is ElementKind.ITEM and element.label:
                sub = None
            for start, end, found in _passages(element.text[body:]):
                if found is None and not in_subsection and not numbered:
                    continue  # a neutral passage (method, background) at the top level
                if found is None:
                    # An item under "VIOLATION OF VOTING PROCEDURES" reports a violation.
                    found = polarity_of(heading or run_in or sub or "")
                count += 1
                _add_finding(
                    extraction,
                    statement,
                    element,
                    (body + start, body + end),
                    found,
                    count,
                    heading or run_in or sub,
                )


def _add_finding(
    extraction: Extraction,
    statement: Statement,
    element: Element,
    where: tuple[int, int],
    found: str | None,
    count: int,
    heading: str | None,
) -> None:
    """One finding: a passage of ``element`` (``where``: offsets into its text)."""
    begin, finish = where
    text = element.text[begin:finish]
    whole = begin == _strip_run_in(element)[1] and finish >= len(element.text.rstrip())
    fact = Fact(
        iri=mint("finding", _key(statement.report), str(count)),
        kind=NG.Finding,
        label=f"Finding {count}: {text[:60]}",
        evidence=element.spans() if whole else element.spans(begin, finish),
    )
    fact.add(NG.text, text)
    fact.add(NG.sourceReport, statement.report.iri)
    fact.add(NG.topic, topic(_topic_of(element, heading)))
    if found is not None:
        fact.add(NG.polarity, polarity(found))
    _link_citations(extraction, fact, element, begin, statement.country)
    for station in polling_stations(extraction, element, statement.main):
        fact.add(NG.concerns, station)
    for start, end, institution, name in find_institutions(text):
        spans = element.spans(begin + start, begin + end)
        actor = statement.actors.get(name, institution.kind, spans, institution.level)
        if (NG.concerns, actor) not in fact.values:
            fact.add(NG.concerns, actor)
    extraction.add(fact)
    statement.findings.append(fact)
    statement.about.append(fact)


def statement_state(document: Document, head: ReportHead) -> str:
    """ISO code (lower case) of the state a statement is about: the one its title names,
    else the one its text names most often; ExtractionError if it names none."""
    title = head.title_span.quote if head.title_span is not None else ""
    found = find_state(title, len(title)) or find_state(
        "\n".join(element.text for element in document.elements)
    )
    if found is None:
        name = document.source.file_name
        raise ExtractionError(f"{name}: the statement names no OSCE participating State")
    return found.state.key


def _title_mentions(document: Document, head: ReportHead, country: str) -> list[Mention]:
    """The election a statement is about: from its title block (the authoritative date),
    else from its opening paragraphs ("... for the 7 June 2026 early parliamentary
    elections"); the state is the one the title block names, else the opening's."""
    span = head.title_span
    source = document.source
    opening = [e for e in document.elements[:6] if e.kind is ElementKind.PARAGRAPH]
    places: list[tuple[str, Callable[[int, int], list[Span]]]] = []
    if span is not None:
        places.append((span.quote, lambda a, b: [source.span(span.start + a, span.start + b)]))
    places.extend((element.text, element.spans) for element in opening)
    for text, spans_of in places:
        found = find_mentions(text, spans_of, country)
        if found:
            return [
                Mention(m.country, m.kind, m.year, m.spans, m.month, m.day, m.round, True)
                for m in found[:1]
            ]
    return []


def read_statement(
    extraction: Extraction,
    document: Document,
    report: Fact,
    head: ReportHead,
    host: URIRef | None = None,
) -> Statement:
    """Every fact of one statement except the resolved elections (see ``finish``).
    ``host`` is the organisation whose report attaches the statement: it judges the
    statement's verdicts on earlier recommendations when the statement names no issuer."""
    country = statement_state(document, head)
    mentions = _title_mentions(document, head, country)
    statement = Statement(report, Actors(extraction, country.upper()), country)
    if not mentions:  # no election in the title: the state still says what it is about
        named = [f for f in find_states(document.source.text) if f.state.key == country]
        if named:
            span = document.source.span(named[0].start, named[0].end)
            extraction.merge(state_fact(country, [span]))
    statement.mentions.extend(mentions)
    if mentions:
        statement.main = (mentions[0].country, mentions[0].kind, mentions[0].year)
    year = head.issued.year if hasattr(head.issued, "year") else None  # type: ignore[union-attr]
    for element in document.elements:
        if element.kind in (ElementKind.PARAGRAPH, ElementKind.ITEM):
            statement.mentions.extend(
                find_mentions(element.text, element.spans, country, year=year)
            )
    dated = [m for m in statement.mentions if m.day is not None and m.country == country]
    if statement.main is None and dated:
        # no election in the title: the first fully dated one of its state the text names
        statement.main = (dated[0].country, dated[0].kind, dated[0].year)
    issuer = next((v for p, v in report.values if str(p).endswith("/creator")), None)
    assessor = host
    if isinstance(issuer, URIRef):
        actor = extraction.get(issuer)
        if actor is not None and NG.ObserverGroup not in actor.extra_types:
            actor.extra_types.append(NG.ObserverGroup)
        mission = add_mission(extraction, document, report, issuer)
        if mission is not None:
            statement.about.append(mission)
        assessor = mission.iri if mission is not None else issuer
    if assessor is not None:
        issued = next((str(v) for p, v in report.values if p == DCTERMS.issued), None)
        add_assessments(extraction, document, report, assessor, issued)
    add_treaty_actions(extraction, document, report.iri, state_by_code(country))
    find_organisations(
        extraction, document, country
    )  # "Full Name (ACRONYM)": networks, CIS bodies, ...
    _findings(extraction, document, statement)
    _recommendations(extraction, document, statement)
    statement.pledges.extend(add_pledges(extraction, document, report, statement.actors))
    add_document_laws(extraction, document, country)
    complaints = add_statement_complaints(extraction, document, report, statement.actors)
    key = str(report.iri).rsplit("/", 1)[-1]
    for figure in add_document_figures(extraction, document, key, statement.actors):
        figure.add(NG.sourceReport, report.iri)
        complaints.append(figure)
    statement.about.extend(complaints)
    return statement


def finish(
    extraction: Extraction, statement: Statement, resolved: dict[tuple[str, str, int], object]
) -> None:
    """Link the statement's facts to its election once elections are resolved."""
    if statement.main is None or statement.main not in resolved:
        return
    election = resolved[statement.main].fact  # type: ignore[attr-defined]
    statement.report.add(NG.election, election.iri)
    for fact in statement.about:
        prop = NG.observes if fact.kind == NG.ObservationMission else NG.election
        fact.add(prop, election.iri)


class StatementLoader:
    """Reads an observer statement file (a preliminary report or a delegation statement)."""

    name = "observer-statement"
    genre = Genre.PRELIMINARY_STATEMENT

    def extract(self, source: SourceText) -> Extraction:
        extraction = Extraction()
        report = add_report(extraction, source, self.genre)
        head = read_statement_head(source)
        document = parse_document(source)
        statement = read_statement(extraction, document, report, head)
        resolved = resolve(extraction, statement.mentions, report)
        finish(extraction, statement, resolved)  # type: ignore[arg-type]
        add_sections(extraction, report, document)
        return extraction


__all__ = ["Statement", "StatementLoader", "finish", "read_statement"]
