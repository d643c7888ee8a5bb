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
never a recommendation. What the text does not state is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from ..namespaces import FOAF, NG, ORG, SCHEMA, XSD
from .cleantext import CleanText
from .dates import MONTHS
from .document import Document, Element, ElementKind, Section, parse_document
from .elections import COUNTRIES, Mention, date_value, find_mentions, resolve, state_fact
from .facts import Extraction, Fact
from .genres import Genre
from .iris import mint
from .legal import add_references
from .lines import run_in_heading
from .odihr_actors import Actors, find_institutions
from .odihr_recommendations import addressees
from .report import ReportHead, add_report, read_statement_head
from .sentences import sentences
from .source import SourceText, Span
from .vocabulary import norm, norms_in, polarity, polarity_of, stance, topic, topic_for

_RECOMMENDATIONS = re.compile(r"^\s*RECOMMENDATIONS\s*$", re.I)
_FINDINGS = re.compile(r"FINDINGS|OBSERVATIONS|ELECTION CONTEXT|EXECUTIVE SUMMARY", re.I)
_PREAMBLE = re.compile(r":\s*$|following recommendations", re.I)
_LETTERED = re.compile(r"^[A-Z]\.\s")
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_NUMBER = r"(?P<n>\d+|" + "|".join(_NUMBERS) + r")"
_ASKED = re.compile(
    r"\b(?:encourages?|urges?|calls? (?:up)?on|invites?|asks?)\s+(?:the\s+)?$"
    r"|\brecommends? that\s+(?:the\s+)?$"
)
"""Words that address an actor as their object: "encourages the government to ...",
"recommends that political parties ... observe"."""
_MODAL = re.compile(r"\b(?:should|must|could|need(?:s)? to)\b")
"""A sentence that asks something of someone."""
_PLEDGE = re.compile(r"\bpledge[sd]?\b|\bpublic commitment\b", re.I)
_PLACE = (
    r"Almaty|Astana|Shimkent|Kostanai|Aktau|Petropavlovsk|Kokshetau|Taraz|"
    r"Akmolinskaya(?: oblast| region)?"
)
_STATION_RUN = re.compile(
    rf"(?:polling stations?\s*|#+\s*|№+\s*)(?P<run>(?:(?:#+|№+)?\s*\d+\s*(?:-\s*)?[,;]?\s*"
    rf"|(?:in |of |\u2013 |\()?(?:{_PLACE})\)?(?: City)?\s*(?:\([^)]*\))?\s*[,.;]?\s*)+)"
)


def number(word: str) -> int:
    """A count written in digits or words ("310", "Thirty")."""
    return int(word.replace(",", "")) if word[0].isdigit() else _NUMBERS[word.lower()]


@dataclass
class Statement:
    """What ``read_statement`` found, before the elections are resolved."""

    report: Fact
    actors: Actors
    """The actors the statement names (addressees, pledge speakers), one fact each."""
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


def _org(extraction: Extraction, slug: str, name: str, kind: URIRef, spans: list[Span]) -> Fact:
    fact = Fact(iri=mint("organisation", slug), kind=kind, label=name, evidence=list(spans))
    return extraction.merge(fact)


_REPORTING = re.compile(
    r"^[^.]{0,60}?\b(?:observers|monitors|delegation|mission)\b,?\s+(?:have |has )?"
    r"(?:identified|identify|noted|note|observed|found|considers?)\b",
    re.I,
)
"""The reporting frame of a passage ("ENEMO international observers, identify ..."): it
says who saw, not what the passage is about, so it does not decide the topic."""
_CITES_LAW = re.compile(r"\b(?:Constitution(?:al Law)?|[Ll]aws?|[Cc]ode|Article \d+)\b")


def _topic_of(element: Element, heading: str | None) -> str:
    """A finding's or recommendation's topic: its run-in or sub-section heading, else its
    words (less the reporting frame); a passage about a law is about the legal framework."""
    if heading:
        found = topic_for(heading)
        if found:
            return found
    text = _REPORTING.sub("", element.text, count=1)
    found = topic_for(text)
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


