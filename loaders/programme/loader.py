"""Programme reports (an implementer's report to its donor on a funded programme).

The first sentence states the programme: implementer, country, period, donor and
agreement number. The RESULTS section states its aims ("Objective: ..."). Activities are
sentences of the PROGRAM ACTIVITIES section that open with a date ("In April 2003, NDI
held ...") and name what was done; each keeps its date (as precise as written), the
organisations it names (partners; funders after "funding from" or "support from") and
its kind (training, monitoring, advocacy, roundtable, debates, polls, outreach).

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

from rdflib import URIRef

from ...namespaces import DCTERMS, NG, SCHEMA
from ..extract.actors import Actors
from ..extract.concepts import genre
from ..extract.elections import Mention, date_value, find_mentions, resolve, state_fact
from ..extract.organisations import PARTIES, Organisations, find_organisations
from ..extract.report import add_part_report, add_report, read_statement_head
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..statement.loader import finish, read_statement
from ..text.dates import DATE_PATTERN, match_to_date
from ..text.document import Document, Element, ElementKind, parse_document
from ..text.genres import Genre
from ..text.sections import add_sections
from ..text.source import SourceText
from .activities import add_activities
from .complaints import add_complaints
from .findings import add_context_findings, add_election_findings
from .parties import add_party_profiles


def _programme(
    extraction: Extraction, document: Document, report: Fact, orgs: Organisations
) -> Fact | None:
    """The programme, from the sentence that states implementer, period, donor, agreement."""
    for element in document.elements:
        match = re.search(
            r"conducted an? (?P<what>[\w ,-]+? program) in the (?:Republic of )?(?P<country>\w+) "
            r"from (?P<from>.+?) to (?P<to>.+?), with support from (?P<donor>.+?) under "
            r"(?P<agreement>Cooperative Agreement No\. (?P<number>[\w-]+))",
            element.text,
        )
        if not match:
            continue
        spans = element.spans(0, match.end())
        fact = Fact(
            iri=mint("programme", str(report.iri).rsplit("/", 1)[-1]),
            kind=NG.Programme,
            label=match.group("what")[0].upper() + match.group("what")[1:],
            evidence=spans,
        )
        implementer = orgs.by_short.get("NDI")
        if implementer:
            fact.add(NG.implementer, implementer)
        donor = orgs.by_short.get("USAID")
        if donor:
            fact.add(NG.donor, donor)
        fact.add(NG.fundingReference, match.group("number"))
        for prop, group in ((SCHEMA.startDate, "from"), (SCHEMA.endDate, "to")):
            when = DATE_PATTERN.search(match.group(group))
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
        extraction.add(fact)
        report.add(NG.concerns, fact.iri)
        return fact
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


def _attachment_genre() -> str:
    """An attached delegation statement is a "statement" (a short public statement, not a
    post-election preliminary statement). Until the full vocabularies replace the stub
    shipped in ``ontology/``, that concept may be missing; then the nearest one is used."""
    from ...ontology import vocabularies_graph

    if (genre("statement"), None, None) in vocabularies_graph():
        return "statement"
    return Genre.PRELIMINARY_STATEMENT.value


_ATTACHMENT_GENRE = _attachment_genre()


_APPENDIX = re.compile(r"^[ \t]*(?:APPENDIX|ANNEX|ATTACHMENT)\b[^\n]{0,40}$", re.M)
_STATEMENT_TITLE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z ,.'\u2019()-]*\s)?STATEMENT\b[A-Z ,.'\u2019()-]*$", re.M
)
_LOOKAHEAD = 600
"""Characters after an appendix heading in which a statement's title block must begin."""


def attachment_start(source: SourceText, document: Document) -> int | None:
    """Where an attached document begins: the first upper-case title line after the last
    item of the attachments list, else the title block of an appendix that holds a
    statement ("APPENDIX A" then "... STATEMENT OF THE PRE-ELECTION DELEGATION ...")."""
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
        orgs = find_organisations(extraction, document)
        for element in document.elements:
            orgs.parties(element, 0, len(element.text))
        add_party_profiles(extraction, document.elements, PARTIES)
        programme = _programme(extraction, document, report, orgs)
        if programme is not None:
            add_activities(extraction, document, programme, orgs)
        mentions: list[Mention] = []
        for element in document.elements:
            if element.kind in (ElementKind.PARAGRAPH, ElementKind.ITEM):
                mentions.extend(
                    find_mentions(element.text, element.spans, year=_year_before(element))
                )
        statement = None
        if cut is not None:
            attached = parse_document(source, cut, attachment_end(source, cut))
            head = read_statement_head(source, cut)
            part = add_part_report(
                extraction, source, report, head, genre(_ATTACHMENT_GENRE), "statement", []
            )
            statement = read_statement(extraction, attached, part, head)
            mentions.extend(statement.mentions)
        resolved = resolve(extraction, mentions, report)
        for found in resolved.values():
            report.add(NG.election, found.fact.iri)
        if statement is not None:
            finish(extraction, statement, resolved)  # type: ignore[arg-type]
        judged = add_election_findings(extraction, document, report, resolved)  # type: ignore[arg-type]
        add_context_findings(extraction, document, report, judged)

        def election_of(found: list[Mention]) -> URIRef | None:
            for mention in found:
                hit = resolved.get((mention.country, mention.kind, mention.year))
                if hit is not None:
                    return hit.fact.iri
            return None

        add_complaints(
            extraction,
            document,
            report,
            orgs.find,
            election_of,
            _year_before,
            statement.actors if statement is not None else Actors(extraction, "KZ"),
        )
        add_sections(extraction, report, document)
        if statement is not None:
            add_sections(extraction, statement.report, attached)
        return extraction


def _year_before(element: Element) -> int | None:
    """The last year written in the text before ``element`` in its section (context)."""
    years: list[str] = []
    for other in element.section.all_elements():
        if other is element:
            break
        years.extend(re.findall(r"(?<![\d,])(?:19|20)\d\d(?!\d)", other.text))
    return int(years[-1]) if years else None


__all__ = ["ProgrammeLoader", "attachment_start"]
