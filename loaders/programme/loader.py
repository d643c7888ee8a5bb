"""Programme reports (an implementer's report to its donor on a funded programme).

The first sentence states the programme: implementer, state, period, donor and
agreement number; the implementer and the donor are whoever it names. The RESULTS
section states its aims ("Objective: ..."). Activities are sentences of the PROGRAM
ACTIVITIES section that open with a date ("In April 2003, the Institute held ...") and
name what was done; each keeps its date (as precise as written), the organisations it
names (partners; funders after "funding from" or "support from") and its kind
(training, monitoring, advocacy, roundtable, debates, polls, outreach).

Every election the report mentions becomes one election (with rounds where given); when
the report dates one election differently in different places, a data-quality note cites
every version. Sentences that judge elections ("none of which were free or fair") become
findings linked to them, and so do its evaluative sentences about the political context;
complaints its partners filed, and the parties' founding years and leaders, are read too.
Each job has its module (``programme_organisations``, ``programme_activities``,
``programme_findings``, ``programme_complaints``, ``programme_parties``).

An attachment (the text after the attachments list that starts with an upper-case title)
is a document of its own: it is parsed as a stretch of the file, gets its own report node
(``dcterms:isPartOf`` the programme report) and, being an observer statement, is read by
``statement.read_statement``. Both share one named graph.
"""

from __future__ import annotations

import re
from functools import cache

from rdflib import URIRef

from normgraph.namespaces import DCTERMS, NG, SCHEMA, local_name

from ..base import ExtractionError
from ..extract.actors import Actors
from ..extract.assessments import add_assessments
from ..extract.concepts import genre
from ..extract.election_mentions import find_mentions
from ..extract.elections import Mention, date_value, resolve, state_fact
from ..extract.law_facts import add_document_laws
from ..extract.named_actors import add_named_actors
from ..extract.organisations import Organisations, find_organisations
from ..extract.recommendation_text import rejoin_recommendation_texts
from ..extract.report import add_part_report, add_report
from ..extract.report_results import add_report_results
from ..extract.state_data import state_data
from ..extract.states import find_state, state_alternation, state_by_code
from ..extract.tracker import add_tracker_assessments
from ..extract.treaties import add_treaty_actions
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..statement.head import read_statement_head
from ..statement.loader import finish, read_statement
from ..text.dates import DATE_PATTERN, match_to_date
from ..text.document import Document, Element, ElementKind, parse_document
from ..text.genres import Genre
from ..text.sections import add_sections
from ..text.sentences import sentences
from ..text.source import SourceText
from .activities import add_activities
from .complaints import add_complaints
from .findings import add_context_findings, add_election_findings
from .funding import (
    AGREEMENT,
    DONOR,
    add_head_donor,
    fallback_programme,
    head_donor,
    named_organisation,
)
from .parties import add_party_profiles
from .recommendations import add_programme_recommendations
from .summary import add_summary_values, programme_title, read_summary


@cache
def _programme_sentence() -> re.Pattern[str]:
    """The clause that states a programme: "<implementer> conducted (implemented, has been
    implementing, ran) a <what> program (programme, project) in <state>"; the period, donor
    and agreement are read around it."""
    return re.compile(
        r"(?P<implementer>(?:[Tt]he\s+)?[A-Z][^.;,]*?)\s+(?:has\s+(?:been\s+)?)?"
        r"(?:conducted|conducts|implemented|implements|implementing|carried\s+out|carries\s+out"
        r"|ran|runs|launched|delivered|undertook|managed)"
        r"\s+(?:an?|the|its)\s+"
        r"(?P<what>(?:[\w,\"'\u201c\u201d\u2018\u2019-]+\s+)*?(?:program(?:me)?|project))"
        r"(?P<of>\s+(?:of|on|for|to|in\s+support\s+of)\s+[^.;]{3,80}?)?"
        rf"\s+in\s+(?:the\s+)?(?P<country>{state_alternation()})"
    )