def _link_citations(extraction: Extraction, fact: Fact, element: Element, start: int) -> None:
    text = element.text[start:]
    laws, provisions, instruments = add_references(
        extraction, text, lambda a, b: element.spans(start + a, start + b)
    )
    for iri in laws:
        fact.add(NG.concernsLaw, iri)
    for iri in provisions:
        fact.add(NG.invokesProvision, iri)
    for iri in instruments:
        fact.add(NG.concerns, iri)
    for slug in norms_in(text):
        fact.add(NG.invokesNorm, norm(slug))


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
    for element in section.all_elements():
        if element.kind not in (ElementKind.PARAGRAPH, ElementKind.ITEM):
            continue
        numbered = element.kind is ElementKind.ITEM and bool(element.label)
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
        _link_citations(extraction, fact, element, body)
        extraction.add(fact)
        statement.recommendations.append(fact)
        statement.about.append(fact)


def _finding_sections(document: Document) -> list[Section]:
    return [
        s
        for s in document.sections()
        if s.level == 1 and _FINDINGS.search(s.title) and not _RECOMMENDATIONS.match(s.title)
    ]


def _findings(extraction: Extraction, document: Document, statement: Statement) -> None:
    count = 0
    for section in _finding_sections(document):
        run_in: str | None = None
        lettered: tuple[Section, str] | None = None
        for element in section.all_elements():
            if element.kind not in (ElementKind.PARAGRAPH, ElementKind.ITEM):
                continue
            heading, body = _strip_run_in(element)
            if heading:
                run_in = heading
            text = element.text[body:]
            found = polarity_of(text)
            in_subsection = element.section.level > 1
            numbered = element.kind is ElementKind.ITEM and bool(element.label)
            if found is None and not in_subsection and not numbered:
                continue  # a neutral passage (method, background) at the top level
            sub = element.section.title if in_subsection else None
            if found is None:
                # An item under "VIOLATION OF VOTING PROCEDURES" reports a violation.
                found = polarity_of(heading or run_in or sub or "")
            if _LETTERED.match(text):
                # "B. Unequal ..." written as a paragraph: a lettered point of its own.
                lettered = (element.section, text)
            if lettered is not None and lettered[0] is element.section:
                sub = lettered[1]
            if element.kind is ElementKind.ITEM and element.label:
                sub = None
            count += 1
            fact = Fact(
                iri=mint("finding", _key(statement.report), str(count)),
                kind=NG.Finding,
                label=f"Finding {count}: {text[:60]}",
                evidence=element.spans(),
            )
            fact.add(NG.text, text)
            fact.add(NG.sourceReport, statement.report.iri)
            fact.add(NG.topic, topic(_topic_of(element, heading or run_in or sub)))
            if found is not None:
                fact.add(NG.polarity, polarity(found))
            _link_citations(extraction, fact, element, body)
            for station in _polling_stations(extraction, element, statement):
                fact.add(NG.concerns, station)
            for start, end, institution, name in find_institutions(text):
                spans = element.spans(body + start, body + end)
                actor = statement.actors.get(name, institution.kind, spans, institution.level)
                if (NG.concerns, actor) not in fact.values:
                    fact.add(NG.concerns, actor)
            extraction.add(fact)
            statement.findings.append(fact)
            statement.about.append(fact)


def _polling_stations(
    extraction: Extraction, element: Element, statement: Statement
) -> list[URIRef]:
    """Polling stations an election-day passage cites by number, each with its locality
    when the text gives one (a place name after a run of numbers applies to the run)."""
    if statement.main is None:
        return []
    found: list[URIRef] = []
    text = element.text
    for run in _STATION_RUN.finditer(text):
        pending: list[tuple[str, int, int]] = []
        for token in re.finditer(rf"(?P<num>\d+)|(?P<place>{_PLACE})", run.group("run")):
            start = run.start("run") + token.start()
            if token.group("num"):
                after = text[run.start("run") + token.end() :]
                if re.match(r"\s*(?:polling stations|voters|applications|\.\d)", after):
                    continue
                pending.append((token.group("num"), start, start + len(token.group())))
                continue
            place = token.group("place").split()[0]
            for num, a, b in pending:
                found.append(_station(extraction, element, statement, num, place, a, b))
            pending = []
        for num, a, b in pending:
            found.append(_station(extraction, element, statement, num, None, a, b))
    return list(dict.fromkeys(found))


