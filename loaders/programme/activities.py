"""Programme activities: sentences of a programme report's PROGRAM ACTIVITIES section that
open with a date phrase ("In April 2000", "In the first quarter of 2001", "Throughout
2004") and say what was done. Each keeps its date as precise as written (the year from
context when only a month is given), its kind (training, monitoring, advocacy, roundtable,
debates, poll, outreach) and topic, and the organisations it names: the implementer,
funders after "funding from" or "with X funding", the others as partners.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef

from normgraph.namespaces import NG, SCHEMA, local_name

from ..extract.concepts import topic
from ..extract.elections import date_value
from ..extract.law_facts import add_references
from ..extract.organisations import Organisations
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.dates import MONTH_NAME, MONTHS, find_when
from ..text.document import Document, Element, ElementKind, Section
from ..text.model import Row
from ..text.words import any_word
from .activity_openers import (
    Opener,
    activity_openers,
    bullet_opener,
    item_opener,
    row_activities,
)
from .activity_prose import done_by_programme
from .coded_rows import CodedRow, coded_rows

_MONTH = MONTH_NAME
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
_VERB = any_word(
    "held, conducted, organized, convened, co-hosted, co-sponsored, hosted, launched, trained, "
    "deployed, polled, sent, brought, established, began, combined, collaborated, developed",
    flags=0,
)


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


_SECTION = r"(?i)^(?:[\w ,&-]*\s)?ACTIVIT(?:IES|Y)(?:\s[\w ,&-]*)?$"
"""The section that reports what was done: "PROGRAM ACTIVITIES", "Activities and Results"."""
_CODED_SECTION = (
    r"(?i)^(?:[\w ,&-]*\s)?(?:OBJECTIVES?|PROGRESS|ACHIEVEMENTS|ACCOMPLISHMENTS|IMPLEMENTATION"
    r"|OUTPUTS?|WORK\s?PLAN|WORK\s+PACKAGES?|COMPONENTS?|TASKS|HIGHLIGHTS)"
    r"(?:\s[\w ,&-]*)?$"
)
"""A section that reports the work objective by objective ("PROGRESS BY OBJECTIVE",
"Implementation"): only activities that open with their logframe code are read there."""


def add_activities(
    extraction: Extraction, document: Document, programme: Fact, orgs: Organisations
) -> list[Fact]:
    """The programme's activities: a line opening with an activity's code and name
    ("Activity 1.2: Public opinion research.", "Task 2.1 Deployment", "A1  Voter
    education.") opens one numbered activity, anywhere when a word names it ("Activity",
    "Task") and in a section that reports activities when the code stands alone;
    elsewhere in an activities section each dated sentence that says what was done is
    one. Work packages are activities only when no task is numbered under them."""
    sections = [
        *((s, True) for s in _with_topics(document.find_sections(_SECTION))),
        *((s, False) for s in _with_topics(document.find_sections(_CODED_SECTION))),
    ]
    reporting = {id(e) for s, _ in sections for e in s.all_elements()}
    listing = {id(e) for s, dated in sections if dated for e in s.all_elements()}
    numbered: list[tuple[Element, Opener, int]] = []
    for element in document.elements:
        if element.kind in _READ or (
            element.kind is ElementKind.HEADING and id(element) in reporting
        ):
            openers = activity_openers(element, id(element) in reporting or _run_in(element))
            openers = [o for o in openers if not _names_a_section(o.name)]
            if element.kind is ElementKind.HEADING and _names_a_section(element.text):
                continue
            item = item_opener(element) if id(element) in listing else None
            openers = openers or ([item] if item is not None else [])
            for at, opener in enumerate(openers):
                end = openers[at + 1].start if at + 1 < len(openers) else len(element.text)
                numbered.append((element, opener, end))
    tasks = [item for item in numbered if not item[1].package] or numbered
    found: list[Fact] = []
    named: set[str] = set()
    for element, opener, end in tasks:
        if opener.number not in named:
            named.add(opener.number)
            found.append(_numbered(extraction, element, opener, end, programme, orgs))
    for element in document.elements:  # a work plan's table: one activity a row
        if element.kind is ElementKind.TABLE and (id(element) in reporting or _plans(element)):
            for row, number, name in row_activities(element):
                if number not in named:
                    named.add(number)
                    found.append(_row(extraction, row, number, name, programme))
    read = {id(element) for element, _, _ in numbered} | _bodies(document, numbered)
    unnumbered = [s for s, _ in sections if not any(id(e) in read for e in s.all_elements())]
    for section, dated in sections:
        if dated or section in unnumbered:
            found.extend(_dated(extraction, section, read, programme, orgs, len(found)))
    for section, dated in sections:  # a plain list of what was done, nothing numbered
        if dated and section in unnumbered:
            for element in section.all_elements():
                found.extend(_listed(extraction, element, programme, orgs, found))
    if not found:  # no section reader saw one: a coded table the parser ran into prose
        found.extend(_coded(extraction, row, programme) for row in coded_rows(document.source))
    return found


_READ = (ElementKind.PARAGRAPH, ElementKind.ITEM)


def _with_topics(sections: list[Section]) -> list[Section]:
    """The sections, each in capitals followed by the sentence-case headings the layout left
    at its level (unnumbered headings: "Objective B: ..." after "ACTIVITIES AND RESULTS"),
    up to the next heading in capitals: its topics, not sections of their own."""
    found: dict[int, Section] = {}
    for section in sections:
        found.setdefault(id(section), section)
        peers = section.parent.children if section.parent is not None else []
        at = next((n for n, peer in enumerate(peers) if peer is section), None)
        if not section.title.isupper() or at is None:
            continue
        for peer in peers[at + 1 :]:
            if peer.title.isupper() or not peer.title.strip():
                break
            found.setdefault(id(peer), peer)
    return list(found.values())


def _listed(
    extraction: Extraction,
    element: Element,
    programme: Fact,
    orgs: Organisations,
    found: list[Fact],
) -> list[Fact]:
    """A bullet of an activities section that lists what was done and numbers nothing
    ("- Training of 300 observers in six regions (March 1999)."): one activity, named by its
    first sentence, without a number."""
    if element.kind is not ElementKind.ITEM or any(element.spans()[0] in f.evidence for f in found):
        return []
    opener = bullet_opener(element)
    if opener is None:
        return []
    return [_numbered(extraction, element, opener, len(element.text), programme, orgs)]


def _run_in(element: Element) -> bool:
    """Does a paragraph open with a heading's line the layout ran into it ("Summary of
    activities" over "A1  Voter education. ...")?"""
    first = " ".join(element.pieces[0].quote.split()) if element.pieces else ""
    return len(element.pieces) > 1 and bool(re.match(_SECTION, first))