_PERIOD = re.compile(
    r"\b(?:from|between)\s+(?P<from>.{6,25}?\d{4})\s+(?:to|and|until|through)\s+"
    r"(?P<to>.{6,25}?\d{4})",
    re.I,
)
"""A programme's period: "from July 25, 1999 to January 31, 2005", "between ... and ..."
(each read as a date)."""


def _programme(
    extraction: Extraction, document: Document, report: Fact, orgs: Organisations
) -> Fact | None:
    """The programme, from the sentence that states implementer, period, donor, agreement:
    the implementer and the donor are whoever that sentence names."""
    for element in document.elements:
        match = _programme_sentence().search(element.text)
        if not match:
            continue
        start, stop = next(
            ((a, b) for a, b in sentences(element.text) if a <= match.start() < b),
            (0, len(element.text)),
        )
        sentence = element.text[start:stop]
        what = match.group("what") + (match.group("of") or "")
        fact = Fact(
            iri=mint("programme", local_name(report.iri)),
            kind=NG.Programme,
            label=what[0].upper() + what[1:],
            evidence=element.spans(start, max(stop, match.end())),
        )
        implementer = named_organisation(extraction, orgs, element, match, "implementer")
        if implementer:
            fact.add(NG.implementer, implementer)
        donor = DONOR.search(element.text, start, stop)
        if donor:
            funder = named_organisation(extraction, orgs, element, donor, "donor")
            funded_by = extraction.get(funder) if funder else None
            if funder and funded_by is not None:
                fact.add(NG.donor, funder)
                if NG.Donor not in (funded_by.kind, *funded_by.extra_types):
                    funded_by.extra_types.append(NG.Donor)
        agreement = AGREEMENT.search(sentence) or AGREEMENT.search(document.source.text[:3000])
        if agreement:
            fact.add(NG.fundingReference, agreement.group("number"))
            if agreement.string is not sentence:  # the head's line that states it
                fact.evidence.append(document.source.span(agreement.start(), agreement.end()))
        period = _PERIOD.search(sentence)
        for prop, group in ((SCHEMA.startDate, "from"), (SCHEMA.endDate, "to")):
            when = DATE_PATTERN.search(period.group(group)) if period else None
            if when:
                day = match_to_date(when)
                fact.add(prop, date_value(day.year, day.month, day.day))
        state = extraction.merge(
            state_fact(
                match.group("country"), element.spans(match.start("country"), match.end("country"))
            )
        )
        fact.add(NG.country, state.iri)
        for aim_element, aim in _aims(document):
            fact.add(DCTERMS.description, aim)
            fact.evidence.extend(aim_element.spans())
        add_summary_values(extraction, document.source, orgs, fact, read_summary(document.source))
        extraction.add(fact)
        report.add(NG.concerns, fact.iri)
        return fact
    return _summary_programme(extraction, document, report, orgs) or fallback_programme(
        extraction, document, report, orgs, orgs.country
    )


def _summary_programme(
    extraction: Extraction, document: Document, report: Fact, orgs: Organisations
) -> Fact | None:
    """The programme as a summary block states it ("Project title: ...", "Grantee: ...",
    "Donor: ...") when no sentence does: a name (the title field, else the title block's
    line, then two more fields) make a programme."""
    fields = read_summary(document.source)
    title = programme_title(document.source, document.title_block)
    if title is None or len(set(fields) - {"title"}) < (1 if "title" in fields else 2):
        return None
    fact = Fact(
        iri=mint("programme", local_name(report.iri)),
        kind=NG.Programme,
        label=title.value,
        evidence=[document.source.span(title.start, title.end)],
    )
    add_summary_values(extraction, document.source, orgs, fact, fields)
    add_head_donor(extraction, orgs, fact, head_donor(document))
    place = fields.get("country")
    named = find_state(place.value) if place is not None else None
    spans = [document.source.span(place.start, place.end)] if place and named else []
    state = named.state.key if named is not None else orgs.country
    fact.add(NG.country, extraction.merge(state_fact(state, spans)).iri)
    for aim_element, aim in _aims(document):
        fact.add(DCTERMS.description, aim)
        fact.evidence.extend(aim_element.spans())
    extraction.add(fact)
    report.add(NG.concerns, fact.iri)
    return fact