def _station(
    extraction: Extraction,
    element: Element,
    statement: Statement,
    num: str,
    place: str | None,
    start: int,
    end: int,
) -> URIRef:
    country, _, year = statement.main or ("kazakhstan", "", 0)
    parts = [COUNTRIES[country][0], str(year), place or "unknown-locality", num]
    fact = Fact(
        iri=mint("polling-station", *parts),
        kind=SCHEMA.Place,
        label=f"Polling station {num}" + (f" ({place})" if place else ""),
        evidence=element.spans(start, end),
    )
    fact.add(NG.number, num)
    return extraction.merge(fact).iri


def _pledges(extraction: Extraction, document: Document, statement: Statement) -> None:
    """One statement per pledge: a report that comes back to a pledge (the summary, the
    context, the recommendations) adds a quote to it as evidence, not a second pledge."""
    seen: dict[tuple[URIRef, frozenset[str]], Fact] = {}
    for element in document.elements:
        if element.kind not in (ElementKind.PARAGRAPH, ElementKind.ITEM):
            continue
        for start, end in sentences(element.text):
            sentence = element.text[start:end]
            if not _PLEDGE.search(sentence):
                continue
            speaker = _speaker(statement.actors, element, start, sentence)
            if speaker is None:
                continue
            agent, role = speaker
            slugs = norms_in(sentence) or [_pledge_norm(sentence)]
            again = seen.get((agent, frozenset(slugs)))
            if again is not None:
                again.evidence.extend(element.spans(start, end))
                continue
            fact = Fact(
                iri=mint("statement", _key(statement.report), "pledge", str(len(seen) + 1)),
                kind=NG.ContestationStatement,
                label=f"Pledge: {sentence[:70]}",
                evidence=element.spans(start, end),
            )
            fact.add(NG.speaker, agent)
            fact.add(NG.speakerRole, role)
            fact.add(NG.stance, stance("endorses"))
            fact.add(NG.quote, sentence)
            fact.add(NG.sourceReport, statement.report.iri)
            for slug in slugs:
                fact.add(NG.norm, norm(slug))
            extraction.add(fact)
            statement.pledges.append(fact)
            seen[(agent, frozenset(slugs))] = fact


def _pledge_norm(sentence: str) -> str:
    if re.search(r"media|press|journalis", sentence, re.I):
        return "freedom-of-the-media"
    if re.search(r"results|publish", sentence, re.I):
        return "transparency"
    return "rule-of-law"


def _speaker(
    actors: Actors, element: Element, start: int, sentence: str
) -> tuple[URIRef, str | None] | None:
    """Who made the pledge: a named minister, the CEC (its chair) or the government."""
    named = re.search(r"Minister of Information,? Mr\. (?P<name>[A-Z]\w+ [A-Z]\w+)", sentence)
    if named:
        spans = element.spans(start + named.start("name"), start + named.end("name"))
        return actors.person(named.group("name"), spans), "Minister of Information"
    minister = re.search(r"Minister of Information", sentence)
    if minister:
        spans = element.spans(start + minister.start(), start + minister.end())
        return actors.get("Ministry of Information", "state-body", spans), "Minister of Information"
    cec = re.search(r"\bCEC(?: Chairperson| chair)?\b", sentence)
    if cec:
        spans = element.spans(start + cec.start(), start + cec.end())
        body = actors.get("Central Election Commission", "commission", spans, "central")
        role = (
            "Chairperson of the Central Election Commission"
            if " ch" in cec.group().lower()
            else None
        )
        return body, role or "Central Election Commission"
    for at, end, institution, name in find_institutions(sentence):
        if name == "Government":
            spans = element.spans(start + at, start + end)
            return actors.get(name, institution.kind, spans), "Government"
    return None


def front_matter(document: Document) -> Element | None:
    """The lines before the first section (a statement's opening paragraphs, when its
    title block runs straight into them) as one element, so they can be read and cited."""
    if not document.title_block:
        return None
    clean = CleanText.build(document.source, document.title_block)
    return Element(ElementKind.PARAGRAPH, list(document.title_block), document.root, _clean=clean)


