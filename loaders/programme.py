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
findings linked to them. An attachment (the text after the attachments list that starts
with an upper-case title) is a document of its own: it is parsed as a stretch of the file,
gets its own report node (``dcterms:isPartOf`` the programme report) and, being an
observer statement, is read by ``statement.read_statement``. Both share one named graph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Literal, URIRef

from ..namespaces import DCTERMS, NG, SCHEMA
from .dates import DATE_PATTERN, MONTHS, match_to_date
from .document import Document, Element, ElementKind, parse_document
from .elections import Mention, date_value, find_mentions, resolve, state_fact
from .facts import Extraction, Fact
from .genres import Genre
from .iris import mint
from .legal import add_references
from .odihr_actors import Actors
from .programme_complaints import add_complaints
from .programme_findings import add_context_findings, add_election_findings
from .programme_parties import add_party_profiles
from .report import add_part_report, add_report, read_statement_head
from .sentences import sentences
from .source import SourceText
from .statement import finish, read_statement
from .vocabulary import genre, topic

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
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
_ACRONYM = re.compile(
    r"(?:the )?(?P<name>(?:[A-Z][\w.'/-]*|of|for|and|the|in|on)(?: (?:[A-Z][\w.'/-]*|of|for|"
    r"and|the|in|on))*?)'?s?'? \((?P<short>[A-Z]{2,6})\)"
)
_NOT_ORGS = {"PVT", "TOT", "LYV"}
_PARTIES = {
    "otan": ("Otan", r"\bOtan\b"),
    "asar": ("Asar", r"\bAsar\b"),
    "aist": ("Civic/Agrarian bloc (AIST)", r"\bAIST\b|Civic/Agrarian bloc"),
    "dck": ("Democratic Choice of Kazakhstan", r"\bDCK\b|Democratic Choice of Kazakhstan"),
    "ak-zhol": ("Ak Zhol", r"\bAk Zhol\b"),
    "civic-party": ("Civic Party", r"\bCivic(?! groups| organizations|/)(?: [Pp]arty)?\b"),
    "agrarian-party": ("Agrarian Party", r"(?<!/)\bAgrarian(?! \()(?: [Pp]arty)?\b"),
    "rnpk": ("Republican People's Party of Kazakhstan", r"\bRNPK\b"),
    "communist-party": ("Communist Party", r"\bCommunist(?! party\b(?! of))\b"),
    "azamat": ("Azamat", r"\bAzamat\b"),
    "peoples-congress": ("People's Congress", r"People's Congress"),
    "udp": ("United Democratic Party", r"\bUDP\b|United Democratic Party"),
    "patriotic-party": ("Patriotic Party", r"\bPatriotic\b"),
}
"""Kazakh parties the report names, each by the names it uses (one IRI per party)."""
_DONORS = {"USAID", "NED", "AED"}
_STATE_BODIES = {"CEC": NG.ElectionCommission}
_INTERNATIONAL = {"OSCE", "EU", "UN"}
_OBSERVERS = {"RNIM", "ENEMO", "CVU"}


@dataclass
class Organisations:
    """The organisations the report names, by acronym and by party name."""

    extraction: Extraction
    by_short: dict[str, URIRef]

    def find(self, element: Element, start: int, end: int) -> list[URIRef]:
        """Organisations named in ``element.text[start:end]`` (merged with new evidence)."""
        text = element.text[start:end]
        found: list[URIRef] = []
        for short, iri in self.by_short.items():
            for match in re.finditer(rf"\b{re.escape(short)}\b", text):
                fact = self.extraction.get(iri)
                assert fact is not None
                spans = element.spans(start + match.start(), start + match.end())
                fact.evidence.extend(s for s in spans if s not in fact.evidence)
                found.append(iri)
                break
        found.extend(self.parties(element, start, end))
        return list(dict.fromkeys(found))

    def parties(self, element: Element, start: int, end: int) -> list[URIRef]:
        """Parties named in ``element.text[start:end]``, one IRI per party."""
        text = element.text[start:end]
        found: list[URIRef] = []
        for slug, (name, pattern) in _PARTIES.items():
            party_match = re.search(pattern, text)
            if party_match:
                spans = element.spans(start + party_match.start(), start + party_match.end())
                party = Fact(
                    iri=mint("organisation", slug),
                    kind=NG.PoliticalParty,
                    label=name,
                    evidence=spans,
                )
                found.append(self.extraction.merge(party).iri)
        return list(dict.fromkeys(found))


