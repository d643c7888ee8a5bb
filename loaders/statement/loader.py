"""Observer statements (preliminary reports, pre-election delegation statements).

A statement names the election in its title, describes the mission (issuer, observers,
dates, regions, member organisations), states findings per topic and ends with
recommendations. ``read_statement`` reads one statement's document (a whole file, or an
attachment parsed as a stretch of its file) into facts; ``StatementLoader`` is the loader
for files that are statements. Election IRIs are resolved once per source file
(``elections.resolve``), so a programme report and its attached statement share them.

The findings (``findings``), the recommendations (``recommendations``), the mission
(``mission``), the pledges (``pledges``) and the polling stations findings cite
(``stations``) have modules of their own. What the text does not state is left out.
"""

from __future__ import annotations

from collections.abc import Callable

from rdflib import URIRef

from normgraph.namespaces import DCTERMS, NG, local_name

from ..base import ExtractionError
from ..extract.actors import Actors
from ..extract.assessments import add_assessments
from ..extract.complaint_figure_facts import add_document_figures
from ..extract.election_mentions import find_mentions, of_the_same_body
from ..extract.election_runs import office_mentions
from ..extract.election_same_day import same_day_mentions
from ..extract.election_titles import title_mentions
from ..extract.elections import Mention, link_own_elections, resolve, state_fact
from ..extract.head import ReportHead
from ..extract.law_facts import add_document_laws
from ..extract.named_actors import add_named_actors
from ..extract.organisations import find_organisations
from ..extract.recommendation_text import rejoin_recommendation_texts
from ..extract.report import add_report
from ..extract.report_results import add_report_results
from ..extract.states import find_state, find_states, state_by_code
from ..extract.tracker import add_tracker_assessments
from ..extract.treaties import add_treaty_actions
from ..rdf.facts import Extraction, Fact
from ..text.document import Document, ElementKind, parse_document
from ..text.genres import Genre
from ..text.sections import add_sections
from ..text.source import SourceText, Span
from .complaints import add_statement_complaints
from .findings import add_findings
from .general import general_mentions
from .head import read_statement_head
from .mission import add_mission
from .parts import Statement
from .pledges import add_pledges
from .recommendations import add_recommendations


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
    if span is not None:
        paragraphs = [e for e in document.elements if e.kind is ElementKind.PARAGRAPH]
        several = general_mentions(
            span.quote, places[0][1], [(e.text, e.spans) for e in paragraphs], country
        )
        if several:
            return several
    for index, (text, spans_of) in enumerate(places):
        found = find_mentions(text, spans_of, country)
        if not found and index == 0 and span is not None:  # a title of no phrasing known
            found = title_mentions(text, spans_of, country)
        if found:
            first = found[0]
            day = (first.year, first.month, first.day)
            # a title naming several types of one day ("parliamentary, provincial and
            # local elections of ...") is about each of them
            return [
                Mention(m.country, m.kind, m.year, m.spans, m.month, m.day, m.round, True)
                for m in found
                if m is first or (first.day and (m.year, m.month, m.day) == day)
            ]
    return []


def _first_named(mentions: list[Mention], title: str) -> str | None:
    """Of the elections a title names ("early parliamentary, provincial and local
    elections"), the type it names first: the body whose earlier cycles the text dates
    without a type."""
    at = {m.kind: title.lower().find(m.kind) for m in mentions if m.kind}
    named = [kind for kind in at if at[kind] >= 0]
    return min(named, key=lambda kind: at[kind]) if named else None


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
    dated = [
        m
        for m in statement.mentions
        if m.day is not None and m.country == country and m.kind  # an untyped one names no election
    ]
    if statement.main is None and dated:
        # no election in the title: the first fully dated one of its state the text names
        statement.main = (dated[0].country, dated[0].kind, dated[0].year)
    if statement.main is not None:  # "the President was re-elected on ...": its office's
        statement.mentions.extend(office_mentions(document.elements, country, statement.main[1]))
    if mentions and mentions[0].day:  # "held on the same day as elections to ..."
        statement.mentions.extend(same_day_mentions(document.elements, mentions[0]))
    if statement.main is not None:  # "the previous elections, on 21 June 2020": its body's
        same_year = [m for m in statement.mentions if m.year == statement.main[2]]
        kind = _first_named(same_year, head.title or "") or statement.main[1]
        statement.mentions[:] = of_the_same_body(statement.mentions, kind, statement.main[2])
    issuer = next((v for p, v in report.values if str(p).endswith("/creator")), None)
    assessor = host
    if isinstance(issuer, URIRef):
        actor = extraction.get(issuer)
        if actor is not None and NG.ObserverGroup not in actor.extra_types:
            actor.extra_types.append(NG.ObserverGroup)
        mission = add_mission(extraction, document, report, issuer)
        if mission is not None:
            statement.about.append(mission)
        # the mission judges when it is whole: one that observes no election read from
        # the text is left out of the graph, and its statements with it
        observes = mission is not None and any(p == NG.observes for p, _ in mission.values)
        assessor = mission.iri if mission is not None and observes else issuer
    issued = next((str(v) for p, v in report.values if p == DCTERMS.issued), None)
    read = add_assessments(extraction, document, report, assessor or report.iri, issued)
    add_tracker_assessments(
        extraction, document, report, assessor or report.iri, issued, read, tables_only=True
    )
    add_treaty_actions(extraction, document, report.iri, state_by_code(country))
    find_organisations(
        extraction, document, country
    )  # "Full Name (ACRONYM)": networks, CIS bodies, ...
    add_findings(extraction, document, statement)
    add_recommendations(extraction, document, statement)
    statement.pledges.extend(add_pledges(extraction, document, report, statement.actors))
    add_document_laws(extraction, document, country)
    complaints = add_statement_complaints(extraction, document, report, statement.actors)
    key = local_name(report.iri)
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
    link_own_elections(statement.report, statement.mentions, resolved)
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
        add_report_results(extraction, source, report, statement.actors)
        add_named_actors(document, statement.actors)
        add_sections(extraction, report, document)
        rejoin_recommendation_texts(extraction, source.text)
        return extraction


__all__ = ["Statement", "StatementLoader", "finish", "read_statement"]