def _mission(
    extraction: Extraction, document: Document, statement: Statement, issuer: URIRef
) -> Fact | None:
    """The mission or delegation: size, observers, dates, regions, members."""
    fact = Fact(
        iri=mint("mission", _key(statement.report)),
        kind=NG.ObservationMission,
        label=f"{statement.report.label} - mission",
    )
    fact.add(NG.deployedBy, issuer)
    statement.about.append(fact)

    front = front_matter(document)
    elements = ([front] if front is not None else []) + document.elements

    def first(pattern: str, flags: int = 0) -> tuple[Element, re.Match[str]] | None:
        for element in elements:
            match = re.search(pattern, element.text, flags)
            if match:
                return element, match
        return None

    figures = (
        (NG.shortTermObserverCount, rf"\b{_NUMBER} short-term (?:\w+ )?(?:monitors|observers)"),
        (NG.longTermObserverCount, rf"\b{_NUMBER} long-term (?:\w+ )?(?:monitors|observers)"),
        (
            NG.pollingStationsObserved,
            rf"observed [^.]*?at (?:more than )?{_NUMBER} polling stations",
        ),
        (
            NG.observerCount,
            rf"\b{_NUMBER}[ -]member (?:international )?(?:pre-election )?delegation",
        ),
        (NG.participatingStateCount, rf"member organizations of \w+ from {_NUMBER} countries"),
    )
    for prop, pattern in figures:
        hit = first(pattern, re.IGNORECASE)
        if hit:
            element, match = hit
            fact.add(prop, Literal(number(match.group("n").lower()), datatype=XSD.integer))
            fact.evidence.extend(element.spans(match.start(), match.end()))
    period = first(
        r"from (?P<m1>[A-Z][a-z]+) (?P<d1>\d{1,2}) to (?P<m2>[A-Z][a-z]+) (?P<d2>\d{1,2}), "
        r"(?P<y>\d{4})"
        r"|from (?P<m3>[A-Z][a-z]+) (?P<d3>\d{1,2})-(?P<d4>\d{1,2}), (?P<y2>\d{4})"
    )
    if period:
        element, match = period
        if match.group("m1"):
            y = int(match.group("y"))
            begin = date_value(y, MONTHS[match.group("m1").lower()], int(match.group("d1")))
            end = date_value(y, MONTHS[match.group("m2").lower()], int(match.group("d2")))
        else:
            y = int(match.group("y2"))
            month = MONTHS[match.group("m3").lower()]
            begin = date_value(y, month, int(match.group("d3")))
            end = date_value(y, month, int(match.group("d4")))
        fact.add(SCHEMA.startDate, begin)
        fact.add(SCHEMA.endDate, end)
        fact.evidence.extend(element.spans(match.start(), match.end()))
    regions = first(r"in \w+ oblasts of the Republic of Kazakhstan")
    if regions:
        element, match = regions
        for region in re.finditer(
            r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)? oblast) \((?P<cities>[^()]+)\)",
            element.text[match.end() :],
        ):
            at = match.end() + region.start("name")
            spans = element.spans(at, match.end() + region.end())
            state = extraction.merge(state_fact("kazakhstan", spans))
            area = Fact(
                iri=mint("region", "kz", region.group("name")),
                kind=NG.Region,
                label=region.group("name"),
                evidence=spans,
            )
            area.add(NG.country, state.iri)
            extraction.merge(area)
            fact.add(NG.region, area.iri)
    _members(extraction, elements, fact, issuer)
    _delegates(extraction, elements, fact)
    if not fact.evidence:
        return None
    extraction.add(fact)
    return fact


