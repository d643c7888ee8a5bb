"""Complaints a programme report says its partners filed.

A sentence that says someone filed or submitted complaints (petitions, appeals) with a
named body ("NVM's lawyer selected 200 complaints and filed them with the General
Prosecutor's Office") is a complaint: the organisations named before the verb filed it,
the body after it received it, the words after "for", "over" or "seeking" say what it is
about, and what the body did with it when the sentence says so ("; the CEC upheld the
complaint"). A count of filed complaints ("NVM monitors filed more than 900 individual
complaints") is also a complaint figure, with the body when one is named. Each is linked
to the election its paragraph (or, failing that, the paragraph before) names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Literal, URIRef

from normgraph.namespaces import NG, XSD, local_name

from ..extract.actors import Actors, find_institutions
from ..extract.case_numbers import CaseNumbers
from ..extract.complaint_cases import read_cases
from ..extract.complaint_figure_facts import add_figures, add_tally_figures
from ..extract.complaint_outcomes import outcome_in
from ..extract.concepts import outcome
from ..extract.election_mentions import find_mentions
from ..extract.elections import Mention
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element

_FILED = re.compile(
    r"\b(?:filed|submitted|lodged)\b(?=\s+them\b|\s+(?:[\w,'\u2019-]+\s+){0,4}?"
    r"(?:complaints?|petitions?|appeals?)\b)"
)
"""A verb that files complaints: the noun follows within a few words ("filed more than 900
individual complaints", "filed them"); a complaint named later in the sentence ("submitted
its findings to the CEC, which received several complaints") was not filed by the filer."""
_COUNT = re.compile(
    r"(?:(?:more than|over|some|nearly|about|approximately) )?(?P<n>\d[\d,]*) "
    r"(?:individual |formal )?complaints\b"
)
_SUBJECT = re.compile(
    r"\b(?:responsible for|over|regarding|about|seeking(?: the)?) (?P<what>[^,.;]{8,120})"
)

Elections = Callable[[list[Mention]], URIRef | None]
"""The election IRI the first resolvable mention of a list names, if any."""


@dataclass(frozen=True)
class _Report:
    """The report whose complaints are read: its fact, the key its facts' IRIs carry, the
    actors it names, and how a passage's election is found."""

    fact: Fact
    key: str
    actors: Actors
    election_of: Elections
    year_of: Callable[[Element], int | None]

    def election_at(self, element: Element, start: int, end: int) -> URIRef | None:
        """The election a passage of ``element`` names, or failing that its context."""
        country = self.actors.country.lower()
        return self.election_of(_mentions(element, start, end, self.year_of, country))

    def tie(self, fact: Fact, election: URIRef | None) -> Fact:
        """``fact`` tied to this report and to the election its context names."""
        return fact.add(NG.sourceReport, self.fact.iri).add(NG.election, election)


def add_complaints(
    extraction: Extraction,
    document: Document,
    report: Fact,
    filers: Callable[[Element, int, int], list[URIRef]],
    election_of: Elections,
    year_of: Callable[[Element], int | None],
    actors: Actors,
) -> list[Fact]:
    """Complaints and complaint figures the report states, in reading order."""
    reading = _Report(report, local_name(report.iri), actors, election_of, year_of)
    found = _cases(extraction, document, reading)
    read = {span.start for fact in found for span in fact.evidence}
    carried: str | None = None  # the body of the sentence before's last figure
    for element, start, end, sentence in document.body_sentences():
        filed = _FILED.search(sentence)
        before = len(found)
        carried = _received(extraction, element, (start, end), reading, found, carried)
        if filed is None:
            continue
        if len(found) > before:  # the shared reader counted them: no second figure
            election = reading.election_at(element, start, end)
            for figure in found[before:]:
                figure.add(NG.election, election)
            continue
        after = sentence[filed.end() :]
        bodies = [
            actors.get(
                name,
                institution.kind,
                element.spans(start + filed.end() + a, start + filed.end() + b),
                institution.level,
            )
            for a, b, institution, name in find_institutions(after)[:1]
        ]
        count = _COUNT.search(sentence)
        if not bodies and count is None:
            continue
        election = reading.election_at(element, start, end)
        counted = count is not None and int(count.group("n").replace(",", "")) > 1
        done = any(span.start in read for span in element.spans(start, end))
        if bodies and not counted and not done:
            fact = Fact(
                iri=mint("complaint", reading.key, str(len(found) + 1)),
                kind=NG.Complaint,
                label=f"Complaint: {sentence[:80]}",
                evidence=element.spans(start, end),
            )
            for iri in filers(element, start, start + filed.start()):
                fact.add(NG.complainant, iri)
            subject = _SUBJECT.search(after)
            if subject:
                fact.add(NG.subjectMatter, subject.group("what").strip())
            decided = outcome_in(after)
            if decided is not None:
                fact.add(NG.outcome, outcome(decided))
            found.append(_finish(extraction, fact, reading, sentence, bodies, election))
        if count is not None:
            number = int(count.group("n").replace(",", ""))
            figure = Fact(
                iri=mint("complaint-figure", reading.key, str(len(found) + 1)),
                kind=NG.ComplaintFigure,
                label=f"{number} complaints: {sentence[:60]}",
                evidence=element.spans(start + count.start(), start + count.end()),
            )
            figure.add(NG.complaintCount, Literal(number, datatype=XSD.integer))
            found.append(_finish(extraction, figure, reading, sentence, bodies, election))
    # tables of complaint counts by outcome, as in every genre
    tables = add_tally_figures(extraction, document.source, reading.key, len(found), actors)
    return found + [reading.tie(figure, None) for figure in tables]


def _cases(extraction: Extraction, document: Document, reading: _Report) -> list[Fact]:
    """Single complaints and appeals, read as in any genre (``extract/complaint_cases``),
    each with the report and the election its sentence or paragraph names."""
    found: list[Fact] = []
    numbers = CaseNumbers(reading.key)
    for element in document.elements:
        for fact in read_cases(extraction, element, numbers, reading.actors):
            said = next((str(v) for p, v in fact.values if p == NG.text), "")
            start = max(element.text.find(said), 0)
            found.append(reading.tie(fact, reading.election_at(element, start, start + len(said))))
    return found


def _received(
    extraction: Extraction,
    element: Element,
    where: tuple[int, int],
    reading: _Report,
    found: list[Fact],
    carried: str | None,
) -> str | None:
    """Figures a sentence gives without "filed" ("The CEC received 64 complaints, of which
    ..."; "It rejected 71 and upheld 29" after it, with ``carried`` the body the sentence
    before named), read by the shared reader (``extract/complaint_figure_facts.py``).
    Returns the body of the sentence's last figure, for the next sentence."""
    start, end = where
    text = element.text[start:end]
    figures, last_body = add_figures(
        extraction,
        text,
        lambda a, b: element.spans(start + a, start + b),
        reading.key,
        len(found),
        reading.actors,
        carried,
    )
    found.extend(reading.tie(figure, None) for figure in figures)
    return last_body if figures else None


def _finish(
    extraction: Extraction,
    fact: Fact,
    reading: _Report,
    sentence: str,
    bodies: list[URIRef],
    election: URIRef | None,
) -> Fact:
    """A complaint or figure read from a "filed" sentence: its words, the bodies it was
    filed with, its report and election."""
    fact.add(NG.text, sentence)
    for body in bodies:
        fact.add(NG.filedWith, body)
    extraction.add(fact)
    return reading.tie(fact, election)


def _mentions(
    element: Element,
    start: int,
    end: int,
    year_of: Callable[[Element], int | None],
    country: str,
) -> list[Mention]:
    """Elections named in the sentence, else its paragraph, else the paragraphs before it
    in its section (nearest first); a date without a year takes the year of its context."""
    spans, year = element.spans, year_of(element)
    sentence = element.text[start:end]
    found = find_mentions(sentence, lambda a, b: spans(start + a, start + b), country, year)
    if found:
        return found
    found = find_mentions(element.text, spans, country, year)
    if found:
        return found
    earlier = []
    for other in element.section.all_elements():
        if other is element:
            break
        earlier.append(other)
    for other in reversed(earlier):
        found = find_mentions(other.text, other.spans, country, year_of(other))
        if found:
            return list(reversed(found))
    return []


__all__ = ["add_complaints"]