def _bodies(document: Document, numbered: list[tuple[Element, Opener, int]]) -> set[int]:
    """The paragraphs under an activity's title line ("A1.1 - Long-term observation." over
    "From March 2019 ... deployed 61 observers"): its own account, not activities of their
    own; they run to the next opener or heading."""
    titled = {id(e) for e, opener, end in numbered if not e.text[opener.name_end : end].strip(" .")}
    opening = {id(e) for e, _, _ in numbered}
    bodies: set[int] = set()
    under = False
    for element in document.elements:
        if id(element) in opening or element.kind is ElementKind.HEADING:
            under = id(element) in titled
        elif under:
            bodies.add(id(element))
    return bodies


def _plans(table: Element) -> bool:
    """Does a table's first row head a column of activities ("Activity", "Task")?"""
    return bool(table.rows) and any(
        re.match(r"(?i)(?:activit|tasks?\b)", v.strip()) for v in table.rows[0].values
    )


def _row(extraction: Extraction, row: Row, number: str, name: str, programme: Fact) -> Fact:
    """One activity a work plan's table row gives, its row as evidence."""
    fact = Fact(
        iri=mint("activity", local_name(programme.iri), number),
        kind=NG.ProgrammeActivity,
        label=f"Activity {number}: {name}",
        evidence=[row.span],
    )
    fact.add(NG.programme, programme.iri)
    fact.add(NG.number, number)
    fact.add(NG.text, " | ".join(" ".join(v.split()) for v in row.values))
    return extraction.add(fact)


def _coded(extraction: Extraction, row: CodedRow, programme: Fact) -> Fact:
    """One activity a coded row of a work plan gives, its first line as evidence."""
    fact = Fact(
        iri=mint("activity", local_name(programme.iri), row.code),
        kind=NG.ProgrammeActivity,
        label=f"Activity {row.code}: {row.name}",
        evidence=[row.span],
    )
    fact.add(NG.programme, programme.iri)
    fact.add(NG.number, row.code)
    fact.add(NG.text, row.name)
    return extraction.merge(fact)


def _names_a_section(heading: str) -> bool:
    """Is a heading the title of a section that reports activities ("2.1 Activities and
    results"), not an activity of its own?"""
    title = re.sub(r"^(?:[IVXLC]+|\d+|[A-Z])(?:\.\d+)*\.?\s+", "", heading)
    return bool(re.match(_SECTION, title) or re.match(_CODED_SECTION, title))