def _implementer(report: Fact, programme: Fact | None) -> URIRef | None:
    """Who speaks in a programme report: its issuer, else the programme's implementer."""
    sources = [report] if programme is None else [report, programme]
    for fact, prop in ((f, p) for f in sources for p in (DCTERMS.creator, NG.implementer)):
        value = next((v for p, v in fact.values if p == prop), None)
        if isinstance(value, URIRef):
            return value
    return None


def _aims(document: Document) -> list[tuple[Element, str]]:
    """The programme's objectives as the RESULTS section states them ("Objective: ...")."""
    aims = []
    for section in document.find_sections("^RESULTS$"):
        for element in section.all_elements():
            match = re.match(r"Objective:\s*(?P<aim>.+)", element.text)
            if match:
                aims.append((element, match.group("aim")))
    return aims


_ATTACHMENT_GENRE = "statement"
"""An attached delegation statement is a "statement" (``genre:statement``: a short public
statement, not a post-election preliminary statement)."""


_APPENDIX = re.compile(r"^[ \t]*(?:APPENDIX|ANNEX|ATTACHMENT)\b[^\n]{0,40}$", re.M)
"""An appendix's heading line: where an attached document can begin, and the one before ends."""
_STATEMENT_TITLE = re.compile(
    r"^[ \t]*(?:(?:[A-Z][A-Z ,.'\u2019()-]*\s)?STATEMENT\b[A-Z ,.'\u2019()-]*"
    r"|[A-Z ,.'\u2019()-]*\b(?:ASSESSMENT|OBSERVATION|OBSERVER|ELECTION)\s+"
    r"(?:MISSION|DELEGATION)\b[A-Z ,.'\u2019()-]*"
    r"|(?:Preliminary\s+|Joint\s+)?Statement\b[^\n.]{0,80})$",
    re.M,
)
"""A title line that makes an appendix a statement: "... STATEMENT OF THE DELEGATION ...",
an observation or assessment mission's name in capitals ("PRE-ELECTION ASSESSMENT MISSION TO
..."), or a line that calls the document a statement ("Statement, Place, Date")."""
_LOOKAHEAD = 600
"""Characters after an appendix heading in which a statement's title block must begin."""


def attachment_start(source: SourceText, document: Document) -> int | None:
    """Where an attached document begins: the first upper-case title line after the last
    item of the attachments list, else the title block of an appendix that holds a
    statement ("APPENDIX A" then "... STATEMENT OF THE PRE-ELECTION DELEGATION ...", "ANNEX
    1" then "... ASSESSMENT MISSION TO ..." and "Statement, Place, Date")."""
    listed = _listed_attachment(source, document)
    if listed is not None:
        return listed
    for heading in _APPENDIX.finditer(source.text):
        block = source.text[heading.end() : heading.end() + _LOOKAHEAD]
        if _STATEMENT_TITLE.search(block):
            return heading.end() + len(block) - len(block.lstrip())
    return None


def attachment_end(source: SourceText, start: int) -> int | None:
    """Where an attachment that begins at ``start`` ends: the next appendix heading."""
    following = _APPENDIX.search(source.text, start)
    return following.start() if following else None


def _listed_attachment(source: SourceText, document: Document) -> int | None:
    """The first upper-case title line after the last item of the attachments list."""
    for section in document.find_sections("^ATTACHMENTS$"):
        items = [e for e in section.elements if e.kind is ElementKind.ITEM]
        if not items:
            continue
        after = items[-1].pieces[0].end
        title = re.compile(r"^[ \t]*(?=[A-Z])(?P<line>[A-Z0-9 ,.'()\u2019&-]{20,})$", re.M).search(
            source.text, after
        )
        if title:
            return title.start("line")
    return None