def _organisations(extraction: Extraction, document: Document) -> Organisations:
    """Organisations introduced as "Full Name (ACRONYM)", typed by what they are."""
    by_short: dict[str, URIRef] = {}
    for element in document.elements:
        for match in _ACRONYM.finditer(element.text):
            short = match.group("short")
            # "The Youth Information Service ...", "... Organizations' (ENEMO)": the name
            # without the article or the possessive.
            name = re.sub(r"^The |['\u2019]s?$", "", match.group("name").strip())
            if short in _NOT_ORGS or short in by_short or short in ("DCK", "UDP", "RNPK", "AIST"):
                continue
            if not name[:1].isupper() or len(name.split()) < 2:
                continue
            kind = _STATE_BODIES.get(short, NG.CivilSocietyOrganisation)
            extra: list[URIRef] = []
            if short in _DONORS:
                kind = NG.Donor
            elif short in _INTERNATIONAL:
                kind = NG.InternationalOrganisation
            elif short in _OBSERVERS:
                extra.append(NG.ObserverGroup)
            fact = Fact(
                iri=mint("organisation", short),
                kind=kind,
                label=name,
                evidence=element.spans(match.start("name"), match.end()),
                extra_types=extra,
            )
            fact.add(NG.shortName, short)
            by_short[short] = extraction.merge(fact).iri
    return Organisations(extraction, by_short)


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


def _activities(
    extraction: Extraction, document: Document, programme: Fact, orgs: Organisations
) -> list[Fact]:
    found: list[Fact] = []
    for section in document.find_sections("^PROGRAM ACTIVITIES$"):
        year: int | None = None
        for element in section.all_elements():
            if element.kind not in (ElementKind.PARAGRAPH, ElementKind.ITEM):
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
        iri=mint("activity", str(programme.iri).rsplit("/", 1)[-1], str(number)),
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
        elif iri == orgs.by_short.get("NDI"):
            fact.add(NG.implementer, iri)
        else:
            fact.add(NG.partner, iri)
    laws, _, _ = add_references(
        extraction, sentence, lambda a, b: element.spans(start + a, start + b)
    )
    for iri in laws:
        fact.add(NG.concernsLaw, iri)
    extraction.add(fact)
    return fact


def _attachment_genre() -> str:
    """An attached delegation statement is a "statement" (a short public statement, not a
    post-election preliminary statement). Until the full vocabularies replace the stub
    shipped in ``ontology/``, that concept may be missing; then the nearest one is used."""
    from ..ontology import vocabularies_graph

    if (genre("statement"), None, None) in vocabularies_graph():
        return "statement"
    return Genre.PRELIMINARY_STATEMENT.value


_ATTACHMENT_GENRE = _attachment_genre()


def attachment_start(source: SourceText, document: Document) -> int | None:
    """Where an attached document begins: the first upper-case title line after the last
    item of the attachments list."""
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
        orgs = _organisations(extraction, document)
        for element in document.elements:
            orgs.parties(element, 0, len(element.text))
        add_party_profiles(extraction, document.elements, _PARTIES)
        programme = _programme(extraction, document, report, orgs)
        if programme is not None:
            _activities(extraction, document, programme, orgs)
        mentions: list[Mention] = []
        for element in document.elements:
            if element.kind in (ElementKind.PARAGRAPH, ElementKind.ITEM):
                mentions.extend(
                    find_mentions(element.text, element.spans, year=_year_before(element))
                )
        statement = None
        if cut is not None:
            attached = parse_document(source, cut)
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