def _members(
    extraction: Extraction, elements: list[Element], mission: Fact, issuer: URIRef
) -> None:
    """Member organisations named with their country: "Viasna" and "Partnership" (Belarus)."""
    for element in elements:
        if not re.search(r"member organizations of \w+ from", element.text):
            continue
        text = element.text
        for name in re.finditer(r'"(?P<name>[^"]+)"', text):
            country = re.compile(r"\((?P<c>[A-Z][a-z]+)\)").search(text, name.end())
            if country is None or country.group("c").lower() not in COUNTRIES:
                continue
            spans = element.spans(name.start("name"), name.end("name"))
            state = extraction.merge(
                state_fact(country.group("c"), element.spans(country.start(), country.end()))
            )
            org = _org(
                extraction,
                name.group("name"),
                name.group("name"),
                NG.CivilSocietyOrganisation,
                spans,
            )
            if (NG.country, state.iri) not in org.values:
                org.add(NG.country, state.iri)
            membership = Fact(
                iri=mint("membership", name.group("name"), str(issuer).rsplit("/", 1)[-1]),
                kind=ORG.Membership,
                label=f"{name.group('name')} in {str(issuer).rsplit('/', 1)[-1].upper()}",
                evidence=spans,
            )
            membership.add(ORG.member, org.iri)
            membership.add(ORG.organization, issuer)
            extraction.add(membership)
            if (NG.participatingState, state.iri) not in mission.values:
                mission.add(NG.participatingState, state.iri)


def _delegates(extraction: Extraction, elements: list[Element], mission: Fact) -> None:
    """Delegation members listed as "Name (Country), role; ..."."""
    for element in elements:
        lead = re.search(r"The delegation included:\s*", element.text)
        if not lead:
            continue
        for person in re.finditer(
            r"(?P<name>[A-Z][a-z]+ [A-Z][a-z]+) \((?P<c>[^)]+)\)", element.text[lead.end() :]
        ):
            at = lead.end()
            spans = element.spans(at + person.start(), at + person.end())
            fact = Fact(
                iri=mint("person", person.group("name")),
                kind=FOAF.Person,
                label=person.group("name"),
                evidence=spans,
            )
            extraction.merge(fact)
            membership = Fact(
                iri=mint("membership", person.group("name"), str(mission.iri).rsplit("/", 1)[-1]),
                kind=ORG.Membership,
                label=f"{person.group('name')} in the delegation",
                evidence=spans,
            )
            membership.add(ORG.member, fact.iri)
            membership.add(ORG.organization, mission.iri)
            extraction.add(membership)
            country = person.group("c").lower()
            if country in COUNTRIES:
                state = extraction.merge(state_fact(country, spans))
                if (NG.participatingState, state.iri) not in mission.values:
                    mission.add(NG.participatingState, state.iri)


def _title_mentions(document: Document, head: ReportHead) -> list[Mention]:
    """The election a statement is about, from its title (the authoritative date)."""
    span = head.title_span
    if span is None:
        return []
    source = document.source
    found = find_mentions(span.quote, lambda a, b: [source.span(span.start + a, span.start + b)])
    country = re.search(
        r"\b(Kazakhstan|Kyrgyzstan|Ukraine|Georgia|Armenia|Belarus)", span.quote, re.I
    )
    mentions = []
    for mention in found:
        where = country.group(1).lower() if country else mention.country
        mentions.append(
            Mention(
                where,
                mention.kind,
                mention.year,
                mention.spans,
                mention.month,
                mention.day,
                mention.round,
                True,
            )
        )
    return mentions


def read_statement(
    extraction: Extraction, document: Document, report: Fact, head: ReportHead
) -> Statement:
    """Every fact of one statement except the resolved elections (see ``finish``)."""
    mentions = _title_mentions(document, head)
    country = mentions[0].country if mentions else "kazakhstan"
    statement = Statement(report, Actors(extraction, COUNTRIES[country][0]))
    statement.mentions.extend(mentions)
    if mentions:
        statement.main = (mentions[0].country, mentions[0].kind, mentions[0].year)
    year = head.issued.year if hasattr(head.issued, "year") else None  # type: ignore[union-attr]
    for element in document.elements:
        if element.kind in (ElementKind.PARAGRAPH, ElementKind.ITEM):
            statement.mentions.extend(find_mentions(element.text, element.spans, year=year))
    issuer = next((v for p, v in report.values if str(p).endswith("/creator")), None)
    if isinstance(issuer, URIRef):
        actor = extraction.get(issuer)
        if actor is not None and NG.ObserverGroup not in actor.extra_types:
            actor.extra_types.append(NG.ObserverGroup)
        _mission(extraction, document, statement, issuer)
    _findings(extraction, document, statement)
    _recommendations(extraction, document, statement)
    _pledges(extraction, document, statement)
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
        return extraction


__all__ = ["Statement", "StatementLoader", "finish", "read_statement"]