def _dated(
    extraction: Extraction,
    section: Section,
    read: set[int],
    programme: Fact,
    orgs: Organisations,
    count: int,
) -> list[Fact]:
    """The activities of an activities section told as dated sentences ("In April 2003,
    the Institute held ...") or as what the programme's side did ("We trained 240
    observers ...", one an element), in the elements no numbered activity opens."""
    found: list[Fact] = []
    year: int | None = None
    names = _implementer_names(extraction, programme, orgs)
    told: set[int] = set()  # elements that gave an activity told as prose: one each
    for element, start, end in section.unread_sentences(_READ, read):
        sentence = element.text[start:end]
        match = _WHEN.match(sentence)
        years = re.findall(r"(?<![\d,])(?:19|20)\d\d(?!\d)", sentence)
        kind = next(((k, t) for k, words, t in _ACTIVITY_KINDS if re.search(words, sentence)), None)
        begin, finish_ = _when(match, year) if match else (None, None)
        dated = bool(match and (match["when"] or "").strip() and _VERB.search(sentence))
        if dated and kind is not None and begin is not None:
            at = count + len(found) + 1
            found.append(
                _activity(
                    extraction, element, (start, end), kind, (begin, finish_), programme, orgs, at
                )
            )
        elif id(element) not in told and done_by_programme(sentence, names):
            told.add(id(element))
            when = find_when(sentence)
            stated = when[0].literal() if when else date_value(year) if year else None
            at = count + len(found) + 1
            kind = kind or ("activity", "")
            found.append(
                _activity(
                    extraction, element, (start, end), kind, (stated, None), programme, orgs, at
                )
            )
        if years:
            year = int(years[-1])
    return found


def _implementer_names(extraction: Extraction, programme: Fact, orgs: Organisations) -> list[str]:
    """The names and acronyms the report gives the programme's implementers."""
    implementers = {value for p, value in programme.values if p == NG.implementer}
    names = [short for short, iri in orgs.by_short.items() if iri in implementers]
    for iri in implementers:
        fact = extraction.get(iri) if isinstance(iri, URIRef) else None
        names.extend([str(fact.label)] if fact is not None else [])
    return names


def _activity(
    extraction: Extraction,
    element: Element,
    where: tuple[int, int],
    kind: tuple[str, str],
    dates: tuple[Literal | None, Literal | None],
    programme: Fact,
    orgs: Organisations,
    number: int,
) -> Fact:
    """One activity told in a sentence (``where`` in ``element``), dated from ``dates``
    (its start and end) when they are known."""
    start, end = where
    begin, finish_ = dates
    sentence = element.text[start:end]
    fact = Fact(
        iri=mint("activity", local_name(programme.iri), str(number)),
        kind=NG.ProgrammeActivity,
        label=f"{kind[0].capitalize()}: {sentence[:90]}",
        evidence=element.spans(start, end),
    )
    fact.add(NG.programme, programme.iri)
    if kind[1]:
        fact.add(NG.topic, topic(kind[1]))
    fact.add(NG.text, sentence)
    if begin is not None:
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
        elif (NG.implementer, iri) in programme.values:
            fact.add(NG.implementer, iri)
        else:
            fact.add(NG.partner, iri)
    laws, _, _ = add_references(
        extraction, sentence, lambda a, b: element.spans(start + a, start + b), orgs.country
    )
    for iri in laws:
        fact.add(NG.concernsLaw, iri)
    extraction.add(fact)
    return fact


def _numbered(
    extraction: Extraction,
    element: Element,
    opener: Opener,
    end: int,
    programme: Fact,
    orgs: Organisations,
) -> Fact:
    """One numbered activity: its stretch of the element, named by its opening line, dated
    by the first month or date it gives ("Between October 2019 and March 2020")."""
    text = element.text[opener.start : end]
    number = opener.number
    kind = next(((k, t) for k, words, t in _ACTIVITY_KINDS if re.search(words, text)), None)
    unnumbered = not number[:1].isalnum()  # a bullet's: its key, not a number of the text
    fact = Fact(
        iri=mint("activity", local_name(programme.iri), number),
        kind=NG.ProgrammeActivity,
        label=f"Activity: {opener.name}" if unnumbered else f"Activity {number}: {opener.name}",
        evidence=element.spans(opener.start, end),
    )
    fact.add(NG.programme, programme.iri)
    if not unnumbered:
        fact.add(NG.number, number)
    fact.add(NG.text, text)
    if kind is not None:
        fact.add(NG.topic, topic(kind[1]))
    when = find_when(element.text[opener.name_end : end])
    if when is not None and when[0].month is not None:
        fact.add(SCHEMA.startDate, when[0].literal())
    implementers = {value for p, value in programme.values if p == NG.implementer}
    for iri in orgs.find(element, opener.name_end, end):
        fact.add(NG.implementer if iri in implementers else NG.partner, iri)
    extraction.add(fact)
    return fact


__all__ = ["add_activities"]