class ProgrammeLoader:
    """Reads a programme report and the documents attached to it."""

    name = "programme-report"
    genre = Genre.PROGRAMME_REPORT

    def extract(self, source: SourceText) -> Extraction:
        extraction = Extraction()
        report = add_report(extraction, source, self.genre)
        whole = parse_document(source)
        cut = attachment_start(source, whole)
        document = parse_document(source, 0, cut) if cut is not None else whole
        country = programme_state(source, document)
        orgs = find_organisations(extraction, document, country)
        for element in document.elements:
            orgs.parties(element, 0, len(element.text))
        add_party_profiles(extraction, document.elements, state_data(country).parties)
        programme = _programme(extraction, document, report, orgs)
        implementer = _implementer(report, programme)
        if programme is not None:
            add_activities(extraction, document, programme, orgs)
        mentions: list[Mention] = []
        for element in document.elements:
            if element.kind in (ElementKind.PARAGRAPH, ElementKind.ITEM):
                mentions.extend(
                    find_mentions(element.text, element.spans, country, _year_before(element))
                )
        statement = None
        if cut is not None:
            attached = parse_document(source, cut, attachment_end(source, cut))
            head = read_statement_head(source, cut)
            part = add_part_report(
                extraction, source, report, head, genre(_ATTACHMENT_GENRE), "statement", []
            )
            statement = read_statement(extraction, attached, part, head, implementer)
            mentions.extend(statement.mentions)
        resolved = resolve(extraction, mentions, report)
        for found in resolved.values():
            report.add(NG.election, found.fact.iri)
        if statement is not None:
            finish(extraction, statement, resolved)  # type: ignore[arg-type]
        judged = add_election_findings(extraction, document, report, resolved, country)  # type: ignore[arg-type]
        add_context_findings(extraction, document, report, judged)
        if implementer is not None:  # its own verdicts on earlier recommendations
            issued = next((str(v) for p, v in report.values if p == DCTERMS.issued), None)
            read = add_assessments(extraction, document, report, implementer, issued)
            add_tracker_assessments(extraction, document, report, implementer, issued, read)

        def election_of(found: list[Mention]) -> URIRef | None:
            for mention in found:
                hit = resolved.get((mention.country, mention.kind, mention.year))
                if hit is not None:
                    return hit.fact.iri
            return None

        actors = statement.actors if statement is not None else Actors(extraction, country)
        add_programme_recommendations(extraction, document, report, actors)
        add_complaints(extraction, document, report, orgs.find, election_of, _year_before, actors)
        add_document_laws(extraction, document, country)
        add_treaty_actions(extraction, document, report.iri, state_by_code(country))
        add_report_results(extraction, source, report, actors)
        add_named_actors(whole, actors)
        add_sections(extraction, report, document)
        if statement is not None:
            add_sections(extraction, statement.report, attached)
        rejoin_recommendation_texts(extraction, source.text)
        return extraction


def programme_state(source: SourceText, document: Document) -> str:
    """ISO code (lower case) of the state a programme report is about: the one its title
    block names, else the one its text names most often; ExtractionError if none."""
    head_end = max((span.end for span in document.title_block), default=0)
    found = find_state(source.text, head_end)
    if found is None:
        raise ExtractionError(f"{source.file_name}: the report names no OSCE participating State")
    return found.state.key


def _year_before(element: Element) -> int | None:
    """The last year written in the text before ``element`` in its section (context)."""
    years: list[str] = []
    for other in element.section.all_elements():
        if other is element:
            break
        years.extend(re.findall(r"(?<![\d,])(?:19|20)\d\d(?!\d)", other.text))
    return int(years[-1]) if years else None


__all__ = ["ProgrammeLoader", "attachment_start"]
